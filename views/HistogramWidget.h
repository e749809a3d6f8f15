#pragma once
// Bars of a histogram (TensorStats::histogram) with the range under them, palette colours.
#include <QWidget>

#include <cstdint>
#include <vector>

namespace pt::views {

class HistogramWidget : public QWidget {
  Q_OBJECT

 public:
  explicit HistogramWidget(QWidget* parent = nullptr);
  void setData(std::vector<int64_t> bins, double min, double max);
  const std::vector<int64_t>& bins() const { return bins_; }
  QSize sizeHint() const override { return {260, 90}; }
  QSize minimumSizeHint() const override { return {120, 60}; }

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  std::vector<int64_t> bins_;
  double min_ = 0, max_ = 0;
};

}  // namespace pt::views
