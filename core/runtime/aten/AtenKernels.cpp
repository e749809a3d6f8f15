// One kernel per op of ops.def, on ATen CPU. Each implements the IR's convention (ops.def,
// TypeRules.cpp), not any one framework's: e.g. sign keeps NaN and clip is min(max(x, lo), hi).
#include "runtime/aten/AtenKernels.h"

// Per-op headers rather than ATen/ATen.h, which alone costs several seconds per compile.
#include <ATen/core/Tensor.h>
#include <ATen/ops/abs.h>
#include <ATen/ops/acos.h>
#include <ATen/ops/acosh.h>
#include <ATen/ops/add.h>
#include <ATen/ops/all.h>
#include <ATen/ops/amax.h>
#include <ATen/ops/amin.h>
#include <ATen/ops/any.h>
#include <ATen/ops/arange.h>
#include <ATen/ops/argmax.h>
#include <ATen/ops/argmin.h>
#include <ATen/ops/asin.h>
#include <ATen/ops/asinh.h>
#include <ATen/ops/atan.h>
#include <ATen/ops/atan2.h>
#include <ATen/ops/atanh.h>
#include <ATen/ops/bitwise_and.h>
#include <ATen/ops/bitwise_not.h>
#include <ATen/ops/bitwise_or.h>
#include <ATen/ops/bitwise_xor.h>
#include <ATen/ops/cat.h>
#include <ATen/ops/ceil.h>
#include <ATen/ops/cos.h>
#include <ATen/ops/cosh.h>
#include <ATen/ops/cumprod.h>
#include <ATen/ops/cumsum.h>
#include <ATen/ops/div.h>
#include <ATen/ops/empty.h>
#include <ATen/ops/eq.h>
#include <ATen/ops/erf.h>
#include <ATen/ops/exp.h>
#include <ATen/ops/expm1.h>
#include <ATen/ops/flip.h>
#include <ATen/ops/floor.h>
#include <ATen/ops/fmod.h>
#include <ATen/ops/ge.h>
#include <ATen/ops/gt.h>
#include <ATen/ops/index_select.h>
#include <ATen/ops/isnan.h>
#include <ATen/ops/le.h>
#include <ATen/ops/linspace.h>
#include <ATen/ops/log.h>
#include <ATen/ops/log10.h>
#include <ATen/ops/log1p.h>
#include <ATen/ops/log2.h>
#include <ATen/ops/log_softmax.h>
#include <ATen/ops/logical_and.h>
#include <ATen/ops/logical_not.h>
#include <ATen/ops/logical_or.h>
#include <ATen/ops/lt.h>
#include <ATen/ops/matmul.h>
#include <ATen/ops/maximum.h>
#include <ATen/ops/mean.h>
#include <ATen/ops/minimum.h>
#include <ATen/ops/mul.h>
#include <ATen/ops/ne.h>
#include <ATen/ops/neg.h>
#include <ATen/ops/pow.h>
#include <ATen/ops/prod.h>
#include <ATen/ops/rand.h>
#include <ATen/ops/randn.h>
#include <ATen/ops/reciprocal.h>
#include <ATen/ops/relu.h>
#include <ATen/ops/remainder.h>
#include <ATen/ops/round.h>
#include <ATen/ops/rsqrt.h>
#include <ATen/ops/sigmoid.h>
#include <ATen/ops/sign.h>
#include <ATen/ops/sin.h>
#include <ATen/ops/sinh.h>
#include <ATen/ops/softmax.h>
#include <ATen/ops/sqrt.h>
#include <ATen/ops/stack.h>
#include <ATen/ops/std.h>
#include <ATen/ops/sub.h>
#include <ATen/ops/sum.h>
#include <ATen/ops/tan.h>
#include <ATen/ops/tanh.h>
#include <ATen/ops/var.h>
#include <ATen/ops/where.h>

#include <algorithm>
#include <cstring>
#include <numeric>
#include <string>

#include "ir/TypeRules.h"
#include "runtime/Backend.h"
#include "runtime/HostValues.h"

namespace pt::runtime::aten {

namespace {

using ir::Attrs;

constexpr std::array<at::ScalarType, ir::kDTypeCount> kScalarTypes = {{
    at::kBool, at::kByte, at::kChar, at::kShort, at::kInt, at::kLong, at::kHalf, at::kBFloat16, at::kFloat, at::kDouble,
}};

[[noreturn]] void fail(const std::string& message) { throw RuntimeError{message}; }

ir::DType dtypeAttr(const Attrs& a) {
  auto d = ir::attrDType(a, "dtype");
  if (!d) fail("missing dtype attribute");
  return *d;
}

int64_t normalizedAxis(int64_t axis, int64_t rank) {
  const int64_t given = axis;
  if (!ir::normalizeAxis(axis, static_cast<int>(rank))) fail("axis " + std::to_string(given) + " out of range");
  return axis;
}
int64_t axisAttr(const Attrs& a, const char* key, int64_t rank) { return normalizedAxis(ir::attrInt(a, key), rank); }

// Sorted, distinct, non-negative `axes`; empty means every axis.
std::vector<int64_t> reducedAxes(const Attrs& a, int64_t rank) {
  std::vector<int64_t> axes = ir::attrInts(a, "axes");
  if (axes.empty()) {
    axes.resize(static_cast<size_t>(rank));
    std::iota(axes.begin(), axes.end(), 0);
    return axes;
  }
  for (auto& ax : axes) ax = normalizedAxis(ax, rank);
  std::sort(axes.begin(), axes.end());
  axes.erase(std::unique(axes.begin(), axes.end()), axes.end());
  return axes;
}

// For reductions ATen offers over one dim only: move the reduced axes last, merge them into one,
// reduce that, and restore the kept (or size-1) dims.
template <class Reduce>
at::Tensor reduceMerged(const at::Tensor& x, const std::vector<int64_t>& axes, bool keepdims, Reduce reduce) {
  const int64_t rank = x.dim();
  std::vector<bool> reduced(static_cast<size_t>(rank), false);
  for (int64_t ax : axes) reduced[static_cast<size_t>(ax)] = true;
  std::vector<int64_t> perm, merged, out;
  int64_t count = 1;
  for (int64_t d = 0; d < rank; ++d) {
    if (reduced[static_cast<size_t>(d)]) {
      count *= x.size(d);
      if (keepdims) out.push_back(1);
    } else {
      perm.push_back(d);
      merged.push_back(x.size(d));
      out.push_back(x.size(d));
    }
  }
  perm.insert(perm.end(), axes.begin(), axes.end());
  merged.push_back(count);
  at::Tensor flat = x.permute(perm).reshape(merged);
  return reduce(flat, static_cast<int64_t>(merged.size()) - 1).reshape(out);
}

at::Tensor asBool(const at::Tensor& x) { return x.scalar_type() == at::kBool ? x : x.ne(0); }

// Host-side rounding for creation ops, so that constants match numpy's direct double → f16/bf16.
at::Tensor tensorFromHost(std::vector<std::byte> bytes, const std::vector<int64_t>& shape, ir::DType dtype) {
  at::Tensor t = at::empty(shape, at::TensorOptions().dtype(toScalarType(dtype)));
  if (!bytes.empty()) std::memcpy(t.data_ptr(), bytes.data(), bytes.size());
  return t;
}

Tensors one(at::Tensor t) { return {std::move(t)}; }

// ---- creation ---------------------------------------------------------------------------------

Tensors kernel_Constant(const Attrs& a, const Tensors&) {
  const ir::DType dtype = dtypeAttr(a);
  const std::vector<int64_t> shape = ir::attrInts(a, "shape");
  const int64_t numel = ir::TensorType{dtype, shape}.numel();
  auto it = a.find("value");
  if (it == a.end()) fail("constant needs a value");
  std::vector<std::byte> bytes;
  size_t count = 0;
  if (auto* ints = std::get_if<std::vector<int64_t>>(&it->second)) {
    bytes = encodeInts(*ints, dtype);
    count = ints->size();
  } else if (auto* floats = std::get_if<std::vector<double>>(&it->second)) {
    bytes = encodeDoubles(*floats, dtype);
    count = floats->size();
  } else {
    fail("constant: value must be a list of ints or floats");
  }
  if (static_cast<int64_t>(count) != numel)
    fail("constant: " + std::to_string(count) + " values for shape " + ir::typeText({dtype, shape}));
  return one(tensorFromHost(std::move(bytes), shape, dtype));
}

Tensors kernel_Full(const Attrs& a, const Tensors&) {
  const ir::DType dtype = dtypeAttr(a);
  auto it = a.find("value");
  if (it == a.end()) fail("full needs a value");
  std::vector<std::byte> bytes;
  if (auto* i = std::get_if<int64_t>(&it->second)) bytes = encodeInts({*i}, dtype);
  else if (auto* d = std::get_if<double>(&it->second)) bytes = encodeDoubles({*d}, dtype);
  else if (auto* b = std::get_if<bool>(&it->second)) bytes = encodeInts({*b ? 1 : 0}, dtype);
  else fail("full: value must be a number or a bool");
  return one(tensorFromHost(std::move(bytes), {}, dtype).expand(ir::attrInts(a, "shape")));
}

Tensors kernel_FullLike(const Attrs& a, const Tensors& in) {
  Attrs full = a;
  if (!ir::attrDType(a, "dtype")) full["dtype"] = *fromScalarType(in[0].scalar_type());
  full["shape"] = in[0].sizes().vec();
  return kernel_Full(full, {});
}

Tensors kernel_Arange(const Attrs& a, const Tensors&) {
  const ir::DType dtype = dtypeAttr(a);
  auto isInt = [&](const char* key) {
    auto it = a.find(key);
    return it == a.end() || std::holds_alternative<int64_t>(it->second);
  };
  // Integer bounds stay exact beyond 2^53; otherwise values are start + i*step in double, as
  // torch computes them, then converted.
  if (ir::isInteger(dtype) && isInt("start") && isInt("stop") && isInt("step"))
    return one(at::arange(ir::attrInt(a, "start"), ir::attrInt(a, "stop"), ir::attrInt(a, "step", 1), at::kLong)
                   .to(toScalarType(dtype)));
  return one(at::arange(ir::attrFloat(a, "start"), ir::attrFloat(a, "stop"), ir::attrFloat(a, "step", 1.0), at::kDouble)
                 .to(toScalarType(dtype)));
}

// torch.linspace's own values: ATen splits the range at its halfway point and counts from both ends.
Tensors kernel_Linspace(const Attrs& a, const Tensors&) {
  return one(at::linspace(ir::attrFloat(a, "start"), ir::attrFloat(a, "stop"), ir::attrInt(a, "num"),
                          at::TensorOptions().dtype(toScalarType(dtypeAttr(a)))));
}

Tensors kernel_RandUniform(const Attrs& a, const Tensors&) {
  return one(at::rand(ir::attrInts(a, "shape"), at::TensorOptions().dtype(toScalarType(dtypeAttr(a)))));
}
Tensors kernel_RandNormal(const Attrs& a, const Tensors&) {
  return one(at::randn(ir::attrInts(a, "shape"), at::TensorOptions().dtype(toScalarType(dtypeAttr(a)))));
}

// ---- elementwise ------------------------------------------------------------------------------

#define PT_UNARY(id, expr) \
  Tensors kernel_##id(const Attrs&, const Tensors& in) { const at::Tensor& x = in[0]; return one(expr); }
#define PT_BINARY(id, expr) \
  Tensors kernel_##id(const Attrs&, const Tensors& in) { const at::Tensor &x = in[0], &y = in[1]; return one(expr); }

PT_UNARY(Neg, at::neg(x))
PT_UNARY(Abs, at::abs(x))
// ATen's sign maps NaN to 0; numpy, jax and tf keep NaN.
PT_UNARY(Sign, x.is_floating_point() ? at::where(at::isnan(x), x, at::sign(x)) : at::sign(x))
PT_UNARY(Exp, at::exp(x))
PT_UNARY(Log, at::log(x))
PT_UNARY(Log1p, at::log1p(x))
PT_UNARY(Expm1, at::expm1(x))
PT_UNARY(Sqrt, at::sqrt(x))
PT_UNARY(Rsqrt, at::rsqrt(x))
// x * x rather than at::square, which turns bool into int64.
PT_UNARY(Square, at::mul(x, x))
PT_UNARY(Reciprocal, at::reciprocal(x))
PT_UNARY(Sin, at::sin(x))
PT_UNARY(Cos, at::cos(x))
PT_UNARY(Tan, at::tan(x))
PT_UNARY(Tanh, at::tanh(x))
PT_UNARY(Sigmoid, at::sigmoid(x))
PT_UNARY(Relu, at::relu(x))
PT_UNARY(Erf, at::erf(x))
PT_UNARY(Asin, at::asin(x))
PT_UNARY(Acos, at::acos(x))
PT_UNARY(Atan, at::atan(x))
PT_UNARY(Sinh, at::sinh(x))
PT_UNARY(Cosh, at::cosh(x))
PT_UNARY(Asinh, at::asinh(x))
PT_UNARY(Acosh, at::acosh(x))
PT_UNARY(Atanh, at::atanh(x))
PT_UNARY(Log2, at::log2(x))
PT_UNARY(Log10, at::log10(x))
PT_UNARY(Floor, at::floor(x))
PT_UNARY(Ceil, at::ceil(x))
PT_UNARY(Round, at::round(x))  // half to even
PT_UNARY(IsNan, at::isnan(x))
PT_UNARY(LogicalNot, at::logical_not(x))
PT_UNARY(BitwiseNot, at::bitwise_not(x))

Tensors kernel_Cast(const Attrs& a, const Tensors& in) { return one(in[0].to(toScalarType(dtypeAttr(a)))); }

PT_BINARY(Add, at::add(x, y))
PT_BINARY(Sub, at::sub(x, y))
PT_BINARY(Mul, at::mul(x, y))
PT_BINARY(Div, at::div(x, y))
PT_BINARY(FloorDiv, at::div(x, y, "floor"))
PT_BINARY(Remainder, at::remainder(x, y))  // sign of the divisor
PT_BINARY(Fmod, at::fmod(x, y))  // sign of the dividend
PT_BINARY(Pow, at::pow(x, y))
PT_BINARY(Maximum, at::maximum(x, y))  // NaN propagates
PT_BINARY(Minimum, at::minimum(x, y))
PT_BINARY(Atan2, at::atan2(x, y))
PT_BINARY(Eq, at::eq(x, y))
PT_BINARY(Ne, at::ne(x, y))
PT_BINARY(Lt, at::lt(x, y))
PT_BINARY(Le, at::le(x, y))
PT_BINARY(Gt, at::gt(x, y))
PT_BINARY(Ge, at::ge(x, y))
PT_BINARY(LogicalAnd, at::logical_and(x, y))
PT_BINARY(LogicalOr, at::logical_or(x, y))
PT_BINARY(BitwiseAnd, at::bitwise_and(x, y))
PT_BINARY(BitwiseOr, at::bitwise_or(x, y))
PT_BINARY(BitwiseXor, at::bitwise_xor(x, y))

#undef PT_UNARY
#undef PT_BINARY

Tensors kernel_Where(const Attrs&, const Tensors& in) { return one(at::where(in[0], in[1], in[2])); }
// min(max(x, lo), hi): lo > hi gives hi, and NaN in any operand propagates (numpy's clip).
Tensors kernel_Clip(const Attrs&, const Tensors& in) { return one(at::minimum(at::maximum(in[0], in[1]), in[2])); }

// ---- reductions -------------------------------------------------------------------------------

Tensors kernel_Sum(const Attrs& a, const Tensors& in) {
  const at::Tensor& x = in[0];
  return one(at::sum(x, reducedAxes(a, x.dim()), ir::attrBool(a, "keepdims"), x.scalar_type()));
}
Tensors kernel_Prod(const Attrs& a, const Tensors& in) {
  const at::Tensor& x = in[0];
  return one(reduceMerged(x, reducedAxes(a, x.dim()), ir::attrBool(a, "keepdims"),
                          [](const at::Tensor& t, int64_t d) { return at::prod(t, d, false, t.scalar_type()); }));
}
Tensors kernel_Mean(const Attrs& a, const Tensors& in) {
  const at::Tensor& x = in[0];
  return one(at::mean(x, reducedAxes(a, x.dim()), ir::attrBool(a, "keepdims")));
}

// Optional-typed on purpose: a plain int64 would pick ATen's (dim, bool unbiased, keepdim) overload.
c10::optional<int64_t> correctionAttr(const Attrs& a) {
  auto it = a.find("correction");
  if (it == a.end() || !std::holds_alternative<int64_t>(it->second)) fail("missing integer correction attribute");
  return std::get<int64_t>(it->second);
}
Tensors kernel_Std(const Attrs& a, const Tensors& in) {
  const at::Tensor& x = in[0];
  return one(at::std(x, reducedAxes(a, x.dim()), correctionAttr(a), ir::attrBool(a, "keepdims")));
}
Tensors kernel_Var(const Attrs& a, const Tensors& in) {
  const at::Tensor& x = in[0];
  return one(at::var(x, reducedAxes(a, x.dim()), correctionAttr(a), ir::attrBool(a, "keepdims")));
}
Tensors kernel_ReduceMax(const Attrs& a, const Tensors& in) {
  const at::Tensor& x = in[0];
  return one(at::amax(x, reducedAxes(a, x.dim()), ir::attrBool(a, "keepdims")));
}
Tensors kernel_ReduceMin(const Attrs& a, const Tensors& in) {
  const at::Tensor& x = in[0];
  return one(at::amin(x, reducedAxes(a, x.dim()), ir::attrBool(a, "keepdims")));
}

// ATen returns the first index on ties and treats NaN as the extreme, as numpy does.
template <at::Tensor (*Arg)(const at::Tensor&, c10::optional<int64_t>, bool)>
Tensors argReduce(const Attrs& a, const Tensors& in) {
  const at::Tensor& x = in[0];
  if (ir::attrIsNone(a, "axis")) return one(Arg(x, c10::nullopt, false));
  return one(Arg(x, axisAttr(a, "axis", x.dim()), ir::attrBool(a, "keepdims")));
}
Tensors kernel_ArgMax(const Attrs& a, const Tensors& in) { return argReduce<&at::argmax>(a, in); }
Tensors kernel_ArgMin(const Attrs& a, const Tensors& in) { return argReduce<&at::argmin>(a, in); }

Tensors kernel_All(const Attrs& a, const Tensors& in) {
  const at::Tensor x = asBool(in[0]);
  return one(reduceMerged(x, reducedAxes(a, x.dim()), ir::attrBool(a, "keepdims"),
                          [](const at::Tensor& t, int64_t d) { return at::all(t, d, false); }));
}
Tensors kernel_Any(const Attrs& a, const Tensors& in) {
  const at::Tensor x = asBool(in[0]);
  return one(reduceMerged(x, reducedAxes(a, x.dim()), ir::attrBool(a, "keepdims"),
                          [](const at::Tensor& t, int64_t d) { return at::any(t, d, false); }));
}

Tensors kernel_CumSum(const Attrs& a, const Tensors& in) {
  const at::Tensor& x = in[0];
  if (ir::attrIsNone(a, "axis")) return one(at::cumsum(x.reshape({-1}), 0, x.scalar_type()));
  return one(at::cumsum(x, axisAttr(a, "axis", x.dim()), x.scalar_type()));
}
Tensors kernel_CumProd(const Attrs& a, const Tensors& in) {
  const at::Tensor& x = in[0];
  if (ir::attrIsNone(a, "axis")) return one(at::cumprod(x.reshape({-1}), 0, x.scalar_type()));
  return one(at::cumprod(x, axisAttr(a, "axis", x.dim()), x.scalar_type()));
}

// ---- shape and data movement ------------------------------------------------------------------

Tensors kernel_Reshape(const Attrs& a, const Tensors& in) { return one(in[0].reshape(ir::attrInts(a, "shape"))); }
Tensors kernel_Transpose(const Attrs& a, const Tensors& in) { return one(in[0].permute(ir::attrInts(a, "perm"))); }
Tensors kernel_Expand(const Attrs& a, const Tensors& in) { return one(in[0].expand(ir::attrInts(a, "shape"))); }

// Only size-1 dims among `axes` go (empty = every size-1 dim); others stay, as torch does.
Tensors kernel_Squeeze(const Attrs& a, const Tensors& in) {
  const at::Tensor& x = in[0];
  const std::vector<int64_t> axes = ir::attrInts(a, "axes");
  std::vector<bool> listed(static_cast<size_t>(x.dim()), axes.empty());
  for (int64_t ax : axes) listed[static_cast<size_t>(normalizedAxis(ax, x.dim()))] = true;
  std::vector<int64_t> shape;
  for (int64_t d = 0; d < x.dim(); ++d)
    if (!(listed[static_cast<size_t>(d)] && x.size(d) == 1)) shape.push_back(x.size(d));
  return one(x.reshape(shape));
}
Tensors kernel_Unsqueeze(const Attrs& a, const Tensors& in) {
  return one(in[0].unsqueeze(axisAttr(a, "axis", in[0].dim() + 1)));
}
Tensors kernel_Concat(const Attrs& a, const Tensors& in) { return one(at::cat(in, axisAttr(a, "axis", in[0].dim()))); }
Tensors kernel_Stack(const Attrs& a, const Tensors& in) {
  return one(at::stack(in, axisAttr(a, "axis", in[0].dim() + 1)));
}

// Python slice bounds: negative values count from the end, then clamp to [0, size].
Tensors kernel_Slice(const Attrs& a, const Tensors& in) {
  const auto axes = ir::attrInts(a, "axes"), starts = ir::attrInts(a, "starts"), stops = ir::attrInts(a, "stops"),
             steps = ir::attrInts(a, "steps");
  if (starts.size() != axes.size() || stops.size() != axes.size() || steps.size() != axes.size())
    fail("slice: axes, starts, stops and steps must have equal length");
  at::Tensor x = in[0];
  for (size_t i = 0; i < axes.size(); ++i) {
    const int64_t axis = normalizedAxis(axes[i], x.dim());
    if (steps[i] <= 0) fail("slice: step must be positive");
    const int64_t n = x.size(axis);
    auto bound = [n](int64_t v) { return std::clamp(v < 0 ? v + n : v, int64_t{0}, n); };
    const int64_t begin = bound(starts[i]);
    x = x.slice(axis, begin, std::max(begin, bound(stops[i])), steps[i]);
  }
  return one(x);
}

// np.take: x[:axis] + idx.shape + x[axis+1:], negative indices count from the end.
Tensors kernel_Take(const Attrs& a, const Tensors& in) {
  const at::Tensor& x = in[0];
  const int64_t axis = axisAttr(a, "axis", x.dim());
  const int64_t n = x.size(axis);
  at::Tensor idx = in[1].to(at::kLong).reshape({-1});
  idx = at::where(idx.lt(0), idx.add(n), idx);
  std::vector<int64_t> shape(x.sizes().begin(), x.sizes().begin() + axis);
  shape.insert(shape.end(), in[1].sizes().begin(), in[1].sizes().end());
  shape.insert(shape.end(), x.sizes().begin() + axis + 1, x.sizes().end());
  return one(at::index_select(x, axis, idx).reshape(shape));
}

// Empty `axes` flips every axis, like the reductions' convention and np.flip(axis=None).
Tensors kernel_Flip(const Attrs& a, const Tensors& in) { return one(at::flip(in[0], reducedAxes(a, in[0].dim()))); }
Tensors kernel_MatMul(const Attrs&, const Tensors& in) { return one(at::matmul(in[0], in[1])); }
Tensors kernel_Softmax(const Attrs& a, const Tensors& in) {
  return one(at::softmax(in[0], axisAttr(a, "axis", in[0].dim())));
}
Tensors kernel_LogSoftmax(const Attrs& a, const Tensors& in) {
  return one(at::log_softmax(in[0], axisAttr(a, "axis", in[0].dim())));
}

constexpr std::array<Kernel, ir::kOpCount> kKernels = {{
#define OP(id, name, inputs, outputs, rule, traits) &kernel_##id,
#include "ir/ops.def"
#undef OP
}};

}  // namespace

const std::array<Kernel, ir::kOpCount>& kernelTable() { return kKernels; }

at::ScalarType toScalarType(ir::DType dtype) { return kScalarTypes[static_cast<size_t>(dtype)]; }

std::optional<ir::DType> fromScalarType(at::ScalarType type) {
  for (size_t i = 0; i < kScalarTypes.size(); ++i)
    if (kScalarTypes[i] == type) return static_cast<ir::DType>(i);
  return std::nullopt;
}

}  // namespace pt::runtime::aten
