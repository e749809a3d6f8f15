#include "views/GraphMinimap.h"

#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>

#include "views/GraphEdgeItem.h"
#include "views/GraphGroupItem.h"
#include "views/GraphNodeItem.h"
#include "views/GraphScene.h"
#include "views/GraphView.h"

namespace pt::views {

namespace {
constexpr int kMaxSide = 180;
constexpr int kMargin = 10;
constexpr int kInset = 4;
}  // namespace

GraphMinimap::GraphMinimap(GraphView* view) : QWidget(view), view_(view) {
  setObjectName(QStringLiteral("graphMinimap"));
  setCursor(Qt::PointingHandCursor);
  setToolTip(tr("Overview: click or drag to move the view"));
  resize(kMaxSide, kMaxSide * 2 / 3);
}

QRectF GraphMinimap::mapArea() const {
  const QRectF scene = view_->sceneRect();
  const QRectF room = QRectF(rect()).adjusted(kInset, kInset, -kInset, -kInset);
  if (scene.isEmpty() || room.isEmpty()) return room;
  const double s = std::min(room.width() / scene.width(), room.height() / scene.height());
  const QSizeF size(scene.width() * s, scene.height() * s);
  return QRectF(room.center() - QPointF(size.width() / 2, size.height() / 2), size);
}

QRectF GraphMinimap::sceneToMap(const QRectF& r) const {
  const QRectF scene = view_->sceneRect(), area = mapArea();
  if (scene.isEmpty()) return {};
  const double s = area.width() / scene.width();
  return QRectF(area.topLeft() + (r.topLeft() - scene.topLeft()) * s, r.size() * s);
}

QPointF GraphMinimap::mapToScene(QPointF p) const {
  const QRectF scene = view_->sceneRect(), area = mapArea();
  if (area.isEmpty()) return scene.center();
  const double s = scene.width() / area.width();
  return scene.topLeft() + (p - area.topLeft()) * s;
}

QRectF GraphMinimap::visibleSceneRect() const {
  return view_->mapToScene(view_->viewport()->rect()).boundingRect().intersected(view_->sceneRect());
}

void GraphMinimap::invalidate() {
  dirty_ = true;
  reposition();
  update();
}

void GraphMinimap::reposition() {
  // Shaped like the graph, within kMaxSide.
  const QRectF scene = view_->sceneRect();
  QSize size(kMaxSide, kMaxSide * 2 / 3);
  if (!scene.isEmpty()) {
    const double aspect = scene.width() / scene.height();
    size = aspect >= 1 ? QSize(kMaxSide, std::max(40, static_cast<int>(kMaxSide / aspect)))
                       : QSize(std::max(40, static_cast<int>(kMaxSide * aspect)), kMaxSide);
  }
  if (size != this->size()) {
    resize(size);
    dirty_ = true;
  }
  const QRect vp = view_->viewport()->geometry();
  move(vp.right() - width() - kMargin + 1, vp.bottom() - height() - kMargin + 1);
}

void GraphMinimap::paintEvent(QPaintEvent*) {
  const GraphScene* scene = view_->graphScene();
  if (!scene) return;
  const GraphStyle& style = scene->style();
  const qreal dpr = devicePixelRatioF();
  if (dirty_ || cache_.size() != size() * dpr) {
    cache_ = QPixmap(size() * dpr);
    cache_.setDevicePixelRatio(dpr);
    cache_.fill(Qt::transparent);
    QPainter p(&cache_);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(style.frameBorder, 1));
    p.setBrush(style.minimapBackground);
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    p.setPen(Qt::NoPen);
    for (const GraphGroupItem* g : scene->groupItems()) {
      p.setBrush(g->isOpen() ? style.frameFillAt(1) : style.groupBorder);
      p.drawRect(sceneToMap(g->sceneBoundingRect()));
    }
    for (const GraphNodeItem* n : scene->nodeItems()) {
      p.setBrush(n->isProblem() ? style.problem : n->role() == NodeRole::Op ? style.minimapNode : style.ioBorder);
      const QRectF r = sceneToMap(n->mapRectToScene(n->box()));
      p.drawRect(QRectF(r.topLeft(), r.size().expandedTo(QSizeF(1, 1))));
    }
    dirty_ = false;
  }
  QPainter painter(this);
  painter.drawPixmap(0, 0, cache_);
  painter.setRenderHint(QPainter::Antialiasing);
  QColor fill = style.minimapViewport;
  fill.setAlpha(40);
  painter.setBrush(fill);
  painter.setPen(QPen(style.minimapViewport, 1.5));
  painter.drawRect(sceneToMap(visibleSceneRect()));
}

void GraphMinimap::centerViewAt(QPointF widgetPos) {
  view_->centerOn(mapToScene(widgetPos));
  update();
}

void GraphMinimap::mousePressEvent(QMouseEvent* event) {
  if (event->button() == Qt::LeftButton) centerViewAt(event->position());
  event->accept();
}

void GraphMinimap::mouseMoveEvent(QMouseEvent* event) {
  if (event->buttons() & Qt::LeftButton) centerViewAt(event->position());
  event->accept();
}

}  // namespace pt::views
