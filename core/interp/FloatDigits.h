#pragma once
// Decimal digits of binary floating-point values as numpy's Dragon4 printer produces them
// (numpy/core/src/multiarray/dragon4.c, numpy 1.24): shortest digits that round-trip *in the
// value's own type* (float16/bfloat16/float32/float64), optionally cut off after a number of
// digits and rounded on the exact binary value, then laid out positionally or scientifically with
// numpy's trim and padding rules. Exact arithmetic (big integers): no libc printf involved.
#include <cstdint>
#include <string>

#include "ir/DType.h"

namespace pt::interp {

// numpy's `trim` argument of format_float_positional/format_float_scientific.
enum class FloatTrim {
  Keep,          // 'k': keep trailing zeros and the decimal point
  Zeros,         // '.': trim trailing zeros, keep the decimal point
  LeaveOneZero,  // '0': trim trailing zeros but leave one after the point ("1.0")
  DptZeros,      // '-': trim trailing zeros and the decimal point
};

// The value as stored in `dtype` (round to nearest even, overflow to inf). Floating dtypes only;
// also how numpy rounds the result of float16/float32 arithmetic.
double roundToFloatType(double value, ir::DType dtype);

// numpy.format_float_positional(x, unique=True, fractional=True, ...): `precision` caps the digits
// after the point (-1: none), `minDigits` forces at least that many (-1: none); `padLeft`/`padRight`
// pad with spaces to that many characters left/right of the point (-1: none). Never prints '+'.
// Non-finite values give "nan"/"inf"/"-inf".
std::string dragon4Positional(double value, ir::DType dtype, int precision, int minDigits, FloatTrim trim,
                              int padLeft = -1, int padRight = -1);

// numpy.format_float_scientific(x, unique=True, ...): `precision`/`minDigits` count digits after the
// first one; `expDigits` is the minimum exponent width (-1: 2).
std::string dragon4Scientific(double value, ir::DType dtype, int precision, int minDigits, FloatTrim trim,
                              int padLeft = -1, int expDigits = -1);

}  // namespace pt::interp
