#pragma once
// Conversions between host numbers (double / int64) and tensor element buffers of any dtype.
// Rounding follows numpy's astype: floats round to nearest even (f16 and bf16 directly from the
// double, never through float, so no double rounding), floats to integers truncate toward zero,
// integers to narrower integers wrap, anything to bool is "!= 0".
#include <cstddef>
#include <cstdint>
#include <vector>

#include "ir/DType.h"

namespace pt::runtime {

uint16_t halfBitsFromDouble(double value);
double halfBitsToDouble(uint16_t bits);
uint16_t bfloat16BitsFromDouble(double value);
double bfloat16BitsToDouble(uint16_t bits);

// Element buffers (row-major, dtypeSize(dtype) bytes per element).
std::vector<std::byte> encodeDoubles(const std::vector<double>& values, ir::DType dtype);
std::vector<std::byte> encodeInts(const std::vector<int64_t>& values, ir::DType dtype);
std::vector<double> decodeDoubles(const void* data, size_t count, ir::DType dtype);
// Throws RuntimeError for a NaN, an infinity or a float outside int64's range (Python's int() raises too).
std::vector<int64_t> decodeInts(const void* data, size_t count, ir::DType dtype);

}  // namespace pt::runtime
