#pragma once
// Python source fragments for generated code.
#include <cstdint>
#include <string>
#include <vector>

#include "ir/DType.h"

namespace pt::codegen {

std::string pyTuple(const std::vector<int64_t>& xs);   // "(1, 2)", "(1,)", "()"
std::string pyList(const std::vector<int64_t>& xs);    // "[1, 2]"
std::string pyAxes(const std::vector<int64_t>& axes);  // empty → "None", one → "1", more → "(0, 2)"
std::string pyBool(bool b);                            // "True" / "False"
std::string pyNumber(double v, ir::DType d);           // "2", "2.5", "True", "float('nan')", "float('inf')"
// A nested Python list literal for row-major values of the given shape ("[[1.0, 2.0], [3.0, 4.0]]").
std::string pyNestedList(const std::vector<double>& values, const std::vector<int64_t>& shape, ir::DType d);
// True when `expr` needs no parentheses as an operand of a binary operator.
bool isAtomic(const std::string& expr);
std::string paren(const std::string& expr);           // wraps unless atomic
std::string join(const std::vector<std::string>& parts, const std::string& sep);

}  // namespace pt::codegen
