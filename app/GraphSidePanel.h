#pragma once
// A panel beside the graph pane's own view showing a second graph that relates to the first:
// the graph after the passes (compile view) or the translation re-traced (diff view). A header
// with a title, a summary line and a legend over a GraphView of its own.
#include <QWidget>

class QLabel;

namespace pt::views {
class GraphView;
}

namespace pt::app {

class GraphSidePanel : public QWidget {
  Q_OBJECT

 public:
  // `name` prefixes the object names ("compile": compilePanel, compileTitle, compileAfterView ...).
  GraphSidePanel(const QString& name, const QString& viewName, QWidget* parent = nullptr);

  views::GraphView* sideView() const { return view_; }
  QLabel* titleLabel() const { return title_; }
  QLabel* summaryLabel() const { return summary_; }
  QLabel* legendLabel() const { return legend_; }

 protected:
  void addToHeader(QWidget* widget);  // below the legend

  views::GraphView* view_;
  QLabel* title_;
  QLabel* summary_;
  QLabel* legend_;
};

}  // namespace pt::app
