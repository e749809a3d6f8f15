#pragma once
// The project's functions, grouped by module, with their frameworks and their state in this
// session (not traced / traced / transpiled / failed). Renders the document;
// choosing a function asks the document to select it.
#include <QWidget>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace pt::app {

class Document;

class FunctionListPanel : public QWidget {
  Q_OBJECT

 public:
  explicit FunctionListPanel(Document* doc, QWidget* parent = nullptr);

  QTreeWidget* tree() const { return tree_; }
  QTreeWidgetItem* itemFor(const QString& qualname) const;
  void retranslateUi();

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void rebuild();
  void showSelection();
  void updateFrameworks();
  void updateState(const QString& qualname);
  void applyFilter(const QString& text);

  Document* doc_;
  QLineEdit* filter_;
  QTreeWidget* tree_;
  bool updating_ = false;
};

}  // namespace pt::app
