// Elementwise functions and NaN-aware reductions as compositions of IR ops (see Decompositions.h).
// Each follows the real library's own formula where the formula decides rounding or special
// values (numpy's isclose, torch's logsumexp and lerp), so results match to the last bit or
// within an ulp or two.
#include <cmath>
#include <limits>

#include "frontends/Decompositions.h"
#include "frontends/Lowerings.h"
#include "frontends/Promotion.h"
#include "frontends/TensorBuild.h"

namespace pt::frontends {

using ir::DType;
using ir::Framework;
using ir::OpKind;

namespace {

Operand op1(Builder& b, OpKind op, Operand x, const ir::Attrs& a = {}) { return b.apply1(op, {x}, a); }
Operand op2(Builder& b, OpKind op, Operand x, Operand y) { return b.apply1(op, {x, y}); }
Operand sc(Builder& b, double v, DType d) { return build::scalar(b, v, d); }
DType dtypeOf(Builder& b, Operand x, const char* why) { return build::typeOf(b, x, why).dtype; }

// torch's message for a kernel without a loop for the dtype ("hypot_cpu" not implemented for 'Long').
[[noreturn]] void torchNoKernel(const std::string& kernel, DType d) {
  static const char* names[] = {"Bool", "Byte", "Char", "Short", "Int", "Long", "Half", "BFloat16", "Float", "Double"};
  std::string name(ir::dtypeLongName(d));
  for (auto [dt, n] : {std::pair{DType::Bool, 0}, {DType::UInt8, 1}, {DType::Int8, 2}, {DType::Int16, 3}, {DType::Int32, 4},
                       {DType::Int64, 5}, {DType::Float16, 6}, {DType::BFloat16, 7}, {DType::Float32, 8}, {DType::Float64, 9}})
    if (dt == d) name = names[n];
  throw LoweringError{"RuntimeError", "\"" + kernel + "\" not implemented for '" + name + "'", ""};
}

// The float operand of a function with float loops only: numpy and jax convert integers (§5), torch
// raises for the kernels named here unless `torchConverts`.
Operand floatOperand(Builder& b, const ApiEntry& e, Operand x, const char* kernel, bool torchConverts = false) {
  DType d = dtypeOf(b, x, kernel);
  if (!ir::isFloating(d) && e.framework == Framework::Torch && !torchConverts) torchNoKernel(kernel, d);
  return floatInput(b, e.framework, x);
}

// The two operands of a binary function, promoted. torch's hypot, logaddexp, fmax, logical_xor, ...
// take two tensors: a Python number is a TypeError there.
std::pair<Operand, Operand> promoted(Builder& b, const ApiEntry& e, const Arg& x, const Arg& y) {
  if (e.framework == Framework::Torch && (!x.isTensor() || !y.isTensor()))
    throwTypeError(e.symbol + "(): argument 'other' must be Tensor, not " + (x.isTensor() ? y : x).describe());
  return promotePair(b, e.framework, x, y);
}
Operand binaryPromoted(Builder& b, const ApiEntry& e, OpKind op, Operand x, Operand y) {
  auto [p, q] = promotePair(b, e.framework, Arg::tensor(x), Arg::tensor(y));
  return op2(b, op, p, q);
}
// Float-only binary ufuncs (hypot, logaddexp): numpy picks the smallest float loop both operands
// cast to safely, i.e. each operand's own float type, promoted (int8 with uint8 → float16).
std::pair<Operand, Operand> floatPair(Builder& b, const ApiEntry& e, const Arg& x, const Arg& y, const char* kernel) {
  Arg fx = x, fy = y;
  if (e.framework == Framework::Numpy && x.isTensor() && y.isTensor()) {
    fx = Arg::tensor(floatInput(b, e.framework, x.operand));
    fy = Arg::tensor(floatInput(b, e.framework, y.operand));
  }
  auto [p, q] = promoted(b, e, fx, fy);
  p = floatOperand(b, e, p, kernel);
  return {p, castTo(b, q, dtypeOf(b, p, kernel))};
}

Operand withScalar(Builder& b, const ApiEntry& e, OpKind op, Operand x, double v) {
  auto [p, q] = promotePair(b, e.framework, Arg::tensor(x), Arg::real(v));
  return op2(b, op, p, q);
}

Operand isNanOrFalse(Builder& b, Operand x) {
  if (ir::isFloating(dtypeOf(b, x, "isnan"))) return op1(b, OpKind::IsNan, x);
  return b.apply1(OpKind::FullLike, {x}, {{"value", 0.0}, {"dtype", DType::Bool}});
}

// |x| < inf: false for NaN and ±inf; integers are always finite.
Operand isFinite(Builder& b, Operand x) {
  DType d = dtypeOf(b, x, "isfinite");
  if (!ir::isFloating(d)) return b.apply1(OpKind::FullLike, {x}, {{"value", 1.0}, {"dtype", DType::Bool}});
  return op2(b, OpKind::Lt, op1(b, OpKind::Abs, x), sc(b, INFINITY, d));
}

double largestFinite(DType d) {
  switch (d) {
    case DType::Float16: return 65504.0;
    case DType::BFloat16: return 3.3895313892515355e38;
    case DType::Float32: return std::numeric_limits<float>::max();
    default: return std::numeric_limits<double>::max();
  }
}

BoundArgs withFirst(const BoundArgs& args, Operand x) {
  BoundArgs copy = args;
  copy.values.at(0).second = Arg::tensor(x);
  return copy;
}

ApiEntry withOp(const ApiEntry& e, OpKind op) {
  ApiEntry copy = e;
  copy.op = op;
  return copy;
}

// numpy: where(isfinite(x) & isfinite(y), |x - y| <= atol + rtol*|y|, x == y), y made inexact first.
// torch: (x == y) | (isfinite(|x - y|) & |x - y| <= atol + |rtol*y|), both of one dtype.
Operand isClose(Builder& b, const ApiEntry& e, const Arg& xa, const Arg& ya, double rtol, double atol, bool equalNan) {
  Framework fw = e.framework;
  Operand x = asTensor(b, fw, xa, "a"), y = asTensor(b, fw, ya, "b");
  if (fw == Framework::Torch) {
    DType dx = dtypeOf(b, x, "isclose"), dy = dtypeOf(b, y, "isclose");
    if (dx != dy)
      throw LoweringError{"RuntimeError", std::string(ir::dtypeLongName(dx)) + " did not match " + std::string(ir::dtypeLongName(dy)), ""};
    Operand close = op2(b, OpKind::Eq, x, y);
    if (equalNan && ir::isFloating(dx))
      close = op2(b, OpKind::LogicalOr, close, op2(b, OpKind::LogicalAnd, op1(b, OpKind::IsNan, x), op1(b, OpKind::IsNan, y)));
    if (rtol == 0 && atol == 0) return close;
    if (dx == DType::Bool) {
      x = castTo(b, x, DType::Float32);
      y = castTo(b, y, DType::Float32);
    }
    Operand allowed = withScalar(b, e, OpKind::Add, op1(b, OpKind::Abs, withScalar(b, e, OpKind::Mul, y, rtol)), atol);
    Operand actual = op1(b, OpKind::Abs, op2(b, OpKind::Sub, x, y));
    Operand within = binaryPromoted(b, e, OpKind::Le, actual, allowed);
    return op2(b, OpKind::LogicalOr, close, op2(b, OpKind::LogicalAnd, isFinite(b, actual), within));
  }
  std::string error;
  auto inexact = promoteWithScalar(fw, dtypeOf(b, y, "isclose"), Arg::real(1.0), error);
  if (!inexact) throwTypeError(error);
  y = castTo(b, y, *inexact);
  Operand diff = op1(b, OpKind::Abs, binaryPromoted(b, e, OpKind::Sub, x, y));
  Operand tol = withScalar(b, e, OpKind::Add, withScalar(b, e, OpKind::Mul, op1(b, OpKind::Abs, y), rtol), atol);
  Operand within = binaryPromoted(b, e, OpKind::Le, diff, tol);
  Operand finite = op2(b, OpKind::LogicalAnd, isFinite(b, x), isFinite(b, y));
  Operand r = b.apply1(OpKind::Where, {finite, within, binaryPromoted(b, e, OpKind::Eq, x, y)});
  if (equalNan) r = op2(b, OpKind::LogicalOr, r, op2(b, OpKind::LogicalAnd, isNanOrFalse(b, x), isNanOrFalse(b, y)));
  return r;
}

// numpy and torch give a Python bool computed from the data (known only when running); jax and
// the others a 0-d boolean array.
Lowered pythonAll(Builder& b, const ApiEntry& e, Operand mask, const std::string& what) {
  Operand all = b.apply1(OpKind::All, {mask}, {{"axes", std::vector<int64_t>{}}, {"keepdims", false}});
  if (e.framework != Framework::Numpy && e.framework != Framework::Torch) return Lowered::one(all);
  auto values = b.valuesOf(all);
  if (!values) throwUnsupported("data-dependent-value", what + " returns a Python bool computed from the data");
  return Lowered::value(Arg::boolean(values->at(0) != 0));
}

}  // namespace

Lowered lowerIsInf(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = firstTensor(b, args, e);
  DType d = dtypeOf(b, x, "isinf");
  int64_t sign = e.attrs.count("sign") ? ir::attrInt(e.attrs, "sign") : 0;
  if (!ir::isFloating(d)) return Lowered::one(b.apply1(OpKind::FullLike, {x}, {{"value", 0.0}, {"dtype", DType::Bool}}));
  if (sign == 0) return Lowered::one(op2(b, OpKind::Eq, op1(b, OpKind::Abs, x), sc(b, INFINITY, d)));
  return Lowered::one(op2(b, OpKind::Eq, x, sc(b, sign > 0 ? INFINITY : -INFINITY, d)));
}

Lowered lowerIsFinite(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  return Lowered::one(isFinite(b, firstTensor(b, args, e)));
}

// hypot as max(|x|, |y|) * sqrt(1 + (min/max)^2): no overflow for large inputs, and C99's
// special values (hypot(±inf, nan) = inf, hypot(0, 0) = 0) made explicit.
Lowered lowerHypot(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  auto [x, y] = floatPair(b, e, param(args, 0), param(args, 1), "hypot_cpu");
  DType d = dtypeOf(b, x, "hypot");
  Operand ax = op1(b, OpKind::Abs, x), ay = op1(b, OpKind::Abs, y);
  Operand big = op2(b, OpKind::Maximum, ax, ay), small = op2(b, OpKind::Minimum, ax, ay);
  Operand ratio = op2(b, OpKind::Div, small, big);
  Operand r = op2(b, OpKind::Mul, big, op1(b, OpKind::Sqrt, op2(b, OpKind::Add, sc(b, 1.0, d), op2(b, OpKind::Mul, ratio, ratio))));
  r = b.apply1(OpKind::Where, {op2(b, OpKind::Eq, big, sc(b, 0.0, d)), sc(b, 0.0, d), r});
  Operand anyInf = op2(b, OpKind::LogicalOr, op2(b, OpKind::Eq, ax, sc(b, INFINITY, d)), op2(b, OpKind::Eq, ay, sc(b, INFINITY, d)));
  return Lowered::one(b.apply1(OpKind::Where, {anyInf, sc(b, INFINITY, d), r}));
}

// deg2rad / rad2deg: one multiplication by the constant rounded to the input's dtype, as numpy's
// and torch's kernels do.
Lowered lowerScale(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = floatOperand(b, e, firstTensor(b, args, e), "scale", true);
  return Lowered::one(op2(b, OpKind::Mul, x, sc(b, ir::attrFloat(e.attrs, "factor"), dtypeOf(b, x, "scale"))));
}

// logaddexp(x, y) = max + log1p(exp(-|x - y|)); x == y gives x + log(2) (so inf stays inf).
// The base-2 form uses 2**(-|x - y|) and log1p(.)/log(2), numpy's npy_logaddexp2.
Lowered lowerLogAddExp(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  bool base2 = e.attrs.count("base2") && ir::attrBool(e.attrs, "base2");
  auto [x, y] = floatPair(b, e, param(args, 0), param(args, 1), base2 ? "logaddexp2_cpu" : "logaddexp_cpu");
  DType d = dtypeOf(b, x, "logaddexp");
  Operand m = op2(b, OpKind::Maximum, x, y);
  Operand negGap = op1(b, OpKind::Neg, op1(b, OpKind::Abs, op2(b, OpKind::Sub, x, y)));
  Operand r;
  if (base2) {
    Operand tail = op2(b, OpKind::Mul, op1(b, OpKind::Log1p, op2(b, OpKind::Pow, sc(b, 2.0, d), negGap)), sc(b, 1.4426950408889634, d));
    r = op2(b, OpKind::Add, m, tail);
    return Lowered::one(b.apply1(OpKind::Where, {op2(b, OpKind::Eq, x, y), op2(b, OpKind::Add, x, sc(b, 1.0, d)), r}));
  }
  r = op2(b, OpKind::Add, m, op1(b, OpKind::Log1p, op1(b, OpKind::Exp, negGap)));
  return Lowered::one(b.apply1(OpKind::Where, {op2(b, OpKind::Eq, x, y), op2(b, OpKind::Add, x, sc(b, 0.6931471805599453, d)), r}));
}

Lowered lowerLogicalXor(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  promoted(b, e, param(args, 0), param(args, 1));  // the dtype check only
  Operand x = castTo(b, asTensor(b, e.framework, param(args, 0), "x1"), DType::Bool);
  Operand y = castTo(b, asTensor(b, e.framework, param(args, 1), "x2"), DType::Bool);
  return Lowered::one(op2(b, OpKind::Ne, x, y));
}

Lowered lowerIsClose(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  return Lowered::one(isClose(b, e, param(args, 0), param(args, 1), readNumber(args.get("rtol"), "rtol"),
                              readNumber(args.get("atol"), "atol"), readBool(args.get("equal_nan"), "equal_nan")));
}

Lowered lowerAllClose(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand close = isClose(b, e, param(args, 0), param(args, 1), readNumber(args.get("rtol"), "rtol"),
                          readNumber(args.get("atol"), "atol"), readBool(args.get("equal_nan"), "equal_nan"));
  return pythonAll(b, e, close, "allclose");
}

// np.array_equal / torch.equal: False for different shapes, else all(x == y).
Lowered lowerArrayEqual(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = asTensor(b, e.framework, param(args, 0), "a1"), y = asTensor(b, e.framework, param(args, 1), "a2");
  if (build::typeOf(b, x, "array_equal").shape != build::typeOf(b, y, "array_equal").shape)
    return Lowered::value(Arg::boolean(false));
  Operand eq = binaryPromoted(b, e, OpKind::Eq, x, y);
  if (readBool(args.get("equal_nan"), "equal_nan"))
    eq = op2(b, OpKind::LogicalOr, eq, op2(b, OpKind::LogicalAnd, isNanOrFalse(b, x), isNanOrFalse(b, y)));
  return pythonAll(b, e, eq, "array_equal");
}

Lowered lowerNanToNum(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = firstTensor(b, args, e);
  DType d = dtypeOf(b, x, "nan_to_num");
  if (!ir::isFloating(d)) return Lowered::one(x);
  auto number = [&](const char* name, double fallback) {
    const Arg& a = args.get(name);
    return a.isNone() ? fallback : readNumber(a, name);
  };
  Operand r = b.apply1(OpKind::Where, {op1(b, OpKind::IsNan, x), sc(b, number("nan", 0.0), d), x});
  r = b.apply1(OpKind::Where, {op2(b, OpKind::Eq, x, sc(b, INFINITY, d)), sc(b, number("posinf", largestFinite(d)), d), r});
  r = b.apply1(OpKind::Where, {op2(b, OpKind::Eq, x, sc(b, -INFINITY, d)), sc(b, number("neginf", -largestFinite(d)), d), r});
  return Lowered::one(r);
}

// fmax/fmin: the other operand where one is NaN (NaN only when both are).
Lowered lowerFMaxMin(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  auto [x, y] = promoted(b, e, param(args, 0), param(args, 1));
  Operand r = op2(b, e.op, x, y);
  if (!ir::isFloating(dtypeOf(b, x, "fmax"))) return Lowered::one(r);
  r = b.apply1(OpKind::Where, {op1(b, OpKind::IsNan, y), x, r});
  return Lowered::one(b.apply1(OpKind::Where, {op1(b, OpKind::IsNan, x), y, r}));
}

Lowered lowerFloatPower(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = castTo(b, asTensor(b, e.framework == Framework::Torch ? Framework::Numpy : e.framework, param(args, 0), "x1"),
                     DType::Float64);
  Operand y = castTo(b, asTensor(b, e.framework == Framework::Torch ? Framework::Numpy : e.framework, param(args, 1), "x2"),
                     DType::Float64);
  return Lowered::one(op2(b, OpKind::Pow, x, y));
}

Lowered lowerExp2(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = floatOperand(b, e, firstTensor(b, args, e), "exp2", true);
  return Lowered::one(op2(b, OpKind::Pow, sc(b, 2.0, dtypeOf(b, x, "exp2")), x));
}

// trunc: ceil below zero, floor above (exact; NaN and -0.0 kept). numpy's trunc/fix have float
// loops only; torch keeps integer tensors as they are.
Lowered lowerTrunc(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = firstTensor(b, args, e);
  DType d = dtypeOf(b, x, "trunc");
  if (d == DType::Bool && e.framework == Framework::Torch) torchNoKernel("trunc_cpu", d);
  if (!ir::isFloating(d)) {
    if (e.framework != Framework::Numpy) return Lowered::one(x);  // torch, jax: integers are already whole
    x = floatInput(b, e.framework, x);
    d = dtypeOf(b, x, "trunc");
  }
  Operand negative = op2(b, OpKind::Lt, x, sc(b, 0.0, d));
  return Lowered::one(b.apply1(OpKind::Where, {negative, op1(b, OpKind::Ceil, x), op1(b, OpKind::Floor, x)}));
}

// torch.frac: x - trunc(x), floats only.
Lowered lowerFrac(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = firstTensor(b, args, e);
  DType d = dtypeOf(b, x, "frac");
  if (!ir::isFloating(d)) torchNoKernel("frac_cpu", d);
  Operand t = lowerTrunc(b, args, e).tensors.at(0);
  return Lowered::one(op2(b, OpKind::Sub, x, t));
}

Lowered lowerPositive(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = firstTensor(b, args, e);
  if (dtypeOf(b, x, "positive") == DType::Bool) {
    if (e.framework == Framework::Torch)
      throw LoweringError{"RuntimeError", "The `+` operator, on a bool tensor is not supported.", ""};
    throwTypeError("ufunc 'positive' did not contain a loop with signature matching types");
  }
  return Lowered::one(x);
}

Lowered lowerFloatAbs(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  return Lowered::one(op1(b, OpKind::Abs, floatInput(b, e.framework, firstTensor(b, args, e))));
}

// nansum/nanprod/nanmean/nanmax/nanmin: NaN replaced by the reduction's identity (or ±inf for
// max/min, with NaN again where a slice holds only NaN; numpy warns there). Integers have no NaN.
Lowered lowerNanReduce(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = firstTensor(b, args, e);
  DType d = dtypeOf(b, x, "nan-reduction");
  bool isMean = e.op == OpKind::Mean;
  if (!ir::isFloating(d)) {
    if (isMean && e.framework == Framework::Torch)
      throw LoweringError{"RuntimeError", "nanmean(): expected input to have floating point dtype but got " +
                                              std::string(ir::dtypeLongName(d)), ""};
    return isMean ? lowerFloatReduce(b, args, e) : lowerReduce(b, args, e);
  }
  if (!args.get("dtype").isNone()) throwUnsupported("unsupported-argument", "NaN-aware reductions with dtype=");
  Operand nan = op1(b, OpKind::IsNan, x);
  std::vector<int64_t> axes = readAxes(argByNames(args, {"dim", "axis"}), "axis");
  bool keep = keepDims(args);
  ir::Attrs reduce{{"axes", axes}, {"keepdims", keep}};
  switch (e.op) {
    case OpKind::Sum: return lowerReduce(b, withFirst(args, b.apply1(OpKind::Where, {nan, sc(b, 0.0, d), x})), e);
    case OpKind::Prod: return lowerReduce(b, withFirst(args, b.apply1(OpKind::Where, {nan, sc(b, 1.0, d), x})), e);
    case OpKind::Mean: {
      Operand total = b.apply1(OpKind::Sum, {b.apply1(OpKind::Where, {nan, sc(b, 0.0, d), x})}, reduce);
      Operand count = b.apply1(OpKind::Sum, {castTo(b, op1(b, OpKind::LogicalNot, nan), d)}, reduce);
      return Lowered::one(op2(b, OpKind::Div, total, count));
    }
    default: {
      double fill = e.op == OpKind::ReduceMax ? -INFINITY : INFINITY;
      Operand r = b.apply1(e.op, {b.apply1(OpKind::Where, {nan, sc(b, fill, d), x})}, reduce);
      Operand allNan = b.apply1(OpKind::All, {nan}, reduce);
      return Lowered::one(b.apply1(OpKind::Where, {allNan, sc(b, NAN, d), r}));
    }
  }
}

// count_nonzero: numpy gives a Python int without an axis, torch a 0-d int64 tensor.
Lowered lowerCountNonzero(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = firstTensor(b, args, e);
  Operand nonzero = op2(b, OpKind::Ne, x, sc(b, 0.0, dtypeOf(b, x, "count_nonzero")));
  const Arg& axis = argByNames(args, {"dim", "axis"});
  bool keep = keepDims(args);
  Operand count = b.apply1(OpKind::Sum, {castTo(b, nonzero, DType::Int64)}, {{"axes", readAxes(axis, "axis")}, {"keepdims", keep}});
  if (e.framework != Framework::Numpy || !axis.isNone() || keep) return Lowered::one(count);
  auto values = b.valuesOf(count);
  if (!values) throwUnsupported("data-dependent-value", "numpy.count_nonzero without an axis returns a Python int");
  return Lowered::value(Arg::integer(static_cast<int64_t>(values->at(0))));
}

Lowered lowerPtp(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = firstTensor(b, args, e);
  if (dtypeOf(b, x, "ptp") == DType::Bool)
    throwTypeError("numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or "
                   "the logical_xor function instead.");
  ir::Attrs reduce{{"axes", readAxes(args.get("axis"), "axis")}, {"keepdims", keepDims(args)}};
  return Lowered::one(op2(b, OpKind::Sub, b.apply1(OpKind::ReduceMax, {x}, reduce), b.apply1(OpKind::ReduceMin, {x}, reduce)));
}

// np.average: the mean, or sum(a*w)/sum(w) in result_type(a, w) (at least float64 for integer a).
Lowered lowerAverage(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  if (readBool(args.get("returned"), "returned")) throwUnsupported("unsupported-argument", "average with returned=True");
  const Arg& weights = args.get("weights");
  if (weights.isNone()) return lowerFloatReduce(b, args, withOp(e, OpKind::Mean));
  Operand x = firstTensor(b, args, e);
  Operand w = asTensor(b, e.framework, weights, "weights");
  ir::TensorType tx = build::typeOf(b, x, "average"), tw = build::typeOf(b, w, "average");
  if (tx.shape != tw.shape) throwUnsupported("unsupported-argument", "average with weights of another shape than the array");
  std::string error;
  auto d = promoteTensors(e.framework, tx.dtype, tw.dtype, error);
  if (!d) throwTypeError(error);
  if (!ir::isFloating(tx.dtype)) d = promoteTensors(e.framework, *d, defaultFloat(e.framework), error);
  ir::Attrs reduce{{"axes", readAxes(args.get("axis"), "axis")}, {"keepdims", keepDims(args)}};
  x = castTo(b, x, *d);
  w = castTo(b, w, *d);
  Operand total = b.apply1(OpKind::Sum, {op2(b, OpKind::Mul, x, w)}, reduce);
  return Lowered::one(op2(b, OpKind::Div, total, b.apply1(OpKind::Sum, {w}, reduce)));
}

// logsumexp as torch computes it: m = max (0 where infinite); log(sum(exp(x - m))) + m.
Lowered lowerLogSumExp(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = floatInput(b, e.framework, firstTensor(b, args, e));
  DType d = dtypeOf(b, x, "logsumexp");
  std::vector<int64_t> axes = readAxes(argByNames(args, {"dim", "axis"}), "dim");
  bool keep = keepDims(args);
  Operand m = b.apply1(OpKind::ReduceMax, {x}, {{"axes", axes}, {"keepdims", true}});
  m = b.apply1(OpKind::Where, {op2(b, OpKind::Eq, op1(b, OpKind::Abs, m), sc(b, INFINITY, d)), sc(b, 0.0, d), m});
  Operand s = b.apply1(OpKind::Sum, {op1(b, OpKind::Exp, op2(b, OpKind::Sub, x, m))}, {{"axes", axes}, {"keepdims", keep}});
  if (!keep) {
    if (axes.empty()) m = build::reshape(b, m, {});
    else m = b.apply1(OpKind::Squeeze, {m}, {{"axes", axes}});
  }
  return Lowered::one(op2(b, OpKind::Add, op1(b, OpKind::Log, s), m));
}

// torch.lerp: start + w*(end - start) for |w| < 0.5, else end - (end - start)*(1 - w) (torch's
// formula, exact at both ends).
Lowered lowerLerp(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand start = firstTensor(b, args, e);
  Operand end = asTensor(b, e.framework, param(args, 1), "end");
  DType d = dtypeOf(b, start, "lerp");
  if (dtypeOf(b, end, "lerp") != d)
    throw LoweringError{"RuntimeError", "expected dtype " + std::string(ir::dtypeLongName(d)) + " for `end` but got dtype " +
                                            std::string(ir::dtypeLongName(dtypeOf(b, end, "lerp"))), ""};
  if (!ir::isFloating(d)) torchNoKernel("lerp_kernel_scalar", d);
  const Arg& wa = param(args, 2);
  Operand w = wa.isTensor() ? wa.operand : sc(b, readNumber(wa, "weight"), d);
  Operand diff = op2(b, OpKind::Sub, end, start);
  Operand low = op2(b, OpKind::Add, start, op2(b, OpKind::Mul, w, diff));
  Operand high = op2(b, OpKind::Sub, end, op2(b, OpKind::Mul, diff, op2(b, OpKind::Sub, sc(b, 1.0, d), w)));
  if (!wa.isTensor()) return Lowered::one(std::abs(wa.asDouble()) < 0.5 ? low : high);
  return Lowered::one(b.apply1(OpKind::Where, {op2(b, OpKind::Lt, op1(b, OpKind::Abs, w), sc(b, 0.5, d)), low, high}));
}

Lowered lowerBitwiseNot(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = firstTensor(b, args, e);
  DType d = dtypeOf(b, x, "invert");
  if (ir::isFloating(d)) {
    if (e.framework == Framework::Torch) torchNoKernel("bitwise_not_cpu", d);
    throwTypeError("ufunc 'invert' not supported for the input types");
  }
  return Lowered::one(op1(b, OpKind::BitwiseNot, x));
}

// &, |, ^: bitwise on integers, logical on bools (one dtype after promotion).
Lowered lowerBitwiseBinary(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  auto [x, y] = promotePair(b, e.framework, param(args, 0), param(args, 1));
  DType d = dtypeOf(b, x, "bitwise op");
  const char* name = e.op == OpKind::BitwiseAnd ? "and" : e.op == OpKind::BitwiseOr ? "or" : "xor";
  if (ir::isFloating(d)) {
    if (e.framework == Framework::Torch) torchNoKernel(std::string("bitwise_") + name + "_cpu", d);
    throwTypeError(std::string("ufunc 'bitwise_") + name + "' not supported for the input types");
  }
  if (d == DType::Bool) {
    OpKind logical = e.op == OpKind::BitwiseAnd ? OpKind::LogicalAnd : e.op == OpKind::BitwiseOr ? OpKind::LogicalOr : OpKind::Ne;
    return Lowered::one(op2(b, logical, x, y));
  }
  return Lowered::one(op2(b, e.op, x, y));
}

}  // namespace pt::frontends
