#include "views/GraphScene.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QGraphicsView>
#include <QHash>

#include <cmath>
#include <optional>

#include "ir/Graph.h"
#include "layout/GraphLayout.h"
#include "views/GraphEdgeItem.h"
#include "views/GraphNodeItem.h"

namespace pt::views {

namespace {

constexpr double kSceneMargin = 24;

QString nodeToolTip(const ir::Node& node) {
  QString tip = QStringLiteral("<b>%1</b>").arg(QString::fromStdString(std::string(ir::opName(node.op))).toHtmlEscaped());
  if (!node.attrs.empty())
    tip += QStringLiteral("<br>") + QString::fromStdString(ir::attrsText(node.attrs)).toHtmlEscaped();
  QStringList ins, outs;
  for (const ir::Value* v : node.inputs) ins << QString::fromStdString(ir::typeText(v->type));
  for (const ir::Value* v : node.outputs) outs << QString::fromStdString(ir::typeText(v->type));
  tip += QStringLiteral("<br>") +
         GraphScene::tr("(%1) → %2").arg(ins.join(QStringLiteral(", ")), outs.join(QStringLiteral(", "))).toHtmlEscaped();
  if (node.loc.known())
    tip += QStringLiteral("<br>") + GraphScene::tr("Source: %1").arg(QString::fromStdString(node.loc.str())).toHtmlEscaped();
  if (!node.scope.empty()) {
    QStringList scope;
    for (const std::string& s : node.scope) scope << QString::fromStdString(s);
    tip += QStringLiteral("<br>") + GraphScene::tr("In: %1").arg(scope.join(QStringLiteral(" › "))).toHtmlEscaped();
  }
  return tip;
}

}  // namespace

GraphScene::GraphScene(QObject* parent) : QGraphicsScene(parent) {
  style_ = GraphStyle::light(palette(), font());
  setBackgroundBrush(style_.background);
  connect(this, &QGraphicsScene::selectionChanged, this, &GraphScene::onSelectionChanged);
}

GraphScene::~GraphScene() {
  // clear() would emit selectionChanged into a half-destroyed object.
  disconnect(this, &QGraphicsScene::selectionChanged, this, &GraphScene::onSelectionChanged);
}

void GraphScene::setGraph(const ir::Graph* graph) {
  graph_ = graph;
  selectedNode_ = -1;
  rebuild();
}

GraphNodeItem* GraphScene::itemForNode(int nodeIndex) const {
  if (!graph_ || nodeIndex < 0 || nodeIndex >= static_cast<int>(graph_->nodes().size())) return nullptr;
  const qsizetype at = static_cast<qsizetype>(graph_->params().size()) + nodeIndex;
  return at < nodeItems_.size() ? nodeItems_[at] : nullptr;
}

bool GraphScene::event(QEvent* event) {
  const bool handled = QGraphicsScene::event(event);
  // Sizes depend on the fonts: a font or theme change needs a new layout, not just a repaint.
  if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) && !rebuilding_) {
    const int keep = selectedNode_;
    rebuild();
    applySelection(keep);
  }
  return handled;
}

void GraphScene::rebuild() {
  rebuilding_ = true;
  selectingProgrammatically_ = true;
  clear();
  nodeItems_.clear();
  edgeItems_.clear();
  layoutError_.clear();
  style_ = GraphStyle::light(palette(), font());
  setBackgroundBrush(style_.background);
  selectingProgrammatically_ = false;
  rebuilding_ = false;

  layout::GraphSpec spec;
  if (graph_) spec = layout::graphSpecFromIr(*graph_);
  if (spec.nodes.empty()) {
    setSceneRect(QRectF());
    emit graphChanged();
    return;
  }

  // The scene draws its own text, so it sizes the boxes and tells Graphviz its font for labels.
  spec.fontName = style_.edgeFont.family().toStdString();
  spec.edgeFontSize = style_.edgeFont.pixelSize();
  spec.nodeFontSize = style_.nodeFont.pixelSize();
  const QFontMetricsF opMetrics(style_.nodeFont), ioMetrics(style_.ioFont);
  for (layout::NodeSpec& n : spec.nodes) {
    const bool op = n.kind == "op";
    const QString text = QString::fromStdString(n.label);
    double w = (op ? opMetrics : ioMetrics).horizontalAdvance(text) + 2 * style_.nodePaddingX;
    if (!op) w += style_.nodeHeight / 2;  // the pill's round ends take room from the text
    n.width = std::ceil(std::max(style_.nodeMinWidth, w));
    n.height = style_.nodeHeight;
  }

  const layout::Layout placed = layout::layoutGraph(spec);
  if (!placed.error.empty()) {
    layoutError_ = tr("The graph could not be laid out: %1").arg(QString::fromStdString(placed.error));
    QGraphicsTextItem* text = addText(layoutError_);
    text->setDefaultTextColor(palette().color(QPalette::Text));
    setSceneRect(text->boundingRect().adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin));
    emit graphChanged();
    return;
  }

  const int params = static_cast<int>(graph_->params().size());
  const int ops = static_cast<int>(graph_->nodes().size());
  QHash<QString, int> indexOfId;
  for (size_t i = 0; i < spec.nodes.size(); ++i) {
    const layout::NodeSpec& n = spec.nodes[i];
    const int at = static_cast<int>(i);
    const NodeRole role = at < params ? NodeRole::Input : at < params + ops ? NodeRole::Op : NodeRole::Output;
    GraphNodeItem::Look look;
    int nodeIndex = -1;
    if (role == NodeRole::Op) {
      nodeIndex = at - params;
      look = {style_.opFill(opCategory(graph_->nodes()[nodeIndex]->op)), QColor(), style_.opText(), false};
      look.border = look.fill.darker(125);
    } else if (role == NodeRole::Input) {
      look = {style_.ioFill, style_.ioBorder, style_.ioText, true};
    } else {
      look = {style_.outputFill, style_.outputBorder, style_.ioText, true};
    }
    const layout::PlacedNode& p = placed.nodes[i];
    auto* item = new GraphNodeItem(QString::fromStdString(n.label), role, nodeIndex, QSizeF(p.width, p.height),
                                   look, &style_);
    item->setPos(p.center.x, p.center.y);
    if (role == NodeRole::Op) item->setToolTip(nodeToolTip(*graph_->nodes()[nodeIndex]));
    else item->setToolTip(QString::fromStdString(n.label));
    addItem(item);
    nodeItems_.append(item);
    indexOfId.insert(QString::fromStdString(n.id), at);
  }

  for (size_t i = 0; i < placed.edges.size(); ++i) {
    const layout::PlacedEdge& e = placed.edges[i];
    QList<QPointF> points;
    points.reserve(static_cast<qsizetype>(e.spline.size()));
    for (const layout::Point& pt : e.spline) points.append(QPointF(pt.x, pt.y));
    if (points.size() < 4) continue;
    std::optional<QPointF> labelPos;
    if (e.hasLabel) labelPos = QPointF(e.labelPos.x, e.labelPos.y);
    auto* item = new GraphEdgeItem(points, QString::fromStdString(spec.edges[i].label), labelPos,
                                   indexOfId.value(QString::fromStdString(e.from), -1),
                                   indexOfId.value(QString::fromStdString(e.to), -1), &style_);
    addItem(item);
    edgeItems_.append(item);
  }

  setSceneRect(QRectF(0, 0, placed.width, placed.height).adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin));
  emit graphChanged();
}

void GraphScene::selectNode(int nodeIndex) {
  if (GraphNodeItem* item = applySelection(nodeIndex))
    for (QGraphicsView* view : views()) view->ensureVisible(item, 60, 60);
}

GraphNodeItem* GraphScene::applySelection(int nodeIndex) {
  GraphNodeItem* item = itemForNode(nodeIndex);
  selectingProgrammatically_ = true;
  clearSelection();
  if (item) item->setSelected(true);
  selectingProgrammatically_ = false;
  selectedNode_ = item ? nodeIndex : -1;
  emphasizeEdgesOf(item);
  return item;
}

void GraphScene::onSelectionChanged() {
  if (selectingProgrammatically_) return;
  GraphNodeItem* selected = nullptr;
  for (QGraphicsItem* item : selectedItems())
    if (item->type() == GraphNodeItem::Type) {
      selected = static_cast<GraphNodeItem*>(item);
      break;
    }
  emphasizeEdgesOf(selected);
  const int index = selected ? selected->nodeIndex() : -1;
  if (index == selectedNode_) return;
  selectedNode_ = index;
  emit nodeSelected(index);
}

void GraphScene::emphasizeEdgesOf(const GraphNodeItem* item) {
  const int at = item ? static_cast<int>(nodeItems_.indexOf(const_cast<GraphNodeItem*>(item))) : -1;
  for (GraphEdgeItem* e : edgeItems_) e->setEmphasized(at >= 0 && (e->fromItem() == at || e->toItem() == at));
}

}  // namespace pt::views
