#include "views/GraphView.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

#include "views/GraphGroupItem.h"
#include "views/GraphMinimap.h"
#include "views/GraphScene.h"

namespace pt::views {

namespace {
constexpr qreal kFitMaxZoom = 1.25;  // a five-node graph in a big pane should not turn into posters
constexpr qreal kStep = 1.25;        // one key press or wheel notch
constexpr int kProgressDelayMs = 250;  // quick layouts should not flash a progress bar
}  // namespace

GraphView::GraphView(QWidget* parent) : QGraphicsView(parent) {
  setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
  setDragMode(QGraphicsView::ScrollHandDrag);
  setTransformationAnchor(QGraphicsView::NoAnchor);  // zoomAt anchors by hand
  setResizeAnchor(QGraphicsView::AnchorViewCenter);
  setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
  // Items paint their own antialiasing; saving painter state per item costs on big graphs.
  setOptimizationFlags(QGraphicsView::DontSavePainterState | QGraphicsView::DontAdjustForAntialiasing);
  setFrameShape(QFrame::NoFrame);
  setFocusPolicy(Qt::StrongFocus);
  placeholder_ = tr("Not traced yet — press Run");

  minimap_ = new GraphMinimap(this);
  minimap_->hide();

  progress_ = new QFrame(this);
  progress_->setObjectName(QStringLiteral("layoutProgress"));
  progress_->setFrameShape(QFrame::StyledPanel);
  progress_->setAutoFillBackground(true);
  auto* layout = new QHBoxLayout(progress_);
  layout->setContentsMargins(10, 6, 10, 6);
  progressLabel_ = new QLabel(progress_);
  progressBar_ = new QProgressBar(progress_);
  progressBar_->setRange(0, 0);
  progressBar_->setFixedWidth(140);
  cancelButton_ = new QPushButton(progress_);
  cancelButton_->setObjectName(QStringLiteral("cancelLayoutButton"));
  layout->addWidget(progressLabel_);
  layout->addWidget(progressBar_);
  layout->addWidget(cancelButton_);
  progress_->hide();
  progressDelay_ = new QTimer(this);
  progressDelay_->setSingleShot(true);
  connect(progressDelay_, &QTimer::timeout, this, [this] { showProgress(scene_ && scene_->isLayingOut()); });
  connect(cancelButton_, &QPushButton::clicked, this, [this] {
    if (scene_) scene_->cancelLayout();
  });
  retranslate();

  setGraphScene(new GraphScene(this));
}

QWidget* GraphView::progressPanel() const { return progress_; }

void GraphView::retranslate() {
  progressLabel_->setText(tr("Laying out the graph…"));
  cancelButton_->setText(tr("Cancel"));
}

void GraphView::setGraphScene(GraphScene* scene) {
  if (scene == scene_) return;
  for (const auto& c : sceneConnections_) disconnect(c);
  sceneConnections_.clear();
  scene_ = scene;
  setScene(scene);
  if (scene_) {
    sceneConnections_ << connect(scene_, &GraphScene::graphChanged, this, &GraphView::onGraphChanged)
                      << connect(scene_, &GraphScene::layoutChanged, this, &GraphView::onLayoutChanged)
                      << connect(scene_, &GraphScene::layoutStarted, this, [this] {
                           progressLabel_->setText(tr("Laying out the graph…"));
                           progressBar_->setRange(0, 0);
                           progressDelay_->start(kProgressDelayMs);
                           viewport()->update();
                         })
                      << connect(scene_, &GraphScene::layoutProgress, this, [this](int done, int total) {
                           if (total <= 0) return;
                           // Levels laid out of those to lay out: the count is known, so say it.
                           progressLabel_->setText(tr("Laying out the graph… %1/%2 levels (%3 %)")
                                                       .arg(done)
                                                       .arg(total)
                                                       .arg(100 * done / total));
                           progressBar_->setRange(0, total);
                           progressBar_->setValue(done);
                           if (progress_->isVisible()) showProgress(true);  // re-centred at its new width
                         })
                      << connect(scene_, &GraphScene::revealed, this,
                                 [this](const ViewEntry& e) { focusOn(scene_->itemForEntry(e)); })
                      << connect(scene_, &GraphScene::layoutFinished, this, [this] {
                           progressDelay_->stop();
                           showProgress(false);
                           viewport()->update();
                         });
  }
  onGraphChanged();
}

void GraphView::showProgress(bool on) {
  progress_->setVisible(on);
  if (!on) return;
  progress_->adjustSize();
  const QRect vp = viewport()->geometry();
  progress_->move(vp.center().x() - progress_->width() / 2, vp.top() + 12);
  progress_->raise();
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
  updateMinimap();
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
    updateMinimap();
    return;
  }
  // The graph itself, without room a relayout added to keep a group still; then the scene shrinks back.
  const QRectF target = scene_->contentRect().isEmpty() ? sceneRect() : scene_->contentRect();
  if (scene_->sceneRect() != target && !target.isEmpty()) scene_->setSceneRect(target);
  // A few pixels of slack: an exact fit leaves a one-pixel scroll range and a clipped edge.
  const QSizeF room = QSizeF(viewport()->size()) - QSizeF(4, 4);
  if (target.isEmpty() || room.isEmpty()) return;
  const qreal z = std::clamp(std::min(room.width() / target.width(), room.height() / target.height()), kMinZoom,
                             kFitMaxZoom);
  setTransform(QTransform::fromScale(z, z));
  centerOn(target.center());
  emit zoomChanged(z);
  updateMinimap();
}

void GraphView::focusOn(const QGraphicsItem* item) {
  if (!item) return;
  autoFit_ = false;  // the user asked for this node: a resize must not fit it away again
  if (zoom() < kReadableZoom) {
    setTransform(QTransform::fromScale(1.0, 1.0));
    emit zoomChanged(1.0);
  }
  centerOn(item);
  updateMinimap();
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
  updateMinimap();
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

bool GraphView::focusNextPrevChild(bool next) {
  // Tab walks between nodes while the graph has something to walk.
  if (scene_ && !scene_->nodeItems().isEmpty()) return false;
  return QGraphicsView::focusNextPrevChild(next);
}

void GraphView::keyPressEvent(QKeyEvent* event) {
  const bool ctrl = event->modifiers() & Qt::ControlModifier;
  const bool hasItems = scene_ && (!scene_->nodeItems().isEmpty() || !scene_->groupItems().isEmpty());
  if (event->matches(QKeySequence::ZoomIn) || (ctrl && event->key() == Qt::Key_Equal)) {
    zoomIn();
  } else if (event->matches(QKeySequence::ZoomOut) || (ctrl && event->key() == Qt::Key_Minus)) {
    zoomOut();
  } else if (ctrl && event->key() == Qt::Key_0) {
    fitToView();
  } else if (hasItems && !ctrl && event->key() == Qt::Key_Up) {
    scene_->navigate(GraphScene::Step::Up);
  } else if (hasItems && !ctrl && event->key() == Qt::Key_Down) {
    scene_->navigate(GraphScene::Step::Down);
  } else if (hasItems && !ctrl && event->key() == Qt::Key_Left) {
    scene_->navigate(GraphScene::Step::Left);
  } else if (hasItems && !ctrl && event->key() == Qt::Key_Right) {
    scene_->navigate(GraphScene::Step::Right);
  } else if (hasItems && event->key() == Qt::Key_Tab) {
    scene_->navigate(GraphScene::Step::NextSibling);
  } else if (hasItems && event->key() == Qt::Key_Backtab) {
    scene_->navigate(GraphScene::Step::PreviousSibling);
  } else if (hasItems && event->key() == Qt::Key_Home) {
    scene_->navigate(GraphScene::Step::First);
  } else if (hasItems && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
    const int group = scene_->selectedGroup();
    if (group < 0) {
      QGraphicsView::keyPressEvent(event);
      return;
    }
    scene_->toggleGroup(group);
  } else if (hasItems && event->key() == Qt::Key_Escape) {
    scene_->clearSelection();
  } else {
    QGraphicsView::keyPressEvent(event);
    return;
  }
  event->accept();
}

void GraphView::mousePressEvent(QMouseEvent* event) {
  // Shift+drag: select a rectangle (e.g. a subgraph to export); plain drag pans.
  if (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier)) setDragMode(QGraphicsView::RubberBandDrag);
  QGraphicsView::mousePressEvent(event);
}

void GraphView::mouseReleaseEvent(QMouseEvent* event) {
  QGraphicsView::mouseReleaseEvent(event);
  if (dragMode() != QGraphicsView::ScrollHandDrag) setDragMode(QGraphicsView::ScrollHandDrag);
}

bool GraphView::showsPlaceholder() const { return !scene_ || (scene_->isEmpty() && !scene_->isLayingOut()); }

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
  updateMinimap();
  if (progress_->isVisible()) showProgress(true);
}

void GraphView::showEvent(QShowEvent* event) {
  QGraphicsView::showEvent(event);
  if (autoFit_) fitToView();
  updateMinimap();
}

void GraphView::scrollContentsBy(int dx, int dy) {
  QGraphicsView::scrollContentsBy(dx, dy);
  if (minimap_->isVisible()) minimap_->update();
}

void GraphView::changeEvent(QEvent* event) {
  QGraphicsView::changeEvent(event);
  if (event->type() == QEvent::LanguageChange) retranslate();
  if (event->type() == QEvent::PaletteChange) minimap_->invalidate();
}

void GraphView::setMinimapEnabled(bool on) {
  minimapEnabled_ = on;
  updateMinimap();
}

void GraphView::updateMinimap() {
  // Only worth its corner when the graph does not fit the pane.
  const bool useful = scene_ && !scene_->isEmpty() && scene_->layoutError().isEmpty() &&
                      !mapToScene(viewport()->rect()).boundingRect().adjusted(-2, -2, 2, 2).contains(sceneRect());
  minimap_->setVisible(minimapEnabled_ && useful);
  if (minimap_->isVisible()) {
    minimap_->reposition();
    minimap_->raise();
    minimap_->update();
  }
}

void GraphView::onGraphChanged() {
  minimap_->invalidate();
  fitToView();
  viewport()->update();
}

void GraphView::onLayoutChanged() {
  // The scene kept the group the user toggled where it was; refitting would undo that.
  minimap_->invalidate();
  updateMinimap();
  viewport()->update();
}

}  // namespace pt::views
