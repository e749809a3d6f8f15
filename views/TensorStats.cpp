#include "views/TensorStats.h"

#include <algorithm>
#include <cmath>

namespace pt::views {

TensorStats tensorStats(const std::vector<double>& values, int bins) {
  TensorStats s;
  s.count = static_cast<int64_t>(values.size());
  double sum = 0;
  bool first = true;
  for (double v : values) {
    if (std::isnan(v)) {
      ++s.nan;
    } else if (std::isinf(v)) {
      ++(v > 0 ? s.posInf : s.negInf);
    } else {
      ++s.finite;
      sum += v;
      s.min = first ? v : std::min(s.min, v);
      s.max = first ? v : std::max(s.max, v);
      first = false;
    }
  }
  s.histogram.assign(static_cast<size_t>(std::max(1, bins)), 0);
  if (!s.finite) return s;
  s.mean = sum / static_cast<double>(s.finite);
  double squares = 0;  // a second pass: numerically kinder than sum of squares
  for (double v : values)
    if (std::isfinite(v)) squares += (v - s.mean) * (v - s.mean);
  s.std = std::sqrt(squares / static_cast<double>(s.finite));
  const double width = s.max - s.min;
  for (double v : values) {
    if (!std::isfinite(v)) continue;
    size_t bin = width > 0 ? static_cast<size_t>((v - s.min) / width * static_cast<double>(s.histogram.size())) : 0;
    bin = std::min(bin, s.histogram.size() - 1);
    ++s.histogram[bin];
  }
  return s;
}

}  // namespace pt::views
