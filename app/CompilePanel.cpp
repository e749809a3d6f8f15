#include "app/CompilePanel.h"

#include <QEvent>
#include <QLabel>

#include "ir/Graph.h"
#include "session/Session.h"
#include "views/CompileMarks.h"
#include "views/GraphScene.h"
#include "views/GraphView.h"

namespace pt::app {

using views::NodeMark;

CompilePanel::CompilePanel(views::GraphView* beforeView, QWidget* parent)
    : GraphSidePanel(QStringLiteral("compile"), QStringLiteral("compileAfterView"), parent),
      beforeView_(beforeView),
      after_(sideView()),
      beforeMarks_(new views::CompileMarks(beforeView->graphScene())),
      afterMarks_(new views::CompileMarks(after_->graphScene())) {
  connect(after_->graphScene(), &views::GraphScene::nodeSelected, this, [this](int node) {
    if (node >= 0 && static_cast<size_t>(node) < compiled_.origin.size()) emit originSelected(compiled_.origin[static_cast<size_t>(node)]);
  });
  render();
}

CompilePanel::~CompilePanel() {
  // The view's scene refers into compiled_.after, which goes with this object.
  after_->setGraph(nullptr);
}

void CompilePanel::showCompiled(const ir::Graph* before) {
  // The after view lets go of the old copy before it is replaced.
  after_->setGraph(nullptr);
  before_ = before;
  compiled_ = before ? passes::compile(*before, session::evaluateConstantOp) : passes::Compiled{};
  after_->setGraph(compiled_.after.get());
  after_->fitToView();
  render();
}

QString CompilePanel::passName(int pass) const {
  const passes::PassReport& r = compiled_.passes[static_cast<size_t>(pass)];
  switch (r.kind) {
    case passes::PassKind::DeadCode:
      return pass == 0 ? tr("dead code elimination") : tr("dead code elimination (run again after the other passes)");
    case passes::PassKind::CommonSubexpressions: return tr("common subexpression elimination");
    case passes::PassKind::ConstantFolding: return tr("constant folding");
  }
  return {};
}

QString CompilePanel::nodeName(const ir::Graph& g, int index) const {
  return tr("%1 (node %2)").arg(QString::fromStdString(std::string(ir::opName(g.nodes()[static_cast<size_t>(index)]->op)))).arg(index);
}

std::map<int, NodeMark> CompilePanel::beforeMarkMap() const {
  std::map<int, NodeMark> marks;
  if (!before_) return marks;
  std::map<int, int> mergedInto;  // survivor -> ops merged into it
  for (size_t i = 0; i < compiled_.fates.size(); ++i) {
    const passes::NodeFate& f = compiled_.fates[i];
    const int node = static_cast<int>(i);
    switch (f.kind) {
      case passes::NodeFate::Kind::Kept: break;
      case passes::NodeFate::Kind::Removed:
        marks[node] = {NodeMark::Kind::Removed, tr("DCE"), tr("Removed by %1: nothing uses its result").arg(passName(f.pass))};
        break;
      case passes::NodeFate::Kind::Merged:
        marks[node] = {NodeMark::Kind::Merged, tr("CSE"),
                       tr("Merged into %1 by %2: the same op on the same inputs")
                           .arg(nodeName(*before_, f.survivor), passName(f.pass)),
                       f.survivor};
        ++mergedInto[f.survivor];
        break;
      case passes::NodeFate::Kind::Folded:
        marks[node] = {NodeMark::Kind::Folded, tr("folded"), tr("Folded to a constant by %1: its inputs are constants").arg(passName(f.pass))};
        break;
    }
  }
  for (const auto& [survivor, count] : mergedInto)
    marks.emplace(survivor, NodeMark{NodeMark::Kind::Survivor, tr("CSE ×%1").arg(count + 1),
                                     tr("Replaces %1 identical op(s) merged into it").arg(count)});
  return marks;
}

std::map<int, NodeMark> CompilePanel::afterMarkMap() const {
  // The graph after carries the marks of the ops it kept, by their index after.
  std::map<int, NodeMark> marks;
  for (const auto& [node, mark] : beforeMarkMap()) {
    const int after = compiled_.fates[static_cast<size_t>(node)].after;
    if (after >= 0) marks[after] = mark;
  }
  return marks;
}

QString CompilePanel::describeNode(int beforeIndex) const {
  const auto marks = beforeMarkMap();
  const auto it = marks.find(beforeIndex);
  if (it == marks.end()) return {};
  return tr("%1 — %2").arg(nodeName(*before_, beforeIndex), it->second.note);
}

void CompilePanel::render() {
  legend_->setText(tr("Left, before the passes: removed ops struck through, merged ops linked (dashed) to the op "
                      "that replaces them, folded constants tagged. Here, after."));
  if (!before_) {
    title_->setText(tr("After the passes"));
    summary_->setText(tr("Trace the function to see its graph after the passes"));
    beforeMarks_->clear();
    afterMarks_->clear();
    after_->setPlaceholderText(QString());
    return;
  }
  title_->setText(tr("After the passes — ops: %1 → %2").arg(before_->nodes().size()).arg(compiled_.after->nodes().size()));
  summary_->setText(tr("DCE removed %1, CSE merged %2, folded %3").arg(compiled_.removed).arg(compiled_.merged).arg(compiled_.folded));
  after_->setPlaceholderText(tr("The passes left no ops"));
  beforeMarks_->setMarks(before_, beforeMarkMap());
  afterMarks_->setMarks(compiled_.after.get(), afterMarkMap());
}

void CompilePanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) render();
  QWidget::changeEvent(event);
}

}  // namespace pt::app
