#pragma once
// What the core benchmarks share (no Qt): a steady clock in milliseconds and the median of runs.
#include <algorithm>
#include <chrono>
#include <vector>

namespace pt::bench {

using Clock = std::chrono::steady_clock;

inline double msSince(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

inline double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

}  // namespace pt::bench
