#include "app/GraphPane.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QToolBar>
#include <QVBoxLayout>

#include "views/GraphSearchBar.h"
#include "views/GraphView.h"

namespace pt::app {

GraphPane::GraphPane(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("graphPane"));
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(0);
  header_ = new QWidget(this);
  header_->setAutoFillBackground(true);
  auto* row = new QHBoxLayout(header_);
  row->setContentsMargins(8, 2, 4, 2);
  title_ = new QLabel(header_);
  title_->setTextFormat(Qt::PlainText);
  QFont f = title_->font();
  f.setBold(true);
  title_->setFont(f);
  // A long signature gives way to the search field and the buttons (clipped, not pushing them
  // into the toolbar's overflow menu).
  title_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
  title_->setMinimumWidth(80);
  body_ = new QSplitter(Qt::Horizontal, this);
  body_->setChildrenCollapsible(false);
  view_ = new views::GraphView(body_);
  view_->setObjectName(QStringLiteral("graphView"));
  search_ = new views::GraphSearchBar(view_, header_);
  toolBar_ = new QToolBar(header_);
  toolBar_->setObjectName(QStringLiteral("graphToolBar"));
  toolBar_->setIconSize(QSize(16, 16));
  toolBar_->setToolButtonStyle(Qt::ToolButtonTextOnly);
  row->addWidget(title_, 1);
  row->addWidget(search_);
  row->addWidget(toolBar_);
  layout->addWidget(header_);
  body_->addWidget(view_);
  layout->addWidget(body_, 1);
  applyPalette();
}

void GraphPane::addGraphActions(const QList<QAction*>& actions) {
  for (QAction* a : actions) {
    if (a) toolBar_->addAction(a);
    else toolBar_->addSeparator();
  }
}

void GraphPane::addSidePanel(QWidget* panel) {
  panel->hide();
  body_->addWidget(panel);
}

void GraphPane::applyPalette() {
  // The title row is a shade off the window, in either theme.
  QPalette p = header_->palette();
  const QColor window = palette().color(QPalette::Window);
  p.setColor(QPalette::Window, window.lightness() < 128 ? window.lighter(115) : QColor(0xf6, 0xf8, 0xfa));
  header_->setPalette(p);
}

void GraphPane::changeEvent(QEvent* event) {
  QWidget::changeEvent(event);
  if (event->type() == QEvent::PaletteChange) applyPalette();
}

}  // namespace pt::app
