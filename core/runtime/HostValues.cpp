#include "runtime/HostValues.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <limits>
#include <string>

#include "base/FloatRepr.h"
#include "runtime/Backend.h"

namespace pt::runtime {

namespace {

// IEEE binary formats narrower than double: exponent and explicit mantissa widths.
struct SmallFloat {
  int exponentBits;
  int mantissaBits;
  int bias() const { return (1 << (exponentBits - 1)) - 1; }
  uint16_t exponentMask() const { return static_cast<uint16_t>(((1u << exponentBits) - 1) << mantissaBits); }
};
constexpr SmallFloat kHalf{5, 10};
constexpr SmallFloat kBFloat16{8, 7};

uint16_t encodeSmallFloat(double value, SmallFloat f) {
  const uint16_t sign = std::signbit(value) ? static_cast<uint16_t>(1u << (f.exponentBits + f.mantissaBits)) : 0;
  const double a = std::fabs(value);
  if (std::isnan(a)) return static_cast<uint16_t>(sign | f.exponentMask() | (1u << (f.mantissaBits - 1)));
  if (std::isinf(a)) return static_cast<uint16_t>(sign | f.exponentMask());
  if (a == 0) return sign;
  int e2 = 0;
  std::frexp(a, &e2);  // a = m * 2^e2 with m in [0.5, 1)
  const int minExponent = 1 - f.bias();
  int exponent = std::max(e2 - 1, minExponent);  // subnormals share the smallest normal's ulp
  // Scaling by a power of two is exact, so rounding the quotient rounds the value once.
  auto units = static_cast<int64_t>(std::nearbyint(std::ldexp(a, f.mantissaBits - exponent)));
  const int64_t implicitOne = int64_t{1} << f.mantissaBits;
  if (units >= 2 * implicitOne) {
    units /= 2;
    ++exponent;
  }
  if (exponent > f.bias()) return static_cast<uint16_t>(sign | f.exponentMask());
  if (units < implicitOne) return static_cast<uint16_t>(sign | units);  // subnormal
  const auto biased = static_cast<uint16_t>(exponent + f.bias());
  return static_cast<uint16_t>(sign | (biased << f.mantissaBits) | (units - implicitOne));
}

double decodeSmallFloat(uint16_t bits, SmallFloat f) {
  const bool negative = (bits >> (f.exponentBits + f.mantissaBits)) & 1u;
  const int biased = (bits & f.exponentMask()) >> f.mantissaBits;
  const int mantissa = bits & ((1 << f.mantissaBits) - 1);
  double magnitude;
  if (biased == (1 << f.exponentBits) - 1)
    magnitude = mantissa ? std::numeric_limits<double>::quiet_NaN() : std::numeric_limits<double>::infinity();
  else if (biased == 0)
    magnitude = std::ldexp(mantissa, 1 - f.bias() - f.mantissaBits);
  else
    magnitude = std::ldexp(mantissa + (1 << f.mantissaBits), biased - f.bias() - f.mantissaBits);
  return negative ? -magnitude : magnitude;
}

int64_t checkedTrunc(double v) {
  // Both limits are exact doubles; NaN fails either comparison.
  constexpr double kLimit = 9223372036854775808.0;
  if (!(v >= -kLimit && v < kLimit)) throw RuntimeError{"cannot convert float " + pyFloatRepr(v) + " to an integer"};
  return static_cast<int64_t>(std::trunc(v));
}

template <class T>
void store(std::byte* out, T value) {
  std::memcpy(out, &value, sizeof(T));
}
template <class T>
T load(const std::byte* in) {
  T value;
  std::memcpy(&value, in, sizeof(T));
  return value;
}

struct Codec {
  void (*fromDouble)(double, std::byte*);
  void (*fromInt)(int64_t, std::byte*);
  double (*toDouble)(const std::byte*);
  int64_t (*toInt)(const std::byte*);
};

// Integers: doubles truncate (checked), int64 wraps modulo 2^bits as numpy's astype does.
template <class T>
constexpr Codec integerCodec() {
  return {[](double v, std::byte* o) { store<T>(o, static_cast<T>(checkedTrunc(v))); },
          [](int64_t v, std::byte* o) { store<T>(o, static_cast<T>(v)); },
          [](const std::byte* i) { return static_cast<double>(load<T>(i)); },
          [](const std::byte* i) { return static_cast<int64_t>(load<T>(i)); }};
}

template <class T>
constexpr Codec floatCodec() {
  return {[](double v, std::byte* o) { store<T>(o, static_cast<T>(v)); },
          [](int64_t v, std::byte* o) { store<T>(o, static_cast<T>(v)); },
          [](const std::byte* i) { return static_cast<double>(load<T>(i)); },
          [](const std::byte* i) { return checkedTrunc(static_cast<double>(load<T>(i))); }};
}

template <const SmallFloat& F>
constexpr Codec smallFloatCodec() {
  return {[](double v, std::byte* o) { store<uint16_t>(o, encodeSmallFloat(v, F)); },
          [](int64_t v, std::byte* o) { store<uint16_t>(o, encodeSmallFloat(static_cast<double>(v), F)); },
          [](const std::byte* i) { return decodeSmallFloat(load<uint16_t>(i), F); },
          [](const std::byte* i) { return checkedTrunc(decodeSmallFloat(load<uint16_t>(i), F)); }};
}

constexpr Codec kBoolCodec = {[](double v, std::byte* o) { store<uint8_t>(o, v != 0 ? 1 : 0); },
                              [](int64_t v, std::byte* o) { store<uint8_t>(o, v != 0 ? 1 : 0); },
                              [](const std::byte* i) { return load<uint8_t>(i) ? 1.0 : 0.0; },
                              [](const std::byte* i) { return int64_t{load<uint8_t>(i) ? 1 : 0}; }};

// Indexed by ir::DType.
constexpr std::array<Codec, ir::kDTypeCount> kCodecs = {{
    kBoolCodec,
    integerCodec<uint8_t>(),
    integerCodec<int8_t>(),
    integerCodec<int16_t>(),
    integerCodec<int32_t>(),
    integerCodec<int64_t>(),
    smallFloatCodec<kHalf>(),
    smallFloatCodec<kBFloat16>(),
    floatCodec<float>(),
    floatCodec<double>(),
}};

const Codec& codec(ir::DType d) { return kCodecs[static_cast<size_t>(d)]; }

template <class V>
std::vector<std::byte> encode(const std::vector<V>& values, ir::DType dtype, void (*const Codec::*member)(V, std::byte*)) {
  const size_t size = ir::dtypeSize(dtype);
  std::vector<std::byte> out(values.size() * size);
  auto put = codec(dtype).*member;
  for (size_t i = 0; i < values.size(); ++i) put(values[i], out.data() + i * size);
  return out;
}

template <class V>
std::vector<V> decode(const void* data, size_t count, ir::DType dtype, V (*const Codec::*member)(const std::byte*)) {
  const size_t size = ir::dtypeSize(dtype);
  const auto* in = static_cast<const std::byte*>(data);
  std::vector<V> out(count);
  auto get = codec(dtype).*member;
  for (size_t i = 0; i < count; ++i) out[i] = get(in + i * size);
  return out;
}

}  // namespace

uint16_t halfBitsFromDouble(double value) { return encodeSmallFloat(value, kHalf); }
double halfBitsToDouble(uint16_t bits) { return decodeSmallFloat(bits, kHalf); }
uint16_t bfloat16BitsFromDouble(double value) { return encodeSmallFloat(value, kBFloat16); }
double bfloat16BitsToDouble(uint16_t bits) { return decodeSmallFloat(bits, kBFloat16); }

std::vector<std::byte> encodeDoubles(const std::vector<double>& values, ir::DType dtype) {
  return encode(values, dtype, &Codec::fromDouble);
}
std::vector<std::byte> encodeInts(const std::vector<int64_t>& values, ir::DType dtype) {
  return encode(values, dtype, &Codec::fromInt);
}
std::vector<double> decodeDoubles(const void* data, size_t count, ir::DType dtype) {
  return decode(data, count, dtype, &Codec::toDouble);
}
std::vector<int64_t> decodeInts(const void* data, size_t count, ir::DType dtype) {
  return decode(data, count, dtype, &Codec::toInt);
}

}  // namespace pt::runtime
