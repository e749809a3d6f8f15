// MainWindow's workbench: long work in the background with its state in the status bar and a
// Cancel that stops the interpreter; unsaved edits autosaved for crash recovery.
#include <QAction>
#include <QMenu>
#include <QStatusBar>
#include <QStyle>

#include "app/Autosave.h"
#include "app/Document.h"
#include "app/MainWindow.h"
#include "app/TaskRunner.h"
#include "app/TaskStatus.h"

namespace pt::app {

void MainWindow::createWorkbench() {
  cancelAction_ = new QAction(style()->standardIcon(QStyle::SP_BrowserStop), QString(), this);
  cancelAction_->setObjectName(QStringLiteral("cancelAction"));
  cancelAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
  cancelAction_->setEnabled(false);
  connect(cancelAction_, &QAction::triggered, doc_, &Document::cancelTask);
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
}

void MainWindow::retranslateWorkbench() {
  cancelAction_->setText(tr("&Cancel Running Task"));
  cancelAction_->setToolTip(tr("Stop the trace, run or translation in progress (%1)")
                                .arg(cancelAction_->shortcut().toString(QKeySequence::NativeText)));
}

}  // namespace pt::app
