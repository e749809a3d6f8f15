#include "runtime/NumpyRandom.h"

#include <cmath>
#include <string>

#include "runtime/Backend.h"

// Mirrors numpy 1.24's legacy RandomState: mt19937.c (seeding, next_double), legacy-distributions.c
// (legacy_gauss, legacy_normal) and distributions.c (random_bounded_uint64_fill, masked path).

namespace pt::runtime {

namespace {
// numpy's default when never seeded is OS entropy; a fixed seed (std::mt19937's default) keeps
// Polytrace's runs reproducible.
constexpr uint32_t kDefaultSeed = 5489u;

// Smallest all-ones bit mask covering `max`.
uint64_t genMask(uint64_t max) {
  uint64_t mask = max;
  for (int shift = 1; shift <= 32; shift *= 2) mask |= mask >> shift;
  return mask;
}
}  // namespace

NumpyRandomState::NumpyRandomState() { seed(kDefaultSeed); }

void NumpyRandomState::seed(uint32_t s) {
  // numpy's init_genrand is std::mt19937's seeding; legacy seeding also drops the cached gauss.
  mt_.seed(s);
  hasGauss_ = false;
  gaussCache_ = 0.0;
}

uint32_t NumpyRandomState::next32() { return static_cast<uint32_t>(mt_()); }

double NumpyRandomState::randomDouble() {
  const uint32_t a = next32() >> 5, b = next32() >> 6;
  return (a * 67108864.0 + b) / 9007199254740992.0;
}

double NumpyRandomState::gauss() {
  if (hasGauss_) {
    hasGauss_ = false;
    const double cached = gaussCache_;
    gaussCache_ = 0.0;
    return cached;
  }
  double x1, x2, r2;
  do {
    x1 = 2.0 * randomDouble() - 1.0;
    x2 = 2.0 * randomDouble() - 1.0;
    r2 = x1 * x1 + x2 * x2;
  } while (r2 >= 1.0 || r2 == 0.0);
  const double f = std::sqrt(-2.0 * std::log(r2) / r2);
  gaussCache_ = f * x1;
  hasGauss_ = true;
  return f * x2;
}

std::vector<double> NumpyRandomState::uniform(double low, double high, int64_t count) {
  const double range = high - low;
  std::vector<double> out(static_cast<size_t>(count));
  for (auto& v : out) v = low + range * randomDouble();
  return out;
}

std::vector<double> NumpyRandomState::standardNormal(int64_t count) {
  std::vector<double> out(static_cast<size_t>(count));
  for (auto& v : out) v = gauss();
  return out;
}

std::vector<double> NumpyRandomState::normal(double loc, double scale, int64_t count) {
  std::vector<double> out(static_cast<size_t>(count));
  for (auto& v : out) v = loc + scale * gauss();
  return out;
}

// One value in [0, rangeInclusive]: masked rejection sampling, with 32-bit draws when the range
// fits in 32 bits (numpy's legacy randint path, use_masked=True).
uint64_t NumpyRandomState::boundedUint64(uint64_t rangeInclusive) {
  const uint64_t rng = rangeInclusive;
  if (rng == 0) return 0;
  if (rng <= 0xFFFFFFFFull) {
    if (rng == 0xFFFFFFFFull) return next32();
    const auto mask = static_cast<uint32_t>(genMask(rng));
    uint32_t v;
    while ((v = next32() & mask) > rng) {
    }
    return v;
  }
  auto next64 = [this] {
    const uint64_t high = next32();  // numpy's mt19937_next64 takes the high word first
    return high << 32 | next32();
  };
  if (rng == ~uint64_t{0}) return next64();
  const uint64_t mask = genMask(rng);
  uint64_t v;
  while ((v = next64() & mask) > rng) {
  }
  return v;
}

std::vector<int64_t> NumpyRandomState::randint(int64_t low, int64_t high, int64_t count) {
  if (low >= high) throw RuntimeError{"randint: low >= high (" + std::to_string(low) + " >= " + std::to_string(high) + ")"};
  // Two's-complement arithmetic modulo 2^64, exactly as numpy's off + value in uint64.
  const uint64_t off = static_cast<uint64_t>(low);
  const uint64_t rng = static_cast<uint64_t>(high) - 1 - off;
  std::vector<int64_t> out(static_cast<size_t>(count));
  for (auto& v : out) v = static_cast<int64_t>(off + boundedUint64(rng));
  return out;
}

NumpyRandomState& globalNumpyRandom() {
  static NumpyRandomState state;
  return state;
}

}  // namespace pt::runtime
