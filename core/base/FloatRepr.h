#pragma once
#include <string>

namespace pt {
// Python's repr(float): the shortest string that round-trips, laid out as CPython does
// (exponent form below 1e-4 or from 1e16, "1.0" not "1", "inf", "nan").
std::string pyFloatRepr(double value);
}
