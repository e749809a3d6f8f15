#pragma once
// The traced graph as a QGraphicsScene. Ops are grouped by their Python call chain
// (GraphHierarchy); big groups start closed. What is shown is laid out one level at a time
// (GraphLevelLayout) — at once when the levels to lay out are small, else on a worker thread
// with progress and cancel, while the previous picture stays. Levels are cached per open set.
// The scene renders an ir::Graph it does not own; items copy what they show.
#include <QGraphicsScene>
#include <QList>

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <vector>

#include "views/GraphHierarchy.h"
#include "views/GraphLevelLayout.h"
#include "views/GraphStyle.h"

namespace pt::ir { class Graph; }

namespace pt::views {

class GraphNodeItem;
class GraphEdgeItem;
class GraphGroupItem;

struct LayoutStats {
  double milliseconds = 0;  // request to items in place
  int levelsLaidOut = 0;    // Graphviz runs (the rest came from the cache or shared a run)
  int levelsShared = 0;     // levels laid out like an identical one (a folded block's calls)
  int largestLevel = 0;     // boxes in the biggest level shown
  int boxes = 0;            // node and group items
  int edges = 0;
  bool async = false;
};

class GraphScene : public QGraphicsScene {
  Q_OBJECT

 public:
  enum class Step { Up, Down, Left, Right, NextSibling, PreviousSibling, First };

  explicit GraphScene(QObject* parent = nullptr);
  ~GraphScene() override;

  // The graph must stay alive until it is replaced (or the scene is destroyed); nullptr clears.
  // Shows the default open groups; the layout may finish later (see isLayingOut()).
  void setGraph(const ir::Graph* graph);
  const ir::Graph* graph() const { return graph_; }
  const GraphHierarchy* hierarchy() const { return hierarchy_.get(); }
  bool isEmpty() const { return nodeItems_.isEmpty() && groupItems_.isEmpty() && layoutError_.isEmpty(); }
  QString layoutError() const { return layoutError_; }  // empty unless Graphviz refused (or cancelled) the graph
  // The laid-out graph with its margin. sceneRect() may be larger: after a group opens or
  // closes, it grows so the views can keep that group where it was on screen.
  QRectF contentRect() const { return contentRect_; }

  // Visible parameters, ops and outputs in that order (ops in graph order).
  const QList<GraphNodeItem*>& nodeItems() const { return nodeItems_; }
  const QList<GraphGroupItem*>& groupItems() const { return groupItems_; }
  const QList<GraphEdgeItem*>& edgeItems() const { return edgeItems_; }
  GraphNodeItem* itemForNode(int nodeIndex) const;  // nullptr when hidden in a closed group or out of range
  GraphGroupItem* itemForGroup(int group) const;
  QGraphicsItem* itemForEntry(const ViewEntry& entry) const;
  QGraphicsItem* visibleItemForNode(int nodeIndex) const;  // the op's box, or the closed group around it
  ViewEntry entryOf(const QGraphicsItem* item) const;      // kind Group / Op / Param / Output; index -1 if none
  int selectedNode() const { return selectedNode_; }
  const std::vector<int>& selectedNodes() const { return selectedNodes_; }  // selectNodes' list, or the one clicked
  int selectedGroup() const { return selectedGroup_; }
  const GraphStyle& style() const { return style_; }

  // ---- hierarchy -------------------------------------------------------------------------------
  const std::set<int>& expandedGroups() const { return expanded_; }  // as shown
  bool isExpanded(int group) const { return expanded_.count(group) > 0; }
  void setExpandedGroups(std::set<int> groups);
  void setGroupExpanded(int group, bool expanded);
  void toggleGroup(int group);
  void expandAll();
  void collapseAll();
  void resetExpansion();  // the defaults of setGraph
  // Groups with more ops than this start closed (applies from the next setGraph).
  void setCollapseThreshold(int ops) { collapseThreshold_ = ops; }
  int collapseThreshold() const { return collapseThreshold_; }

  // ---- layout ----------------------------------------------------------------------------------
  bool isLayingOut() const { return job_ != nullptr; }
  // Up to this many boxes in the levels to lay out, the layout runs at once (small graphs appear
  // with their scene); above, on a worker thread. 0: always on the worker.
  void setSyncLimit(int boxes) { syncLimit_ = boxes; }
  int syncLimit() const { return syncLimit_; }
  const LayoutStats& lastLayout() const { return stats_; }
  int cachedLevels() const { return static_cast<int>(cache_.size()); }
  // Runs the event loop until the layout in progress is in place; false on timeout.
  bool waitForLayout(int timeoutMs = 60000);

  // ---- marks -----------------------------------------------------------------------------------
  // Search hits (ops, parameters, outputs) and the current one; closed groups count hits inside.
  void setSearchMatches(std::vector<ViewEntry> matches, int current = -1);
  const std::vector<ViewEntry>& searchMatches() const { return matches_; }
  // The first node that produced a NaN or Inf (-1: none), marked red, and its closed group too.
  void setProblemNode(int nodeIndex);
  int problemNode() const { return problemNode_; }

 public slots:
  // Highlights an op node from outside (node <-> code links) and scrolls the views to it.
  // Does not emit nodeSelected: the caller already knows, and echoing would loop the links.
  // A node inside a closed group selects the group's box. -1 clears the selection.
  void selectNode(int nodeIndex) { selectNodes({nodeIndex}); }
  // The same for several nodes (all those one source line made); scrolls to the first, which
  // becomes selectedNode(). Indices out of range are ignored.
  void selectNodes(const std::vector<int>& nodeIndices);
  // Opens the groups around the entry (laying out if needed), then selects it and scrolls to it.
  void revealEntry(const pt::views::ViewEntry& entry);
  void revealNode(int nodeIndex) { revealEntry({ViewEntry::Kind::Op, nodeIndex}); }
  void cancelLayout();
  // Keyboard navigation from the selection (emits like a click). False: nowhere to go.
  bool navigate(Step step);

 signals:
  // A click changed the selected node: index into graph()->nodes(), or -1 for a parameter,
  // an output, a group or nothing.
  void nodeSelected(int nodeIndex);
  void groupSelected(int group);  // a click on a group's box or title; -1 when it lost the selection
  void graphChanged();            // a new graph is in place (or none)
  void layoutChanged();           // the same graph, laid out again (groups opened or closed)
  void layoutStarted();           // a worker took over
  void layoutProgress(int done, int total);  // levels
  void layoutFinished(bool cancelled);
  void expansionChanged();
  // revealEntry put `entry` on show and selected it: views bring it into sight, readable.
  void revealed(const pt::views::ViewEntry& entry);

 protected:
  bool event(QEvent* event) override;
  void contextMenuEvent(QGraphicsSceneContextMenuEvent* event) override;

 private:
  struct Job;

  void dropJob();  // forget the layout in flight without a word
  void requestLayout(std::set<int> expanded, bool newGraph, std::optional<ViewEntry> anchor = std::nullopt);
  LayoutRequest makeRequest(const std::set<int>& expanded) const;
  void onLayoutProgress(const Job* job, int done, int total);
  void onLayoutDone(const std::shared_ptr<Job>& job, const std::shared_ptr<ComposedLayout>& result);
  void apply(const ComposedLayout& layout, const std::set<int>& expanded, bool newGraph, std::optional<ViewEntry> anchor,
             double milliseconds, bool async);
  void clearItems();
  void restyle();
  QString labelOf(const ViewEntry& entry) const;
  QString groupTitle(int group) const;
  QString groupDetail(int group) const;
  QString toolTipOf(const ViewEntry& entry) const;
  QGraphicsItem* applySelection(const std::vector<int>& nodeIndices);  // without scrolling or signals; the first box
  void onSelectionChanged();
  void emphasizeEdgesOf(const QList<QGraphicsItem*>& items);
  void applyMarks();
  void selectByUser(QGraphicsItem* item);

  const ir::Graph* graph_ = nullptr;
  std::shared_ptr<const GraphHierarchy> hierarchy_;
  std::set<int> expanded_;
  LevelCache cache_;
  ShapeCache shapes_;
  GraphStyle style_;
  QList<GraphNodeItem*> nodeItems_;
  QList<GraphGroupItem*> groupItems_;
  QList<GraphEdgeItem*> edgeItems_;
  std::map<ViewEntry, QGraphicsItem*> itemOf_;
  QString layoutError_;
  QRectF contentRect_;
  int selectedNode_ = -1;
  std::vector<int> selectedNodes_;
  int selectedGroup_ = -1;
  bool selectingProgrammatically_ = false;
  bool restyling_ = false;
  int collapseThreshold_ = 40;
  int syncLimit_ = 200;
  std::shared_ptr<Job> job_;
  LayoutStats stats_;
  std::optional<ViewEntry> pendingReveal_;
  std::vector<ViewEntry> matches_;
  int currentMatch_ = -1;
  int problemNode_ = -1;
  // The last arrow move, so Tab steps through the other inputs (outputs) of the same node.
  QGraphicsItem* stepOrigin_ = nullptr;
  QList<QGraphicsItem*> stepCandidates_;
  int stepIndex_ = 0;
};

}  // namespace pt::views
