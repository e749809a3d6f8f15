// MainWindow's compile view: a toggle in the graph pane's title row and the View menu that puts
// the graph after the passes beside the traced graph, which gets the passes' marks.
#include <QAction>
#include <QMenu>
#include <QStatusBar>

#include "app/CompilePanel.h"
#include "app/Document.h"
#include "app/GraphPane.h"
#include "app/InspectorPanel.h"
#include "app/MainWindow.h"
#include "views/GraphScene.h"
#include "views/GraphView.h"

namespace pt::app {

void MainWindow::createCompileView() {
  compileViewAction_ = new QAction(this);
  compileViewAction_->setObjectName(QStringLiteral("compileViewAction"));
  compileViewAction_->setCheckable(true);
  compileViewAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
  compilePanel_ = new CompilePanel(graphView_, graphPane_);
  graphPane_->addSidePanel(compilePanel_);
  graphPane_->addGraphActions({nullptr, compileViewAction_});
  viewMenu_->insertAction(minimapAction_, compileViewAction_);
  connect(compileViewAction_, &QAction::toggled, this, &MainWindow::showCompiled);
  // Connected after showGraph (connectDocument): the pane shows the new graph first.
  connect(doc_, &Document::graphChanged, this, [this] {
    if (compileViewAction_->isChecked()) showCompiled();
  });
  inspectorPanel_->setPassNotes([this](int node) {
    return compileViewAction_->isChecked() ? compilePanel_->describeNode(node) : QString();
  });
  // Selecting an op before says what the passes did to it (after linkNodeToCode's message).
  connect(graphView_->graphScene(), &views::GraphScene::nodeSelected, this, [this](int node) {
    if (!compileViewAction_->isChecked()) return;
    const QString what = compilePanel_->describeNode(node);
    if (!what.isEmpty()) statusBar()->showMessage(what, 15000);
  });
  connect(compilePanel_, &CompilePanel::originSelected, this, [this](int node) {
    graphView_->graphScene()->selectNode(node);
    linkNodeToCode(node);
  });
}

void MainWindow::retranslateCompileView() {
  compileViewAction_->setText(tr("Co&mpile View"));
  compileViewAction_->setIconText(tr("Compile"));
  compileViewAction_->setToolTip(tr("The graph before and after the passes — dead code, common subexpressions, "
                                    "constant folding (%1)")
                                     .arg(compileViewAction_->shortcut().toString(QKeySequence::NativeText)));
}

void MainWindow::showCompiled() {
  const bool on = compileViewAction_->isChecked();
  const bool wasOn = !compilePanel_->isHidden();  // before the window is shown too
  compilePanel_->setVisible(on);
  compilePanel_->showCompiled(on && doc_->graphState() == GraphState::Traced ? doc_->graph() : nullptr);
  inspectorPanel_->refresh();
  if (on && !wasOn) splitGraphPane(compilePanel_);
  if (on != wasOn) graphView_->fitToView();
}

}  // namespace pt::app
