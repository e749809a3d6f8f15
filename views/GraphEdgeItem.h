#pragma once
// One edge of the graph view: the Graphviz spline as a cubic Bézier path, an arrowhead at the
// head's border, and the value's type ("f64[10]") at the position Graphviz reserved for it.
#include <QGraphicsItem>
#include <QPainterPath>
#include <QPolygonF>

#include <optional>

#include "views/GraphStyle.h"

namespace pt::views {

class GraphEdgeItem : public QGraphicsItem {
 public:
  enum { Type = UserType + 2 };

  // points: p0, (c1, c2, p)... in scene coordinates; at least four.
  GraphEdgeItem(const QList<QPointF>& points, QString label, std::optional<QPointF> labelPos,
                int fromItem, int toItem, const GraphStyle* style);

  int type() const override { return Type; }
  QRectF boundingRect() const override { return bounds_; }
  QPainterPath shape() const override;
  void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

  const QString& label() const { return label_; }
  std::optional<QPointF> labelPos() const { return labelPos_; }
  const QPainterPath& path() const { return path_; }
  QPointF arrowTip() const { return arrow_.isEmpty() ? QPointF() : arrow_.first(); }
  int fromItem() const { return fromItem_; }  // positions in GraphScene::nodeItems()
  int toItem() const { return toItem_; }
  void setEmphasized(bool on);  // drawn in the selection colour: an edge of the selected node
  bool isEmphasized() const { return emphasized_; }

 private:
  QRectF labelRect() const;

  QPainterPath path_;
  QPolygonF arrow_;  // tip first
  QString label_;
  std::optional<QPointF> labelPos_;
  int fromItem_, toItem_;
  const GraphStyle* style_;
  QRectF bounds_;
  bool emphasized_ = false;
};

}  // namespace pt::views
