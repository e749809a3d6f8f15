#pragma once
// The example inputs of the selected function: setup code (Python run first, like a notebook
// cell), the call's arguments (comma-separated expressions), and per parameter a picked input
// instead (a random or constant tensor, or a .npy file). Edits go to the document, which makes
// them undoable; problems show under the fields.
#include <QWidget>
#include <vector>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace pt::app {

class Document;
class ParamInputRow;

class InputsPanel : public QWidget {
  Q_OBJECT

 public:
  explicit InputsPanel(Document* doc, QWidget* parent = nullptr);

  QPlainTextEdit* setupEdit() const { return setup_; }
  QLineEdit* argsEdit() const { return args_; }
  void focusSetupLine(int line);  // 1-based, for a problem in "<setup>"
  void focusArgs();
  const std::vector<ParamInputRow*>& paramRows() const { return rows_; }
  void retranslateUi();

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void showInputs();
  void showProblems();
  void rebuildRows();
  void storePickers();

  Document* doc_;
  QLabel* signature_;
  QLabel* setupLabel_;
  QPlainTextEdit* setup_;
  QLabel* argsLabel_;
  QLineEdit* args_;
  QLabel* pickersLabel_;
  QWidget* rowsBox_;
  std::vector<ParamInputRow*> rows_;
  QLabel* problem_;
  bool updating_ = false;
};

}  // namespace pt::app
