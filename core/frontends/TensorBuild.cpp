#include "frontends/TensorBuild.h"

#include "frontends/Lowerings.h"

namespace pt::frontends::build {

using ir::OpKind;

ir::TensorType typeOf(Builder& b, Operand x, const std::string& why) {
  auto t = b.typeOf(x);
  if (!t) throwUnsupported("type-unknown", why + " needs the tensor's shape, which is unknown here");
  return *t;
}

namespace {
// Nested Python-like data (the form Builder::fromData takes) from flat values.
Arg nested(const std::vector<double>& values, const std::vector<int64_t>& shape, size_t dim, size_t& pos, bool ints) {
  if (dim == shape.size()) {
    double v = values[pos++];
    return ints ? Arg::integer(static_cast<int64_t>(v)) : Arg::real(v);
  }
  std::vector<Arg> items;
  for (int64_t i = 0; i < shape[dim]; ++i) items.push_back(nested(values, shape, dim + 1, pos, ints));
  return Arg::sequence(std::move(items), false);
}
}  // namespace

Operand constant(Builder& b, const std::vector<double>& values, const std::vector<int64_t>& shape, ir::DType dtype) {
  if (shape.empty()) return b.scalar(Arg::real(values.at(0)), dtype, false);
  size_t pos = 0;
  Operand c = b.fromData(nested(values, shape, 0, pos, !ir::isFloating(dtype)), dtype);
  return c;
}

Operand constantInts(Builder& b, const std::vector<int64_t>& values, const std::vector<int64_t>& shape, ir::DType dtype) {
  std::vector<double> d(values.begin(), values.end());
  if (shape.empty()) return b.scalar(Arg::integer(values.at(0)), dtype, false);
  size_t pos = 0;
  return b.fromData(nested(d, shape, 0, pos, true), dtype);
}

Operand scalar(Builder& b, double value, ir::DType dtype) {
  if (ir::isFloating(dtype)) return b.scalar(Arg::real(value), dtype, true);
  if (dtype == ir::DType::Bool) return b.scalar(Arg::boolean(value != 0), dtype, true);
  return b.scalar(Arg::integer(static_cast<int64_t>(value)), dtype, true);
}

Operand full(Builder& b, const std::vector<int64_t>& shape, double value, ir::DType dtype) {
  return b.apply1(OpKind::Full, {}, {{"shape", shape}, {"value", value}, {"dtype", dtype}});
}

Operand slice(Builder& b, Operand x, int64_t axis, int64_t start, int64_t stop, int64_t step) {
  return b.apply1(OpKind::Slice, {x},
                  {{"axes", std::vector<int64_t>{axis}}, {"starts", std::vector<int64_t>{start}},
                   {"stops", std::vector<int64_t>{stop}}, {"steps", std::vector<int64_t>{step}}});
}

Operand take(Builder& b, Operand x, Operand indices, int64_t axis) {
  return b.apply1(OpKind::Take, {x, indices}, {{"axis", axis}});
}

Operand reshape(Builder& b, Operand x, const std::vector<int64_t>& shape) {
  if (auto t = b.typeOf(x); t && t->shape == shape) return x;
  return b.apply1(OpKind::Reshape, {x}, {{"shape", shape}});
}

Operand expand(Builder& b, Operand x, const std::vector<int64_t>& shape) {
  if (auto t = b.typeOf(x); t && t->shape == shape) return x;
  return b.apply1(OpKind::Expand, {x}, {{"shape", shape}});
}

Operand concat(Builder& b, const std::vector<Operand>& xs, int64_t axis) {
  if (xs.size() == 1) return xs[0];
  return b.apply1(OpKind::Concat, xs, {{"axis", axis}});
}

Operand binary(Builder& b, OpKind op, Operand x, Operand y) { return b.apply1(op, {x, y}); }
Operand unary(Builder& b, OpKind op, Operand x) { return b.apply1(op, {x}); }

}  // namespace pt::frontends::build
