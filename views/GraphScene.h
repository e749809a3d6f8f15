#pragma once
// The traced graph as a QGraphicsScene: Graphviz `dot` places the boxes once per graph (never in
// a paint path), the items only paint. The scene renders an ir::Graph it does not own.
#include <QGraphicsScene>
#include <QList>

#include "views/GraphStyle.h"

namespace pt::ir { class Graph; }

namespace pt::views {

class GraphNodeItem;
class GraphEdgeItem;

class GraphScene : public QGraphicsScene {
  Q_OBJECT

 public:
  explicit GraphScene(QObject* parent = nullptr);
  ~GraphScene() override;

  // The graph must stay alive until it is replaced (or the scene is destroyed); nullptr clears.
  // Lays the graph out at once: call it when the graph changes, not per frame.
  void setGraph(const ir::Graph* graph);
  const ir::Graph* graph() const { return graph_; }
  bool isEmpty() const { return nodeItems_.isEmpty() && layoutError_.isEmpty(); }
  QString layoutError() const { return layoutError_; }  // empty unless Graphviz refused the graph

  // Parameters, ops and outputs in that order (the order of layout::graphSpecFromIr).
  const QList<GraphNodeItem*>& nodeItems() const { return nodeItems_; }
  const QList<GraphEdgeItem*>& edgeItems() const { return edgeItems_; }
  GraphNodeItem* itemForNode(int nodeIndex) const;  // nullptr when out of range
  int selectedNode() const { return selectedNode_; }
  const GraphStyle& style() const { return style_; }

 public slots:
  // Highlights an op node from outside (node <-> code links) and scrolls the views to it.
  // Does not emit nodeSelected: the caller already knows, and echoing would loop the links.
  void selectNode(int nodeIndex);

 signals:
  // A click changed the selected node: index into graph()->nodes(), or -1 for a parameter,
  // an output or nothing.
  void nodeSelected(int nodeIndex);
  void graphChanged();

 protected:
  bool event(QEvent* event) override;

 private:
  void rebuild();
  GraphNodeItem* applySelection(int nodeIndex);  // without scrolling or signals
  void onSelectionChanged();
  void emphasizeEdgesOf(const GraphNodeItem* item);

  const ir::Graph* graph_ = nullptr;
  GraphStyle style_;
  QList<GraphNodeItem*> nodeItems_;
  QList<GraphEdgeItem*> edgeItems_;
  QString layoutError_;
  int selectedNode_ = -1;
  bool selectingProgrammatically_ = false;
  bool rebuilding_ = false;
};

}  // namespace pt::views
