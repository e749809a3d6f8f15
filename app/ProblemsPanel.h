#pragma once
// Every current diagnostic of the document: severity, message, reason code and location.
// Activating one (double-click, Enter) asks the window to jump to its location.
#include <QWidget>

#include "base/Diagnostic.h"

class QTreeWidget;

namespace pt::app {

class Document;

class ProblemsPanel : public QWidget {
  Q_OBJECT

 public:
  enum Column { Message, Code, Location, ColumnCount };

  explicit ProblemsPanel(Document* doc, QWidget* parent = nullptr);

  QTreeWidget* tree() const { return tree_; }
  const Diagnostics& shown() const { return shown_; }
  int errorCount() const;
  void retranslateUi();

 signals:
  void diagnosticActivated(const pt::Diagnostic& diagnostic);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void showDiagnostics();

  Document* doc_;
  QTreeWidget* tree_;
  Diagnostics shown_;
};

}  // namespace pt::app
