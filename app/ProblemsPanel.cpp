#include "app/ProblemsPanel.h"

#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "app/Document.h"

namespace pt::app {

namespace {
constexpr int kIndexRole = Qt::UserRole + 1;
}

ProblemsPanel::ProblemsPanel(Document* doc, QWidget* parent) : QWidget(parent), doc_(doc) {
  tree_ = new QTreeWidget(this);
  tree_->setObjectName(QStringLiteral("problemsTree"));
  tree_->setColumnCount(ColumnCount);
  tree_->setRootIsDecorated(false);
  tree_->setUniformRowHeights(true);
  tree_->setWordWrap(false);
  tree_->header()->setStretchLastSection(false);
  tree_->header()->setSectionResizeMode(Message, QHeaderView::Stretch);
  tree_->header()->setSectionResizeMode(Code, QHeaderView::ResizeToContents);
  tree_->header()->setSectionResizeMode(Location, QHeaderView::ResizeToContents);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addWidget(tree_);

  connect(tree_, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
    const int index = item->data(Message, kIndexRole).toInt();
    if (index < 0 || index >= static_cast<int>(shown_.size())) return;
    // A copy: jumping may select another function, which replaces shown_.
    const Diagnostic diagnostic = shown_[static_cast<size_t>(index)];
    emit diagnosticActivated(diagnostic);
  });
  connect(doc_, &Document::diagnosticsChanged, this, &ProblemsPanel::showDiagnostics);
  retranslateUi();
}

void ProblemsPanel::retranslateUi() {
  tree_->setHeaderLabels({tr("Problem"), tr("Reason"), tr("Location")});
  showDiagnostics();
}

void ProblemsPanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslateUi();
  QWidget::changeEvent(event);
}

int ProblemsPanel::errorCount() const {
  return static_cast<int>(std::count_if(shown_.begin(), shown_.end(), [](const Diagnostic& d) { return d.severity == Severity::Error; }));
}

void ProblemsPanel::showDiagnostics() {
  shown_ = doc_->diagnostics();
  tree_->clear();
  QStyle* style = QApplication::style();
  for (size_t i = 0; i < shown_.size(); ++i) {
    const Diagnostic& d = shown_[i];
    const std::string firstLine = d.message.substr(0, d.message.find('\n'));
    QString location;
    if (!d.loc.file.empty()) {
      const QString resolved = doc_->resolveFile(d.loc.file);
      location = resolved.isEmpty() ? QString::fromStdString(d.loc.file) : doc_->displayName(resolved);
      if (d.loc.line > 0) location += QStringLiteral(":%1").arg(d.loc.line);
      if (d.loc.col > 0) location += QStringLiteral(":%1").arg(d.loc.col);
    }
    auto* item = new QTreeWidgetItem(tree_, {QString::fromStdString(firstLine), QString::fromStdString(d.code), location});
    const QStyle::StandardPixmap icon = d.severity == Severity::Error     ? QStyle::SP_MessageBoxCritical
                                        : d.severity == Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                                          : QStyle::SP_MessageBoxInformation;
    item->setIcon(Message, style->standardIcon(icon));
    item->setData(Message, kIndexRole, static_cast<int>(i));
    // The whole message (Python tracebacks included) on hover.
    item->setToolTip(Message, QString::fromStdString(d.message));
  }
}

}  // namespace pt::app
