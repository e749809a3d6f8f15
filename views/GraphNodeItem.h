#pragma once
// One box of the graph view: a parameter, an op or an output. Positions come from the layout;
// the item only paints and reports which IR node it stands for.
#include <QGraphicsItem>

#include "views/GraphStyle.h"

namespace pt::views {

class GraphNodeItem : public QGraphicsItem {
 public:
  enum { Type = UserType + 1 };

  struct Look {
    QColor fill, border, text;
    bool pill = false;  // parameters and outputs: fully rounded ends
  };

  // nodeIndex: index into ir::Graph::nodes(), -1 for parameters and outputs.
  GraphNodeItem(QString label, NodeRole role, int nodeIndex, QSizeF size, Look look, const GraphStyle* style);

  int type() const override { return Type; }
  QRectF boundingRect() const override;
  QPainterPath shape() const override;
  void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

  const QString& label() const { return label_; }
  NodeRole role() const { return role_; }
  int nodeIndex() const { return nodeIndex_; }
  QRectF box() const { return box_; }  // item coordinates, centred on the origin

 protected:
  void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
  void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;

 private:
  QString label_;
  NodeRole role_;
  int nodeIndex_;
  QRectF box_;
  Look look_;
  const GraphStyle* style_;  // owned by the scene, which outlives its items
  bool hovered_ = false;
};

}  // namespace pt::views
