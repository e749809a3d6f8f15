// torch functions, Tensor methods and torch.linalg beyond TorchApi.cpp: aliases, inverse and
// hyperbolic trigonometry, bit operations, special values, NaN-aware reductions, shape
// manipulation, products and norms. Most decompose into existing ops (Decompositions.h).
#include <cmath>

#include "frontends/Decompositions.h"
#include "frontends/Lowerings.h"
#include "frontends/Promotion.h"
#include "frontends/TensorBuild.h"
#include "frontends/TorchApiParts.h"

namespace pt::frontends {

namespace {

using ir::DType;
using ir::Framework;
using ir::OpKind;

// torch.rsub(input, other, alpha=1) = other - alpha * input.
Lowered lowerRsub(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  BoundArgs swapped = args;
  std::swap(swapped.values.at(0).second, swapped.values.at(1).second);
  return lowerBinary(b, swapped, e);
}

// masked_fill(input, mask, value): where(mask, value, input), in the input's dtype.
Lowered lowerMaskedFill(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = firstTensor(b, args, e);
  DType d = build::typeOf(b, x, "masked_fill").dtype;
  Operand mask = asTensor(b, e.framework, param(args, 1), "mask");
  if (build::typeOf(b, mask, "masked_fill").dtype != DType::Bool)
    throw LoweringError{"RuntimeError", "masked_fill_ only supports boolean masks", ""};
  const Arg& v = param(args, 2);
  Operand value = v.isTensor() ? castTo(b, v.operand, d) : b.scalar(v, d, true);
  if (v.isTensor() && build::typeOf(b, v.operand, "masked_fill").rank() != 0)
    throw LoweringError{"RuntimeError", "masked_fill_ only supports a 0-dimensional value tensor", ""};
  return Lowered::one(b.apply1(OpKind::Where, {mask, value, x}));
}

// torch.std_mean / var_mean: (std, mean), the correction as std's.
Lowered lowerStatMean(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  ApiEntry mean = e;
  mean.op = OpKind::Mean;
  mean.attrs = {};
  Lowered l;
  l.tensors = {lowerFloatReduce(b, args, e).tensors.at(0), lowerFloatReduce(b, args, mean).tensors.at(0)};
  l.tuple = true;
  return l;
}

// torch.aminmax(input, *, dim=None, keepdim=False) → (min, max).
Lowered lowerAminmax(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = firstTensor(b, args, e);
  ir::Attrs reduce{{"axes", readAxes(args.get("dim"), "dim")}, {"keepdims", keepDims(args)}};
  Lowered l;
  l.tensors = {b.apply1(OpKind::ReduceMin, {x}, reduce), b.apply1(OpKind::ReduceMax, {x}, reduce)};
  l.tuple = true;
  l.tupleFieldNames = {"min", "max"};
  return l;
}

// Tensor.t() / torch.t: transposes a matrix, leaves vectors and scalars.
Lowered lowerT(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = firstTensor(b, args, e);
  int rank = build::typeOf(b, x, "t").rank();
  if (rank > 2) throw LoweringError{"RuntimeError", "t() expects a tensor with <= 2 dimensions, but self is " +
                                                        std::to_string(rank) + "D", ""};
  if (rank < 2) return Lowered::one(x);
  return Lowered::one(b.apply1(OpKind::Transpose, {x}, {{"perm", std::vector<int64_t>{1, 0}}}));
}

// addmm(input, mat1, mat2, *, beta=1, alpha=1) = beta * input + alpha * (mat1 @ mat2).
Lowered lowerAddmm(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand bias = firstTensor(b, args, e);
  auto [m1, m2] = promotePair(b, e.framework, param(args, 1), param(args, 2));
  Operand product = b.apply1(OpKind::MatMul, {m1, m2});
  DType d = build::typeOf(b, product, "addmm").dtype;
  double beta = readNumber(args.get("beta"), "beta"), alpha = readNumber(args.get("alpha"), "alpha");
  if (alpha != 1.0) product = b.apply1(OpKind::Mul, {product, build::scalar(b, alpha, d)});
  if (beta != 1.0) bias = b.apply1(OpKind::Mul, {bias, build::scalar(b, beta, d)});
  auto [p, q] = promotePair(b, e.framework, Arg::tensor(bias), Arg::tensor(product));
  return Lowered::one(b.apply1(OpKind::Add, {p, q}));
}

Lowered lowerNumel(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  return Lowered::value(Arg::integer(build::typeOf(b, firstTensor(b, args, e), "numel").numel()));
}

// Tensor.new_zeros / new_ones / new_full / new_empty: the tensor's dtype unless one is given.
Lowered lowerNewFull(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = firstTensor(b, args, e);
  std::vector<int64_t> shape;
  for (const Arg& a : args.varArgs()) {
    auto more = readInts(a, "size");
    shape.insert(shape.end(), more.begin(), more.end());
  }
  if (args.varArgs().empty()) shape = readInts(args.get("size"), "size");
  double value = e.attrs.count("value") ? ir::attrFloat(e.attrs, "value") : readNumber(args.get("fill_value"), "fill_value");
  DType d = readDType(args.get("dtype")).value_or(build::typeOf(b, x, "new_full").dtype);
  return Lowered::one(build::full(b, shape, value, d));
}

Lowered lowerTypeAs(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand other = asTensor(b, e.framework, param(args, 1), "other");
  return Lowered::one(castTo(b, firstTensor(b, args, e), build::typeOf(b, other, "type_as").dtype));
}

std::vector<ApiRow> torchMathRows() {
  using enum ir::OpKind;
  const ir::Attrs toRadians{{"factor", M_PI / 180.0}}, toDegrees{{"factor", 180.0 / M_PI}};
  return {
      {"asin", "input", lowerFloatUnary, Asin},
      {"arcsin", "input", lowerFloatUnary, Asin},
      {"acos", "input", lowerFloatUnary, Acos},
      {"arccos", "input", lowerFloatUnary, Acos},
      {"atan", "input", lowerFloatUnary, Atan},
      {"arctan", "input", lowerFloatUnary, Atan},
      {"sinh", "input", lowerFloatUnary, Sinh},
      {"cosh", "input", lowerFloatUnary, Cosh},
      {"asinh", "input", lowerFloatUnary, Asinh},
      {"arcsinh", "input", lowerFloatUnary, Asinh},
      {"acosh", "input", lowerFloatUnary, Acosh},
      {"arccosh", "input", lowerFloatUnary, Acosh},
      {"atanh", "input", lowerFloatUnary, Atanh},
      {"arctanh", "input", lowerFloatUnary, Atanh},
      {"log2", "input", lowerFloatUnary, Log2},
      {"log10", "input", lowerFloatUnary, Log10},
      {"exp2", "input", lowerExp2, Pow, {}, "2 ** x"},
      {"arctan2", "input, other", lowerTorchAtan2, Atan2},
      {"absolute", "input", lowerUnary, Abs},
      {"positive", "input", lowerPositive, Cast},
      {"greater", "input, other", lowerBinary, Gt},
      {"greater_equal", "input, other", lowerBinary, Ge},
      {"less", "input, other", lowerBinary, Lt},
      {"less_equal", "input, other", lowerBinary, Le},
      {"not_equal", "input, other", lowerBinary, Ne},
      {"rsub", "input, other, *, alpha=1", lowerRsub, Sub, {}, "other - alpha * input"},
      {"clamp_min", "input, min", lowerClip, Clip},
      {"clamp_max", "input, max", lowerClip, Clip},
      {"bitwise_xor", "input, other", lowerBitwiseBinary, BitwiseXor, {}, "bools: not-equal"},
      {"bitwise_not", "input", lowerBitwiseNot, BitwiseNot, {}, "bools: logical not"},
      {"logical_xor", "input, other", lowerLogicalXor, Ne},
      {"cumprod", "input, dim, *, dtype=None", lowerCumSum, CumProd},
      {"isinf", "input", lowerIsInf, Eq, {}, "|x| == inf"},
      {"isposinf", "input", lowerIsInf, Eq, {{"sign", int64_t{1}}}},
      {"isneginf", "input", lowerIsInf, Eq, {{"sign", int64_t{-1}}}},
      {"isclose", "input, other, rtol=1e-05, atol=1e-08, equal_nan=False", lowerIsClose, Le, {}, "torch's formula"},
      {"allclose", "input, other, rtol=1e-05, atol=1e-08, equal_nan=False", lowerAllClose, All, {},
       "a Python bool (known when running)"},
      {"equal", "input, other", lowerArrayEqual, All, {}, "a Python bool (known when running)"},
      {"hypot", "input, other", lowerHypot, Sqrt, {}, "max * sqrt(1 + (min/max)^2): no overflow"},
      {"deg2rad", "input", lowerScale, Mul, toRadians},
      {"rad2deg", "input", lowerScale, Mul, toDegrees},
      {"logaddexp", "input, other", lowerLogAddExp, Log1p, {}, "max + log1p(exp(-|x - y|))"},
      {"logaddexp2", "input, other", lowerLogAddExp, Log1p, {{"base2", true}}},
      {"nan_to_num", "input, nan=0.0, posinf=None, neginf=None", lowerNanToNum, Where},
      {"fmax", "input, other", lowerFMaxMin, Maximum, {}, "NaN ignored"},
      {"fmin", "input, other", lowerFMaxMin, Minimum, {}, "NaN ignored"},
      {"float_power", "input, exponent", lowerFloatPower, Pow, {}, "in float64"},
      {"frac", "input", lowerFrac, Sub, {}, "x - trunc(x)"},
      {"lerp", "input, end, weight", lowerLerp, Where, {}, "torch's two-sided formula"},
      {"nansum", "input, dim=None, keepdim=False, *, dtype=None", lowerNanReduce, Sum},
      {"nanmean", "input, dim=None, keepdim=False, *, dtype=None", lowerNanReduce, Mean},
      {"count_nonzero", "input, dim=None", lowerCountNonzero, Sum},
      {"logsumexp", "input, dim, keepdim=False", lowerLogSumExp, Log, {}, "max-shifted, as torch computes it"},
      {"std_mean", "input, dim=None, unbiased=None, keepdim=False, *, correction=None", lowerStatMean, Std,
       {{"correction", int64_t{1}}}, "(std, mean)"},
      {"var_mean", "input, dim=None, unbiased=None, keepdim=False, *, correction=None", lowerStatMean, Var,
       {{"correction", int64_t{1}}}, "(var, mean)"},
      {"aminmax", "input, *, dim=None, keepdim=False", lowerAminmax, ReduceMin, {}, "(min, max)"},
      // shapes
      {"swapaxes", "input, axis0, axis1", lowerSwapAxes, Transpose},
      {"swapdims", "input, dim0, dim1", lowerSwapAxes, Transpose},
      {"moveaxis", "input, source, destination", lowerMoveAxis, Transpose},
      {"movedim", "input, source, destination", lowerMoveAxis, Transpose},
      {"ravel", "input", lowerRavel, Reshape},
      {"t", "input", lowerT, Transpose, {}, "matrices only"},
      {"split", "tensor, split_size_or_sections, dim=0", lowerSplit, Slice, {{"mode", std::string("torch")}},
       "an int is the chunk size (§33)"},
      {"chunk", "input, chunks, dim=0", lowerSplit, Slice, {{"mode", std::string("chunk")}}},
      {"tensor_split", "input, indices_or_sections, dim=0", lowerSplit, Slice, {{"mode", std::string("array")}}},
      {"tile", "input, dims", lowerTile, Expand},
      {"repeat_interleave", "input, repeats=None, dim=None, *, output_size=None", lowerRepeat, Expand},
      {"roll", "input, shifts, dims=None", lowerRoll, Concat},
      {"diff", "input, n=1, dim=-1, prepend=None, append=None", lowerDiff, Sub, {}, "bools: not-equal"},
      {"fliplr", "input", lowerFlipAxis, Flip, {{"axis", int64_t{1}}}},
      {"flipud", "input", lowerFlipAxis, Flip, {{"axis", int64_t{0}}}},
      {"rot90", "input, k=1, dims=None", lowerRot90, Flip},
      {"tril", "input, diagonal=0", lowerTriangle, Where},
      {"triu", "input, diagonal=0", lowerTriangle, Where, {{"upper", true}}},
      {"diag", "input, diagonal=0", lowerDiag, Where},
      {"diagonal", "input, offset=0, dim1=0, dim2=1", lowerDiagonal, Take},
      {"trace", "input", lowerTrace, Sum},
      {"masked_fill", "input, mask, value", lowerMaskedFill, Where},
      // products and norms
      {"outer", "input, vec2", lowerOuter, Mul},
      {"ger", "input, vec2", lowerOuter, Mul},
      {"inner", "input, other", lowerInner, MatMul},
      {"dot", "input, other", lowerDot, MatMul, {}, "vectors of one dtype"},
      {"vdot", "input, other", lowerVdot, MatMul, {}, "vectors of one dtype"},
      {"mv", "input, vec", lowerMatMul, MatMul},
      {"addmm", "input, mat1, mat2, *, beta=1, alpha=1", lowerAddmm, MatMul},
      {"norm", "input, p='fro', dim=None, keepdim=False, dtype=None", lowerTorchNorm, Sqrt, {}, "'fro' or p-norms over dims"},
      {"dist", "input, other, p=2", lowerDist, Sqrt},
  };
}

// Methods that share their function's signature (the tensor is passed as the first argument).
constexpr const char* kMathMethods[] = {
    "asin", "arcsin", "acos", "arccos", "atan", "arctan", "sinh", "cosh", "asinh", "arcsinh", "acosh", "arccosh", "atanh",
    "arctanh", "log2", "log10", "exp2", "arctan2", "absolute", "positive", "greater", "greater_equal", "less",
    "less_equal", "not_equal", "clamp_min", "clamp_max", "bitwise_xor", "bitwise_not", "logical_xor", "cumprod", "isinf",
    "isposinf", "isneginf", "isclose", "allclose", "equal", "hypot", "deg2rad", "rad2deg", "logaddexp", "logaddexp2",
    "nan_to_num", "fmax", "fmin", "float_power", "frac", "lerp", "nansum", "nanmean", "count_nonzero", "logsumexp",
    "aminmax", "swapaxes", "swapdims", "moveaxis", "movedim", "ravel", "t", "split", "chunk", "tensor_split", "tile",
    "repeat_interleave", "roll", "diff", "fliplr", "flipud", "rot90", "tril", "triu", "diag", "diagonal", "trace",
    "masked_fill", "outer", "ger", "inner", "dot", "vdot", "mv", "addmm", "norm", "dist"};

}  // namespace

// atan2 takes two tensors (a Python number is a TypeError); integers become the default float.
Lowered lowerTorchAtan2(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  if (!param(args, 0).isTensor() || !param(args, 1).isTensor())
    throwTypeError(e.symbol + "(): argument 'other' must be Tensor, not " + param(args, 1).describe());
  auto [x, y] = promotePair(b, Framework::Torch, param(args, 0), param(args, 1));
  x = floatInput(b, Framework::Torch, x);
  return Lowered::one(b.apply1(OpKind::Atan2, {x, castTo(b, y, build::typeOf(b, x, "atan2").dtype)}));
}

void registerTorchMathApi(ApiTable& table) {
  using enum ir::OpKind;
  auto functions = torchMathRows();
  table.add(Framework::Torch, "torch", functions);
  std::vector<ApiRow> methods;
  for (const char* name : kMathMethods)
    for (const auto& f : functions)
      if (std::string_view(f.name) == name) methods.push_back(f);
  methods.insert(methods.end(), {
      {"repeat", "input, *sizes", lowerTile, Expand, {{"strict", true}}, "= np.tile (§34)"},
      {"numel", "input", lowerNumel, Reshape, {}, "a Python int"},
      {"nelement", "input", lowerNumel, Reshape, {}, "a Python int"},
      {"type_as", "input, other", lowerTypeAs, Cast},
      {"half", "input", lowerToDType, Cast, {{"dtype", DType::Float16}}},
      {"bfloat16", "input", lowerToDType, Cast, {{"dtype", DType::BFloat16}}},
      {"short", "input", lowerToDType, Cast, {{"dtype", DType::Int16}}},
      {"char", "input", lowerToDType, Cast, {{"dtype", DType::Int8}}},
      {"byte", "input", lowerToDType, Cast, {{"dtype", DType::UInt8}}},
      {"cpu", "input, memory_format=None", lowerIdentity, Cast},
      {"new_zeros", "input, *size, dtype=None, device=None, requires_grad=False", lowerNewFull, Full, {{"value", 0.0}}},
      {"new_ones", "input, *size, dtype=None, device=None, requires_grad=False", lowerNewFull, Full, {{"value", 1.0}}},
      {"new_full", "input, size, fill_value, *, dtype=None, device=None, requires_grad=False", lowerNewFull, Full},
      {"new_empty", "input, *size, dtype=None, device=None, requires_grad=False", lowerNewFull, Full, {{"value", 0.0}},
       "zeros (torch leaves the contents unspecified)"},
  });
  table.add(Framework::Torch, "torch.Tensor", methods);
  table.add(Framework::Torch, "torch",
            {{"numel", "input", lowerNumel, Reshape, {}, "a Python int"},
             {"eye", "n, m=None, *, out=None, dtype=None, layout=None, device=None, requires_grad=False", lowerEye, Eq},
             {"atleast_1d", "*tensors", lowerAtLeast, Reshape, {{"ndim", int64_t{1}}}},
             {"atleast_2d", "*tensors", lowerAtLeast, Reshape, {{"ndim", int64_t{2}}}},
             {"atleast_3d", "*tensors", lowerAtLeast, Reshape, {{"ndim", int64_t{3}}}},
             {"hstack", "tensors, *, out=None", lowerStackAlong, Concat, {{"mode", std::string("h")}}},
             {"vstack", "tensors, *, out=None", lowerStackAlong, Concat, {{"mode", std::string("v")}}},
             {"row_stack", "tensors, *, out=None", lowerStackAlong, Concat, {{"mode", std::string("v")}}},
             {"dstack", "tensors, *, out=None", lowerStackAlong, Concat, {{"mode", std::string("d")}}},
             {"column_stack", "tensors, *, out=None", lowerStackAlong, Concat, {{"mode", std::string("column")}}},
             {"tensordot", "a, b, dims=2, out=None", lowerTensordot, MatMul, {}, "transposes and one matrix product"},
             {"empty_like", "input, *, dtype=None, layout=None, device=None, requires_grad=False, memory_format=None",
              lowerFullLike, Full, {{"value", 0.0}}, "zeros (torch leaves the contents unspecified)"}});
  table.add(Framework::Torch, "torch.linalg",
            {{"norm", "A, ord=None, dim=None, keepdim=False, *, out=None, dtype=None", lowerLinalgNorm, Sqrt, {},
              "vector norms; matrix 'fro', 1, -1, inf, -inf"},
             {"vector_norm", "x, ord=2, dim=None, keepdim=False, *, dtype=None, out=None", lowerVectorNorm, Sqrt},
             {"matrix_norm", "A, ord='fro', dim=None, keepdim=False, *, dtype=None, out=None", lowerMatrixNorm, Sqrt, {},
              "'fro', 1, -1, inf, -inf"},
             {"multi_dot", "tensors, *, out=None", lowerMultiDot, MatMul},
             {"matmul", "input, other, *, out=None", lowerMatMul, MatMul}});
}

}  // namespace pt::frontends
