#include "views/GraphNodeItem.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include "views/GraphScene.h"

namespace pt::views {

namespace {
constexpr double kSelectionWidth = 2.5;
constexpr double kSelectionGap = 2.0;
constexpr double kBadge = 16;  // room above the box for the NaN badge
}  // namespace

GraphNodeItem::GraphNodeItem(QString label, NodeRole role, int index, QSizeF size, OpCategory category,
                             const GraphStyle* style)
    : label_(std::move(label)),
      role_(role),
      index_(index),
      box_(-size.width() / 2, -size.height() / 2, size.width(), size.height()),
      category_(category),
      style_(style) {
  setFlag(ItemIsSelectable);
  setFlag(ItemIsFocusable);
  setAcceptHoverEvents(true);
  setCursor(Qt::PointingHandCursor);
  setZValue(2);
}

QRectF GraphNodeItem::boundingRect() const {
  const double m = kSelectionWidth + kSelectionGap + 1;
  return box_.adjusted(-m, -m - kBadge, m, m);
}

QPainterPath GraphNodeItem::shape() const {
  QPainterPath p;
  const double r = role_ == NodeRole::Op ? style_->cornerRadius : box_.height() / 2;
  p.addRoundedRect(box_, r, r);
  return p;
}

void GraphNodeItem::setSearchMatch(bool on, bool current) {
  if (on == match_ && current == currentMatch_) return;
  match_ = on;
  currentMatch_ = current;
  update();
}

void GraphNodeItem::setProblem(bool on) {
  if (on == problem_) return;
  problem_ = on;
  update();
}

void GraphNodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
  const bool pill = role_ != NodeRole::Op;
  const double r = pill ? box_.height() / 2 : style_->cornerRadius;
  QColor fill, border, text;
  switch (role_) {
    case NodeRole::Op:
      fill = style_->opFill(category_);
      border = fill.darker(125);
      text = style_->opText();
      break;
    case NodeRole::Input:
      fill = style_->ioFill;
      border = style_->ioBorder;
      text = style_->ioText;
      break;
    case NodeRole::Output:
      fill = style_->outputFill;
      border = style_->outputBorder;
      text = style_->ioText;
      break;
  }
  // Far out, text is unreadable anyway: boxes only keep big graphs smooth to pan and zoom.
  const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
  if (lod < 0.3) {
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Qt::NoPen);
    painter->setBrush(problem_ ? style_->problem : isSelected() ? style_->selection : match_ ? style_->searchMatch : fill);
    painter->drawRect(box_);
    return;
  }
  painter->setRenderHint(QPainter::Antialiasing);

  auto ring = [&](const QColor& color, double gap, double width) {
    const double g = gap + width / 2;
    painter->setPen(QPen(color, width));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(box_.adjusted(-g, -g, g, g), r + g, r + g);
  };
  if (isSelected()) ring(style_->selection, kSelectionGap, kSelectionWidth);
  else if (problem_) ring(style_->problem, kSelectionGap, kSelectionWidth);
  else if (match_) ring(style_->searchMatch, kSelectionGap, currentMatch_ ? kSelectionWidth : 1.5);

  if (hovered_) fill = pill ? (style_->isDark ? fill.lighter(120) : fill.darker(106)) : fill.lighter(118);
  painter->setPen(QPen(problem_ ? style_->problem : border, problem_ ? 2 : 1));
  painter->setBrush(fill);
  painter->drawRoundedRect(box_.adjusted(0.5, 0.5, -0.5, -0.5), r, r);

  painter->setPen(text);
  painter->setFont(role_ == NodeRole::Op ? style_->nodeFont : style_->ioFont);
  painter->drawText(box_, Qt::AlignCenter, label_);

  if (problem_) {
    // "NaN" tag on the top-right corner: the first node that produced a non-finite value.
    const QString tag = GraphScene::tr("NaN/Inf");
    const QFontMetricsF fm(style_->badgeFont);
    const QRectF badge(box_.right() - fm.horizontalAdvance(tag) - 10, box_.top() - fm.height() - 4,
                       fm.horizontalAdvance(tag) + 8, fm.height() + 2);
    painter->setPen(Qt::NoPen);
    painter->setBrush(style_->problem);
    painter->drawRoundedRect(badge, 3, 3);
    painter->setPen(Qt::white);
    painter->setFont(style_->badgeFont);
    painter->drawText(badge, Qt::AlignCenter, tag);
  }
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
