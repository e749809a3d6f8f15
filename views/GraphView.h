#pragma once
// The graph pane: zoom with the wheel around the cursor (Ctrl+= / Ctrl+- / Ctrl+0 to fit), drag
// to pan (Shift+drag selects a rectangle), arrow keys / Tab to walk between nodes, Enter to open
// or close a group; a minimap in the corner; a progress bar with Cancel while a layout runs on
// its worker; a placeholder while there is nothing traced.
#include <QGraphicsView>

class QFrame;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace pt::ir { class Graph; }

namespace pt::views {

class GraphScene;
class GraphMinimap;

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
  static constexpr qreal kMinZoom = 0.02;
  static constexpr qreal kMaxZoom = 8.0;
  static constexpr qreal kReadableZoom = 0.75;  // below this, labels are too small to read

  GraphMinimap* minimap() const { return minimap_; }
  bool isMinimapEnabled() const { return minimapEnabled_; }
  // The layout progress panel (shown after a short delay while a worker lays out).
  QWidget* progressPanel() const;
  QProgressBar* progressBar() const { return progressBar_; }
  QLabel* progressLabel() const { return progressLabel_; }
  QPushButton* cancelButton() const { return cancelButton_; }

 public slots:
  void zoomIn();
  void zoomOut();
  void setZoom(qreal zoom);
  // Whole graph in view, never enlarged beyond readable size; stays fitted while the pane resizes
  // until the user zooms.
  void fitToView();
  void setMinimapEnabled(bool on);
  // Centres `item`, zooming in to a readable size first when the view is zoomed far out (a
  // revealed search hit or node must be legible, not a dot in a fitted 10,000-node graph).
  void focusOn(const QGraphicsItem* item);

 signals:
  void zoomChanged(qreal zoom);

 protected:
  void wheelEvent(QWheelEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;
  bool focusNextPrevChild(bool next) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void paintEvent(QPaintEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;
  void showEvent(QShowEvent* event) override;
  void scrollContentsBy(int dx, int dy) override;
  void changeEvent(QEvent* event) override;

 private:
  void zoomAt(qreal factor, QPointF viewportPos);
  void onGraphChanged();
  void onLayoutChanged();
  void updateMinimap();
  void showProgress(bool on);
  void retranslate();
  bool showsPlaceholder() const;

  GraphScene* scene_ = nullptr;
  QList<QMetaObject::Connection> sceneConnections_;
  QString placeholder_;
  bool autoFit_ = true;
  GraphMinimap* minimap_ = nullptr;
  bool minimapEnabled_ = true;
  QFrame* progress_ = nullptr;
  QLabel* progressLabel_ = nullptr;
  QProgressBar* progressBar_ = nullptr;
  QPushButton* cancelButton_ = nullptr;
  QTimer* progressDelay_ = nullptr;
};

}  // namespace pt::views
