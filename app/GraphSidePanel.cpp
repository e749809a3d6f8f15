#include "app/GraphSidePanel.h"

#include <QLabel>
#include <QVBoxLayout>

#include "views/GraphView.h"

namespace pt::app {

GraphSidePanel::GraphSidePanel(const QString& name, const QString& viewName, QWidget* parent)
    : QWidget(parent), view_(new views::GraphView(this)) {
  setObjectName(name + QStringLiteral("Panel"));
  view_->setObjectName(viewName);
  auto* header = new QWidget(this);
  header->setAutoFillBackground(true);
  header->setBackgroundRole(QPalette::AlternateBase);
  auto* column = new QVBoxLayout(header);
  column->setContentsMargins(8, 3, 8, 3);
  column->setSpacing(1);
  title_ = new QLabel(header);
  title_->setObjectName(name + QStringLiteral("Title"));
  title_->setTextFormat(Qt::PlainText);
  QFont bold = title_->font();
  bold.setBold(true);
  title_->setFont(bold);
  summary_ = new QLabel(header);
  summary_->setObjectName(name + QStringLiteral("Summary"));
  summary_->setTextFormat(Qt::PlainText);
  summary_->setWordWrap(true);
  legend_ = new QLabel(header);
  legend_->setObjectName(name + QStringLiteral("Legend"));
  legend_->setTextFormat(Qt::PlainText);
  legend_->setWordWrap(true);
  legend_->setForegroundRole(QPalette::PlaceholderText);
  column->addWidget(title_);
  column->addWidget(summary_);
  column->addWidget(legend_);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(0);
  layout->addWidget(header);
  layout->addWidget(view_, 1);
}

void GraphSidePanel::addToHeader(QWidget* widget) { legend_->parentWidget()->layout()->addWidget(widget); }

}  // namespace pt::app
