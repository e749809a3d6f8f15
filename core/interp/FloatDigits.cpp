#include "interp/FloatDigits.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace pt::interp {

namespace {

using ir::DType;

// Binary layout of the floating types: significand bits (with the hidden bit) and the exponent of
// the smallest normal number.
struct FloatFormat {
  int precisionBits;
  int minExponent;
};

FloatFormat floatFormat(DType dtype) {
  switch (dtype) {
    case DType::Float16: return {11, -14};
    case DType::BFloat16: return {8, -126};
    case DType::Float32: return {24, -126};
    default: return {53, -1022};
  }
}

// Unsigned big integer, little-endian 32-bit words, no leading zero words. Only what the digit
// generator needs; sizes stay below ~1200 bits (float64 subnormals times 10^340).
class BigUInt {
 public:
  BigUInt() = default;
  explicit BigUInt(uint64_t v) {
    while (v != 0) {
      words_.push_back(static_cast<uint32_t>(v));
      v >>= 32;
    }
  }
  static BigUInt pow2(int n) {
    BigUInt b(1);
    b.shiftLeft(n);
    return b;
  }

  void shiftLeft(int n) {
    if (words_.empty() || n == 0) return;
    const size_t wordShift = static_cast<size_t>(n / 32);
    const int bitShift = n % 32;
    std::vector<uint32_t> out(words_.size() + wordShift + 1, 0);
    for (size_t i = 0; i < words_.size(); ++i) {
      const uint64_t v = static_cast<uint64_t>(words_[i]) << bitShift;
      out[i + wordShift] |= static_cast<uint32_t>(v);
      out[i + wordShift + 1] |= static_cast<uint32_t>(v >> 32);
    }
    words_.swap(out);
    trim();
  }
  void multiply(uint32_t m) {
    uint64_t carry = 0;
    for (uint32_t& w : words_) {
      const uint64_t v = static_cast<uint64_t>(w) * m + carry;
      w = static_cast<uint32_t>(v);
      carry = v >> 32;
    }
    if (carry != 0) words_.push_back(static_cast<uint32_t>(carry));
    trim();
  }
  void multiplyPow10(int n) {
    for (; n >= 9; n -= 9) multiply(1000000000u);
    for (; n > 0; --n) multiply(10);
  }
  void add(const BigUInt& o) {
    if (o.words_.size() > words_.size()) words_.resize(o.words_.size(), 0);
    uint64_t carry = 0;
    for (size_t i = 0; i < words_.size(); ++i) {
      const uint64_t v = static_cast<uint64_t>(words_[i]) + (i < o.words_.size() ? o.words_[i] : 0) + carry;
      words_[i] = static_cast<uint32_t>(v);
      carry = v >> 32;
    }
    if (carry != 0) words_.push_back(static_cast<uint32_t>(carry));
  }
  // *this -= o; requires *this >= o.
  void subtract(const BigUInt& o) {
    int64_t borrow = 0;
    for (size_t i = 0; i < words_.size(); ++i) {
      int64_t v = static_cast<int64_t>(words_[i]) - (i < o.words_.size() ? o.words_[i] : 0) - borrow;
      borrow = v < 0 ? 1 : 0;
      if (v < 0) v += int64_t{1} << 32;
      words_[i] = static_cast<uint32_t>(v);
    }
    trim();
  }
  friend int compare(const BigUInt& a, const BigUInt& b) {
    if (a.words_.size() != b.words_.size()) return a.words_.size() < b.words_.size() ? -1 : 1;
    for (size_t i = a.words_.size(); i-- > 0;)
      if (a.words_[i] != b.words_[i]) return a.words_[i] < b.words_[i] ? -1 : 1;
    return 0;
  }

 private:
  void trim() {
    while (!words_.empty() && words_.back() == 0) words_.pop_back();
  }
  std::vector<uint32_t> words_;
};

// value = mantissa * 2^exponent, as Dragon4 sees it.
struct Decomposed {
  bool negative = false;
  uint64_t mantissa = 0;
  int exponent = 0;
  int mantissaBit = 0;             // index of the highest set bit of the mantissa
  bool hasUnequalMargins = false;  // a power of two: the gap below is half the gap above
};

Decomposed decompose(double value, DType dtype) {
  const FloatFormat fmt = floatFormat(dtype);
  Decomposed d;
  d.negative = std::signbit(value);
  const double a = std::fabs(roundToFloatType(value, dtype));
  if (a == 0) return d;
  const int e = std::ilogb(a);
  if (e >= fmt.minExponent) {
    d.mantissa = static_cast<uint64_t>(std::ldexp(a, fmt.precisionBits - 1 - e));
    d.exponent = e - (fmt.precisionBits - 1);
    d.mantissaBit = fmt.precisionBits - 1;
    // The smallest normal's lower neighbour is a subnormal at the same spacing: equal margins.
    d.hasUnequalMargins = e != fmt.minExponent && d.mantissa == (uint64_t{1} << (fmt.precisionBits - 1));
  } else {
    d.mantissa = static_cast<uint64_t>(std::ldexp(a, fmt.precisionBits - 1 - fmt.minExponent));
    d.exponent = fmt.minExponent - (fmt.precisionBits - 1);
    d.mantissaBit = 63 - __builtin_clzll(d.mantissa);
    d.hasUnequalMargins = false;
  }
  return d;
}

enum class CutoffMode { TotalLength, FractionLength };

struct Digits {
  std::string digits;  // significant digits, the first one at 10^exponent
  int exponent = 0;
};

// Burger & Dybvig free-format digit generation with numpy's extensions: a maximum cutoff (digits
// are rounded on the exact value there), a minimum cutoff (keep generating past uniqueness), and
// IEEE unbiased (round-half-even) boundary handling. Unique mode only: numpy's repr never uses the
// exact mode under the default 'maxprec' float mode.
Digits dragon4(const Decomposed& v, CutoffMode mode, int cutoffMax, int cutoffMin) {
  if (v.mantissa == 0) return {"0", 0};
  // Scaled so that value = scaledValue / scale and the margins (half the gaps to the neighbours)
  // are integers too.
  BigUInt scaledValue(v.mantissa), scale, marginLow, marginHigh;
  if (v.hasUnequalMargins) {
    if (v.exponent > 0) {
      scaledValue.shiftLeft(v.exponent + 2);
      scale = BigUInt(4);
      marginLow = BigUInt::pow2(v.exponent);
      marginHigh = BigUInt::pow2(v.exponent + 1);
    } else {
      scaledValue.shiftLeft(2);
      scale = BigUInt::pow2(-v.exponent + 2);
      marginLow = BigUInt(1);
      marginHigh = BigUInt(2);
    }
  } else {
    if (v.exponent > 0) {
      scaledValue.shiftLeft(v.exponent + 1);
      scale = BigUInt(2);
      marginLow = BigUInt::pow2(v.exponent);
    } else {
      scaledValue.shiftLeft(1);
      scale = BigUInt::pow2(-v.exponent + 1);
      marginLow = BigUInt(1);
    }
    marginHigh = marginLow;
  }
  auto timesTen = [&] {
    scaledValue.multiply(10);
    marginLow.multiply(10);
    marginHigh.multiply(10);
  };

  // numpy's estimate of floor(log10(v)) + 1 (correct or one too small), computed with the same
  // double arithmetic because the fractional-cutoff clamp below depends on the estimate itself.
  int digitExponent = static_cast<int>(
      std::ceil(static_cast<double>(v.mantissaBit + v.exponent) * 0.30102999566398119521373889472449 - 0.69));
  // Values below the fractional cutoff start at the cutoff digit and round there.
  if (cutoffMax >= 0 && mode == CutoffMode::FractionLength && digitExponent <= -cutoffMax)
    digitExponent = -cutoffMax + 1;
  if (digitExponent > 0) {
    scale.multiplyPow10(digitExponent);
  } else if (digitExponent < 0) {
    scaledValue.multiplyPow10(-digitExponent);
    marginLow.multiplyPow10(-digitExponent);
    marginHigh.multiplyPow10(-digitExponent);
  }
  if (compare(scaledValue, scale) >= 0)
    ++digitExponent;
  else
    timesTen();

  constexpr int kBufferSize = 16384;  // numpy's repr buffer: bounds digits when nothing else does
  int cutoffMaxExponent = digitExponent - kBufferSize;
  if (cutoffMax >= 0) {
    const int desired = mode == CutoffMode::TotalLength ? digitExponent - cutoffMax : -cutoffMax;
    cutoffMaxExponent = std::max(cutoffMaxExponent, desired);
  }
  int cutoffMinExponent = digitExponent;
  if (cutoffMin >= 0) {
    const int desired = mode == CutoffMode::TotalLength ? digitExponent - cutoffMin : -cutoffMin;
    cutoffMinExponent = std::min(cutoffMinExponent, desired);
  }

  Digits out;
  out.exponent = digitExponent - 1;
  const bool isEven = v.mantissa % 2 == 0;  // round-half-even parsing makes the boundaries inclusive
  bool low = false, high = false;
  int digit = 0;
  for (;;) {
    --digitExponent;
    digit = 0;
    while (compare(scaledValue, scale) >= 0) {
      scaledValue.subtract(scale);
      ++digit;
    }
    BigUInt valueHigh = scaledValue;
    valueHigh.add(marginHigh);
    const int cmpLow = compare(scaledValue, marginLow);
    low = isEven ? cmpLow <= 0 : cmpLow < 0;
    const int cmpHigh = compare(valueHigh, scale);
    high = isEven ? cmpHigh >= 0 : cmpHigh > 0;
    if (((low || high) && digitExponent <= cutoffMinExponent) || digitExponent == cutoffMaxExponent) break;
    out.digits += static_cast<char>('0' + digit);
    timesTen();
  }

  // Only one direction stays within the rounding interval: take it. Otherwise round to nearest,
  // ties to the even digit.
  bool roundDown = low;
  if (low == high) {
    scaledValue.shiftLeft(1);
    const int c = compare(scaledValue, scale);
    roundDown = c < 0 || (c == 0 && digit % 2 == 0);
  }
  if (roundDown) {
    out.digits += static_cast<char>('0' + digit);
  } else if (digit == 9) {
    while (!out.digits.empty() && out.digits.back() == '9') out.digits.pop_back();
    if (out.digits.empty()) {
      out.digits = "1";
      ++out.exponent;
    } else {
      ++out.digits.back();
    }
  } else {
    out.digits += static_cast<char>('0' + digit + 1);
  }
  return out;
}

std::string nonFinite(double value) {
  if (std::isnan(value)) return "nan";
  return value < 0 ? "-inf" : "inf";
}

void stripTrailingZeros(std::string& frac) {
  while (!frac.empty() && frac.back() == '0') frac.pop_back();
}

}  // namespace

double roundToFloatType(double value, DType dtype) {
  if (dtype == DType::Float64 || !std::isfinite(value) || value == 0) return value;
  if (dtype == DType::Float32) return static_cast<double>(static_cast<float>(value));
  const FloatFormat fmt = floatFormat(dtype);
  const double a = std::fabs(value);
  // Halfway between the largest finite value and the next power of two rounds (to even) up to inf.
  const int maxExponent = dtype == DType::Float16 ? 15 : 127;
  const double overflow = std::ldexp(2.0 - std::ldexp(1.0, -fmt.precisionBits), maxExponent);
  if (a >= overflow) return std::copysign(std::numeric_limits<double>::infinity(), value);
  const int e = std::max(std::ilogb(a), fmt.minExponent);
  const int shift = fmt.precisionBits - 1 - e;
  // Scaling by a power of two is exact; nearbyint rounds half to even in the default mode.
  return std::copysign(std::ldexp(std::nearbyint(std::ldexp(a, shift)), -shift), value);
}

std::string dragon4Positional(double value, DType dtype, int precision, int minDigits, FloatTrim trim, int padLeft,
                              int padRight) {
  if (!std::isfinite(value)) return nonFinite(value);
  const Decomposed d = decompose(value, dtype);
  const Digits dg = dragon4(d, CutoffMode::FractionLength, precision, minDigits);

  std::string whole, frac;
  if (dg.exponent >= 0) {
    const size_t wholeDigits = static_cast<size_t>(dg.exponent) + 1;
    if (dg.digits.size() <= wholeDigits) {
      whole = dg.digits + std::string(wholeDigits - dg.digits.size(), '0');
    } else {
      whole = dg.digits.substr(0, wholeDigits);
      frac = dg.digits.substr(wholeDigits);
    }
  } else {
    whole = "0";
    frac = std::string(static_cast<size_t>(-(dg.exponent + 1)), '0') + dg.digits;
  }
  bool point = !frac.empty() || trim != FloatTrim::DptZeros;
  const size_t wantFrac = static_cast<size_t>(std::max(minDigits, 0));
  if (trim == FloatTrim::LeaveOneZero) {
    if (frac.empty()) frac = "0";
  } else if (trim == FloatTrim::Keep && wantFrac > frac.size()) {
    frac.append(wantFrac - frac.size(), '0');
  }
  // Rounding can leave trailing zeros even in unique mode.
  if (trim != FloatTrim::Keep && !frac.empty()) {
    stripTrailingZeros(frac);
    if (frac.empty()) {
      if (trim == FloatTrim::LeaveOneZero) frac = "0";
      if (trim == FloatTrim::DptZeros) point = false;
    }
  }

  std::string out = d.negative ? "-" : "";
  out += whole;
  if (point) out += '.';
  out += frac;
  if (padRight >= static_cast<int>(frac.size())) {
    // A trimmed decimal point still takes its column.
    if (trim == FloatTrim::DptZeros && frac.empty()) out += ' ';
    out.append(static_cast<size_t>(padRight) - frac.size(), ' ');
  }
  const int leftChars = static_cast<int>(whole.size()) + (d.negative ? 1 : 0);
  if (padLeft > leftChars) out.insert(0, static_cast<size_t>(padLeft - leftChars), ' ');
  return out;
}

std::string dragon4Scientific(double value, DType dtype, int precision, int minDigits, FloatTrim trim, int padLeft,
                              int expDigits) {
  if (!std::isfinite(value)) return nonFinite(value);
  const Decomposed d = decompose(value, dtype);
  const Digits dg = dragon4(d, CutoffMode::TotalLength, precision < 0 ? -1 : precision + 1,
                            minDigits < 0 ? -1 : minDigits + 1);

  std::string out;
  const int leftChars = 1 + (d.negative ? 1 : 0);
  if (padLeft > leftChars) out.append(static_cast<size_t>(padLeft - leftChars), ' ');
  if (d.negative) out += '-';
  out += dg.digits[0];
  std::string frac = dg.digits.substr(1);
  const bool point = !frac.empty() || trim != FloatTrim::DptZeros;
  const size_t wantFrac = static_cast<size_t>(std::max(minDigits, 0));
  if (trim == FloatTrim::LeaveOneZero) {
    if (frac.empty()) frac = "0";
  } else if (trim == FloatTrim::Keep && wantFrac > frac.size()) {
    frac.append(wantFrac - frac.size(), '0');
  }
  // Unlike the positional layout, numpy keeps a bare '.' here even in the '-' trim mode.
  if (trim != FloatTrim::Keep && !frac.empty()) {
    stripTrailingZeros(frac);
    if (frac.empty() && trim == FloatTrim::LeaveOneZero) frac = "0";
  }
  if (point) out += '.';
  out += frac;

  int e = dg.exponent;
  out += 'e';
  out += e < 0 ? '-' : '+';
  e = std::abs(e);
  std::string expText = std::to_string(e);
  const int minWidth = expDigits < 0 ? 2 : std::min(expDigits, 5);
  if (static_cast<int>(expText.size()) < minWidth) expText.insert(0, static_cast<size_t>(minWidth) - expText.size(), '0');
  out += expText;
  return out;
}

}  // namespace pt::interp
