#include "app/DiffPanel.h"

#include <QEvent>
#include <QLabel>

#include <algorithm>
#include <cmath>
#include <set>

#include "views/AgreementLegend.h"

#include "views/CompileMarks.h"
#include "views/GraphHierarchy.h"
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

QString opText(const ir::Graph& g, int node) { return QString::fromLatin1(ir::opName(g.nodes()[static_cast<size_t>(node)]->op)); }

}  // namespace

double DiffPanel::agreementLevel(const session::ValueComparison& c) {
  // Within the tolerance: 0 (equal) to 0.5 (at it), a decade of error per twelfth; beyond it:
  // just over 0.5 to 1 at a thousand times it. Integers (tolerance 0) are equal or not.
  if (!c.ok) {
    if (!c.note.empty() && c.maxError == 0) return 1;  // shapes or element counts differ: nothing to measure
    const double ratio = c.tolerance > 0 ? c.maxError / c.tolerance : 1000;
    if (!std::isfinite(ratio)) return 1;
    return 0.5 + 0.5 * std::clamp(std::log10(std::max(ratio, 1.0)) / 3, 0.05, 1.0);
  }
  if (c.maxError <= 0 || c.tolerance <= 0) return 0;
  return 0.5 * std::clamp((std::log10(c.maxError / c.tolerance) + 6) / 6, 0.0, 1.0);
}

DiffPanel::DiffPanel(views::GraphView* sourceView, QWidget* parent)
    : GraphSidePanel(QStringLiteral("diff"), QStringLiteral("diffTargetView"), parent),
      sourceView_(sourceView),
      sourceMarks_(new views::CompileMarks(sourceView->graphScene())),
      targetMarks_(new views::CompileMarks(view_->graphScene())),
      scale_(new views::AgreementLegend(this)) {
  addToHeader(scale_);
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
  const bool fresh = diff != diff_;
  view_->setGraph(nullptr);
  diff_ = std::move(diff);
  shownSource_ = shownSource;
  if (diff_ && diff_->target) {
    view_->setGraph(diff_->target->graph.get());
    closeStepsSpeltOut();
    view_->fitToView();
  }
  render();
  // A new diff that diverges: where it starts is selected in both graphs (and its lines in the code).
  if (fresh && marksOnSource_ && diff_->firstDivergence >= 0) sourceView_->graphScene()->revealNode(diff_->firstDivergence);
}

void DiffPanel::closeStepsSpeltOut() {
  views::GraphScene* scene = view_->graphScene();
  const views::GraphHierarchy* h = scene->hierarchy();
  if (!h) return;
  // A group whose ops are all one step of the function (the op paired with it and the ops that
  // are part of it) is shown closed: the translation at the function's level of detail.
  const auto& pairs = diff_->match.sourceOfTarget;
  constexpr int kMixed = -2;
  std::vector<int> stepOf(h->groups().size(), -1);  // -1: no op seen yet
  std::vector<bool> holdsStep(h->groups().size(), false);
  for (int op = 0; op < h->opCount(); ++op) {
    const int step = pairs[static_cast<size_t>(op)] >= 0 ? op : diff_->match.targetFeeds[static_cast<size_t>(op)];
    for (int g : h->pathTo({views::ViewEntry::Kind::Op, op})) {
      int& seen = stepOf[static_cast<size_t>(g)];
      seen = step < 0 || (seen != -1 && seen != step) ? kMixed : step;
      if (step == op) holdsStep[static_cast<size_t>(g)] = true;
    }
  }
  std::set<int> expanded = h->defaultExpanded(scene->collapseThreshold());
  bool closed = false;
  for (size_t g = 1; g < stepOf.size(); ++g)
    if (stepOf[g] >= 0 && holdsStep[g] && h->group(static_cast<int>(g)).opCount > 1) closed |= expanded.erase(static_cast<int>(g)) > 0;
  if (closed) scene->setExpandedGroups(std::move(expanded));
}

NodeMark DiffPanel::markFor(int s) const {
  const auto& source = *diff_->source->graph;
  const int t = diff_->match.targetOfSource[static_cast<size_t>(s)];
  if (t < 0) {
    const int feeds = diff_->match.sourceFeeds[static_cast<size_t>(s)];
    if (feeds >= 0)
      return {NodeMark::Kind::Unpaired, tr("part of %1").arg(opText(source, feeds)),
              tr("The translation computes this differently: no op of its graph pairs with it; it is part of what "
                 "%1 (op %2) computes, which is compared")
                  .arg(opText(source, feeds))
                  .arg(feeds)};
    return {NodeMark::Kind::Unpaired, tr("no match"), tr("The translation computes this differently: no op of its graph pairs with it")};
  }
  const auto& c = diff_->sourceNodes[static_cast<size_t>(s)];
  if (!c) return {NodeMark::Kind::Agrees, tr("paired"), tr("Paired with an op of the translation (not compared)")};
  const QString targetOp = opText(*diff_->target->graph, t);
  const QString how = targetOp != opText(source, s)
                          ? QStringLiteral(" — ") + tr("the translation computes it differently; its %1 holds the same value").arg(targetOp)
                          : QString();
  const QString error = errorText(c->maxError);
  NodeMark mark;
  mark.level = agreementLevel(*c);
  if (c->ok) {
    mark.kind = NodeMark::Kind::Agrees;
    mark.tag = error;
    mark.note = tr("Same values as its counterpart: max relative error %1 (tolerance %2)").arg(error, errorText(c->tolerance)) + how;
    return mark;
  }
  const bool first = s == diff_->firstDivergence;
  const QString note = c->note.empty() ? QString() : QStringLiteral(" — ") + QString::fromStdString(c->note);
  mark.kind = NodeMark::Kind::Differs;
  mark.emphasised = first;
  mark.tag = first ? tr("first ✗ %1").arg(error) : tr("✗ %1").arg(error);
  mark.note = (first ? tr("First divergence: values differ from its counterpart: max relative error %1 (tolerance %2)")
                     : tr("Values differ from its counterpart: max relative error %1 (tolerance %2)"))
                  .arg(error, errorText(c->tolerance)) +
              note + how;
  return mark;
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
  const auto& source = *diff_->source->graph;
  const auto& pairs = diff_->match.sourceOfTarget;
  for (size_t t = 0; t < pairs.size(); ++t) {
    if (pairs[t] >= 0) {
      marks[static_cast<int>(t)] = markFor(pairs[t]);
      continue;
    }
    // An op only the translation has: part of the step its results flow into, if that is paired.
    const int feeds = diff_->match.targetFeeds[t];
    const int step = feeds >= 0 ? pairs[static_cast<size_t>(feeds)] : -1;
    marks[static_cast<int>(t)] =
        step >= 0 ? NodeMark{NodeMark::Kind::Unpaired, tr("part of %1").arg(opText(source, step)),
                             tr("Only the translation has this op: it is part of how the translation computes %1 (op %2 of the "
                                "function)")
                                 .arg(opText(source, step))
                                 .arg(step)}
                  : NodeMark{NodeMark::Kind::Unpaired, tr("no match"),
                             tr("Only the translation has this op: no op of the function's graph pairs with it")};
  }
  return marks;
}

void DiffPanel::render() {
  legend_->setText(tr("Each op against its counterpart on the same inputs, coloured by its max relative error. "
                      "Click an op to select its counterpart."));
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
  const auto& pairs = diff_->match.sourceOfTarget;
  if (const auto extra = std::count(pairs.begin(), pairs.end(), -1))
    summary += QStringLiteral(" · ") + tr("%n op(s) only in the translation", nullptr, static_cast<int>(extra));
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
