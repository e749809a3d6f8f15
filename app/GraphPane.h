#pragma once
// The graph's part of the central area: a title row (what is shown, the search field, and the
// window's graph actions as small buttons) over the graph view.
#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QSplitter;
class QToolBar;

namespace pt::views {
class GraphSearchBar;
class GraphView;
}  // namespace pt::views

namespace pt::app {

class GraphPane : public QWidget {
  Q_OBJECT

 public:
  explicit GraphPane(QWidget* parent = nullptr);

  QLabel* title() const { return title_; }
  views::GraphView* view() const { return view_; }
  views::GraphSearchBar* searchBar() const { return search_; }
  QToolBar* toolBar() const { return toolBar_; }
  void addGraphActions(const QList<QAction*>& actions);
  // A panel beside the view (e.g. the compile view's graph after the passes), hidden until shown.
  void addSidePanel(QWidget* panel);
  QSplitter* body() const { return body_; }

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void applyPalette();

  QWidget* header_;
  QLabel* title_;
  QSplitter* body_;
  views::GraphView* view_;
  views::GraphSearchBar* search_;
  QToolBar* toolBar_;
};

}  // namespace pt::app
