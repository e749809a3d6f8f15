#pragma once
// numpy's legacy RandomState (MT19937), reproduced bit for bit: np.random.seed, rand, uniform,
// randn/standard_normal, normal, randint. Pure C++: no backend needed.
#include <cstdint>
#include <random>
#include <vector>

namespace pt::runtime {

class NumpyRandomState {
 public:
  NumpyRandomState();  // numpy seeds from OS entropy; we seed from a fixed value for reproducibility (documented)
  void seed(uint32_t s);
  double randomDouble();                       // [0, 1) with 53 random bits, numpy's random_sample
  double gauss();                              // legacy polar method with the cached second value
  std::vector<double> uniform(double low, double high, int64_t count);
  std::vector<double> standardNormal(int64_t count);
  std::vector<double> normal(double loc, double scale, int64_t count);     // loc + scale * gauss(), numpy's order
  std::vector<int64_t> randint(int64_t low, int64_t high, int64_t count);  // [low, high), int64 path

 private:
  uint32_t next32();
  uint64_t boundedUint64(uint64_t rangeInclusive);
  std::mt19937 mt_;
  bool hasGauss_ = false;
  double gaussCache_ = 0.0;
};

NumpyRandomState& globalNumpyRandom();

}  // namespace pt::runtime
