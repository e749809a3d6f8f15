#pragma once
// Every call of the traced function: number, wall time, whether it traced (the slow calls of
// lazy mode and retraces, visibly marked) with why, and the input signature; beside it what the
// last run printed and returned.
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QSplitter;
class QTableWidget;

namespace pt::app {

class Document;

class CallLogPanel : public QWidget {
  Q_OBJECT

 public:
  enum Column { Number, Time, Traced, Signature, Why, ColumnCount };

  explicit CallLogPanel(Document* doc, QWidget* parent = nullptr);

  QTableWidget* table() const { return table_; }
  QPlainTextEdit* output() const { return output_; }
  bool isRowMarkedTraced(int row) const;
  void retranslateUi();

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void showLog();

  Document* doc_;
  QSplitter* splitter_;
  QTableWidget* table_;
  QLabel* outputLabel_;
  QPlainTextEdit* output_;
};

}  // namespace pt::app
