#include "app/CallLogPanel.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include "app/Document.h"

namespace pt::app {

namespace {
constexpr int kTracedRole = Qt::UserRole + 1;
// The amber of a selected graph node: "this is where the graph came from".
const QColor kTracedBackground(0xfe, 0xf3, 0xd6);
const QColor kTracedText(0x8a, 0x4b, 0x00);
}  // namespace

CallLogPanel::CallLogPanel(Document* doc, QWidget* parent) : QWidget(parent), doc_(doc) {
  table_ = new QTableWidget(0, ColumnCount, this);
  table_->setObjectName(QStringLiteral("callLogTable"));
  table_->verticalHeader()->hide();
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setWordWrap(false);
  table_->setAlternatingRowColors(false);
  QHeaderView* header = table_->horizontalHeader();
  header->setSectionResizeMode(Number, QHeaderView::ResizeToContents);
  header->setSectionResizeMode(Time, QHeaderView::ResizeToContents);
  header->setSectionResizeMode(Traced, QHeaderView::ResizeToContents);
  header->setSectionResizeMode(Signature, QHeaderView::Interactive);
  header->setStretchLastSection(true);
  table_->setColumnWidth(Signature, 125);

  outputLabel_ = new QLabel(this);
  output_ = new QPlainTextEdit(this);
  output_->setObjectName(QStringLiteral("runOutput"));
  output_->setReadOnly(true);
  output_->setLineWrapMode(QPlainTextEdit::NoWrap);
  QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
  mono.setPointSize(9);
  output_->setFont(mono);

  auto* outputPane = new QWidget(this);
  auto* outputLayout = new QVBoxLayout(outputPane);
  outputLayout->setContentsMargins(0, 0, 0, 0);
  outputLayout->setSpacing(2);
  outputLayout->addWidget(outputLabel_);
  outputLayout->addWidget(output_);

  splitter_ = new QSplitter(Qt::Horizontal, this);
  splitter_->addWidget(table_);
  splitter_->addWidget(outputPane);
  splitter_->setStretchFactor(0, 1);
  splitter_->setStretchFactor(1, 1);
  splitter_->setSizes({500, 560});
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addWidget(splitter_);

  connect(doc_, &Document::callLogChanged, this, &CallLogPanel::showLog);
  retranslateUi();
  showLog();
}

void CallLogPanel::retranslateUi() {
  table_->setHorizontalHeaderLabels({tr("#"), tr("Time (ms)"), tr("Traced?"), tr("Signature"), tr("Why")});
  outputLabel_->setText(tr("Result of the last run:"));
  output_->setPlaceholderText(tr("Run the function to see what it returns."));
  showLog();
}

void CallLogPanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslateUi();
  QWidget::changeEvent(event);
}

bool CallLogPanel::isRowMarkedTraced(int row) const {
  const QTableWidgetItem* item = table_->item(row, Traced);
  return item && item->data(kTracedRole).toBool();
}

void CallLogPanel::showLog() {
  const auto& log = doc_->callLog();
  table_->setRowCount(static_cast<int>(log.size()));
  int calls = 0;
  for (int row = 0; row < static_cast<int>(log.size()); ++row) {
    const trace::CallRecord& call = log[static_cast<size_t>(row)];
    const bool atCreation = call.why == "eager trace at creation";
    // Eager mode traces when the function is created: that row is "trace", not a call.
    const QString number = atCreation ? tr("trace") : QString::number(++calls);
    const QString why = atCreation ? tr("eager: traced when created")
                        : call.why == "first call" ? tr("lazy: first call")
                        : call.why == "new input signature" ? tr("new input signature")
                        : call.why == "trace not reusable (random numbers)" ? tr("trace not reusable (random numbers)")
                        : call.why == "a value the trace depended on changed" ? tr("a value the trace depended on changed")
                        : QString::fromStdString(call.why);
    const QStringList cells = {number, QString::number(call.milliseconds, 'f', 3),
                               call.traced ? tr("● traced") : tr("cached"), QString::fromStdString(call.signature),
                               call.traced ? why : tr("ran the cached graph")};
    for (int column = 0; column < ColumnCount; ++column) {
      auto* item = new QTableWidgetItem(cells[column]);
      if (column == Number || column == Time) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
      item->setData(kTracedRole, call.traced);
      if (call.traced) {
        item->setBackground(kTracedBackground);
        item->setForeground(column == Traced ? kTracedText : palette().color(QPalette::Text));
        QFont f = item->font();
        f.setBold(column == Traced || column == Time);
        item->setFont(f);
      }
      item->setToolTip(call.traced ? tr("This call traced the function (slow): %1").arg(why)
                                   : tr("This call ran the cached graph (fast)"));
      table_->setItem(row, column, item);
    }
  }
  if (!log.empty()) table_->scrollToBottom();
  output_->setPlainText(doc_->lastOutput());
}

}  // namespace pt::app
