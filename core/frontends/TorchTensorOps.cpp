// torch functions and Tensor methods beyond the basics of TorchApi.cpp: splitting and expanding,
// conversions (Tensor.to), creation (linspace, empty, meshgrid), integer bit operations, bincount,
// einsum, and indexing assignment (__setitem__).
#include <algorithm>
#include <cmath>

#include "frontends/Decompositions.h"
#include "frontends/Lowerings.h"
#include "frontends/Promotion.h"
#include "frontends/TensorBuild.h"
#include "frontends/TorchApiParts.h"
#include "ir/TypeRules.h"

namespace pt::frontends {

namespace {

using ir::DType;
using ir::Framework;
using ir::OpKind;

Operand self(Builder& b, const BoundArgs& args) {
  return asTensor(b, Framework::Torch, args.values.at(0).second, args.values.at(0).first);
}

int64_t normalizedDim(int64_t dim, int rank) {
  int64_t d = dim;
  if (d < -std::max(rank, 1) || d >= std::max(rank, 1))
    throw LoweringError{"IndexError", "Dimension out of range (expected to be in range of [" + std::to_string(-std::max(rank, 1)) +
                                          ", " + std::to_string(std::max(rank, 1) - 1) + "], but got " + std::to_string(dim) + ")", ""};
  return d < 0 ? d + rank : d;
}

std::vector<int64_t> sizesFromVarargs(const BoundArgs& args, const char* what) {
  const auto& v = args.varArgs();
  if (v.size() == 1 && v[0].kind == Arg::Kind::Sequence) return readInts(v[0], what);
  std::vector<int64_t> sizes;
  for (const Arg& a : v) sizes.push_back(readInt(a, what));
  return sizes;
}

// Tensor.expand(*sizes): -1 keeps a dim; new dims may be added in front.
Lowered lowerExpand(Builder& b, const BoundArgs& args, const ApiEntry&) {
  Operand x = self(b, args);
  ir::TensorType t = build::typeOf(b, x, "expand");
  std::vector<int64_t> sizes = sizesFromVarargs(args, "size");
  if (static_cast<int>(sizes.size()) < t.rank())
    throw LoweringError{"RuntimeError", "expand: the number of sizes provided (" + std::to_string(sizes.size()) +
                                            ") must be greater or equal to the number of dimensions in the tensor (" +
                                            std::to_string(t.rank()) + ")", ""};
  size_t lead = sizes.size() - static_cast<size_t>(t.rank());
  for (size_t i = 0; i < sizes.size(); ++i) {
    if (sizes[i] != -1) continue;
    if (i < lead) throw LoweringError{"RuntimeError", "expand: -1 is not allowed in a leading, non-existing dimension", ""};
    sizes[i] = t.shape[i - lead];
  }
  std::vector<int64_t> out;
  if (!ir::broadcastShapes(t.shape, sizes, out) || out != sizes)
    throw LoweringError{"RuntimeError", "The expanded size of the tensor must match the existing size at non-singleton dimensions", ""};
  return Lowered::one(build::expand(b, x, sizes));
}

Lowered lowerExpandAs(Builder& b, const BoundArgs& args, const ApiEntry&) {
  Operand x = self(b, args);
  Operand other = asTensor(b, Framework::Torch, args.get("other"), "other");
  return Lowered::one(build::expand(b, x, build::typeOf(b, other, "expand_as").shape));
}

// Tensor.to(dtype), .to(device), .to(device, dtype), .to(other), .to(dtype=...): only the dtype
// matters on the CPU; a device other than the CPU is reported.
Lowered lowerTo(Builder& b, const BoundArgs& args, const ApiEntry&) {
  Operand x = self(b, args);
  std::optional<DType> dtype = readDType(args.get("dtype"));
  auto device = [](const Arg& a) {
    if (a.kind == Arg::Kind::Str && a.text != "cpu" && a.text.rfind("cpu:", 0) != 0)
      throwUnsupported("unsupported-device", "Polytrace runs on the CPU; device '" + a.text + "' is not modelled");
  };
  device(args.get("device"));
  for (const Arg& a : args.varArgs()) {
    if (a.kind == Arg::Kind::DType) dtype = a.dtype;
    else if (a.isTensor()) dtype = build::typeOf(b, a.operand, "to(other)").dtype;
    else if (a.kind == Arg::Kind::Str) device(a);
    else if (!a.isNone()) throwTypeError("to() received an invalid combination of arguments: " + a.describe());
  }
  return Lowered::one(dtype ? castTo(b, x, *dtype) : x);
}

Lowered lowerIsFloatingPoint(Builder& b, const BoundArgs& args, const ApiEntry&) {
  return Lowered::value(Arg::boolean(ir::isFloating(build::typeOf(b, self(b, args), "is_floating_point").dtype)));
}

// torch.linspace's values come from ATen itself (the op's kernel): its halfway-split arithmetic
// differs from numpy's in the last bit, which matters once images are rounded to integers.
Lowered lowerLinspace(Builder& b, const BoundArgs& args, const ApiEntry&) {
  if (args.get("start").isTensor() || args.get("end").isTensor())
    throwUnsupported("unsupported-argument", "torch.linspace with tensor bounds");
  double start = readNumber(args.get("start"), "start"), end = readNumber(args.get("end"), "end");
  int64_t steps = readInt(args.get("steps"), "steps");
  if (steps < 0) throw LoweringError{"RuntimeError", "number of steps must be non-negative", ""};
  DType d = readDType(args.get("dtype")).value_or(DType::Float32);
  return Lowered::one(b.apply1(OpKind::Linspace, {}, {{"start", start}, {"stop", end}, {"num", steps}, {"dtype", d},
                                                      {"shape", std::vector<int64_t>{steps}}}));
}

// torch.empty: the contents are unspecified in torch; Polytrace's are zeros (code that reads
// them before writing has no defined result to match).
Lowered lowerEmpty(Builder& b, const BoundArgs& args, const ApiEntry&) {
  std::vector<int64_t> shape = sizesFromVarargs(args, "size");
  DType d = readDType(args.get("dtype")).value_or(DType::Float32);
  return Lowered::one(build::full(b, shape, 0.0, d));
}

// torch.meshgrid(*tensors, indexing): 'ij' (torch's default) or 'xy' (the first two dims swapped).
Lowered lowerMeshgrid(Builder& b, const BoundArgs& args, const ApiEntry&) {
  std::vector<Arg> items = args.varArgs();
  if (items.size() == 1 && items[0].kind == Arg::Kind::Sequence) items = items[0].items;
  std::string indexing = args.get("indexing").isNone() ? "ij" : args.get("indexing").text;
  if (indexing != "ij" && indexing != "xy")
    throwValueError("torch.meshgrid: indexing must be one of \"xy\" or \"ij\", but received: " + indexing);
  std::vector<Operand> xs;
  std::vector<int64_t> shape;
  for (const Arg& a : items) {
    xs.push_back(asTensor(b, Framework::Torch, a, "tensors"));
    shape.push_back(build::typeOf(b, xs.back(), "meshgrid").numel());
  }
  bool swap = indexing == "xy" && xs.size() >= 2;
  if (swap) std::swap(shape[0], shape[1]);
  Lowered l;
  l.tuple = true;
  for (size_t i = 0; i < xs.size(); ++i) {
    std::vector<int64_t> at(xs.size(), 1);
    size_t pos = swap && i < 2 ? 1 - i : i;
    at[pos] = shape[pos];
    l.tensors.push_back(build::expand(b, build::reshape(b, xs[i], at), shape));
  }
  return l;
}




// bincount(x, minlength): counts per value as a comparison with 0..n-1 summed over x. n is
// max(minlength, max(x) + 1): fixed for uint8 when minlength >= 256; otherwise read from the data.
Lowered lowerBincount(Builder& b, const BoundArgs& args, const ApiEntry&) {
  Operand x = self(b, args);
  ir::TensorType t = build::typeOf(b, x, "bincount");
  if (t.rank() != 1) throw LoweringError{"RuntimeError", "bincount only supports 1-d non-negative integral inputs.", ""};
  if (ir::isFloating(t.dtype) || t.dtype == DType::Bool)
    throw LoweringError{"RuntimeError", "bincount only supports 1-d non-negative integral inputs.", ""};
  if (!args.get("weights").isNone()) throwUnsupported("unsupported-argument", "bincount with weights");
  int64_t minlength = readInt(args.get("minlength"), "minlength");
  int64_t n = minlength;
  if (!(t.dtype == DType::UInt8 && minlength >= 256)) {
    auto values = b.valuesOf(x);
    if (!values) throwUnsupported("data-dependent-shape", "bincount's length depends on the data");
    for (double v : *values) n = std::max(n, static_cast<int64_t>(v) + 1);
  }
  std::vector<int64_t> bins(static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i) bins[static_cast<size_t>(i)] = i;
  Operand column = build::reshape(b, castTo(b, x, DType::Int64), {t.shape[0], 1});
  Operand hits = b.apply1(OpKind::Eq, {column, build::constantInts(b, bins, {n})});
  return Lowered::one(b.apply1(OpKind::Sum, {castTo(b, hits, DType::Int64)}, {{"axes", std::vector<int64_t>{0}}, {"keepdims", false}}));
}

// number / tensor: torch computes reciprocal(tensor) * number (Tensor.__rtruediv__), which rounds
// differently from a true division; integer tensors go to the default float first.
Lowered lowerTorchReflectedDivide(Builder& b, const BoundArgs& args, const ApiEntry&) {
  Operand x = self(b, args);
  const Arg& other = args.values.at(1).second;
  if (!other.isNumber()) {
    BoundArgs swapped = args;
    std::swap(swapped.values[0].second, swapped.values[1].second);
    ApiEntry div;
    div.framework = Framework::Torch;
    div.op = OpKind::Div;
    return lowerTrueDivide(b, swapped, div);
  }
  x = floatInput(b, Framework::Torch, x);
  Operand r = b.apply1(OpKind::Reciprocal, {x});
  auto [p, q] = promotePair(b, Framework::Torch, Arg::tensor(r), other);
  return Lowered::one(b.apply1(OpKind::Mul, {p, q}));
}

// Tensor.__setitem__, functionally: the updated tensor (see Indexing.cpp).
Lowered lowerTorchSetItem(Builder& b, const BoundArgs& args, const ApiEntry& e) { return lowerSetItem(b, args, e); }

}  // namespace

// torch.unbind(x, dim) / tf.unstack(value, axis): a tuple of the slices along dim, each without it.
Lowered lowerUnbind(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = asTensor(b, e.framework, args.values.at(0).second, args.values.at(0).first);
  ir::TensorType t = build::typeOf(b, x, "unbind");
  int64_t dim = normalizedDim(readInt(argByNames(args, {"dim", "axis"}), "dim"), t.rank());
  Lowered l;
  l.tuple = true;
  for (int64_t i = 0; i < t.shape[static_cast<size_t>(dim)]; ++i)
    l.tensors.push_back(b.apply1(OpKind::Squeeze, {build::slice(b, x, dim, i, i + 1)}, {{"axes", std::vector<int64_t>{dim}}}));
  return l;
}

void registerTorchTensorOps(ApiTable& table) {
  using enum ir::OpKind;
  std::vector<ApiRow> shared = {
      {"unbind", "input, dim=0", lowerUnbind, Squeeze},
      {"isfinite", "input", lowerIsFinite, Lt, {}, "|x| < inf"},
      {"trunc", "input", lowerTrunc, Where, {}, "ceil below zero, floor above"},
      {"fix", "input", lowerTrunc, Where},
      {"fmod", "input, other", lowerBinary, Fmod, {}, "sign of the dividend"},
      {"bitwise_and", "input, other", lowerBitwiseBinary, BitwiseAnd},
      {"bitwise_or", "input, other", lowerBitwiseBinary, BitwiseOr},
      {"bmm", "input, mat2", lowerMatMul, MatMul},
      {"bincount", "input, weights=None, minlength=0", lowerBincount, Sum, {}, "length fixed for uint8, else from the data"},
      {"is_floating_point", "input", lowerIsFloatingPoint, Cast},
  };
  std::vector<ApiRow> functions = shared;
  functions.push_back({"linspace", "start, end, steps, *, out=None, dtype=None, layout=None, device=None, requires_grad=False",
                       lowerLinspace, Linspace});
  functions.push_back({"empty", "*size, out=None, dtype=None, layout=None, device=None, requires_grad=False, pin_memory=False, "
                                "memory_format=None",
                       lowerEmpty, Full, {}, "zeros (torch leaves the contents unspecified)"});
  functions.push_back({"meshgrid", "*tensors, indexing=None", lowerMeshgrid, Expand, {}, "'ij' by default"});
  functions.push_back({"einsum", "equation, *operands", lowerEinsum, Mul, {}, "decomposed: transpose, multiply, sum"});
  table.add(Framework::Torch, "torch", functions);
  std::vector<ApiRow> methods = shared;
  methods.push_back({"expand", "input, *size", lowerExpand, Expand});
  methods.push_back({"expand_as", "input, other", lowerExpandAs, Expand});
  methods.push_back({"to", "input, *args, dtype=None, device=None, non_blocking=False, copy=False, memory_format=None", lowerTo,
                     Cast, {}, "dtype only; the device must be the CPU"});
  methods.push_back({"__rtruediv__", "self, other", lowerTorchReflectedDivide, Reciprocal, {},
                     "number / tensor = reciprocal(tensor) * number, as torch computes it"});
  methods.push_back({"__setitem__", "self, index, value", lowerTorchSetItem, Concat, {},
                     "functional: slices rebuilt by concatenation, masks by where"});
  table.add(Framework::Torch, "torch.Tensor", methods);
}

}  // namespace pt::frontends
