#include "views/GraphEdgeItem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

#include <algorithm>

namespace pt::views {

namespace {
constexpr double kPenWidth = 1.2;
constexpr double kLabelPadX = 3, kLabelPadY = 1;
}  // namespace

GraphEdgeItem::GraphEdgeItem(const QList<QPointF>& points, QString label, std::optional<QPointF> labelPos,
                             QGraphicsItem* fromItem, QGraphicsItem* toItem, const GraphStyle* style)
    : label_(std::move(label)), labelPos_(labelPos), fromItem_(fromItem), toItem_(toItem), style_(style) {
  setAcceptedMouseButtons(Qt::NoButton);  // clicks fall through to the view: pan or deselect
  setZValue(0);
  // The exposed rectangle in paint(): a long edge strokes only its pieces in view.
  setFlag(ItemUsesExtendedStyleOption);
  points_ = points;
  if (!points.isEmpty()) {
    path_.moveTo(points.first());
    for (qsizetype i = 1; i + 2 < points.size(); i += 3) path_.cubicTo(points[i], points[i + 1], points[i + 2]);
    for (qsizetype i = 0; i < points.size(); i += 3) coarse_ << points[i];

    // Direction of arrival: from the last control point that differs from the tip.
    const QPointF tip = points.last();
    QPointF from = tip;
    for (qsizetype i = points.size() - 2; i >= 0 && from == tip; --i) from = points[i];
    if (from != tip) {
      QLineF axis(tip, from);
      const QPointF unit = (from - tip) / axis.length();
      const QPointF normal(-unit.y(), unit.x());
      const QPointF base = tip + unit * style_->arrowLength;
      arrow_ << tip << base + normal * (style_->arrowWidth / 2) << base - normal * (style_->arrowWidth / 2);
    }
  }
  const double m = kPenWidth;
  bounds_ = path_.boundingRect().united(arrow_.boundingRect()).adjusted(-m, -m, m, m);
  if (labelPos_ && !label_.isEmpty()) bounds_ = bounds_.united(labelRect());
  if (!label_.isEmpty()) setToolTip(label_);
}

QRectF GraphEdgeItem::labelRect() const {
  const QFontMetricsF fm(style_->edgeFont);
  const QSizeF size(fm.horizontalAdvance(label_) + 2 * kLabelPadX, fm.height() + 2 * kLabelPadY);
  return QRectF(*labelPos_ - QPointF(size.width() / 2, size.height() / 2), size);
}

QPainterPath GraphEdgeItem::shape() const {
  // Hover tooltips near the line or on the label, not anywhere in the bounding box.
  QPainterPathStroker stroker;
  stroker.setWidth(6);
  QPainterPath p = stroker.createStroke(path_);
  if (labelPos_ && !label_.isEmpty()) p.addRect(labelRect());
  return p;
}

void GraphEdgeItem::setSharedPrefix(qsizetype points) {
  // Whole pieces only: piece j spans points 3j..3j+3, and the last piece is always drawn so the
  // stroke meets its arrowhead.
  const qsizetype pieces = (points_.size() - 1) / 3;
  paintFrom_ = 3 * std::clamp<qsizetype>((points - 1) / 3, 0, std::max<qsizetype>(0, pieces - 1));
  update();
}

void GraphEdgeItem::setEmphasized(bool on) {
  if (on == emphasized_) return;
  emphasized_ = on;
  setZValue(on ? 1 : 0);
  update();
}

void GraphEdgeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
  const QColor color = emphasized_ ? style_->edgeEmphasis : style_->edge;
  // Zoomed far out: a hairline without arrow or label keeps panning a big graph smooth.
  const qsizetype from = emphasized_ ? 0 : paintFrom_;
  if (option->levelOfDetailFromTransform(painter->worldTransform()) < 0.3) {
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(QPen(color, 0));
    painter->drawPolyline(coarse_.constData() + from / 3, static_cast<int>(coarse_.size() - from / 3));
    return;
  }
  painter->setRenderHint(QPainter::Antialiasing);
  painter->setPen(QPen(color, emphasized_ ? 1.8 : kPenWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
  painter->setBrush(Qt::NoBrush);
  const QRectF exposed = option->exposedRect.adjusted(-4, -4, 4, 4);
  if (from == 0 && (exposed.contains(path_.controlPointRect()) || points_.size() < 8)) {
    painter->drawPath(path_);
  } else {
    // Stroking is linear in the path's length, visible or not: a hundred-thousand-point edge
    // crossing the view would cost more than everything else in the frame.
    QPainterPath visible;
    for (qsizetype i = from; i + 3 < points_.size(); i += 3) {
      QRectF piece(points_[i], QSizeF(0, 0));
      for (int k = 1; k <= 3; ++k) piece |= QRectF(points_[i + k], QSizeF(0, 0));
      if (!piece.adjusted(-1, -1, 1, 1).intersects(exposed)) continue;
      if (visible.isEmpty() || visible.currentPosition() != points_[i]) visible.moveTo(points_[i]);
      visible.cubicTo(points_[i + 1], points_[i + 2], points_[i + 3]);
    }
    painter->drawPath(visible);
  }
  if (!arrow_.isEmpty()) {
    painter->setPen(QPen(color, 1, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(color);
    painter->drawPolygon(arrow_);
  }
  if (labelPos_ && !label_.isEmpty()) {
    const QRectF r = labelRect();
    // A halo in the background colour keeps the text legible where another edge crosses it.
    QColor halo = style_->background;
    halo.setAlpha(225);
    painter->setPen(Qt::NoPen);
    painter->setBrush(halo);
    painter->drawRoundedRect(r, 3, 3);
    painter->setFont(style_->edgeFont);
    painter->setPen(emphasized_ ? style_->edgeEmphasis : style_->edgeLabel);
    painter->drawText(r, Qt::AlignCenter, label_);
  }
}

}  // namespace pt::views
