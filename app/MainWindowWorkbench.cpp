// MainWindow's workbench: long work in the background with its state in the status bar and a
// Cancel that stops the interpreter; unsaved edits autosaved for crash recovery; the session and
// recent files kept across restarts; files and folders dropped on the window opened.
#include <QAction>
#include <QFileDialog>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMenu>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>

#include "app/Autosave.h"
#include "app/Document.h"
#include "app/MainWindow.h"
#include "app/RecentFiles.h"
#include "app/SessionState.h"
#include "app/TaskRunner.h"
#include "app/TaskStatus.h"

namespace pt::app {

namespace {

// What a drop may open: a Python file, a notebook, or a folder (a source root).
QString openableDrop(const QMimeData* mime) {
  if (!mime || !mime->hasUrls()) return {};
  for (const QUrl& url : mime->urls()) {
    if (!url.isLocalFile()) continue;
    const QFileInfo info(url.toLocalFile());
    if (info.isDir() || info.suffix() == QLatin1String("py") || info.suffix() == QLatin1String("ipynb"))
      return info.absoluteFilePath();
  }
  return {};
}

}  // namespace

void MainWindow::createWorkbench() {
  cancelAction_ = new QAction(style()->standardIcon(QStyle::SP_BrowserStop), QString(), this);
  cancelAction_->setObjectName(QStringLiteral("cancelAction"));
  cancelAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
  cancelAction_->setEnabled(false);
  connect(cancelAction_, &QAction::triggered, doc_, &Document::cancelTask);
  transpileAllAction_ = new QAction(this);
  transpileAllAction_->setObjectName(QStringLiteral("transpileAllAction"));
  connect(transpileAllAction_, &QAction::triggered, doc_, &Document::startTranspileAll);
  exportPackageAction_ = new QAction(this);
  exportPackageAction_->setObjectName(QStringLiteral("exportPackageAction"));
  connect(exportPackageAction_, &QAction::triggered, this, [this] {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Export the Translated Package To"));
    if (!dir.isEmpty()) doc_->startExportPackage(dir);
  });
  fileMenu_->insertAction(exportAction_, exportPackageAction_);
  auto enableTranspileAll = [this] {
    transpileAllAction_->setEnabled(!doc_->functions().empty() && !doc_->isBusy());
    exportPackageAction_->setEnabled(doc_->isFolder() && !doc_->functions().empty() && !doc_->isBusy());
  };
  connect(doc_->tasks(), &TaskRunner::started, this, enableTranspileAll);
  connect(doc_->tasks(), &TaskRunner::finished, this, enableTranspileAll);
  connect(doc_, &Document::projectOpened, this, enableTranspileAll);
  enableTranspileAll();
  runMenu_->addAction(transpileAllAction_);
  runMenu_->addSeparator();
  runMenu_->addAction(cancelAction_);

  taskStatus_ = new TaskStatus(doc_->tasks(), this);
  statusBar()->addPermanentWidget(taskStatus_);
  connect(doc_->tasks(), &TaskRunner::started, this, &MainWindow::updateActions);
  connect(doc_->tasks(), &TaskRunner::finished, this, &MainWindow::updateActions);

  autosave_ = new Autosave(doc_, QString(), this);
  connect(autosave_, &Autosave::restored, this, [this](const QStringList& files) {
    QStringList names;
    for (const QString& f : files) names << doc_->displayName(f);
    statusBar()->showMessage(tr("Restored unsaved edits of %1 from the last session (not saved yet; Undo reverts)")
                                 .arg(names.join(QStringLiteral(", "))),
                             20000);
  });

  recentMenu_ = new QMenu(this);
  recentMenu_->setObjectName(QStringLiteral("recentMenu"));
  fileMenu_->insertMenu(saveAction_, recentMenu_);
  connect(recentMenu_, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
  fillRecentMenu();
  connect(doc_, &Document::operationFinished, this, [this](const OperationResult& result) {
    if (result.operation == Operation::Open && doc_->isOpen()) RecentFiles::add(doc_->path());
  });
  setAcceptDrops(true);
}

void MainWindow::retranslateWorkbench() {
  cancelAction_->setText(tr("&Cancel Running Task"));
  cancelAction_->setToolTip(tr("Stop the trace, run or translation in progress (%1)")
                                .arg(cancelAction_->shortcut().toString(QKeySequence::NativeText)));
  transpileAllAction_->setText(tr("Transpile &All Functions"));
  transpileAllAction_->setToolTip(tr("Translate every function of the project to its target, source-to-source (progress in the status bar)"));
  exportPackageAction_->setText(tr("Export &Package…"));
  exportPackageAction_->setToolTip(tr("Translate every module of the folder to the target and write them into a folder, "
                                      "mirroring the package (progress in the status bar)"));
  recentMenu_->setTitle(tr("Open &Recent"));
  fillRecentMenu();
}

void MainWindow::fillRecentMenu() {
  recentMenu_->clear();
  const QStringList paths = RecentFiles::list();
  for (const QString& path : paths) {
    QAction* a = recentMenu_->addAction(QDir::toNativeSeparators(path));
    connect(a, &QAction::triggered, this, [this, path] {
      if (maybeSave()) openPath(path);
    });
  }
  if (paths.isEmpty()) recentMenu_->addAction(tr("No recent files"))->setEnabled(false);
  recentMenu_->addSeparator();
  QAction* clear = recentMenu_->addAction(tr("Clear Recent Files"));
  clear->setEnabled(!paths.isEmpty());
  connect(clear, &QAction::triggered, this, [] { RecentFiles::clear(); });
}

// ---- session ------------------------------------------------------------------------------------

void MainWindow::saveSession() const {
  if (!doc_->isOpen()) return;
  SessionState state = SessionState::capture(*doc_);
  state.geometry = saveGeometry();
  state.windowState = saveState();
  QSettings settings;
  state.save(settings);
}

bool MainWindow::restoreSession() {
  QSettings settings;
  const std::optional<SessionState> state = SessionState::load(settings);
  if (!state || !state->applyTo(*doc_)) return false;
  restoreGeometry(state->geometry);
  restoreState(state->windowState);
  statusBar()->showMessage(tr("Restored the last session: %1").arg(doc_->title()), 8000);
  return true;
}

// ---- drag and drop ------------------------------------------------------------------------------

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
  if (!openableDrop(event->mimeData()).isEmpty()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
  const QString path = openableDrop(event->mimeData());
  if (path.isEmpty() || !maybeSave()) return;
  event->acceptProposedAction();
  openPath(path);
}

}  // namespace pt::app
