// MainWindow's workbench: long work in the background with its state in the status bar and a
// Cancel that stops the interpreter.
#include <QAction>
#include <QMenu>
#include <QStatusBar>
#include <QStyle>

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
}

void MainWindow::retranslateWorkbench() {
  cancelAction_->setText(tr("&Cancel Running Task"));
  cancelAction_->setToolTip(tr("Stop the trace, run or translation in progress (%1)")
                                .arg(cancelAction_->shortcut().toString(QKeySequence::NativeText)));
}

}  // namespace pt::app
