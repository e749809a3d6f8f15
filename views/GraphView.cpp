#include "views/GraphView.h"

#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

#include "views/GraphScene.h"

namespace pt::views {

namespace {
constexpr qreal kFitMaxZoom = 1.25;  // a five-node graph in a big pane should not turn into posters
constexpr qreal kStep = 1.25;        // one key press or wheel notch
}  // namespace

GraphView::GraphView(QWidget* parent) : QGraphicsView(parent) {
  setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
  setDragMode(QGraphicsView::ScrollHandDrag);
  setTransformationAnchor(QGraphicsView::NoAnchor);  // zoomAt anchors by hand
  setResizeAnchor(QGraphicsView::AnchorViewCenter);
  setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
  setFrameShape(QFrame::NoFrame);
  setFocusPolicy(Qt::StrongFocus);
  placeholder_ = tr("Not traced yet — press Run");
  setGraphScene(new GraphScene(this));
}

void GraphView::setGraphScene(GraphScene* scene) {
  if (scene == scene_) return;
  disconnect(sceneConnection_);
  scene_ = scene;
  setScene(scene);
  if (scene_) sceneConnection_ = connect(scene_, &GraphScene::graphChanged, this, &GraphView::onGraphChanged);
  onGraphChanged();
}

void GraphView::setGraph(const ir::Graph* graph) {
  if (scene_) scene_->setGraph(graph);
}

void GraphView::setPlaceholderText(const QString& text) {
  placeholder_ = text;
  viewport()->update();
}

qreal GraphView::zoom() const { return transform().m11(); }

void GraphView::setZoom(qreal zoom) {
  const QPointF center = mapToScene(viewport()->rect().center());
  const qreal z = std::clamp(zoom, kMinZoom, kMaxZoom);
  setTransform(QTransform::fromScale(z, z));
  centerOn(center);
  emit zoomChanged(z);
}

void GraphView::zoomIn() {
  autoFit_ = false;
  zoomAt(kStep, viewport()->rect().center());
}

void GraphView::zoomOut() {
  autoFit_ = false;
  zoomAt(1 / kStep, viewport()->rect().center());
}

void GraphView::fitToView() {
  autoFit_ = true;
  if (!scene_ || scene_->isEmpty()) {
    resetTransform();
    return;
  }
  const QRectF target = sceneRect();
  // A few pixels of slack: an exact fit leaves a one-pixel scroll range and a clipped edge.
  const QSizeF room = QSizeF(viewport()->size()) - QSizeF(4, 4);
  if (target.isEmpty() || room.isEmpty()) return;
  const qreal z = std::clamp(std::min(room.width() / target.width(), room.height() / target.height()), kMinZoom,
                             kFitMaxZoom);
  setTransform(QTransform::fromScale(z, z));
  centerOn(target.center());
  emit zoomChanged(z);
}

void GraphView::zoomAt(qreal factor, QPointF viewportPos) {
  const qreal current = zoom();
  const qreal z = std::clamp(current * factor, kMinZoom, kMaxZoom);
  if (qFuzzyCompare(z, current)) return;
  // Keep the scene point under viewportPos where it is.
  const QPointF anchor = mapToScene(viewportPos.toPoint());
  setTransform(QTransform::fromScale(z, z));
  const QPointF moved = mapFromScene(anchor);
  const QPointF delta = moved - viewportPos;
  horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(delta.x()));
  verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(delta.y()));
  emit zoomChanged(z);
}

void GraphView::wheelEvent(QWheelEvent* event) {
  const QPoint delta = event->angleDelta();
  if (delta.y() == 0) {  // sideways on a touchpad: scroll
    QGraphicsView::wheelEvent(event);
    return;
  }
  autoFit_ = false;
  // 120 units is one notch; touchpads send small fractions of it.
  zoomAt(std::pow(kStep, delta.y() / 120.0), event->position());
  event->accept();
}

void GraphView::keyPressEvent(QKeyEvent* event) {
  const bool ctrl = event->modifiers() & Qt::ControlModifier;
  if (event->matches(QKeySequence::ZoomIn) || (ctrl && event->key() == Qt::Key_Equal)) {
    zoomIn();
  } else if (event->matches(QKeySequence::ZoomOut) || (ctrl && event->key() == Qt::Key_Minus)) {
    zoomOut();
  } else if (ctrl && event->key() == Qt::Key_0) {
    fitToView();
  } else {
    QGraphicsView::keyPressEvent(event);
    return;
  }
  event->accept();
}

bool GraphView::showsPlaceholder() const { return !scene_ || scene_->isEmpty(); }

void GraphView::paintEvent(QPaintEvent* event) {
  QGraphicsView::paintEvent(event);
  if (!showsPlaceholder() || placeholder_.isEmpty()) return;
  QPainter painter(viewport());
  QColor color = palette().color(QPalette::PlaceholderText);
  painter.setPen(color);
  QFont f = font();
  if (f.pointSizeF() > 0) f.setPointSizeF(f.pointSizeF() * 1.15);
  painter.setFont(f);
  painter.drawText(viewport()->rect().adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap, placeholder_);
}

void GraphView::resizeEvent(QResizeEvent* event) {
  QGraphicsView::resizeEvent(event);
  if (autoFit_) fitToView();
}

void GraphView::showEvent(QShowEvent* event) {
  QGraphicsView::showEvent(event);
  if (autoFit_) fitToView();
}

void GraphView::onGraphChanged() {
  fitToView();
  viewport()->update();
}

}  // namespace pt::views
