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
  // from / to: the boxes it joins (node or group items of the same scene).
  GraphEdgeItem(const QList<QPointF>& points, QString label, std::optional<QPointF> labelPos,
                QGraphicsItem* fromItem, QGraphicsItem* toItem, const GraphStyle* style);

  int type() const override { return Type; }
  QRectF boundingRect() const override { return bounds_; }
  QPainterPath shape() const override;
  void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

  const QString& label() const { return label_; }
  std::optional<QPointF> labelPos() const { return labelPos_; }
  const QPainterPath& path() const { return path_; }
  const QPolygonF& arrow() const { return arrow_; }  // tip first; empty when the path has no direction
  QPointF arrowTip() const { return arrow_.isEmpty() ? QPointF() : arrow_.first(); }
  QGraphicsItem* fromItem() const { return fromItem_; }
  QGraphicsItem* toItem() const { return toItem_; }
  void setEmphasized(bool on);  // drawn in the selection colour: an edge of the selected node
  bool isEmphasized() const { return emphasized_; }
  // The first `points` points retrace another edge of the same value (they leave one box and
  // run through the same group ports): not stroked again unless emphasized. path() stays whole.
  void setSharedPrefix(qsizetype points);
  qsizetype paintFrom() const { return paintFrom_; }  // the first point stroked

 private:
  QRectF labelRect() const;

  QPainterPath path_;
  QList<QPointF> points_;  // the Bézier chain, for drawing only the pieces in view
  QPolygonF coarse_;  // the on-curve points: what a far-out view draws instead of the curves
  QPolygonF arrow_;  // tip first
  QString label_;
  std::optional<QPointF> labelPos_;
  QGraphicsItem* fromItem_;
  QGraphicsItem* toItem_;
  const GraphStyle* style_;
  QRectF bounds_;
  qsizetype paintFrom_ = 0;  // a multiple of 3: the start of a piece
  bool emphasized_ = false;
};

}  // namespace pt::views
