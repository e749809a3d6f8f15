#pragma once
// The example inputs of the selected function: setup code (Python run first, like a notebook
// cell) and the call's arguments (comma-separated expressions). Edits go to the document, which
// makes them undoable; problems in either show under the fields.
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace pt::app {

class Document;

class InputsPanel : public QWidget {
  Q_OBJECT

 public:
  explicit InputsPanel(Document* doc, QWidget* parent = nullptr);

  QPlainTextEdit* setupEdit() const { return setup_; }
  QLineEdit* argsEdit() const { return args_; }
  void focusSetupLine(int line);  // 1-based, for a problem in "<setup>"
  void focusArgs();
  void retranslateUi();

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void showInputs();
  void showProblems();

  Document* doc_;
  QLabel* signature_;
  QLabel* setupLabel_;
  QPlainTextEdit* setup_;
  QLabel* argsLabel_;
  QLineEdit* args_;
  QLabel* problem_;
  bool updating_ = false;
};

}  // namespace pt::app
