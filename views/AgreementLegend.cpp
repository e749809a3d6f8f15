#include "views/AgreementLegend.h"

#include <QEvent>
#include <QPainter>

#include <algorithm>

#include "views/CompileMarks.h"
#include "views/GraphStyle.h"

namespace pt::views {

namespace {
constexpr int kBar = 150, kBarHeight = 9, kGap = 14, kSwatch = 12, kSwatchText = 5;
}

AgreementLegend::AgreementLegend(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("agreementLegend"));
  QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Minimum);  // not Fixed: that caps it at one row
  policy.setHeightForWidth(true);
  setSizePolicy(policy);
}

AgreementLegend::Texts AgreementLegend::texts() const {
  return {tr("equal"), tr("tolerance"), tr("1000× tolerance"), tr("no counterpart"), tr("first divergence")};
}

// Wide enough that the centred "tolerance" clears the labels at both ends.
int AgreementLegend::barWidth(const QFontMetrics& fm, const Texts& t) {
  const int ends = std::max(fm.horizontalAdvance(t.equal), fm.horizontalAdvance(t.far));
  return std::max(kBar, 2 * ends + fm.horizontalAdvance(t.tolerance) + 2 * kGap);
}

int AgreementLegend::swatchesWidth(const QFontMetrics& fm, const Texts& t) {
  return 2 * (kSwatch + kSwatchText) + fm.horizontalAdvance(t.unpaired) + kGap + fm.horizontalAdvance(t.first);
}

int AgreementLegend::rowHeight() const { return kBarHeight + QFontMetrics(font()).height() + 6; }

bool AgreementLegend::oneRow(int width) const {
  const QFontMetrics fm(font());
  const Texts t = texts();
  return barWidth(fm, t) + kGap + swatchesWidth(fm, t) <= width;
}

QSize AgreementLegend::sizeHint() const {
  const QFontMetrics fm(font());
  const Texts t = texts();
  return {barWidth(fm, t) + kGap + swatchesWidth(fm, t) + 2, rowHeight()};
}

// Narrower than one row: the swatches go under the bar.
QSize AgreementLegend::minimumSizeHint() const {
  const QFontMetrics fm(font());
  const Texts t = texts();
  return {std::max(barWidth(fm, t), swatchesWidth(fm, t)) + 2, rowHeight()};
}

int AgreementLegend::heightForWidth(int width) const { return oneRow(width) ? rowHeight() : 2 * rowHeight() - 4; }

void AgreementLegend::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.setRenderHint(QPainter::Antialiasing);
  const GraphStyle style = GraphStyle::forPalette(palette(), font());
  const QFontMetrics fm(font());
  const Texts t = texts();
  const QColor textColor = palette().color(QPalette::PlaceholderText);
  const int bar = barWidth(fm, t);
  const QRect barRect(1, 2, bar, kBarHeight);
  // The scale in steps as fine as the pixels: the hue jumps at the tolerance, as the marks do.
  for (int x = 0; x < bar; ++x) p.fillRect(QRect(barRect.left() + x, barRect.top(), 1, kBarHeight), style.agreement(double(x) / (bar - 1)));
  p.setPen(palette().color(QPalette::WindowText));
  const int mid = barRect.left() + bar / 2;
  p.drawLine(mid, barRect.top() - 2, mid, barRect.bottom() + 2);
  const int baseline = barRect.bottom() + 3 + fm.ascent();
  p.setPen(textColor);
  p.drawText(barRect.left(), baseline, t.equal);
  p.drawText(mid - fm.horizontalAdvance(t.tolerance) / 2, baseline, t.tolerance);
  p.drawText(barRect.right() - fm.horizontalAdvance(t.far), baseline, t.far);

  const bool row = oneRow(width());
  int x = row ? barRect.right() + kGap : 1;
  const int top = row ? barRect.top() + 3 : rowHeight() + 1;
  const int textBaseline = top + kSwatch / 2 + fm.ascent() / 2 - 1;
  p.setPen(Qt::NoPen);
  p.setBrush(CompileMarks::kindColor(NodeMark::Kind::Unpaired, style.isDark));
  p.drawRoundedRect(QRectF(x, top, kSwatch, kSwatch), 3, 3);
  p.setPen(textColor);
  p.drawText(x + kSwatch + kSwatchText, textBaseline, t.unpaired);
  x += kSwatch + kSwatchText + fm.horizontalAdvance(t.unpaired) + kGap;
  // The first divergence's ring: the red end of the scale with its halo, as on the graph.
  const QColor red = style.agreement(1);
  QColor halo = red;
  halo.setAlphaF(0.3f);
  const QRectF ring(x + 1, top + 1, kSwatch - 2, kSwatch - 2);
  p.setBrush(Qt::NoBrush);
  p.setPen(QPen(halo, 5));
  p.drawRoundedRect(ring, 3, 3);
  p.setPen(QPen(red, 2));
  p.drawRoundedRect(ring, 3, 3);
  p.setPen(textColor);
  p.drawText(x + kSwatch + kSwatchText, textBaseline, t.first);
}

void AgreementLegend::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
    updateGeometry();
    update();
  }
  QWidget::changeEvent(event);
}

}  // namespace pt::views
