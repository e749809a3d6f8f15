#include "views/InspectorView.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>
#include <utility>

#include "views/HistogramWidget.h"
#include "views/TensorStats.h"

namespace pt::views {

namespace {

QString number(double v, bool integral) {
  if (std::isnan(v)) return QStringLiteral("nan");
  if (std::isinf(v)) return v > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
  if (integral) return QString::number(static_cast<long long>(v));
  return QString::number(v, 'g', 6);
}

// A NaN/Inf cell: background and text, readable in either theme.
std::pair<QColor, QColor> problemColors(const QPalette& p) {
  if (p.color(QPalette::Base).lightness() < 128) return {QColor(0x7f, 0x1d, 0x1d), QColor(0xfe, 0xe2, 0xe2)};
  return {QColor(0xfe, 0xe2, 0xe2), QColor(0x99, 0x1b, 0x1b)};
}

}  // namespace

InspectorView::InspectorView(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("inspector"));
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  scroll_ = new QScrollArea(this);
  scroll_->setWidgetResizable(true);
  scroll_->setFrameShape(QFrame::NoFrame);
  layout->addWidget(scroll_);
  rebuild();
}

void InspectorView::clear() {
  content_ = {};
  empty_ = true;
  rebuild();
}

void InspectorView::setContent(const InspectorContent& content) {
  content_ = content;
  empty_ = false;
  rebuild();
}

void InspectorView::changeEvent(QEvent* event) {
  QWidget::changeEvent(event);
  // Texts follow the language; the NaN cells' colours follow the theme.
  if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange) rebuild();
}

void InspectorView::rebuild() {
  tables_.clear();
  histograms_.clear();
  stats_.clear();
  body_ = new QWidget;
  bodyLayout_ = new QVBoxLayout(body_);
  bodyLayout_->setContentsMargins(10, 8, 10, 8);
  bodyLayout_->setSpacing(6);
  header_ = new QLabel(body_);
  header_->setTextFormat(Qt::RichText);
  header_->setWordWrap(true);
  details_ = new QLabel(body_);
  details_->setTextFormat(Qt::RichText);
  details_->setWordWrap(true);
  details_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  bodyLayout_->addWidget(header_);
  bodyLayout_->addWidget(details_);

  if (empty_) {
    header_->setText(tr("<i>Select a node in the graph</i>"));
    details_->setText(tr("Its op, attributes, inputs and outputs, source line, and the values it computed on the last run show here."));
  } else {
    QString head = QStringLiteral("<b style='font-size:large'>%1</b> &nbsp;<span>%2</span>")
                       .arg(content_.title.toHtmlEscaped(), content_.kind.toHtmlEscaped());
    if (content_.firstNonFinite)
      head += QStringLiteral("<br><b style='color:#dc2626'>%1</b>").arg(tr("First node that produced NaN/Inf").toHtmlEscaped());
    header_->setText(head);
    QString d;
    auto row = [&](const QString& name, const QString& value) {
      if (!value.isEmpty()) d += QStringLiteral("<tr><td valign='top'><b>%1</b>&nbsp;</td><td>%2</td></tr>").arg(name.toHtmlEscaped(), value);
    };
    auto list = [](const QStringList& items) {
      QStringList escaped;
      for (const QString& s : items) escaped << s.toHtmlEscaped();
      return escaped.join(QStringLiteral("<br>"));
    };
    row(tr("Attributes"), content_.attributes.toHtmlEscaped());
    row(tr("Inputs"), list(content_.inputs));
    row(tr("Outputs"), list(content_.outputs));
    row(tr("Source"), content_.location.toHtmlEscaped());
    row(tr("Scope"), content_.scope.join(QStringLiteral(" › ")).toHtmlEscaped());
    row(tr("Passes"), content_.passes.toHtmlEscaped());
    details_->setText(QStringLiteral("<table>%1</table>").arg(d));

    if (!content_.values.empty() || !content_.valuesNote.isEmpty()) {
      auto* title = new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Values on the last run").toHtmlEscaped()), body_);
      bodyLayout_->addWidget(title);
    }
    if (!content_.valuesNote.isEmpty()) {
      auto* note = new QLabel(content_.valuesNote, body_);
      note->setWordWrap(true);
      note->setObjectName(QStringLiteral("valuesNote"));
      bodyLayout_->addWidget(note);
    }
    for (const TensorValues& t : content_.values) bodyLayout_->addWidget(tensorWidget(t));
  }
  bodyLayout_->addStretch(1);
  scroll_->setWidget(body_);  // deletes the previous body
}

QWidget* InspectorView::tensorWidget(const TensorValues& t) {
  auto* box = new QWidget(body_);
  auto* layout = new QVBoxLayout(box);
  layout->setContentsMargins(0, 4, 0, 4);
  layout->setSpacing(3);
  layout->addWidget(new QLabel(QStringLiteral("%1 — <code>%2</code>").arg(t.name.toHtmlEscaped(), t.type.toHtmlEscaped()), box));
  if (!t.available) {
    layout->addWidget(new QLabel(tr("(not available)"), box));
    return box;
  }
  const TensorStats s = tensorStats(t.values);
  const auto [bad, badText] = problemColors(palette());
  if (static_cast<int64_t>(t.values.size()) <= kTableLimit) {
    // Rows: every index but the last; columns: the last dimension.
    const int64_t cols = t.shape.empty() ? 1 : std::max<int64_t>(1, t.shape.back());
    const int64_t rows = t.values.empty() ? 0 : static_cast<int64_t>(t.values.size()) / cols;
    auto* table = new QTableWidget(static_cast<int>(rows), static_cast<int>(cols), box);
    table->setObjectName(QStringLiteral("valuesTable"));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setDefaultSectionSize(64);
    table->verticalHeader()->setDefaultSectionSize(20);
    QStringList rowNames;
    for (int64_t r = 0; r < rows; ++r) {
      // The row's index over the leading dimensions, e.g. [1, 0].
      QStringList index;
      int64_t rest = r;
      for (size_t k = t.shape.size() >= 1 ? t.shape.size() - 1 : 0; k-- > 0;) {
        index.prepend(QString::number(rest % t.shape[k]));
        rest /= t.shape[k];
      }
      rowNames << (index.isEmpty() ? QString() : QStringLiteral("[%1]").arg(index.join(QStringLiteral(", "))));
      for (int64_t c = 0; c < cols; ++c) {
        const double v = t.values[static_cast<size_t>(r * cols + c)];
        auto* item = new QTableWidgetItem(number(v, t.integral));
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (!std::isfinite(v)) {
          item->setBackground(bad);
          item->setForeground(badText);
          QFont f = item->font();
          f.setBold(true);
          item->setFont(f);
        }
        table->setItem(static_cast<int>(r), static_cast<int>(c), item);
      }
    }
    table->setVerticalHeaderLabels(rowNames);
    table->resizeColumnsToContents();  // whole numbers, not "0.…" in a narrow dock
    table->setMinimumHeight(std::min<int>(220, 26 + 20 * static_cast<int>(rows)));
    table->setMaximumHeight(26 + 20 * static_cast<int>(std::max<int64_t>(rows, 1)) + 4);
    layout->addWidget(table);
    tables_.append(table);
  }
  QString summary = tr("min %1 · max %2 · mean %3 · std %4")
                        .arg(number(s.min, false), number(s.max, false), number(s.mean, false), number(s.std, false));
  if (s.hasNonFinite())
    summary += QStringLiteral("<br><b style='color:#dc2626'>%1</b>")
                   .arg(tr("NaN: %1 · +Inf: %2 · −Inf: %3").arg(s.nan).arg(s.posInf).arg(s.negInf).toHtmlEscaped());
  else
    summary += QStringLiteral("<br>") + tr("no NaN or Inf");
  auto* stats = new QLabel(summary, box);
  stats->setObjectName(QStringLiteral("valuesStats"));
  stats->setWordWrap(true);
  layout->addWidget(stats);
  stats_.append(stats);
  if (static_cast<int64_t>(t.values.size()) > kTableLimit) {
    auto* histogram = new HistogramWidget(box);
    histogram->setData(s.histogram, s.min, s.max);
    layout->addWidget(histogram);
    histograms_.append(histogram);
  }
  return box;
}

}  // namespace pt::views
