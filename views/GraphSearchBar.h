#pragma once
// The graph's search field: type to find (GraphSearch), Enter / F3 for the next hit, Shift+Enter
// / Shift+F3 for the previous one, a regex toggle, "3 / 17" hits. Going to a hit opens the groups
// around it; every hit is outlined, and closed groups show how many they hide.
#include <QWidget>

#include <vector>

#include "views/GraphHierarchy.h"

class QLabel;
class QLineEdit;
class QToolButton;

namespace pt::views {

class GraphView;

class GraphSearchBar : public QWidget {
  Q_OBJECT

 public:
  explicit GraphSearchBar(GraphView* view, QWidget* parent = nullptr);

  QLineEdit* field() const { return field_; }
  QToolButton* regexButton() const { return regex_; }
  QToolButton* nextButton() const { return next_; }
  QToolButton* previousButton() const { return previous_; }
  QLabel* countLabel() const { return count_; }
  const std::vector<ViewEntry>& matches() const { return matches_; }
  int current() const { return current_; }  // index into matches(), -1 before the first jump

 public slots:
  void findNext();
  void findPrevious();
  void refresh();  // the graph changed: search it again

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void go(int index);
  void updateCount(const QString& error = {});
  void retranslate();

  GraphView* view_;
  QLineEdit* field_;
  QToolButton* regex_;
  QToolButton* previous_;
  QToolButton* next_;
  QLabel* count_;
  std::vector<ViewEntry> matches_;
  int current_ = -1;
};

}  // namespace pt::views
