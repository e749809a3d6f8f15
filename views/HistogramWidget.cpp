#include "views/HistogramWidget.h"

#include <QPainter>

#include <algorithm>

namespace pt::views {

HistogramWidget::HistogramWidget(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("histogram"));
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
  setFixedHeight(90);
}

void HistogramWidget::setData(std::vector<int64_t> bins, double min, double max) {
  bins_ = std::move(bins);
  min_ = min;
  max_ = max;
  update();
}

void HistogramWidget::paintEvent(QPaintEvent*) {
  QPainter p(this);
  const QPalette& pal = palette();
  const QFontMetrics fm(font());
  const QRectF area = QRectF(rect()).adjusted(2, 2, -2, -fm.height() - 4);
  p.fillRect(area, pal.color(QPalette::Base));
  if (bins_.empty()) return;
  const int64_t top = std::max<int64_t>(1, *std::max_element(bins_.begin(), bins_.end()));
  const double w = area.width() / static_cast<double>(bins_.size());
  p.setPen(Qt::NoPen);
  p.setBrush(pal.color(QPalette::Highlight));
  for (size_t i = 0; i < bins_.size(); ++i) {
    if (!bins_[i]) continue;
    const double h = std::max(1.0, area.height() * static_cast<double>(bins_[i]) / static_cast<double>(top));
    p.drawRect(QRectF(area.left() + w * static_cast<double>(i) + 0.5, area.bottom() - h, std::max(1.0, w - 1), h));
  }
  p.setPen(pal.color(QPalette::Text));
  const QRectF labels(area.left(), area.bottom() + 2, area.width(), fm.height());
  p.drawText(labels, Qt::AlignLeft | Qt::AlignVCenter, QString::number(min_, 'g', 5));
  p.drawText(labels, Qt::AlignRight | Qt::AlignVCenter, QString::number(max_, 'g', 5));
}

}  // namespace pt::views
