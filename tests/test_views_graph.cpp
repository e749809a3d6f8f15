// views/: the graph view's hierarchy (groups by scope path, closed above a threshold, opened and
// closed by double-click, context menu or all at once, folded repeated calls, a relayout that
// keeps neighbours in place), its layout (one level at a time, tuned Graphviz limits on big
// levels, a worker with progress and cancel, the level cache), search, the minimap, keyboard
// navigation, themes, export, and the inspector's widgets. Real widgets, offscreen.
#include <QtTest>

#include <QApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>
#include <QToolButton>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>
#include <limits>

#include "TestGraphs.h"
#include "ViewTestSupport.h"
#include "graph_view_synthetic.h"
#include "ir/Graph.h"
#include "views/GraphEdgeItem.h"
#include "views/GraphExport.h"
#include "views/GraphGroupItem.h"
#include "views/GraphHierarchy.h"
#include "views/GraphLevelLayout.h"
#include "views/GraphMinimap.h"
#include "views/GraphNodeItem.h"
#include "views/GraphScene.h"
#include "views/GraphSearch.h"
#include "views/GraphSearchBar.h"
#include "views/GraphView.h"
#include "views/HistogramWidget.h"
#include "views/InspectorView.h"
#include "views/TensorStats.h"

using namespace pt;
using namespace pt::views;
using pt::test::meanLightness;
using pt::test::normalizeGraph;
using pt::test::showGraphView;

namespace {

// bgr_to_grayscale(image) as the walkthrough traces it: a flip, then rgb_to_grayscale's ops.
std::unique_ptr<ir::Graph> grayscaleGraph() {
  auto g = std::make_unique<ir::Graph>("bgr_to_grayscale");
  const ir::TensorType image{ir::DType::Float64, {2, 3, 4, 5}};
  const ir::TensorType plane{ir::DType::Float64, {2, 1, 4, 5}};
  ir::Value* x = g->addParam("image", image);
  auto add = [&](ir::OpKind op, std::vector<ir::Value*> in, const ir::TensorType& t, std::vector<std::string> scope, int line) {
    ir::Node* n = g->addNode(op, std::move(in), {}, {t});
    n->scope = std::move(scope);
    n->loc = {"color.py", line, 5, line, 20};
    return n->outputs[0];
  };
  const std::vector<std::string> outer{"bgr_to_grayscale"}, inner{"bgr_to_grayscale", "rgb_to_grayscale"};
  ir::Value* rgb = add(ir::OpKind::Flip, {x}, image, outer, 20);
  ir::Value* r = add(ir::OpKind::Slice, {rgb}, plane, inner, 9);
  ir::Value* gr = add(ir::OpKind::Slice, {rgb}, plane, inner, 10);
  ir::Value* b = add(ir::OpKind::Slice, {rgb}, plane, inner, 11);
  ir::Value* y = add(ir::OpKind::Add, {r, gr}, plane, inner, 12);
  y = add(ir::OpKind::Add, {y, b}, plane, inner, 12);
  g->setOutputs({y});
  return g;
}

const HierarchyGroup* groupNamed(const GraphHierarchy& h, const std::string& name, HierarchyGroup::Kind kind) {
  for (const HierarchyGroup& g : h.groups())
    if (g.name == name && g.kind == kind) return &g;
  return nullptr;
}

int groupId(const GraphHierarchy& h, const HierarchyGroup* g) { return static_cast<int>(g - h.groups().data()); }

GraphGroupItem* groupItemTitled(const GraphScene& scene, const QString& title) {
  for (GraphGroupItem* g : scene.groupItems())
    if (g->title() == title) return g;
  return nullptr;
}

// The rank (y) and order (x) relations between the boxes of `entries`, as a comparable list.
QList<int> relativeOrder(const GraphScene& scene, const std::vector<ViewEntry>& entries) {
  QList<int> order;
  for (const ViewEntry& a : entries)
    for (const ViewEntry& b : entries) {
      const QGraphicsItem* ia = scene.itemForEntry(a);
      const QGraphicsItem* ib = scene.itemForEntry(b);
      if (!ia || !ib || a == b) continue;
      const QRectF ra = ia->sceneBoundingRect(), rb = ib->sceneBoundingRect();
      order << (ra.bottom() < rb.top() ? -1 : rb.bottom() < ra.top() ? 1 : 0);                       // rank above / below / same
      order << (ra.bottom() < rb.top() || rb.bottom() < ra.top() ? 0 : ra.center().x() < rb.center().x() ? -1 : 1);  // order in a rank
    }
  return order;
}

}  // namespace

class TestViewsGraph : public QObject {
  Q_OBJECT

 private slots:
  // ---- hierarchy --------------------------------------------------------------------------------

  void groupsFollowTheScopePath() {
    auto g = grayscaleGraph();
    const GraphHierarchy h(*g);
    // The traced function itself is the root, not a group around everything.
    const HierarchyGroup& root = h.group(GraphHierarchy::kRoot);
    QCOMPARE(root.path, (std::vector<std::string>{"bgr_to_grayscale"}));
    QCOMPARE(static_cast<int>(root.children.size()), 4);  // image, flip, rgb_to_grayscale, output
    QCOMPARE(root.children[1], (ViewEntry{ViewEntry::Kind::Op, 0}));
    const HierarchyGroup* inner = groupNamed(h, "rgb_to_grayscale", HierarchyGroup::Kind::Call);
    QVERIFY(inner);
    QCOMPARE(inner->path, (std::vector<std::string>{"bgr_to_grayscale", "rgb_to_grayscale"}));
    QCOMPARE(inner->opCount, 5);
    QCOMPARE(inner->firstOp, 1);
    QCOMPARE(inner->parent, GraphHierarchy::kRoot);
    const int id = groupId(h, inner);
    QCOMPARE(h.parentOf({ViewEntry::Kind::Op, 3}), id);
    QCOMPARE(h.pathTo({ViewEntry::Kind::Op, 3}), (std::vector<int>{GraphHierarchy::kRoot, id}));
    QVERIFY(h.contains(id, {ViewEntry::Kind::Op, 4}));
    QVERIFY(!h.contains(id, {ViewEntry::Kind::Op, 0}));
    // Closed, an op inside shows as its group; open, as itself.
    QCOMPARE(h.visibleEntry({ViewEntry::Kind::Op, 2}, {}), (ViewEntry{ViewEntry::Kind::Group, id}));
    QCOMPARE(h.visibleEntry({ViewEntry::Kind::Op, 2}, {id}), (ViewEntry{ViewEntry::Kind::Op, 2}));
    // Uses: image -> flip, flip -> 3 slices, ..., last add -> output.
    QCOMPARE(static_cast<int>(h.uses().size()), 1 + 3 + 2 + 2 + 1);
    // A small graph starts fully open.
    QCOMPARE(h.defaultExpanded(40), h.allGroups());
    QVERIFY(h.defaultExpanded(3).empty());
  }

  void unscopedConstantsJoinTheirCall() {
    // As the tracer records 0.299 * r + 0.587 * g inside rgb_to_grayscale: the literals become
    // constant nodes with no scope, between the call's ops.
    auto g = std::make_unique<ir::Graph>("bgr_to_grayscale");
    const ir::TensorType image{ir::DType::Float64, {2, 3, 4, 5}}, plane{ir::DType::Float64, {2, 1, 4, 5}};
    const ir::TensorType scalar{ir::DType::Float64, {}};
    const std::vector<std::string> outer{"bgr_to_grayscale"}, inner{"bgr_to_grayscale", "rgb_to_grayscale"};
    auto add = [&](ir::OpKind op, std::vector<ir::Value*> in, const ir::TensorType& t, std::vector<std::string> scope) {
      ir::Node* n = g->addNode(op, std::move(in), {}, {t});
      n->scope = std::move(scope);
      return n->outputs[0];
    };
    ir::Value* rgb = add(ir::OpKind::Flip, {g->addParam("image", image)}, image, outer);
    ir::Value* r = add(ir::OpKind::Slice, {rgb}, plane, inner);
    ir::Value* gr = add(ir::OpKind::Slice, {rgb}, plane, inner);
    ir::Value* y = add(ir::OpKind::Mul, {add(ir::OpKind::Constant, {}, scalar, {}), r}, plane, inner);
    ir::Value* z = add(ir::OpKind::Mul, {add(ir::OpKind::Constant, {}, scalar, {}), gr}, plane, inner);
    ir::Value* unused = add(ir::OpKind::Constant, {}, scalar, {});
    g->setOutputs({add(ir::OpKind::Add, {y, z}, plane, inner), unused});
    const GraphHierarchy h(*g);
    QCOMPARE(h.group(GraphHierarchy::kRoot).path, outer);
    // One call, not three pieces cut apart by the constants; the constants inside it.
    int calls = 0;
    for (const HierarchyGroup& grp : h.groups()) calls += grp.kind == HierarchyGroup::Kind::Call;
    QCOMPARE(calls, 1);
    const HierarchyGroup* call = groupNamed(h, "rgb_to_grayscale", HierarchyGroup::Kind::Call);
    QVERIFY(call);
    QCOMPARE(call->opCount, 8);
    QCOMPARE(h.parentOf({ViewEntry::Kind::Op, 3}), groupId(h, call));  // the first constant
    // One no op uses was made while the trace was in the call: it stays there, not cutting it.
    QCOMPARE(h.parentOf({ViewEntry::Kind::Op, 7}), groupId(h, call));
    QCOMPARE(h.parentOf({ViewEntry::Kind::Op, 0}), GraphHierarchy::kRoot);  // flip
  }

  void repeatedCallsFoldIntoBlocks() {
    auto g = synthetic::model(2000, 4);
    const GraphHierarchy h(*g);
    const int blocks = (2000 / 4 - 2 + synthetic::blockOps() / 2) / synthetic::blockOps();
    QCOMPARE(h.opCount(), 4 * (blocks * synthetic::blockOps() + 2) + 10);
    // Four identical stages in a row: one "stage ×4" at the top.
    const HierarchyGroup* stages = groupNamed(h, "stage", HierarchyGroup::Kind::Repeat);
    QVERIFY(stages);
    QCOMPARE(stages->repeat, 4);
    QCOMPARE(stages->parent, GraphHierarchy::kRoot);
    QCOMPARE(stages->opCount, 4 * (blocks * synthetic::blockOps() + 2));
    // Inside each stage, its blocks fold; inside each mixer, the three linear calls do.
    const HierarchyGroup* blockFold = groupNamed(h, "block", HierarchyGroup::Kind::Repeat);
    QVERIFY(blockFold);
    QCOMPARE(blockFold->repeat, blocks);
    QCOMPARE(h.group(blockFold->parent).name, std::string("stage"));
    QCOMPARE(h.group(blockFold->children[0].index).opCount, synthetic::blockOps());
    const HierarchyGroup* linears = groupNamed(h, "linear", HierarchyGroup::Kind::Repeat);
    QVERIFY(linears);
    QCOMPARE(linears->repeat, 3);
    QCOMPARE(h.group(linears->parent).name, std::string("mixer"));
    // Calls that differ are not folded: the two norms of a block are apart, not in a row.
    for (const HierarchyGroup& grp : h.groups())
      if (grp.kind == HierarchyGroup::Kind::Repeat) QVERIFY(grp.name != "layer_norm");
    // Big graph: folds start closed; the outline fits the budget.
    const std::set<int> open = h.defaultExpanded(40, 120);
    QVERIFY(!open.count(groupId(h, stages)));
  }

  void bigGroupsStartClosed() {
    auto g = synthetic::model(2000, 4);
    GraphScene scene;
    scene.setGraph(g.get());
    QVERIFY(scene.waitForLayout());
    QVERIFY2(scene.layoutError().isEmpty(), qPrintable(scene.layoutError()));
    GraphGroupItem* stages = groupItemTitled(scene, QStringLiteral("stage ×4"));
    QVERIFY(stages);
    QVERIFY(!stages->isOpen());
    QVERIFY(stages->detail().contains(QString::number(scene.hierarchy()->group(stages->group()).opCount)));
    // A node deep inside is not drawn; its closed group stands in for it.
    QVERIFY(!scene.itemForNode(5));
    QCOMPARE(scene.visibleItemForNode(5), stages);
    QVERIFY(scene.nodeItems().size() < 30);
    // Selecting a hidden node from outside selects the box it hides in.
    scene.selectNode(5);
    QVERIFY(stages->isSelected());
    QCOMPARE(scene.selectedNode(), 5);
  }

  void doubleClickOpensAGroupAndNeighboursStay() {
    auto g = synthetic::model(1200, 3);
    GraphView view;
    view.resize(900, 700);
    view.graphScene()->setSyncLimit(100000);  // at once: this test is about geometry, not threads
    view.setGraph(g.get());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    GraphScene* scene = view.graphScene();
    const GraphHierarchy& h = *scene->hierarchy();
    GraphGroupItem* stages = groupItemTitled(*scene, QStringLiteral("stage ×3"));
    QVERIFY(stages);
    const int id = stages->group();

    // The other boxes of the top level, and their relations before.
    std::vector<ViewEntry> others;
    for (const ViewEntry& e : h.group(GraphHierarchy::kRoot).children)
      if (!(e == ViewEntry{ViewEntry::Kind::Group, id})) others.push_back(e);
    const QList<int> before = relativeOrder(*scene, others);
    const QPoint anchorBefore = view.mapFromScene(stages->sceneBoundingRect().topLeft());

    QSignalSpy expansion(scene, &GraphScene::expansionChanged);
    QTest::mouseDClick(view.viewport(), Qt::LeftButton, Qt::NoModifier, view.mapFromScene(stages->sceneBoundingRect().center()));
    QTRY_VERIFY(scene->isExpanded(id));  // the toggle is queued after the click
    QVERIFY(scene->waitForLayout());
    QVERIFY(expansion.count() >= 1);
    QVERIFY(scene->isExpanded(id));
    GraphGroupItem* frame = scene->itemForGroup(id);
    QVERIFY(frame && frame->isOpen());
    // Its three stages are boxes now, inside the frame.
    int stagesShown = 0;
    for (GraphGroupItem* item : scene->groupItems())
      if (item->title() == QLatin1String("stage")) {
        ++stagesShown;
        QVERIFY(frame->sceneBoundingRect().contains(item->sceneBoundingRect()));
      }
    QCOMPARE(stagesShown, 3);
    // Neighbours keep their ranks and order; the opened group stays where it was on screen.
    QCOMPARE(relativeOrder(*scene, others), before);
    const QPoint anchorAfter = view.mapFromScene(frame->sceneBoundingRect().topLeft());
    QVERIFY2((anchorAfter - anchorBefore).manhattanLength() <= 3,
             qPrintable(QStringLiteral("%1,%2 -> %3,%4").arg(anchorBefore.x()).arg(anchorBefore.y()).arg(anchorAfter.x()).arg(anchorAfter.y())));
    // Edges reach into the frame: from the parameter x to ops inside the stages' boxes.
    int intoFrame = 0;
    for (const GraphEdgeItem* e : scene->edgeItems())
      if (frame->sceneBoundingRect().contains(e->arrowTip()) && !frame->sceneBoundingRect().contains(e->path().pointAtPercent(0)))
        ++intoFrame;
    QVERIFY(intoFrame >= 1);

    // Closing again comes from the cache and gives the same picture.
    const int levelsBefore = scene->cachedLevels();
    QTest::mouseDClick(view.viewport(), Qt::LeftButton, Qt::NoModifier,
                       view.mapFromScene(frame->mapRectToScene(frame->headerRect()).center()));
    QTRY_VERIFY(!scene->isExpanded(id));
    QVERIFY(scene->waitForLayout());
    QVERIFY(!scene->isExpanded(id));
    QCOMPARE(scene->lastLayout().levelsLaidOut, 0);
    QCOMPARE(scene->cachedLevels(), levelsBefore);
    QCOMPARE(relativeOrder(*scene, others), before);
  }

  void expandAllCollapseAllAndTheCache() {
    auto g = synthetic::model(800, 2);
    GraphScene scene;
    scene.setCollapseThreshold(0);  // every group starts closed: only the top level in the cache
    scene.setGraph(g.get());
    QVERIFY(scene.waitForLayout());
    QVERIFY(scene.expandedGroups().empty());
    const int ops = static_cast<int>(g->nodes().size());
    scene.expandAll();
    QVERIFY(scene.waitForLayout());
    QCOMPARE(static_cast<int>(scene.nodeItems().size()), ops + 3);  // every op, x, w and the output
    for (const GraphGroupItem* item : scene.groupItems()) QVERIFY(item->isOpen());
    for (int i = 0; i < ops; ++i) QVERIFY(scene.itemForNode(i));
    // Every edge ends where its boxes are.
    for (const GraphEdgeItem* e : scene.edgeItems()) {
      QVERIFY(e->fromItem() && e->toItem());
      QVERIFY(e->fromItem()->sceneBoundingRect().adjusted(-3, -3, 3, 3).contains(e->path().pointAtPercent(0)));
      QVERIFY(e->toItem()->sceneBoundingRect().adjusted(-3, -3, 3, 3).contains(e->arrowTip()));
    }
    // Uses of one value retrace each other out of their box: such a stretch is stroked once.
    int retracing = 0;
    for (qsizetype i = 0; i < scene.edgeItems().size(); ++i) {
      const GraphEdgeItem* e = scene.edgeItems()[i];
      if (e->paintFrom() == 0) continue;
      ++retracing;
      const QPointF resume = e->path().elementAt(static_cast<int>(e->paintFrom())), start = e->path().pointAtPercent(0);
      bool drawnBefore = false;  // an earlier edge from the same box passes through where this one resumes
      for (qsizetype k = 0; k < i && !drawnBefore; ++k) {
        const GraphEdgeItem* other = scene.edgeItems()[k];
        if (other->fromItem() != e->fromItem() || other->path().pointAtPercent(0) != start) continue;
        for (int p = 0; p < other->path().elementCount() && !drawnBefore; ++p)
          drawnBefore = QPointF(other->path().elementAt(p)) == resume;
      }
      QVERIFY(drawnBefore);
    }
    QVERIFY(retracing > 10);
    // Level by level: one per open group and the root, each laid out by Graphviz or, for a call
    // identical to one already laid out (the blocks of a fold), sharing that run.
    const LayoutStats first = scene.lastLayout();
    QCOMPARE(first.levelsLaidOut + first.levelsShared, static_cast<int>(scene.expandedGroups().size()) + 1);
    QVERIFY(first.levelsLaidOut > 5);
    QVERIFY(first.levelsShared > first.levelsLaidOut);
    // Identical calls look identical: the blocks' frames have one size.
    std::set<std::pair<int, int>> blockSizes;
    for (const GraphGroupItem* item : scene.groupItems())
      if (item->title() == QLatin1String("block"))
        blockSizes.insert({qRound(item->boundingRect().width()), qRound(item->boundingRect().height())});
    QCOMPARE(static_cast<int>(blockSizes.size()), 1);
    scene.collapseAll();
    QVERIFY(scene.waitForLayout());
    QVERIFY(scene.expandedGroups().empty());
    for (const GraphGroupItem* item : scene.groupItems()) QVERIFY(!item->isOpen());
    scene.expandAll();
    QVERIFY(scene.waitForLayout());
    QCOMPARE(scene.lastLayout().levelsLaidOut, 0);  // all from the cache
    QCOMPARE(scene.lastLayout().levelsShared, 0);
    scene.resetExpansion();
    QVERIFY(scene.waitForLayout());
    QCOMPARE(scene.expandedGroups(), scene.hierarchy()->defaultExpanded(scene.collapseThreshold()));
  }

  void contextMenuTogglesAGroup() {
    auto g = grayscaleGraph();
    GraphScene scene;
    scene.setGraph(g.get());
    const GraphHierarchy& h = *scene.hierarchy();
    const int id = groupId(h, groupNamed(h, "rgb_to_grayscale", HierarchyGroup::Kind::Call));
    QVERIFY(scene.isExpanded(id));  // small: open
    QVERIFY(scene.itemForNode(3));
    scene.setGroupExpanded(id, false);
    QVERIFY(scene.waitForLayout());
    QVERIFY(!scene.itemForNode(3));
    QVERIFY(scene.itemForGroup(id) && !scene.itemForGroup(id)->isOpen());
    QCOMPARE(scene.nodeItems().size(), 3);  // image, flip, output
    QCOMPARE(scene.edgeItems().size(), 3);  // image -> flip -> group -> output
  }

  // ---- layout ---------------------------------------------------------------------------------

  void bigLevelsUseTunedLimits() {
    auto g = synthetic::flat(400);
    LayoutRequest r;
    r.hierarchy = std::make_shared<const GraphHierarchy>(*g);
    r.bigLevel = 100;
    for (int i = 0; i < r.hierarchy->opCount(); ++i) r.sizes[{ViewEntry::Kind::Op, i}] = {60, 28};
    const ComposedLayout layout = composeLayout(r);
    QVERIFY2(layout.error.empty(), layout.error.c_str());
    QCOMPARE(layout.levelsLaidOut, 1);
    const LevelResult& level = *layout.levels.begin()->second;
    QVERIFY(level.tuned);
    QVERIFY(level.prunedEdges > 0);  // long edges drawn directly, not routed by dot
    QCOMPARE(static_cast<int>(layout.edges.size()), static_cast<int>(r.hierarchy->uses().size()));
    for (const DrawnEdge& e : layout.edges) {
      QVERIFY(e.points.size() >= 4);
      QVERIFY(!e.hasLabel);  // labels would be virtual nodes: tooltips instead
    }
    // The tuned spec sets Graphviz's limits.
    layout::GraphSpec spec;
    spec.nodes = {{"a", "", 10, 10, "op", ""}, {"b", "", 10, 10, "op", ""}};
    spec.edges = {{"a", "b", "t"}};
    const layout::GraphSpec tuned = tunedSpec(spec);
    QVERIFY(std::find(tuned.graphAttributes.begin(), tuned.graphAttributes.end(),
                      std::pair<std::string, std::string>{"nslimit", "0.02"}) != tuned.graphAttributes.end());
    const std::string dot = layout::renderDot(tuned);
    QVERIFY(dot.find("nslimit=\"0.02\"") != std::string::npos);
    QVERIFY(dot.find("splines=\"polyline\"") != std::string::npos);
  }

  void portsPinTheBorders() {
    // Rank constraints reach Graphviz: the in-port above, the out-port below everything.
    layout::GraphSpec spec;
    spec.nodes = {{"a", "", 30, 20, "op", ""}, {"b", "", 30, 20, "op", ""}, {"in", "", 2, 2, "port", "source"},
                  {"out", "", 2, 2, "port", "sink"}, {"c", "", 30, 20, "op", ""}};
    spec.edges = {{"a", "b", ""}, {"in", "b", ""}, {"c", "out", ""}};
    const layout::Layout l = layout::layoutGraph(spec);
    QVERIFY2(l.error.empty(), l.error.c_str());
    for (int i : {0, 1, 4}) {
      QVERIFY(l.nodes[2].center.y < l.nodes[static_cast<size_t>(i)].center.y);
      QVERIFY(l.nodes[3].center.y > l.nodes[static_cast<size_t>(i)].center.y);
    }
    QVERIFY(layout::renderDot(spec).find("{ rank=source; \"in\"; }") != std::string::npos);
    spec.nodes[0].rank = "sideways";
    QVERIFY(!layout::layoutGraph(spec).error.empty());
  }

  void workerReportsProgressAndCancels() {
    auto g = synthetic::model(1500, 3);
    GraphView view;
    view.resize(700, 500);
    GraphScene* scene = view.graphScene();
    scene->setSyncLimit(0);  // everything on the worker
    QSignalSpy started(scene, &GraphScene::layoutStarted);
    QSignalSpy progress(scene, &GraphScene::layoutProgress);
    QSignalSpy finished(scene, &GraphScene::layoutFinished);
    QSignalSpy changed(scene, &GraphScene::graphChanged);
    view.setGraph(g.get());
    QVERIFY(scene->isLayingOut());
    QCOMPARE(started.count(), 1);
    QVERIFY(scene->nodeItems().isEmpty());  // not yet
    QVERIFY(scene->waitForLayout());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(changed.count(), 1);
    QVERIFY(progress.count() >= 1);
    QCOMPARE(progress.last().at(0).toInt(), progress.last().at(1).toInt());  // done == total at the end
    QVERIFY(scene->lastLayout().async);

    // A relayout keeps the old picture until the new one is ready...
    const int before = static_cast<int>(scene->nodeItems().size());
    scene->expandAll();
    QVERIFY(scene->isLayingOut());
    QCOMPARE(static_cast<int>(scene->nodeItems().size()), before);
    // ...and Cancel (the button on the progress panel) keeps it for good.
    QTest::mouseClick(view.cancelButton(), Qt::LeftButton);
    QVERIFY(!scene->isLayingOut());
    QCOMPARE(finished.last().at(0).toBool(), true);
    QCOMPARE(static_cast<int>(scene->nodeItems().size()), before);
    QVERIFY(scene->expandedGroups() != scene->hierarchy()->allGroups());
    QTest::qWait(50);  // a late result from the cancelled worker must not arrive
    QCOMPARE(static_cast<int>(scene->nodeItems().size()), before);

    // Cancelling a new graph's first layout says so instead of showing nothing.
    auto other = synthetic::model(1500, 3);
    view.setGraph(other.get());
    QVERIFY(scene->isLayingOut());
    scene->cancelLayout();
    QVERIFY(!scene->layoutError().isEmpty());
    scene->collapseAll();
    QVERIFY(scene->waitForLayout());
    QVERIFY(scene->layoutError().isEmpty());
    QVERIFY(!scene->groupItems().isEmpty());
  }

  void theSceneCanGoWhileAWorkerRuns() {
    auto g = synthetic::flat(1500);
    auto* scene = new GraphScene;
    scene->setSyncLimit(0);
    scene->setGraph(g.get());
    QVERIFY(scene->isLayingOut());
    delete scene;  // the worker finishes into nothing
    g.reset();     // and never touched the graph
    QTest::qWait(20);
    QThreadPool::globalInstance()->waitForDone(60000);
    QCoreApplication::processEvents();
  }

  // ---- search, navigation, minimap ------------------------------------------------------------

  void searchFindsByNameOpDtypeAndShape() {
    auto g = synthetic::model(800, 2);
    QString error;
    const auto softmax = findInGraph(*g, QStringLiteral("softmax"), false);  // scope names find their ops
    QVERIFY(!softmax.empty());
    for (const ViewEntry& e : softmax) {
      QCOMPARE(e.kind, ViewEntry::Kind::Op);
      const auto& scope = g->nodes()[static_cast<size_t>(e.index)]->scope;
      QVERIFY(std::find(scope.begin(), scope.end(), "softmax") != scope.end());
    }
    const auto tanh = findInGraph(*g, QStringLiteral("op:^tanh$"), true);
    QVERIFY(!tanh.empty());
    for (const ViewEntry& e : tanh) QCOMPARE(g->nodes()[static_cast<size_t>(e.index)]->op, ir::OpKind::Tanh);
    QCOMPARE(findInGraph(*g, QStringLiteral("dtype:float32"), false).size(), g->params().size() + g->nodes().size() + 1);
    QVERIFY(findInGraph(*g, QStringLiteral("dtype:f64"), false).empty());
    // Reductions keep a column: shape [8,1] in any spelling.
    const size_t reductions = findInGraph(*g, QStringLiteral("shape:[8,1]"), false).size();
    QVERIFY(reductions > 0);
    QCOMPARE(findInGraph(*g, QStringLiteral("shape:8x1"), false).size(), reductions);
    QCOMPARE(findInGraph(*g, QStringLiteral("shape:(8, 1)"), false).size(), reductions);
    QVERIFY(findInGraph(*g, QStringLiteral("name:w"), false).size() >= 1);
    QVERIFY(findInGraph(*g, QStringLiteral("(unclosed"), true, &error).empty());
    QVERIFY(!error.isEmpty());
    QVERIFY(findInGraph(*g, QStringLiteral("   "), false).empty());
  }

  void searchBarRevealsHits() {
    auto g = synthetic::model(1200, 3);
    GraphView view;
    view.resize(800, 600);
    view.graphScene()->setSyncLimit(100000);
    view.setGraph(g.get());
    GraphSearchBar bar(&view);
    bar.show();
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    GraphScene* scene = view.graphScene();
    QSignalSpy selected(scene, &GraphScene::nodeSelected);

    QTest::keyClicks(bar.field(), QStringLiteral("tanh"));
    QVERIFY(!bar.matches().empty());
    QVERIFY(bar.countLabel()->text().contains(QString::number(bar.matches().size())));
    // The hits hide in the closed stages: the group says how many.
    GraphGroupItem* stages = groupItemTitled(*scene, QStringLiteral("stage ×3"));
    QVERIFY(stages);
    QCOMPARE(stages->searchMatches(), static_cast<int>(bar.matches().size()));

    view.setZoom(0.2);                             // far out, as after fitting a big graph
    QTest::keyClick(bar.field(), Qt::Key_Return);  // next: the first hit, revealed
    QVERIFY(scene->waitForLayout());
    const ViewEntry first = bar.matches().front();
    GraphNodeItem* hit = scene->itemForNode(first.index);
    QVERIFY(hit);
    QVERIFY(hit->isSelected());
    QVERIFY(hit->isSearchMatch());
    QCOMPARE(selected.last().at(0).toInt(), first.index);
    QVERIFY(bar.countLabel()->text().startsWith(QStringLiteral("1 / ")));
    QVERIFY(view.mapToScene(view.viewport()->rect()).boundingRect().contains(hit->scenePos()));
    QVERIFY(view.zoom() >= GraphView::kReadableZoom);  // legible, not a dot in the fitted graph

    QTest::mouseClick(bar.nextButton(), Qt::LeftButton);
    QVERIFY(scene->waitForLayout());
    QVERIFY(scene->itemForNode(bar.matches()[1].index)->isSelected());
    QTest::mouseClick(bar.previousButton(), Qt::LeftButton);
    QVERIFY(scene->waitForLayout());
    QVERIFY(scene->itemForNode(first.index)->isSelected());

    // Regex, and a bad one.
    bar.regexButton()->setChecked(true);
    bar.field()->setText(QStringLiteral("^(exp|sqrt)$"));
    QVERIFY(!bar.matches().empty());
    bar.field()->setText(QStringLiteral("(("));
    QVERIFY(bar.matches().empty());
    QVERIFY(!bar.nextButton()->isEnabled());
    QVERIFY(!bar.countLabel()->text().isEmpty());
  }

  void keyboardWalksTheGraph() {
    auto g = normalizeGraph();
    GraphView view;
    QVERIFY(showGraphView(view, g.get(), {600, 500}));
    GraphScene* scene = view.graphScene();
    QSignalSpy selected(scene, &GraphScene::nodeSelected);
    view.setFocus();

    QTest::keyClick(&view, Qt::Key_Down);  // nothing selected: the top box, the parameter x
    QVERIFY(scene->nodeItems().first()->isSelected());
    QTest::keyClick(&view, Qt::Key_Down);  // to a consumer of x: mean, std or sub
    const int firstConsumer = scene->selectedNode();
    QVERIFY(firstConsumer == 0 || firstConsumer == 1 || firstConsumer == 2);
    QTest::keyClick(&view, Qt::Key_Tab);  // the next consumer of x
    const int second = scene->selectedNode();
    QVERIFY(second != firstConsumer && second >= 0 && second <= 2);
    QTest::keyClick(&view, Qt::Key_Tab);
    QTest::keyClick(&view, Qt::Key_Tab);  // three consumers: back to the first
    QCOMPARE(scene->selectedNode(), firstConsumer);
    QTest::keyClick(&view, Qt::Key_Backtab);
    QVERIFY(scene->selectedNode() != firstConsumer);

    scene->selectNode(2);  // sub
    QTest::keyClick(&view, Qt::Key_Down);
    QCOMPARE(scene->selectedNode(), 3);  // div
    QTest::keyClick(&view, Qt::Key_Up);  // back up: sub or std
    QVERIFY(scene->selectedNode() == 2 || scene->selectedNode() == 1);
    QVERIFY(selected.count() >= 5);
    QTest::keyClick(&view, Qt::Key_Escape);
    QVERIFY(scene->selectedItems().isEmpty());

    // Sideways within a rank: three ops of x, each an output, sit side by side.
    auto fan = std::make_unique<ir::Graph>("fan");
    const ir::TensorType t{ir::DType::Float32, {3}};
    ir::Value* x = fan->addParam("x", t);
    std::vector<ir::Value*> outs;
    for (ir::OpKind op : {ir::OpKind::Exp, ir::OpKind::Neg, ir::OpKind::Tanh}) outs.push_back(fan->addNode(op, {x}, {}, {t})->outputs[0]);
    fan->setOutputs(outs);
    view.setGraph(fan.get());
    QList<GraphNodeItem*> slices{scene->itemForNode(0), scene->itemForNode(1), scene->itemForNode(2)};
    std::sort(slices.begin(), slices.end(), [](auto* a, auto* b) { return a->scenePos().x() < b->scenePos().x(); });
    QCOMPARE(slices[0]->scenePos().y(), slices[2]->scenePos().y());
    scene->selectNode(slices[0]->nodeIndex());
    QTest::keyClick(&view, Qt::Key_Right);
    QCOMPARE(scene->selectedNode(), slices[1]->nodeIndex());
    QTest::keyClick(&view, Qt::Key_Right);
    QCOMPARE(scene->selectedNode(), slices[2]->nodeIndex());
    QTest::keyClick(&view, Qt::Key_Left);
    QCOMPARE(scene->selectedNode(), slices[1]->nodeIndex());
  }

  void enterOpensTheSelectedGroup() {
    auto g = grayscaleGraph();
    GraphView view;
    QVERIFY(showGraphView(view, g.get(), {600, 500}));
    GraphScene* scene = view.graphScene();
    scene->collapseAll();
    QVERIFY(scene->waitForLayout());
    GraphGroupItem* group = groupItemTitled(*scene, QStringLiteral("rgb_to_grayscale"));
    QVERIFY(group);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::NoModifier, view.mapFromScene(group->sceneBoundingRect().center()));
    const int id = group->group();
    QCOMPARE(scene->selectedGroup(), id);
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_Return);
    QVERIFY(scene->waitForLayout());
    QVERIFY(scene->isExpanded(id));
    QVERIFY(scene->itemForNode(2));
  }

  void minimapShowsTheViewAndMovesIt() {
    auto g = synthetic::flat(120);
    GraphView view;
    view.resize(500, 400);
    view.graphScene()->setSyncLimit(100000);
    view.setGraph(g.get());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(!view.minimap()->isVisible() || view.zoom() < 1);
    view.setZoom(1.0);
    QTRY_VERIFY(view.minimap()->isVisible());  // the graph no longer fits
    GraphMinimap* map = view.minimap();
    const QRectF frame = map->sceneToMap(map->visibleSceneRect());
    QVERIFY(QRectF(map->rect()).contains(frame.center()));
    const int before = view.verticalScrollBar()->value();
    QTest::mouseClick(map, Qt::LeftButton, Qt::NoModifier, QPoint(map->width() / 2, map->height() - 6));
    QVERIFY(view.verticalScrollBar()->value() > before + 50);
    QVERIFY(map->sceneToMap(map->visibleSceneRect()).center().y() > frame.center().y());
    view.setMinimapEnabled(false);
    QVERIFY(!view.minimap()->isVisible());
  }

  // ---- themes, marks --------------------------------------------------------------------------

  void darkThemeFollowsThePalette() {
    auto g = grayscaleGraph();
    GraphView view;
    QVERIFY(showGraphView(view, g.get(), {500, 400}));
    GraphScene* scene = view.graphScene();
    QVERIFY(!scene->style().isDark);
    const double light = meanLightness(view.grab().toImage());
    QPalette dark = view.palette();
    dark.setColor(QPalette::Base, QColor(0x1e, 0x22, 0x27));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe8, 0xeb));
    scene->setPalette(dark);
    QVERIFY(scene->style().isDark);
    QCOMPARE(scene->backgroundBrush().color(), QColor(0x1e, 0x22, 0x27));
    const double darkLightness = meanLightness(view.grab().toImage());
    QVERIFY2(darkLightness < light - 80, qPrintable(QStringLiteral("%1 vs %2").arg(darkLightness).arg(light)));
    // Colours only: the same layout, no relayout.
    QCOMPARE(scene->nodeItems().size(), 8);
    QVERIFY(GraphStyle::dark(dark, QFont()).ioFill != GraphStyle::light(QPalette(), QFont()).ioFill);
    QVERIFY(GraphStyle::forPalette(dark, QFont()).isDark);
  }

  void problemNodeIsMarked() {
    auto g = grayscaleGraph();
    GraphScene scene;
    scene.setGraph(g.get());
    scene.setProblemNode(3);
    QVERIFY(scene.itemForNode(3)->isProblem());
    QVERIFY(!scene.itemForNode(2)->isProblem());
    scene.collapseAll();
    QVERIFY(scene.waitForLayout());
    GraphGroupItem* group = groupItemTitled(scene, QStringLiteral("rgb_to_grayscale"));
    QVERIFY(group && group->isProblem());  // hidden inside: its group says so
    scene.setProblemNode(-1);
    QVERIFY(!group->isProblem());
  }

  // ---- export ---------------------------------------------------------------------------------

  void exportsTheViewAndTheSelection() {
    auto g = grayscaleGraph();
    GraphScene scene;
    scene.setGraph(g.get());
    QString error;
    const QByteArray svg = exportGraphView(scene, ExportFormat::Svg, false, &error);
    QVERIFY2(!svg.isEmpty(), qPrintable(error));
    QXmlStreamReader xml(svg);
    int rects = 0, texts = 0;
    while (!xml.atEnd()) {
      xml.readNext();
      if (xml.isStartElement() && xml.name() == QLatin1String("rect")) ++rects;
      if (xml.isStartElement() && xml.name() == QLatin1String("text")) ++texts;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(rects, 1 + 8 + 1);  // background, 8 boxes, the open frame
    QVERIFY(svg.contains("rgb_to_grayscale"));
    QVERIFY(svg.contains(">flip<"));

    const QImage png = QImage::fromData(exportGraphView(scene, ExportFormat::Png, false));
    QVERIFY(!png.isNull());
    QVERIFY(png.width() >= 2 * static_cast<int>(scene.itemsBoundingRect().width()));  // 2x: high-DPI

    const QByteArray dot = exportGraphView(scene, ExportFormat::Dot, false);
    QVERIFY(dot.startsWith("digraph \"bgr_to_grayscale\""));
    QVERIFY(dot.contains("subgraph \"cluster_g"));
    QVERIFY(dot.contains("pos="));
    // Graphviz reads it back.
    QProcess dotTool;
    dotTool.start(QStringLiteral("dot"), {QStringLiteral("-Tplain")});
    QVERIFY(dotTool.waitForStarted());
    dotTool.write(dot);
    dotTool.closeWriteChannel();
    QVERIFY(dotTool.waitForFinished(30000));
    QCOMPARE(dotTool.exitCode(), 0);
    QVERIFY(dotTool.readAllStandardOutput().contains("node n1 "));

    const QJsonObject json = QJsonDocument::fromJson(exportGraphView(scene, ExportFormat::Json, false)).object();
    QCOMPARE(json[QStringLiteral("nodes")].toArray().size(), 8);
    QCOMPARE(json[QStringLiteral("groups")].toArray().size(), 1);
    QCOMPARE(json[QStringLiteral("edges")].toArray().size(), 9);
    QCOMPARE(json[QStringLiteral("theme")].toString(), QStringLiteral("light"));

    // The selection: nothing selected is an error; two adjacent ops give one edge.
    QVERIFY(exportGraphView(scene, ExportFormat::Json, true, &error).isEmpty());
    QVERIFY(!error.isEmpty());
    scene.itemForNode(0)->setSelected(true);
    scene.itemForNode(1)->setSelected(true);
    const QJsonObject part = QJsonDocument::fromJson(exportGraphView(scene, ExportFormat::Json, true)).object();
    QCOMPARE(part[QStringLiteral("nodes")].toArray().size(), 2);
    QCOMPARE(part[QStringLiteral("edges")].toArray().size(), 1);
    QVERIFY(exportGraphView(scene, ExportFormat::Svg, true).contains(">slice<"));
    QVERIFY(!exportGraphView(scene, ExportFormat::Svg, true).contains(">add<"));

    QCOMPARE(exportFormatForSuffix(QStringLiteral("GV")), std::optional<ExportFormat>(ExportFormat::Dot));
    QVERIFY(!exportFormatForSuffix(QStringLiteral("pdf")));
  }

  // ---- inspector widgets ----------------------------------------------------------------------

  void tensorStatsCountNonFinite() {
    const double nan = std::numeric_limits<double>::quiet_NaN(), inf = std::numeric_limits<double>::infinity();
    const TensorStats s = tensorStats({1, 2, 3, nan, inf, -inf, 4}, 3);
    QCOMPARE(s.count, 7);
    QCOMPARE(s.nan, 1);
    QCOMPARE(s.posInf, 1);
    QCOMPARE(s.negInf, 1);
    QCOMPARE(s.finite, 4);
    QCOMPARE(s.min, 1.0);
    QCOMPARE(s.max, 4.0);
    QCOMPARE(s.mean, 2.5);
    QVERIFY(std::abs(s.std - std::sqrt(1.25)) < 1e-12);
    QCOMPARE(s.histogram, (std::vector<int64_t>{1, 1, 2}));
    QVERIFY(tensorStats({}).histogram.size() == 24);
  }

  void inspectorShowsTablesAndHistograms() {
    InspectorView view;
    view.resize(320, 600);
    view.show();
    QVERIFY(view.tables().isEmpty());
    InspectorContent c;
    c.title = QStringLiteral("log");
    c.kind = QStringLiteral("Op");
    c.inputs << QStringLiteral("f64[2,3] ← x");
    c.location = QStringLiteral("f.py:3:9");
    c.scope << QStringLiteral("f");
    c.firstNonFinite = true;
    TensorValues small;
    small.name = QStringLiteral("output 0");
    small.type = QStringLiteral("f64[2,3]");
    small.shape = {2, 3};
    small.available = true;
    small.values = {0, 1, std::numeric_limits<double>::quiet_NaN(), 3, 4, 5};
    TensorValues big = small;
    big.type = QStringLiteral("f64[1000]");
    big.shape = {1000};
    big.values.assign(1000, 1.0);
    big.values[7] = std::numeric_limits<double>::infinity();
    c.values = {small, big};
    view.setContent(c);
    QVERIFY(view.headerLabel()->text().contains(QStringLiteral("log")));
    QVERIFY(view.headerLabel()->text().contains(QStringLiteral("NaN/Inf")));
    QVERIFY(view.detailsLabel()->text().contains(QStringLiteral("f.py:3:9")));
    QCOMPARE(view.tables().size(), 1);  // the big one is summarised
    QTableWidget* table = view.tables().first();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->columnCount(), 3);
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("nan"));
    QVERIFY(table->item(0, 2)->background() != table->item(0, 1)->background());
    QCOMPARE(table->verticalHeaderItem(1)->text(), QStringLiteral("[1]"));
    for (int c = 0; c < 3; ++c)  // every number whole, not elided in a narrow dock
      QVERIFY(table->columnWidth(c) >= table->fontMetrics().horizontalAdvance(table->item(1, c)->text()));
    QCOMPARE(view.histograms().size(), 1);
    QCOMPARE(view.histograms().first()->bins().size(), size_t{24});
    QCOMPARE(view.statsLabels().size(), 2);
    QVERIFY(view.statsLabels()[1]->text().contains(QStringLiteral("+Inf: 1")));
    QVERIFY(view.statsLabels()[0]->text().contains(QStringLiteral("NaN: 1")));
    // The dark theme: the NaN cell is rebuilt dark with light text, still apart from the others.
    QPalette dark = view.palette();
    dark.setColor(QPalette::Base, QColor(0x1e, 0x22, 0x27));
    view.setPalette(dark);
    table = view.tables().first();
    QVERIFY(table->item(0, 2)->background().color().lightness() < 128);
    QVERIFY(table->item(0, 2)->foreground().color().lightness() > 128);
    view.clear();
    QVERIFY(view.tables().isEmpty());
  }
};

QTEST_MAIN(TestViewsGraph)
#include "test_views_graph.moc"
