#pragma once
// Summary of a tensor's values for the inspector: finite min / max / mean / standard deviation,
// NaN and ±Inf counts, and a histogram of the finite values.
#include <cstdint>
#include <vector>

namespace pt::views {

struct TensorStats {
  int64_t count = 0;
  int64_t nan = 0, posInf = 0, negInf = 0;
  int64_t finite = 0;
  double min = 0, max = 0, mean = 0, std = 0;  // over the finite values (population std)
  std::vector<int64_t> histogram;              // equal-width bins over [min, max]
  bool hasNonFinite() const { return nan || posInf || negInf; }
};

TensorStats tensorStats(const std::vector<double>& values, int bins = 24);

}  // namespace pt::views
