#pragma once
// The status bar's part that says what runs in the background: the task ("Tracing f…"), how long
// it has been running, a busy bar, and a Cancel button. Hidden while nothing runs. Renders the
// TaskRunner; the button asks the runner to cancel.
#include <QWidget>

class QLabel;
class QProgressBar;
class QTimer;
class QToolButton;

namespace pt::app {

class TaskRunner;

class TaskStatus : public QWidget {
  Q_OBJECT

 public:
  explicit TaskStatus(TaskRunner* tasks, QWidget* parent = nullptr);

  QToolButton* cancelButton() const { return cancel_; }
  QLabel* label() const { return label_; }
  QProgressBar* progressBar() const { return bar_; }
  void retranslateUi();

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void refresh();

  TaskRunner* tasks_;
  QLabel* label_;
  QProgressBar* bar_;
  QToolButton* cancel_;
  QTimer* ticker_;
};

}  // namespace pt::app
