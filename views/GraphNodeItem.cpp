#include "views/GraphNodeItem.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace pt::views {

namespace {
constexpr double kSelectionWidth = 2.5;
constexpr double kSelectionGap = 2.0;
}  // namespace

GraphNodeItem::GraphNodeItem(QString label, NodeRole role, int nodeIndex, QSizeF size, Look look,
                             const GraphStyle* style)
    : label_(std::move(label)),
      role_(role),
      nodeIndex_(nodeIndex),
      box_(-size.width() / 2, -size.height() / 2, size.width(), size.height()),
      look_(std::move(look)),
      style_(style) {
  setFlag(ItemIsSelectable);
  setAcceptHoverEvents(true);
  setCursor(Qt::PointingHandCursor);
  setZValue(2);
}

QRectF GraphNodeItem::boundingRect() const {
  const double m = kSelectionWidth + kSelectionGap + 1;
  return box_.adjusted(-m, -m, m, m);
}

QPainterPath GraphNodeItem::shape() const {
  QPainterPath p;
  const double r = look_.pill ? box_.height() / 2 : style_->cornerRadius;
  p.addRoundedRect(box_, r, r);
  return p;
}

void GraphNodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
  painter->setRenderHint(QPainter::Antialiasing);
  const double r = look_.pill ? box_.height() / 2 : style_->cornerRadius;

  if (isSelected()) {
    const double g = kSelectionGap + kSelectionWidth / 2;
    painter->setPen(QPen(style_->selection, kSelectionWidth));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(box_.adjusted(-g, -g, g, g), r + g, r + g);
  }

  QColor fill = look_.fill;
  if (hovered_) fill = look_.pill ? fill.darker(106) : fill.lighter(118);
  painter->setPen(QPen(look_.border, 1));
  painter->setBrush(fill);
  painter->drawRoundedRect(box_.adjusted(0.5, 0.5, -0.5, -0.5), r, r);

  painter->setPen(look_.text);
  painter->setFont(role_ == NodeRole::Op ? style_->nodeFont : style_->ioFont);
  painter->drawText(box_, Qt::AlignCenter, label_);
}

void GraphNodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent* event) {
  hovered_ = true;
  update();
  QGraphicsItem::hoverEnterEvent(event);
}

void GraphNodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent* event) {
  hovered_ = false;
  update();
  QGraphicsItem::hoverLeaveEvent(event);
}

}  // namespace pt::views
