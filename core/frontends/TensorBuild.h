#pragma once
// Small building blocks for lowerings that decompose a framework call into IR ops (F.pad,
// F.interpolate, F.grid_sample, einsum, indexing): constants, slices, gathers, with the shapes the
// Builder knows. They throw LoweringError("type-unknown") where a decomposition needs a shape the
// builder does not know (source-to-source without an observed trace).
#include <string>
#include <vector>

#include "frontends/Builder.h"
#include "ir/DType.h"

namespace pt::frontends::build {

ir::TensorType typeOf(Builder& b, Operand x, const std::string& why);  // throws type-unknown
// A constant tensor from flat values in C order.
Operand constant(Builder& b, const std::vector<double>& values, const std::vector<int64_t>& shape, ir::DType dtype);
Operand constantInts(Builder& b, const std::vector<int64_t>& values, const std::vector<int64_t>& shape,
                     ir::DType dtype = ir::DType::Int64);
// A Python scalar operand (printed as a literal by codegen).
Operand scalar(Builder& b, double value, ir::DType dtype);
Operand full(Builder& b, const std::vector<int64_t>& shape, double value, ir::DType dtype);
Operand slice(Builder& b, Operand x, int64_t axis, int64_t start, int64_t stop, int64_t step = 1);
Operand take(Builder& b, Operand x, Operand indices, int64_t axis);
Operand reshape(Builder& b, Operand x, const std::vector<int64_t>& shape);
Operand expand(Builder& b, Operand x, const std::vector<int64_t>& shape);
Operand concat(Builder& b, const std::vector<Operand>& xs, int64_t axis);
Operand binary(Builder& b, ir::OpKind op, Operand x, Operand y);
Operand unary(Builder& b, ir::OpKind op, Operand x);

}  // namespace pt::frontends::build
