#include "views/GraphGroupItem.h"

#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

#include "views/GraphScene.h"

namespace pt::views {

namespace {
constexpr double kSelectionWidth = 2.5;
constexpr double kSelectionGap = 2.0;
constexpr double kStackOffset = 4;  // a folded block is drawn as a small stack of cards
constexpr double kPadX = 14;
constexpr double kTriangle = 12;    // the open/closed marker before the title
}  // namespace

GraphGroupItem::GraphGroupItem(int group, QString title, QString detail, bool open, bool repeat, int depth,
                               QSizeF size, const GraphStyle* style)
    : group_(group),
      title_(std::move(title)),
      detail_(std::move(detail)),
      open_(open),
      repeat_(repeat),
      depth_(depth),
      box_(-size.width() / 2, -size.height() / 2, size.width(), size.height()),
      style_(style) {
  setFlag(ItemIsSelectable);
  setFlag(ItemIsFocusable);
  setAcceptHoverEvents(true);
  // Frames sit behind edges and boxes; closed groups are boxes like any node.
  setZValue(open ? -10 + depth : 2);
  if (!open) setCursor(Qt::PointingHandCursor);
}

QSizeF GraphGroupItem::closedSize(const QString& title, const QString& detail, const GraphStyle& style) {
  const QFontMetricsF t(style.groupFont), d(style.badgeFont);
  const double w = std::max(t.horizontalAdvance(title) + kTriangle, d.horizontalAdvance(detail)) + 2 * kPadX + kStackOffset;
  return {std::ceil(std::max(style.nodeMinWidth, w)), style.groupHeight + kStackOffset};
}

double GraphGroupItem::headerWidth(const QString& title, const QString& detail, const GraphStyle& style) {
  const QFontMetricsF t(style.groupFont), d(style.badgeFont);
  return std::ceil(kTriangle + t.horizontalAdvance(title) + 12 + d.horizontalAdvance(detail) + 2 * 10);
}

QRectF GraphGroupItem::boundingRect() const {
  const double m = kSelectionWidth + kSelectionGap + 1;
  return box_.adjusted(-m, -m, m, m);
}

QPainterPath GraphGroupItem::shape() const {
  QPainterPath p;
  // An open frame is clickable on its title band only: clicks inside reach its contents, or
  // fall through to the background to pan.
  if (open_) p.addRect(headerRect());
  else p.addRoundedRect(box_, style_->cornerRadius, style_->cornerRadius);
  return p;
}

QRectF GraphGroupItem::headerRect() const {
  return QRectF(box_.left(), box_.top(), box_.width(), open_ ? style_->frameHeader : box_.height());
}

void GraphGroupItem::setSearchMatches(int count) {
  if (count == matches_) return;
  matches_ = count;
  update();
}

void GraphGroupItem::setProblem(bool on) {
  if (on == problem_) return;
  problem_ = on;
  update();
}

void GraphGroupItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
  const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
  const double r = style_->cornerRadius;
  auto triangle = [&](QPointF at, bool down) {
    QPolygonF t;
    if (down) t << at + QPointF(0, -3) << at + QPointF(8, -3) << at + QPointF(4, 3);
    else t << at + QPointF(1, -5) << at + QPointF(7, 0) << at + QPointF(1, 5);
    painter->setPen(Qt::NoPen);
    painter->drawPolygon(t);
  };

  if (open_) {
    painter->setRenderHint(QPainter::Antialiasing, lod >= 0.3);
    const QColor border = problem_ ? style_->problem : isSelected() ? style_->selection : style_->frameBorder;
    painter->setPen(QPen(border, isSelected() || problem_ ? 2 : 1, repeat_ ? Qt::DashLine : Qt::SolidLine));
    painter->setBrush(style_->frameFillAt(depth_));
    painter->drawRoundedRect(box_.adjusted(0.5, 0.5, -0.5, -0.5), r, r);
    if (lod < 0.3) return;
    const QRectF head = headerRect().adjusted(10, 0, -10, 0);
    painter->setBrush(style_->frameTitle);
    triangle(QPointF(head.left(), head.center().y()), true);
    painter->setPen(style_->frameTitle);
    painter->setFont(style_->groupFont);
    const QRectF titleRect = head.adjusted(kTriangle, 0, 0, 0);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, title_);
    const double titleW = QFontMetricsF(style_->groupFont).horizontalAdvance(title_);
    painter->setFont(style_->badgeFont);
    painter->drawText(titleRect.adjusted(titleW + 12, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                      matches_ ? QStringLiteral("%1 · %2").arg(detail_, GraphScene::tr("%n match(es)", nullptr, matches_))
                               : detail_);
    return;
  }

  const QColor fill = repeat_ ? style_->repeatFill : style_->groupFill;
  const QColor border = repeat_ ? style_->repeatBorder : style_->groupBorder;
  QRectF card = box_.adjusted(0, kStackOffset, -kStackOffset, 0);
  if (lod < 0.3) {
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Qt::NoPen);
    painter->setBrush(problem_ ? style_->problem : isSelected() ? style_->selection : matches_ ? style_->searchMatch : fill);
    painter->drawRect(card);
    return;
  }
  painter->setRenderHint(QPainter::Antialiasing);
  if (isSelected() || problem_ || matches_) {
    const double g = kSelectionGap + kSelectionWidth / 2;
    painter->setPen(QPen(isSelected() ? style_->selection : problem_ ? style_->problem : style_->searchMatch,
                         matches_ && !isSelected() && !problem_ ? 1.5 : kSelectionWidth));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(box_.adjusted(-g, -g, g, g), r + g, r + g);
  }
  // The stack: a card behind (two for a folded block) says "more inside".
  painter->setPen(QPen(border, 1));
  painter->setBrush(fill.darker(style_->isDark ? 85 : 108));
  painter->drawRoundedRect(card.translated(kStackOffset, -kStackOffset).adjusted(0.5, 0.5, -0.5, -0.5), r, r);
  painter->setBrush(hovered_ ? (style_->isDark ? fill.lighter(120) : fill.darker(104)) : fill);
  painter->setPen(QPen(problem_ ? style_->problem : border, problem_ ? 2 : 1));
  painter->drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), r, r);

  const QFontMetricsF t(style_->groupFont);
  const double titleW = t.horizontalAdvance(title_) + kTriangle;
  const QRectF inner = card.adjusted(kPadX, 4, -kPadX, -4);
  const QRectF titleRow(inner.center().x() - titleW / 2, inner.top(), titleW, inner.height() / 2 + 2);
  painter->setBrush(style_->groupText);
  triangle(QPointF(titleRow.left(), titleRow.center().y()), false);
  painter->setPen(style_->groupText);
  painter->setFont(style_->groupFont);
  painter->drawText(titleRow.adjusted(kTriangle, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, title_);
  painter->setFont(style_->badgeFont);
  QString detail = detail_;
  if (matches_) detail = QStringLiteral("%1 · %2").arg(detail_, GraphScene::tr("%n match(es)", nullptr, matches_));
  if (problem_) detail = QStringLiteral("%1 · %2").arg(detail, GraphScene::tr("NaN/Inf"));
  painter->drawText(QRectF(inner.left(), inner.center().y(), inner.width(), inner.height() / 2), Qt::AlignCenter, detail);
}

void GraphGroupItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) {
  if (auto* s = qobject_cast<GraphScene*>(scene())) {
    // Later: the relayout replaces this item, which must not happen inside its own handler.
    QMetaObject::invokeMethod(s, [s, id = group_] { s->toggleGroup(id); }, Qt::QueuedConnection);
    event->accept();
    return;
  }
  QGraphicsItem::mouseDoubleClickEvent(event);
}

void GraphGroupItem::hoverEnterEvent(QGraphicsSceneHoverEvent* event) {
  hovered_ = true;
  update();
  QGraphicsItem::hoverEnterEvent(event);
}

void GraphGroupItem::hoverLeaveEvent(QGraphicsSceneHoverEvent* event) {
  hovered_ = false;
  update();
  QGraphicsItem::hoverLeaveEvent(event);
}

}  // namespace pt::views
