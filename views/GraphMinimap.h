#pragma once
// An overview of the whole graph in a corner of the graph view: every box as a small rectangle
// (no text, no edges: it stays cheap for 10,000 boxes), the visible part as a frame; a click or a
// drag centres the view there. The picture is cached and redrawn only when the layout changes.
#include <QPixmap>
#include <QWidget>

namespace pt::views {

class GraphView;

class GraphMinimap : public QWidget {
  Q_OBJECT

 public:
  explicit GraphMinimap(GraphView* view);

  // The scene rectangle shown and where it maps to in this widget.
  QRectF sceneToMap(const QRectF& scene) const;
  QPointF mapToScene(QPointF widgetPos) const;
  QRectF visibleSceneRect() const;  // the view's viewport, in scene coordinates

 public slots:
  void invalidate();  // the layout or theme changed: redraw the cache
  void reposition();  // stick to the view's bottom-right corner

 protected:
  void paintEvent(QPaintEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;

 private:
  QRectF mapArea() const;  // where the scene is drawn inside the widget
  void centerViewAt(QPointF widgetPos);

  GraphView* view_;
  QPixmap cache_;
  bool dirty_ = true;
};

}  // namespace pt::views
