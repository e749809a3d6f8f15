#include "views/GraphScene.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFontMetricsF>
#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsView>
#include <QMenu>
#include <QScrollBar>
#include <QThreadPool>

#include <atomic>
#include <cmath>
#include <mutex>
#include <optional>

#include "ir/Graph.h"
#include "views/GraphEdgeItem.h"
#include "views/GraphGroupItem.h"
#include "views/GraphNodeItem.h"

namespace pt::views {

namespace {

constexpr double kSceneMargin = 24;

// Layout workers running anywhere: while one holds Graphviz, a layout "at once" would block
// the UI thread on Graphviz's lock, so it goes to the worker queue too.
std::atomic<int> gRunningLayouts{0};

QString qs(const std::string& s) { return QString::fromStdString(s); }

QString nodeToolTip(const ir::Node& node) {
  QString tip = QStringLiteral("<b>%1</b>").arg(qs(std::string(ir::opName(node.op))).toHtmlEscaped());
  if (!node.attrs.empty()) tip += QStringLiteral("<br>") + qs(ir::attrsText(node.attrs)).toHtmlEscaped();
  QStringList ins, outs;
  for (const ir::Value* v : node.inputs) ins << qs(ir::typeText(v->type));
  for (const ir::Value* v : node.outputs) outs << qs(ir::typeText(v->type));
  tip += QStringLiteral("<br>") +
         GraphScene::tr("(%1) → %2").arg(ins.join(QStringLiteral(", ")), outs.join(QStringLiteral(", "))).toHtmlEscaped();
  if (node.loc.known())
    tip += QStringLiteral("<br>") + GraphScene::tr("Source: %1").arg(qs(node.loc.str())).toHtmlEscaped();
  if (!node.scope.empty()) {
    QStringList scope;
    for (const std::string& s : node.scope) scope << qs(s);
    tip += QStringLiteral("<br>") + GraphScene::tr("In: %1").arg(scope.join(QStringLiteral(" › "))).toHtmlEscaped();
  }
  return tip;
}

}  // namespace

// One layout on a worker. The worker talks back only through `receiver`, under `mutex`, so the
// scene can go away (or cancel) at any time.
struct GraphScene::Job {
  std::atomic<bool> cancel{false};
  std::mutex mutex;
  GraphScene* receiver = nullptr;
  std::set<int> expanded;
  bool newGraph = false;
  std::optional<ViewEntry> anchor;
  QElapsedTimer started;
};

GraphScene::GraphScene(QObject* parent) : QGraphicsScene(parent) {
  style_ = GraphStyle::forPalette(palette(), font());
  setBackgroundBrush(style_.background);
  connect(this, &QGraphicsScene::selectionChanged, this, &GraphScene::onSelectionChanged);
}

GraphScene::~GraphScene() {
  if (job_) {
    job_->cancel = true;
    std::lock_guard lock(job_->mutex);
    job_->receiver = nullptr;
  }
  // clear() would emit selectionChanged into a half-destroyed object.
  disconnect(this, &QGraphicsScene::selectionChanged, this, &GraphScene::onSelectionChanged);
}

// ---- graph and labels ---------------------------------------------------------------------------

void GraphScene::setGraph(const ir::Graph* graph) {
  dropJob();
  graph_ = graph;
  selectedNode_ = selectedGroup_ = -1;
  selectedNodes_.clear();
  matches_.clear();
  currentMatch_ = problemNode_ = -1;
  pendingReveal_.reset();
  cache_.clear();
  shapes_.clear();
  hierarchy_.reset();
  expanded_.clear();
  clearItems();
  layoutError_.clear();
  if (!graph_ || (graph_->nodes().empty() && graph_->params().empty() && graph_->outputs().empty())) {
    contentRect_ = QRectF();
    setSceneRect(QRectF());
    emit graphChanged();
    return;
  }
  hierarchy_ = std::make_shared<const GraphHierarchy>(*graph_);
  requestLayout(hierarchy_->defaultExpanded(collapseThreshold_), true);
}

QString GraphScene::labelOf(const ViewEntry& e) const {
  switch (e.kind) {
    case ViewEntry::Kind::Param: {
      const ir::Value* p = graph_->params()[static_cast<size_t>(e.index)];
      const QString name = p->name.empty() ? QStringLiteral("%%1").arg(e.index) : qs(p->name);
      return name + QStringLiteral(": ") + qs(ir::typeText(p->type));
    }
    case ViewEntry::Kind::Op: return qs(std::string(ir::opName(graph_->nodes()[static_cast<size_t>(e.index)]->op)));
    case ViewEntry::Kind::Output: return tr("output %1").arg(e.index);
    case ViewEntry::Kind::Group: return groupTitle(e.index);
  }
  return {};
}

QString GraphScene::groupTitle(int group) const {
  const HierarchyGroup& g = hierarchy_->group(group);
  return g.kind == HierarchyGroup::Kind::Repeat ? tr("%1 ×%2").arg(qs(g.name)).arg(g.repeat) : qs(g.name);
}

QString GraphScene::groupDetail(int group) const {
  return tr("%n op(s)", nullptr, hierarchy_->group(group).opCount);
}

QString GraphScene::toolTipOf(const ViewEntry& e) const {
  if (e.kind == ViewEntry::Kind::Op) return nodeToolTip(*graph_->nodes()[static_cast<size_t>(e.index)]);
  if (e.kind == ViewEntry::Kind::Group) {
    const HierarchyGroup& g = hierarchy_->group(e.index);
    QStringList path;
    for (const std::string& s : g.path) path << qs(s);
    QString tip = QStringLiteral("<b>%1</b><br>%2").arg(groupTitle(e.index).toHtmlEscaped(), groupDetail(e.index));
    if (g.kind == HierarchyGroup::Kind::Repeat)
      tip += QStringLiteral("<br>") + tr("%n identical call(s) in a row", nullptr, g.repeat);
    tip += QStringLiteral("<br>") + tr("In: %1").arg(path.join(QStringLiteral(" › "))).toHtmlEscaped();
    tip += QStringLiteral("<br><i>") + tr("Double-click to open or close") + QStringLiteral("</i>");
    return tip;
  }
  return labelOf(e);
}

// ---- items --------------------------------------------------------------------------------------

GraphNodeItem* GraphScene::itemForNode(int nodeIndex) const {
  auto it = itemOf_.find({ViewEntry::Kind::Op, nodeIndex});
  return it == itemOf_.end() ? nullptr : static_cast<GraphNodeItem*>(it->second);
}

GraphGroupItem* GraphScene::itemForGroup(int group) const {
  auto it = itemOf_.find({ViewEntry::Kind::Group, group});
  return it == itemOf_.end() ? nullptr : static_cast<GraphGroupItem*>(it->second);
}

QGraphicsItem* GraphScene::itemForEntry(const ViewEntry& entry) const {
  auto it = itemOf_.find(entry);
  return it == itemOf_.end() ? nullptr : it->second;
}

QGraphicsItem* GraphScene::visibleItemForNode(int nodeIndex) const {
  if (!hierarchy_ || nodeIndex < 0 || nodeIndex >= hierarchy_->opCount()) return nullptr;
  return itemForEntry(hierarchy_->visibleEntry({ViewEntry::Kind::Op, nodeIndex}, expanded_));
}

ViewEntry GraphScene::entryOf(const QGraphicsItem* item) const {
  if (!item) return {ViewEntry::Kind::Op, -1};
  if (item->type() == GraphGroupItem::Type) return {ViewEntry::Kind::Group, static_cast<const GraphGroupItem*>(item)->group()};
  if (item->type() == GraphNodeItem::Type) {
    const auto* n = static_cast<const GraphNodeItem*>(item);
    switch (n->role()) {
      case NodeRole::Op: return {ViewEntry::Kind::Op, n->nodeIndex()};
      case NodeRole::Input: return {ViewEntry::Kind::Param, n->ioIndex()};
      case NodeRole::Output: return {ViewEntry::Kind::Output, n->ioIndex()};
    }
  }
  return {ViewEntry::Kind::Op, -1};
}

void GraphScene::clearItems() {
  selectingProgrammatically_ = true;
  clear();
  selectingProgrammatically_ = false;
  nodeItems_.clear();
  groupItems_.clear();
  edgeItems_.clear();
  itemOf_.clear();
  stepOrigin_ = nullptr;
  stepCandidates_.clear();
}

bool GraphScene::event(QEvent* event) {
  const bool handled = QGraphicsScene::event(event);
  switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::ApplicationPaletteChange:
    case QEvent::FontChange:
    case QEvent::ApplicationFontChange:
      if (!restyling_) restyle();
      break;
    default: break;
  }
  return handled;
}

void GraphScene::restyle() {
  restyling_ = true;
  const GraphStyle before = style_;
  style_ = GraphStyle::forPalette(palette(), font());
  setBackgroundBrush(style_.background);
  restyling_ = false;
  // Colours are read at paint time; sizes depend on the fonts, which need a new layout.
  if (hierarchy_ && (before.nodeFont != style_.nodeFont || before.groupFont != style_.groupFont ||
                     before.edgeFont != style_.edgeFont)) {
    cache_.clear();
    shapes_.clear();
    requestLayout(expanded_, false);
  }
  update();
}

// ---- layout -------------------------------------------------------------------------------------

LayoutRequest GraphScene::makeRequest(const std::set<int>& expanded) const {
  LayoutRequest r;
  r.hierarchy = hierarchy_;
  r.expanded = expanded;
  r.headerHeight = style_.frameHeader;
  r.padding = style_.framePadding;
  r.fontName = style_.edgeFont.family().toStdString();
  r.edgeFontSize = style_.edgeFont.pixelSize();
  r.nodeFontSize = style_.nodeFont.pixelSize();
  r.cache = cache_;
  r.shapes = shapes_;
  const QFontMetricsF opMetrics(style_.nodeFont), ioMetrics(style_.ioFont);
  std::vector<int> open{GraphHierarchy::kRoot};
  for (size_t i = 0; i < open.size(); ++i) {
    for (const ViewEntry& c : hierarchy_->group(open[i]).children) {
      if (c.kind == ViewEntry::Kind::Group) {
        if (expanded.count(c.index)) {
          open.push_back(c.index);
          r.headerWidth[c.index] = GraphGroupItem::headerWidth(groupTitle(c.index), groupDetail(c.index), style_);
        } else {
          const QSizeF s = GraphGroupItem::closedSize(groupTitle(c.index), groupDetail(c.index), style_);
          r.sizes[c] = {s.width(), s.height()};
        }
        continue;
      }
      const bool op = c.kind == ViewEntry::Kind::Op;
      double w = (op ? opMetrics : ioMetrics).horizontalAdvance(labelOf(c)) + 2 * style_.nodePaddingX;
      if (!op) w += style_.nodeHeight / 2;  // the pill's round ends take room from the text
      r.sizes[c] = {std::ceil(std::max(style_.nodeMinWidth, w)), style_.nodeHeight};
    }
  }
  return r;
}

void GraphScene::requestLayout(std::set<int> expanded, bool newGraph, std::optional<ViewEntry> anchor) {
  if (!hierarchy_) return;
  // A newer request replaces one in flight.
  if (job_) newGraph = newGraph || job_->newGraph;
  dropJob();
  LayoutRequest request = makeRequest(expanded);
  if (gRunningLayouts.load() == 0 && boxesToLayOut(request) <= syncLimit_) {
    QElapsedTimer timer;
    timer.start();
    const ComposedLayout composed = composeLayout(request);
    apply(composed, expanded, newGraph, anchor, static_cast<double>(timer.nsecsElapsed()) / 1e6, false);
    return;
  }
  auto job = std::make_shared<Job>();
  job->receiver = this;
  job->expanded = expanded;
  job->newGraph = newGraph;
  job->anchor = anchor;
  job->started.start();
  job_ = job;
  emit layoutStarted();
  gRunningLayouts.fetch_add(1);
  QThreadPool::globalInstance()->start([job, request = std::move(request)] {
    auto progress = [job](int done, int total) {
      std::lock_guard lock(job->mutex);
      if (GraphScene* r = job->receiver)
        QMetaObject::invokeMethod(r, [r, j = job.get(), done, total] { r->onLayoutProgress(j, done, total); },
                                  Qt::QueuedConnection);
    };
    auto result = std::make_shared<ComposedLayout>(composeLayout(request, &job->cancel, progress));
    gRunningLayouts.fetch_sub(1);
    std::lock_guard lock(job->mutex);
    if (GraphScene* r = job->receiver)
      QMetaObject::invokeMethod(r, [r, job, result] { r->onLayoutDone(job, result); }, Qt::QueuedConnection);
  });
}

void GraphScene::onLayoutProgress(const Job* job, int done, int total) {
  if (job == job_.get()) emit layoutProgress(done, total);
}

void GraphScene::onLayoutDone(const std::shared_ptr<Job>& job, const std::shared_ptr<ComposedLayout>& result) {
  if (job != job_) return;
  job_.reset();
  if (result->cancelled) {
    emit layoutFinished(true);
    return;
  }
  apply(*result, job->expanded, job->newGraph, job->anchor, static_cast<double>(job->started.nsecsElapsed()) / 1e6, true);
  emit layoutFinished(false);
}

void GraphScene::dropJob() {
  if (!job_) return;
  job_->cancel = true;
  {
    std::lock_guard lock(job_->mutex);
    job_->receiver = nullptr;
  }
  job_.reset();
}

void GraphScene::cancelLayout() {
  if (!job_) return;
  const bool newGraph = job_->newGraph;
  dropJob();
  pendingReveal_.reset();
  // The old picture stays; a new graph that never got one says why it is empty.
  if (newGraph) {
    layoutError_ = tr("Layout cancelled — close groups (Collapse All) to lay out less");
    QGraphicsTextItem* text = addText(layoutError_);
    text->setDefaultTextColor(palette().color(QPalette::Text));
    contentRect_ = text->boundingRect().adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin);
    setSceneRect(contentRect_);
    emit graphChanged();
  }
  emit layoutFinished(true);
  emit expansionChanged();
}

bool GraphScene::waitForLayout(int timeoutMs) {
  QElapsedTimer timer;
  timer.start();
  while (job_ && timer.elapsed() < timeoutMs) QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
  return !job_;
}

void GraphScene::apply(const ComposedLayout& layout, const std::set<int>& expanded, bool newGraph,
                       std::optional<ViewEntry> anchor, double milliseconds, bool async) {
  // Where the anchor (the group just opened or closed) sits in each view, to keep it there.
  struct Anchored {
    QGraphicsView* view;
    QPoint at;  // viewport position of the anchor's top-left
  };
  std::vector<Anchored> anchored;
  if (anchor && !newGraph)
    if (QGraphicsItem* before = itemForEntry(*anchor))
      for (QGraphicsView* v : views()) anchored.push_back({v, v->mapFromScene(before->sceneBoundingRect().topLeft())});

  for (const auto& [key, level] : layout.levels) cache_.emplace(key, level);
  for (const auto& [key, shape] : layout.shapes) shapes_.emplace(key, shape);
  clearItems();
  layoutError_.clear();
  if (!layout.error.empty()) {
    layoutError_ = tr("The graph could not be laid out: %1").arg(qs(layout.error));
    QGraphicsTextItem* text = addText(layoutError_);
    text->setDefaultTextColor(palette().color(QPalette::Text));
    contentRect_ = text->boundingRect().adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin);
    setSceneRect(contentRect_);
    if (newGraph) emit graphChanged();
    else emit layoutChanged();
    return;
  }
  expanded_ = expanded;

  std::vector<GraphNodeItem*> params, ops, outputs;
  for (const PlacedEntry& p : layout.entries) {
    const QPointF center(p.x + p.width / 2, p.y + p.height / 2);
    const QSizeF size(p.width, p.height);
    QGraphicsItem* item = nullptr;
    if (p.entry.kind == ViewEntry::Kind::Group) {
      const HierarchyGroup& g = hierarchy_->group(p.entry.index);
      auto* group = new GraphGroupItem(p.entry.index, groupTitle(p.entry.index), groupDetail(p.entry.index), p.open,
                                       g.kind == HierarchyGroup::Kind::Repeat, g.depth, size, &style_);
      groupItems_.append(group);
      item = group;
    } else {
      NodeRole role = NodeRole::Op;
      OpCategory category = OpCategory::Other;
      if (p.entry.kind == ViewEntry::Kind::Param) role = NodeRole::Input;
      else if (p.entry.kind == ViewEntry::Kind::Output) role = NodeRole::Output;
      else category = opCategory(graph_->nodes()[static_cast<size_t>(p.entry.index)]->op);
      auto* node = new GraphNodeItem(labelOf(p.entry), role, p.entry.index, size, category, &style_);
      (role == NodeRole::Input ? params : role == NodeRole::Op ? ops : outputs).push_back(node);
      item = node;
    }
    item->setPos(center);
    item->setToolTip(toolTipOf(p.entry));
    addItem(item);
    itemOf_[p.entry] = item;
  }
  std::sort(ops.begin(), ops.end(), [](auto* a, auto* b) { return a->nodeIndex() < b->nodeIndex(); });
  std::sort(params.begin(), params.end(), [](auto* a, auto* b) { return a->ioIndex() < b->ioIndex(); });
  std::sort(outputs.begin(), outputs.end(), [](auto* a, auto* b) { return a->ioIndex() < b->ioIndex(); });
  for (auto* list : {&params, &ops, &outputs})
    for (GraphNodeItem* n : *list) nodeItems_.append(n);

  // Edges of one value leave their box together and run through the same group ports: where an
  // edge retraces the previous one of its value, that stretch is stroked once (same picture;
  // a thousand uses of one weight no longer stroke a thousand lines per frame).
  std::map<std::pair<ViewEntry, int>, const DrawnEdge*> previousOfValue;
  for (const DrawnEdge& e : layout.edges) {
    qsizetype shared = 0;
    const DrawnEdge*& previous = previousOfValue[{e.from, e.value}];
    if (previous)
      while (static_cast<size_t>(shared) < std::min(e.points.size(), previous->points.size()) &&
             e.points[static_cast<size_t>(shared)].x == previous->points[static_cast<size_t>(shared)].x &&
             e.points[static_cast<size_t>(shared)].y == previous->points[static_cast<size_t>(shared)].y)
        ++shared;
    previous = &e;
    QList<QPointF> points;
    points.reserve(static_cast<qsizetype>(e.points.size()));
    for (const layout::Point& pt : e.points) points.append(QPointF(pt.x, pt.y));
    std::optional<QPointF> labelPos;
    if (e.hasLabel) labelPos = QPointF(e.labelPos.x, e.labelPos.y);
    auto* item = new GraphEdgeItem(points, qs(e.type), labelPos, itemForEntry(e.from), itemForEntry(e.to), &style_);
    if (shared >= 4) item->setSharedPrefix(shared);
    addItem(item);
    edgeItems_.append(item);
  }
  contentRect_ = QRectF(0, 0, layout.width, layout.height).adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin);
  // Keep the anchor still: each view's visible rectangle, moved with the anchor, joins the scene
  // rectangle so the view can scroll there even where the new layout is smaller or shifted.
  QRectF sceneBounds = contentRect_;
  std::vector<QRectF> targets;
  QGraphicsItem* after = anchor ? itemForEntry(*anchor) : nullptr;
  for (const Anchored& a : anchored) {
    if (!after) break;
    const qreal zoom = a.view->transform().m11();
    const QPointF topLeft = after->sceneBoundingRect().topLeft() - QPointF(a.at) / zoom;
    const QRectF visible(topLeft, QSizeF(a.view->viewport()->size()) / zoom);
    targets.push_back(visible);
    sceneBounds |= visible;
  }
  setSceneRect(sceneBounds);
  for (size_t i = 0; i < targets.size(); ++i) anchored[i].view->centerOn(targets[i].center());

  stats_ = {milliseconds, layout.levelsLaidOut, layout.levelsShared, layout.largestLevel,
            static_cast<int>(nodeItems_.size() + groupItems_.size()), static_cast<int>(edgeItems_.size()), async};

  // The selection survives a relayout; a node now hidden shows as its group's selection.
  if (selectedGroup_ >= 0 && itemForGroup(selectedGroup_)) {
    selectingProgrammatically_ = true;
    itemForGroup(selectedGroup_)->setSelected(true);
    selectingProgrammatically_ = false;
    emphasizeEdgesOf({itemForGroup(selectedGroup_)});
  } else if (!selectedNodes_.empty()) {
    applySelection(selectedNodes_);
  }
  applyMarks();

  if (newGraph) emit graphChanged();
  else emit layoutChanged();
  emit expansionChanged();

  if (pendingReveal_) {
    const ViewEntry reveal = *pendingReveal_;
    pendingReveal_.reset();
    if (QGraphicsItem* item = itemForEntry(reveal)) {
      selectByUser(item);
      for (QGraphicsView* v : views()) v->centerOn(item);
      emit revealed(reveal);
    }
  }
}

// ---- hierarchy ----------------------------------------------------------------------------------

void GraphScene::setExpandedGroups(std::set<int> groups) {
  if (!hierarchy_) return;
  requestLayout(std::move(groups), false);
}

void GraphScene::setGroupExpanded(int group, bool expanded) {
  if (!hierarchy_ || group <= GraphHierarchy::kRoot || group >= static_cast<int>(hierarchy_->groups().size())) return;
  std::set<int> next = job_ ? job_->expanded : expanded_;
  if (expanded == (next.count(group) > 0)) return;
  if (expanded) next.insert(group);
  else next.erase(group);
  requestLayout(std::move(next), false, ViewEntry{ViewEntry::Kind::Group, group});
}

void GraphScene::toggleGroup(int group) {
  const std::set<int>& current = job_ ? job_->expanded : expanded_;
  setGroupExpanded(group, !current.count(group));
}

void GraphScene::expandAll() {
  if (hierarchy_) requestLayout(hierarchy_->allGroups(), false);
}

void GraphScene::collapseAll() {
  if (hierarchy_) requestLayout({}, false);
}

void GraphScene::resetExpansion() {
  if (hierarchy_) requestLayout(hierarchy_->defaultExpanded(collapseThreshold_), false);
}

void GraphScene::revealEntry(const ViewEntry& entry) {
  if (!hierarchy_) return;
  if (QGraphicsItem* item = itemForEntry(entry)) {
    selectByUser(item);
    for (QGraphicsView* v : views()) v->centerOn(item);
    emit revealed(entry);
    return;
  }
  std::set<int> next = expanded_;
  for (int g : hierarchy_->groupsAround(entry)) next.insert(g);
  pendingReveal_ = entry;
  requestLayout(std::move(next), false);
}

// ---- selection ----------------------------------------------------------------------------------

void GraphScene::selectNodes(const std::vector<int>& nodeIndices) {
  if (QGraphicsItem* first = applySelection(nodeIndices))
    for (QGraphicsView* view : views()) view->ensureVisible(first, 60, 60);
}

QGraphicsItem* GraphScene::applySelection(const std::vector<int>& nodeIndices) {
  QList<QGraphicsItem*> shown;
  std::vector<int> kept;
  selectingProgrammatically_ = true;
  clearSelection();
  for (int node : nodeIndices) {
    QGraphicsItem* item = itemForNode(node);
    if (!item) item = visibleItemForNode(node);  // hidden in a closed group: the group's box
    if (!item) continue;
    item->setSelected(true);
    kept.push_back(node);
    if (!shown.contains(item)) shown.append(item);
  }
  selectingProgrammatically_ = false;
  selectedNodes_ = std::move(kept);
  selectedNode_ = selectedNodes_.empty() ? -1 : selectedNodes_.front();
  selectedGroup_ = -1;
  emphasizeEdgesOf(shown);
  return shown.isEmpty() ? nullptr : shown.first();
}

void GraphScene::selectByUser(QGraphicsItem* item) {
  clearSelection();
  if (item) item->setSelected(true);  // onSelectionChanged reports it
}

void GraphScene::onSelectionChanged() {
  if (selectingProgrammatically_) return;
  QList<QGraphicsItem*> boxes;
  for (QGraphicsItem* item : selectedItems())
    if (item->type() == GraphNodeItem::Type || item->type() == GraphGroupItem::Type) boxes.append(item);
  emphasizeEdgesOf(boxes);
  // The first box reports; a rubber band's others stay selected (e.g. for exporting them).
  const ViewEntry e = entryOf(boxes.isEmpty() ? nullptr : boxes.first());
  const int node = e.kind == ViewEntry::Kind::Op ? e.index : -1;
  const int group = e.kind == ViewEntry::Kind::Group ? e.index : -1;
  if (group != selectedGroup_) {
    selectedGroup_ = group;
    emit groupSelected(group);
  }
  selectedNodes_ = node >= 0 ? std::vector<int>{node} : std::vector<int>{};
  if (node == selectedNode_) return;
  selectedNode_ = node;
  emit nodeSelected(node);
}

void GraphScene::emphasizeEdgesOf(const QList<QGraphicsItem*>& items) {
  for (GraphEdgeItem* e : edgeItems_) e->setEmphasized(items.contains(e->fromItem()) || items.contains(e->toItem()));
}

// ---- marks --------------------------------------------------------------------------------------

void GraphScene::setSearchMatches(std::vector<ViewEntry> matches, int current) {
  matches_ = std::move(matches);
  currentMatch_ = current;
  applyMarks();
}

void GraphScene::setProblemNode(int nodeIndex) {
  problemNode_ = nodeIndex;
  applyMarks();
}

void GraphScene::applyMarks() {
  for (GraphNodeItem* n : nodeItems_) {
    n->setSearchMatch(false, false);
    n->setProblem(false);
  }
  for (GraphGroupItem* g : groupItems_) {
    g->setSearchMatches(0);
    g->setProblem(false);
  }
  if (!hierarchy_) return;
  std::map<int, int> hidden;  // closed group -> hits inside
  for (size_t i = 0; i < matches_.size(); ++i) {
    const ViewEntry shown = hierarchy_->visibleEntry(matches_[i], expanded_);
    if (shown.kind == ViewEntry::Kind::Group) {
      ++hidden[shown.index];
    } else if (QGraphicsItem* item = itemForEntry(shown); item && item->type() == GraphNodeItem::Type) {
      static_cast<GraphNodeItem*>(item)->setSearchMatch(true, static_cast<int>(i) == currentMatch_);
    }
  }
  for (const auto& [group, count] : hidden)
    if (GraphGroupItem* g = itemForGroup(group)) g->setSearchMatches(count);
  if (problemNode_ >= 0) {
    const ViewEntry shown = hierarchy_->visibleEntry({ViewEntry::Kind::Op, problemNode_}, expanded_);
    if (QGraphicsItem* item = itemForEntry(shown)) {
      if (item->type() == GraphNodeItem::Type) static_cast<GraphNodeItem*>(item)->setProblem(true);
      else static_cast<GraphGroupItem*>(item)->setProblem(true);
    }
  }
}

// ---- keyboard navigation ------------------------------------------------------------------------

bool GraphScene::navigate(Step step) {
  QGraphicsItem* current = nullptr;
  for (QGraphicsItem* item : selectedItems())
    if (item->type() == GraphNodeItem::Type || item->type() == GraphGroupItem::Type) current = item;
  auto boxes = [&] {
    QList<QGraphicsItem*> all;
    for (GraphNodeItem* n : nodeItems_) all.append(n);
    for (GraphGroupItem* g : groupItems_)
      if (!g->isOpen()) all.append(g);
    return all;
  };
  auto go = [&](QGraphicsItem* to) {
    if (!to) return false;
    selectByUser(to);
    for (QGraphicsView* v : views()) v->ensureVisible(to, 60, 60);
    return true;
  };
  if (!current || step == Step::First) {
    // Start at the top-left box: where a reader starts.
    QGraphicsItem* best = nullptr;
    for (QGraphicsItem* b : boxes())
      if (!best || b->scenePos().y() < best->scenePos().y() - 1 ||
          (std::abs(b->scenePos().y() - best->scenePos().y()) <= 1 && b->scenePos().x() < best->scenePos().x()))
        best = b;
    stepOrigin_ = nullptr;
    return go(best);
  }
  const QPointF here = current->scenePos();
  auto nearest = [&](const QList<QGraphicsItem*>& list) {
    QList<QGraphicsItem*> sorted = list;
    std::stable_sort(sorted.begin(), sorted.end(), [&](QGraphicsItem* a, QGraphicsItem* b) {
      return std::abs(a->scenePos().x() - here.x()) < std::abs(b->scenePos().x() - here.x());
    });
    return sorted;
  };
  switch (step) {
    case Step::Up:
    case Step::Down: {
      QList<QGraphicsItem*> next;
      for (GraphEdgeItem* e : edgeItems_) {
        QGraphicsItem* other = step == Step::Up ? (e->toItem() == current ? e->fromItem() : nullptr)
                                                : (e->fromItem() == current ? e->toItem() : nullptr);
        if (other && !next.contains(other)) next.append(other);
      }
      if (next.isEmpty()) return false;
      stepOrigin_ = current;
      stepCandidates_ = nearest(next);
      stepIndex_ = 0;
      return go(stepCandidates_.first());
    }
    case Step::NextSibling:
    case Step::PreviousSibling: {
      // Tab after an arrow: the next input (output) of the node the arrow left.
      if (stepOrigin_ && stepCandidates_.contains(current) && stepCandidates_.size() > 1) {
        const int n = static_cast<int>(stepCandidates_.size());
        stepIndex_ = ((stepCandidates_.indexOf(current) + (step == Step::NextSibling ? 1 : -1)) % n + n) % n;
        return go(stepCandidates_[stepIndex_]);
      }
      // Otherwise: the next box in graph order.
      QList<QGraphicsItem*> order = boxes();
      std::stable_sort(order.begin(), order.end(), [&](QGraphicsItem* a, QGraphicsItem* b) {
        auto key = [&](QGraphicsItem* i) {
          const ViewEntry e = entryOf(i);
          switch (e.kind) {
            case ViewEntry::Kind::Param: return -1000000 + e.index;
            case ViewEntry::Kind::Op: return e.index;
            case ViewEntry::Kind::Group: return hierarchy_->group(e.index).firstOp;
            case ViewEntry::Kind::Output: return 100000000 + e.index;
          }
          return 0;
        };
        return key(a) < key(b);
      });
      const int at = static_cast<int>(order.indexOf(current));
      const int n = static_cast<int>(order.size());
      if (n < 2) return false;
      return go(order[((at + (step == Step::NextSibling ? 1 : -1)) % n + n) % n]);
    }
    case Step::Left:
    case Step::Right: {
      QGraphicsItem* best = nullptr;
      const double halfHeight = current->boundingRect().height() / 2;
      for (QGraphicsItem* b : boxes()) {
        if (b == current || std::abs(b->scenePos().y() - here.y()) > halfHeight) continue;
        const double dx = b->scenePos().x() - here.x();
        if ((step == Step::Left ? -dx : dx) <= 0) continue;
        if (!best || std::abs(dx) < std::abs(best->scenePos().x() - here.x())) best = b;
      }
      stepOrigin_ = nullptr;
      return go(best);
    }
    case Step::First: break;
  }
  return false;
}

// ---- context menu -------------------------------------------------------------------------------

void GraphScene::contextMenuEvent(QGraphicsSceneContextMenuEvent* event) {
  if (!hierarchy_) return;
  QGraphicsItem* under = nullptr;
  for (QGraphicsItem* item : items(event->scenePos()))
    if (item->type() == GraphGroupItem::Type || item->type() == GraphNodeItem::Type) {
      under = item;
      break;
    }
  QMenu menu(event->widget());
  if (under && under->type() == GraphGroupItem::Type) {
    auto* g = static_cast<GraphGroupItem*>(under);
    const int id = g->group();
    QAction* toggle = menu.addAction(g->isOpen() ? tr("Collapse %1").arg(g->title()) : tr("Expand %1").arg(g->title()));
    connect(toggle, &QAction::triggered, this, [this, id] { toggleGroup(id); });
    menu.addSeparator();
  } else if (under) {
    const ViewEntry e = entryOf(under);
    const int parent = hierarchy_->parentOf(e);
    if (parent > GraphHierarchy::kRoot) {
      QAction* close = menu.addAction(tr("Collapse %1").arg(groupTitle(parent)));
      connect(close, &QAction::triggered, this, [this, parent] { setGroupExpanded(parent, false); });
      menu.addSeparator();
    }
  }
  connect(menu.addAction(tr("Expand All Groups")), &QAction::triggered, this, &GraphScene::expandAll);
  connect(menu.addAction(tr("Collapse All Groups")), &QAction::triggered, this, &GraphScene::collapseAll);
  connect(menu.addAction(tr("Default Grouping")), &QAction::triggered, this, &GraphScene::resetExpansion);
  menu.exec(event->screenPos());
  event->accept();
}

}  // namespace pt::views
