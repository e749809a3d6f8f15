// MainWindow's diff view and Verify: Run > Verify runs the function and its translation on the
// same inputs (on the worker); the diff view puts the translation's re-traced graph beside the
// function's, both coloured by how each op compares with its counterpart.
#include <QAction>
#include <QMenu>

#include "app/CompilePanel.h"
#include "app/DiffPanel.h"
#include "app/Document.h"
#include "app/GraphPane.h"
#include "app/MainWindow.h"
#include "views/GraphScene.h"
#include "views/GraphView.h"

namespace pt::app {

void MainWindow::createDiffView() {
  verifyAction_ = new QAction(this);
  verifyAction_->setObjectName(QStringLiteral("verifyAction"));
  verifyAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
  diffViewAction_ = new QAction(this);
  diffViewAction_->setObjectName(QStringLiteral("diffViewAction"));
  diffViewAction_->setCheckable(true);
  diffViewAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
  diffPanel_ = new DiffPanel(graphView_, graphPane_);
  graphPane_->addSidePanel(diffPanel_);
  graphPane_->addGraphActions({diffViewAction_});
  viewMenu_->insertAction(minimapAction_, diffViewAction_);
  runMenu_->addAction(verifyAction_);
  connect(verifyAction_, &QAction::triggered, this, [this] {
    diffViewAction_->setChecked(true);
    doc_->startVerify();
  });
  connect(diffViewAction_, &QAction::toggled, this, [this](bool on) {
    if (on) compileViewAction_->setChecked(false);  // one side panel at a time
    showDiff();
    if (on && !doc_->graphDiff() && !doc_->isBusy() && doc_->selectedInfo()) doc_->startVerify();
  });
  connect(compileViewAction_, &QAction::toggled, this, [this](bool on) {
    if (on) diffViewAction_->setChecked(false);
  });
  connect(doc_, &Document::graphDiffChanged, this, &MainWindow::showDiff);
  // Connected after showGraph (connectDocument): the pane shows the new graph first.
  connect(doc_, &Document::graphChanged, this, [this] {
    if (diffViewAction_->isChecked()) showDiff();
  });
  connect(diffPanel_, &DiffPanel::counterpartSelected, this, [this](int node) {
    graphView_->graphScene()->selectNode(node);
    linkNodeToCode(node);
  });
}

void MainWindow::retranslateDiffView() {
  verifyAction_->setText(tr("&Verify"));
  verifyAction_->setToolTip(tr("Run the function and its translation on the same inputs and compare every op (%1)")
                                .arg(verifyAction_->shortcut().toString(QKeySequence::NativeText)));
  diffViewAction_->setText(tr("&Diff View"));
  diffViewAction_->setIconText(tr("Diff"));
  diffViewAction_->setToolTip(tr("The function's graph beside its translation's, each op coloured by how it compares (%1)")
                                  .arg(diffViewAction_->shortcut().toString(QKeySequence::NativeText)));
}

void MainWindow::showDiff() {
  const bool on = diffViewAction_->isChecked();
  const bool wasOn = !diffPanel_->isHidden();
  diffPanel_->setVisible(on);
  diffPanel_->showDiff(on ? doc_->graphDiff() : nullptr, doc_->graphState() == GraphState::Traced ? doc_->graph() : nullptr);
  if (on && !wasOn) splitGraphPane(diffPanel_);
}

}  // namespace pt::app
