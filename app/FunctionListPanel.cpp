#include "app/FunctionListPanel.h"

#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QMap>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "app/Document.h"

namespace pt::app {

namespace {
constexpr int kQualnameRole = Qt::UserRole + 1;
constexpr int kStateColumn = 2;

// How a function's state shows: its word and whether it is the colour of a problem.
struct StateLook {
  const char* text;
  bool problem;
};
StateLook lookOf(FunctionState state) {
  switch (state) {
    case FunctionState::NotTraced: return {QT_TRANSLATE_NOOP("pt::app::FunctionListPanel", "not traced"), false};
    case FunctionState::Traced: return {QT_TRANSLATE_NOOP("pt::app::FunctionListPanel", "traced"), false};
    case FunctionState::Transpiled: return {QT_TRANSLATE_NOOP("pt::app::FunctionListPanel", "transpiled"), false};
    case FunctionState::Failed: return {QT_TRANSLATE_NOOP("pt::app::FunctionListPanel", "failed"), true};
  }
  return {"", false};
}
}  // namespace

FunctionListPanel::FunctionListPanel(Document* doc, QWidget* parent) : QWidget(parent), doc_(doc) {
  filter_ = new QLineEdit(this);
  filter_->setClearButtonEnabled(true);
  filter_->setObjectName(QStringLiteral("functionFilter"));
  tree_ = new QTreeWidget(this);
  tree_->setObjectName(QStringLiteral("functionTree"));
  tree_->setColumnCount(3);
  tree_->setRootIsDecorated(true);
  tree_->setUniformRowHeights(true);
  tree_->header()->setStretchLastSection(false);
  tree_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
  tree_->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
  tree_->header()->setSectionResizeMode(kStateColumn, QHeaderView::ResizeToContents);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->setSpacing(4);
  layout->addWidget(filter_);
  layout->addWidget(tree_);

  connect(filter_, &QLineEdit::textChanged, this, &FunctionListPanel::applyFilter);
  connect(tree_, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
    if (updating_ || !item) return;
    const QString qual = item->data(0, kQualnameRole).toString();
    if (!qual.isEmpty()) doc_->selectFunction(qual);
  });
  connect(doc_, &Document::functionsChanged, this, &FunctionListPanel::rebuild);
  connect(doc_, &Document::selectedFunctionChanged, this, &FunctionListPanel::showSelection);
  connect(doc_, &Document::pickersChanged, this, &FunctionListPanel::updateFrameworks);
  connect(doc_, &Document::functionStateChanged, this, &FunctionListPanel::updateState);
  retranslateUi();
  rebuild();
}

void FunctionListPanel::retranslateUi() {
  filter_->setPlaceholderText(tr("Filter functions"));
  tree_->setHeaderLabels({tr("Function"), tr("Framework"), tr("State")});
}

void FunctionListPanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) {
    retranslateUi();
    rebuild();  // the items' tooltips
  }
  QWidget::changeEvent(event);
}

void FunctionListPanel::rebuild() {
  updating_ = true;
  tree_->clear();
  // One group per module (a single file's functions stand alone), in the order core lists them.
  QMap<QString, QTreeWidgetItem*> modules;
  QList<QString> order;
  for (const auto& f : doc_->functions()) {
    const QString module = QString::fromStdString(f.module);
    const QString qual = QString::fromStdString(f.qualname);
    QTreeWidgetItem* parent = nullptr;
    if (!module.isEmpty()) {
      parent = modules.value(module);
      if (!parent) {
        parent = new QTreeWidgetItem(tree_, {module});
        QFont bold = parent->font(0);
        bold.setBold(true);
        parent->setFont(0, bold);
        parent->setToolTip(0, doc_->displayName(QFileInfo(QString::fromStdString(f.file)).absoluteFilePath()));
        parent->setFlags(Qt::ItemIsEnabled);
        modules.insert(module, parent);
      }
    }
    QStringList params;
    for (const auto& p : f.params) params << QString::fromStdString(p);
    const QString label = QStringLiteral("%1(%2)").arg(QString::fromStdString(f.name), params.join(QStringLiteral(", ")));
    auto* item = parent ? new QTreeWidgetItem(parent, {label}) : new QTreeWidgetItem(tree_, {label});
    item->setData(0, kQualnameRole, qual);
    item->setToolTip(0, tr("%1 — %2, line %3")
                            .arg(qual, doc_->displayName(QFileInfo(QString::fromStdString(f.file)).absoluteFilePath()))
                            .arg(f.line));
    item->setForeground(1, palette().color(QPalette::PlaceholderText));
    updateState(qual);
  }
  tree_->expandAll();
  updating_ = false;
  updateFrameworks();
  applyFilter(filter_->text());
  showSelection();
}

void FunctionListPanel::updateFrameworks() {
  for (QTreeWidgetItemIterator it(tree_); *it; ++it) {
    const QString qual = (*it)->data(0, kQualnameRole).toString();
    if (qual.isEmpty()) continue;
    const FunctionSettings s = doc_->settingsFor(qual);
    (*it)->setText(1, QStringLiteral("%1 → %2").arg(frameworkId(s.source), frameworkId(s.target)));
  }
}

void FunctionListPanel::updateState(const QString& qualname) {
  QTreeWidgetItem* item = itemFor(qualname);
  if (!item) return;
  const FunctionState state = doc_->functionState(qualname);
  const StateLook look = lookOf(state);
  // "not traced" is the common case: a dash keeps the column narrow (names need the room); the
  // word is in the tooltip.
  item->setText(kStateColumn, state == FunctionState::NotTraced ? QStringLiteral("–") : tr(look.text));
  item->setToolTip(kStateColumn, tr(look.text));
  item->setData(kStateColumn, Qt::UserRole, static_cast<int>(state));
  // Failures stand out; "not traced" is the quiet default.
  const QPalette::ColorRole role = state == FunctionState::NotTraced ? QPalette::PlaceholderText : QPalette::Text;
  item->setForeground(kStateColumn, look.problem ? QBrush(QColor(0xc0, 0x39, 0x2b)) : palette().brush(role));
}

QTreeWidgetItem* FunctionListPanel::itemFor(const QString& qualname) const {
  for (QTreeWidgetItemIterator it(tree_); *it; ++it)
    if ((*it)->data(0, kQualnameRole).toString() == qualname) return *it;
  return nullptr;
}

void FunctionListPanel::showSelection() {
  updating_ = true;
  if (QTreeWidgetItem* item = itemFor(doc_->selectedFunction())) {
    tree_->setCurrentItem(item);
    tree_->scrollToItem(item);
  } else {
    tree_->setCurrentItem(nullptr);
  }
  updating_ = false;
}

void FunctionListPanel::applyFilter(const QString& text) {
  for (int i = 0; i < tree_->topLevelItemCount(); ++i) {
    QTreeWidgetItem* top = tree_->topLevelItem(i);
    if (top->childCount() == 0) {
      top->setHidden(!text.isEmpty() && !top->data(0, kQualnameRole).toString().contains(text, Qt::CaseInsensitive));
      continue;
    }
    bool any = false;
    for (int c = 0; c < top->childCount(); ++c) {
      QTreeWidgetItem* child = top->child(c);
      const bool hide = !text.isEmpty() && !child->data(0, kQualnameRole).toString().contains(text, Qt::CaseInsensitive);
      child->setHidden(hide);
      any |= !hide;
    }
    top->setHidden(!any);
  }
}

}  // namespace pt::app
