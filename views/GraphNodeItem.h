#pragma once
// One box of the graph view: a parameter, an op or an output. Positions come from the layout;
// the item only paints (colours from the scene's GraphStyle at paint time, so a theme switch is
// a repaint) and reports which IR node it stands for.
#include <QGraphicsItem>

#include "views/GraphStyle.h"

namespace pt::views {

class GraphNodeItem : public QGraphicsItem {
 public:
  enum { Type = UserType + 1 };

  // nodeIndex: index into ir::Graph::nodes() for ops; the parameter / output number otherwise.
  GraphNodeItem(QString label, NodeRole role, int nodeIndex, QSizeF size, OpCategory category, const GraphStyle* style);

  int type() const override { return Type; }
  QRectF boundingRect() const override;
  QPainterPath shape() const override;
  void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

  const QString& label() const { return label_; }
  NodeRole role() const { return role_; }
  int nodeIndex() const { return role_ == NodeRole::Op ? index_ : -1; }  // -1 for parameters and outputs
  int ioIndex() const { return role_ == NodeRole::Op ? -1 : index_; }   // the parameter / output number
  QRectF box() const { return box_; }  // item coordinates, centred on the origin

  // Marks drawn over the box: a search hit, the current hit, the first NaN/Inf producer.
  void setSearchMatch(bool on, bool current);
  bool isSearchMatch() const { return match_; }
  void setProblem(bool on);
  bool isProblem() const { return problem_; }

 protected:
  void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
  void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;

 private:
  QString label_;
  NodeRole role_;
  int index_;
  QRectF box_;
  OpCategory category_;
  const GraphStyle* style_;  // owned by the scene, which outlives its items
  bool hovered_ = false;
  bool match_ = false, currentMatch_ = false, problem_ = false;
};

}  // namespace pt::views
