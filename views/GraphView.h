#pragma once
// The graph pane: zoom with the wheel around the cursor (Ctrl+= / Ctrl+- / Ctrl+0 to fit),
// drag to pan, a placeholder while there is nothing traced.
#include <QGraphicsView>

namespace pt::ir { class Graph; }

namespace pt::views {

class GraphScene;

class GraphView : public QGraphicsView {
  Q_OBJECT

 public:
  explicit GraphView(QWidget* parent = nullptr);

  GraphScene* graphScene() const { return scene_; }
  // Shows another scene (e.g. one shared with a second view); the view does not take ownership.
  void setGraphScene(GraphScene* scene);
  void setGraph(const ir::Graph* graph);  // convenience: graphScene()->setGraph(graph)

  QString placeholderText() const { return placeholder_; }
  void setPlaceholderText(const QString& text);

  qreal zoom() const;
  static constexpr qreal kMinZoom = 0.05;
  static constexpr qreal kMaxZoom = 8.0;

 public slots:
  void zoomIn();
  void zoomOut();
  void setZoom(qreal zoom);
  // Whole graph in view, never enlarged beyond readable size; stays fitted while the pane resizes
  // until the user zooms.
  void fitToView();

 signals:
  void zoomChanged(qreal zoom);

 protected:
  void wheelEvent(QWheelEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;
  void paintEvent(QPaintEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;
  void showEvent(QShowEvent* event) override;

 private:
  void zoomAt(qreal factor, QPointF viewportPos);
  void onGraphChanged();
  bool showsPlaceholder() const;

  GraphScene* scene_ = nullptr;
  QMetaObject::Connection sceneConnection_;
  QString placeholder_;
  bool autoFit_ = true;
};

}  // namespace pt::views
