#pragma once
// The diff view's key: GraphStyle::agreement's scale as a bar (equal, the tolerance, a thousand
// times it), the grey of an op without a counterpart, and the ring of the first divergence.
// Painted with the graph's own style, so it follows the theme as the marks do.
#include <QFontMetrics>
#include <QWidget>

namespace pt::views {

class AgreementLegend : public QWidget {
  Q_OBJECT

 public:
  explicit AgreementLegend(QWidget* parent = nullptr);
  QSize sizeHint() const override;         // one row
  QSize minimumSizeHint() const override;  // two rows: the swatches under the bar
  int heightForWidth(int width) const override;
  bool oneRow(int width) const;

 protected:
  void paintEvent(QPaintEvent* event) override;
  void changeEvent(QEvent* event) override;

 private:
  struct Texts {
    QString equal, tolerance, far, unpaired, first;
  };
  Texts texts() const;
  int rowHeight() const;
  static int barWidth(const QFontMetrics& fm, const Texts& t);
  static int swatchesWidth(const QFontMetrics& fm, const Texts& t);
};

}  // namespace pt::views
