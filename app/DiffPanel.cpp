#include "app/DiffPanel.h"

#include <QEvent>
#include <QLabel>

#include "views/CompileMarks.h"
#include "views/GraphScene.h"
#include "views/GraphView.h"

namespace pt::app {

using views::NodeMark;

namespace {

// The same ops in the same order: the diff's source graph and the graph on screen are one trace.
bool sameGraph(const ir::Graph& a, const ir::Graph& b) {
  if (a.nodes().size() != b.nodes().size()) return false;
  for (size_t i = 0; i < a.nodes().size(); ++i)
    if (a.nodes()[i]->op != b.nodes()[i]->op) return false;
  return true;
}

QString errorText(double e) { return e == 0 ? QStringLiteral("0") : QString::number(e, 'g', 2); }

}  // namespace

DiffPanel::DiffPanel(views::GraphView* sourceView, QWidget* parent)
    : GraphSidePanel(QStringLiteral("diff"), QStringLiteral("diffTargetView"), parent),
      sourceView_(sourceView),
      sourceMarks_(new views::CompileMarks(sourceView->graphScene())),
      targetMarks_(new views::CompileMarks(view_->graphScene())) {
  connect(view_->graphScene(), &views::GraphScene::nodeSelected, this, [this](int node) {
    if (!diff_ || node < 0 || static_cast<size_t>(node) >= diff_->match.sourceOfTarget.size()) return;
    const int source = diff_->match.sourceOfTarget[static_cast<size_t>(node)];
    if (source >= 0) emit counterpartSelected(source);
  });
  // An op clicked in the function's graph: its counterpart here.
  connect(sourceView_->graphScene(), &views::GraphScene::nodeSelected, this, [this](int node) {
    if (!diff_ || !marksOnSource_ || node < 0 || static_cast<size_t>(node) >= diff_->match.targetOfSource.size()) return;
    view_->graphScene()->selectNode(diff_->match.targetOfSource[static_cast<size_t>(node)]);
  });
  render();
}

DiffPanel::~DiffPanel() {
  // The view's scene refers into the diff's target graph, which may go with this object.
  view_->setGraph(nullptr);
}

void DiffPanel::showDiff(std::shared_ptr<const session::GraphDiff> diff, const ir::Graph* shownSource) {
  view_->setGraph(nullptr);
  diff_ = std::move(diff);
  shownSource_ = shownSource;
  if (diff_ && diff_->target) {
    view_->setGraph(diff_->target->graph.get());
    view_->fitToView();
  }
  render();
}

NodeMark DiffPanel::markFor(int s) const {
  const auto& c = diff_->sourceNodes[static_cast<size_t>(s)];
  if (diff_->match.targetOfSource[static_cast<size_t>(s)] < 0)
    return {NodeMark::Kind::Unpaired, tr("no match"), tr("The translation computes this differently: no op of its graph pairs with it")};
  if (!c) return {NodeMark::Kind::Agrees, tr("paired"), tr("Paired with an op of the translation (several results: not compared)")};
  const QString error = errorText(c->maxError);
  if (c->ok)
    return {NodeMark::Kind::Agrees, error, tr("Same values as its counterpart: max relative error %1 (tolerance %2)").arg(error, errorText(c->tolerance))};
  const bool first = s == diff_->firstDivergence;
  const QString note = c->note.empty() ? QString() : QStringLiteral(" — ") + QString::fromStdString(c->note);
  return {NodeMark::Kind::Differs, first ? tr("first ✗ %1").arg(error) : tr("✗ %1").arg(error),
          (first ? tr("First divergence: values differ from its counterpart: max relative error %1 (tolerance %2)")
                 : tr("Values differ from its counterpart: max relative error %1 (tolerance %2)"))
                  .arg(error, errorText(c->tolerance)) +
              note};
}

std::map<int, NodeMark> DiffPanel::sourceMarkMap() const {
  std::map<int, NodeMark> marks;
  if (!diff_ || !diff_->source) return marks;
  for (size_t s = 0; s < diff_->sourceNodes.size(); ++s) marks[static_cast<int>(s)] = markFor(static_cast<int>(s));
  return marks;
}

std::map<int, NodeMark> DiffPanel::targetMarkMap() const {
  std::map<int, NodeMark> marks;
  if (!diff_ || !diff_->target) return marks;
  const auto& pairs = diff_->match.sourceOfTarget;
  for (size_t t = 0; t < pairs.size(); ++t)
    marks[static_cast<int>(t)] = pairs[t] >= 0 ? markFor(pairs[t])
                                               : NodeMark{NodeMark::Kind::Unpaired, tr("no match"),
                                                          tr("Only the translation has this op: no op of the function's graph pairs with it")};
  return marks;
}

void DiffPanel::render() {
  legend_->setText(tr("Each op against its counterpart on the same inputs — green: same values within tolerance, "
                      "red: different, grey: no counterpart. Click an op to select its counterpart."));
  for (auto* marks : {sourceMarks_, targetMarks_})
    marks->setGroupWording(tr("%1 op(s) inside differ from the translation"), tr("%1 differ"));
  marksOnSource_ = diff_ && diff_->source && shownSource_ && sameGraph(*diff_->source->graph, *shownSource_);
  if (!diff_ || !diff_->target) {
    title_->setText(tr("Translation"));
    summary_->setText(diff_ ? tr("The translation could not be run: see Problems") : tr("Verify (Run menu) to compare the translation's graph with the function's"));
    sourceMarks_->clear();
    targetMarks_->clear();
    return;
  }
  const auto& target = *diff_->target->graph;
  title_->setText(tr("Translation, re-traced — ops: %1 → %2").arg(diff_->source->graph->nodes().size()).arg(target.nodes().size()));
  double worst = 0;
  bool outputsOk = !diff_->verify.outputs.empty();
  for (const auto& o : diff_->verify.outputs) {
    worst = std::max(worst, o.maxError);
    outputsOk = outputsOk && o.ok;
  }
  QString summary = outputsOk ? tr("Outputs equal (max relative error %1)").arg(errorText(worst))
                              : tr("Outputs DIFFER (max relative error %1)").arg(errorText(worst));
  summary += QStringLiteral(" · ") + tr("%1 of %2 ops paired").arg(diff_->match.pairs()).arg(diff_->source->graph->nodes().size());
  if (diff_->firstDivergence >= 0)
    summary += QStringLiteral(" · ") + tr("first divergence: %1").arg(QString::fromStdString(diff_->sourceNodes[static_cast<size_t>(diff_->firstDivergence)]->what));
  if (!marksOnSource_) summary += QStringLiteral(" · ") + tr("the graph on the left changed since: verify again");
  summary_->setText(summary);
  if (marksOnSource_) sourceMarks_->setMarks(shownSource_, sourceMarkMap());
  else sourceMarks_->clear();
  targetMarks_->setMarks(&target, targetMarkMap());
}

void DiffPanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) render();
  QWidget::changeEvent(event);
}

}  // namespace pt::app
