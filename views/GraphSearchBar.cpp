#include "views/GraphSearchBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QGuiApplication>
#include <QShortcut>
#include <QToolButton>

#include "views/GraphScene.h"
#include "views/GraphSearch.h"
#include "views/GraphView.h"

namespace pt::views {

GraphSearchBar::GraphSearchBar(GraphView* view, QWidget* parent) : QWidget(parent), view_(view) {
  setObjectName(QStringLiteral("graphSearchBar"));
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(2);
  field_ = new QLineEdit(this);
  field_->setObjectName(QStringLiteral("graphSearchField"));
  field_->setClearButtonEnabled(true);
  field_->setMinimumWidth(130);
  regex_ = new QToolButton(this);
  regex_->setText(QStringLiteral(".*"));
  regex_->setCheckable(true);
  previous_ = new QToolButton(this);
  previous_->setArrowType(Qt::UpArrow);
  next_ = new QToolButton(this);
  next_->setArrowType(Qt::DownArrow);
  count_ = new QLabel(this);
  count_->setMinimumWidth(60);
  layout->addWidget(field_);
  layout->addWidget(regex_);
  layout->addWidget(previous_);
  layout->addWidget(next_);
  layout->addWidget(count_);

  connect(field_, &QLineEdit::textChanged, this, &GraphSearchBar::refresh);
  connect(regex_, &QToolButton::toggled, this, &GraphSearchBar::refresh);
  connect(next_, &QToolButton::clicked, this, &GraphSearchBar::findNext);
  connect(previous_, &QToolButton::clicked, this, &GraphSearchBar::findPrevious);
  connect(field_, &QLineEdit::returnPressed, this, [this] {
    if (QGuiApplication::keyboardModifiers() & Qt::ShiftModifier) findPrevious();
    else findNext();
  });
  auto* f3 = new QShortcut(QKeySequence(Qt::Key_F3), this, this, &GraphSearchBar::findNext, Qt::WindowShortcut);
  auto* shiftF3 = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3), this, this, &GraphSearchBar::findPrevious,
                                Qt::WindowShortcut);
  Q_UNUSED(f3);
  Q_UNUSED(shiftF3);
  if (view_->graphScene()) connect(view_->graphScene(), &GraphScene::graphChanged, this, &GraphSearchBar::refresh);
  retranslate();
  updateCount();
}

void GraphSearchBar::retranslate() {
  field_->setPlaceholderText(tr("Find in graph: name, op, dtype, shape (Ctrl+F)"));
  field_->setToolTip(tr("Plain text or a regular expression; narrow with op:, name:, dtype:, shape: or scope:"));
  regex_->setToolTip(tr("Regular expression"));
  previous_->setToolTip(tr("Previous match (Shift+F3)"));
  next_->setToolTip(tr("Next match (F3)"));
  updateCount();
}

void GraphSearchBar::changeEvent(QEvent* event) {
  QWidget::changeEvent(event);
  if (event->type() == QEvent::LanguageChange) retranslate();
}

void GraphSearchBar::refresh() {
  GraphScene* scene = view_->graphScene();
  matches_.clear();
  current_ = -1;
  QString error;
  if (scene && scene->graph()) matches_ = findInGraph(*scene->graph(), field_->text(), regex_->isChecked(), &error);
  if (scene) scene->setSearchMatches(matches_, -1);
  updateCount(error);
}

void GraphSearchBar::updateCount(const QString& error) {
  const bool any = !matches_.empty();
  next_->setEnabled(any);
  previous_->setEnabled(any);
  if (!error.isEmpty()) {
    count_->setText(tr("bad regex"));
    count_->setToolTip(error);
  } else if (field_->text().trimmed().isEmpty()) {
    count_->clear();
    count_->setToolTip(QString());
  } else if (!any) {
    count_->setText(tr("no match"));
    count_->setToolTip(QString());
  } else {
    count_->setText(current_ >= 0 ? tr("%1 / %2").arg(current_ + 1).arg(matches_.size())
                                  : tr("%n match(es)", nullptr, static_cast<int>(matches_.size())));
    count_->setToolTip(QString());
  }
}

void GraphSearchBar::go(int index) {
  if (matches_.empty()) return;
  const int n = static_cast<int>(matches_.size());
  current_ = ((index % n) + n) % n;
  GraphScene* scene = view_->graphScene();
  scene->setSearchMatches(matches_, current_);
  scene->revealEntry(matches_[static_cast<size_t>(current_)]);
  updateCount();
}

void GraphSearchBar::findNext() { go(current_ + 1); }
void GraphSearchBar::findPrevious() { go(current_ < 0 ? -1 : current_ - 1); }

}  // namespace pt::views
