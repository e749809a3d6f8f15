#include "frontends/NumpyLikeApi.h"

#include "frontends/Lowerings.h"
#include "frontends/Promotion.h"
#include "frontends/TorchApiParts.h"

namespace pt::frontends {

namespace {
// np.linspace / jnp.linspace with the endpoint included. The IR's linspace has torch's values,
// which may differ from numpy's in the last bit.
Lowered lowerNumpyLinspace(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  if (!readBool(args.get("endpoint"), "endpoint") || readBool(args.get("retstep"), "retstep") ||
      readInt(args.get("axis"), "axis") != 0)
    throwUnsupported("unsupported-argument", "linspace with endpoint=False, retstep or axis");
  double start = readNumber(args.get("start"), "start"), stop = readNumber(args.get("stop"), "stop");
  int64_t num = readInt(args.get("num"), "num");
  ir::DType d = readDType(args.get("dtype")).value_or(defaultFloat(e.framework));
  return Lowered::one(b.apply1(ir::OpKind::Linspace, {}, {{"start", start}, {"stop", stop}, {"num", num}, {"dtype", d},
                                                          {"shape", std::vector<int64_t>{num}}}));
}
}  // namespace

std::vector<ApiRow> numpyLikeFunctionRows() {
  using enum ir::OpKind;
  // ufuncs accept out/where/casting/dtype keywords; Polytrace reads only the operands.
  const char* unary = "x, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True";
  const char* binary = "x1, x2, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True";
  return {
      {"mean", "a, axis=None, dtype=None, out=None, keepdims=False, *, where=None", lowerFloatReduce, Mean},
      {"sum", "a, axis=None, dtype=None, out=None, keepdims=False, initial=None, where=None", lowerReduce, Sum},
      {"prod", "a, axis=None, dtype=None, out=None, keepdims=False, initial=None, where=None", lowerReduce, Prod},
      {"std", "a, axis=None, dtype=None, out=None, ddof=0, keepdims=False, *, where=None", lowerFloatReduce, Std, {},
       "ddof defaults to 0 (biased)"},
      {"var", "a, axis=None, dtype=None, out=None, ddof=0, keepdims=False, *, where=None", lowerFloatReduce, Var, {},
       "ddof defaults to 0 (biased)"},
      {"max", "a, axis=None, out=None, keepdims=False, initial=None, where=None", lowerReduce, ReduceMax},
      {"amax", "a, axis=None, out=None, keepdims=False, initial=None, where=None", lowerReduce, ReduceMax},
      {"min", "a, axis=None, out=None, keepdims=False, initial=None, where=None", lowerReduce, ReduceMin},
      {"amin", "a, axis=None, out=None, keepdims=False, initial=None, where=None", lowerReduce, ReduceMin},
      {"argmax", "a, axis=None, out=None, *, keepdims=False", lowerArgReduce, ArgMax},
      {"argmin", "a, axis=None, out=None, *, keepdims=False", lowerArgReduce, ArgMin},
      {"all", "a, axis=None, out=None, keepdims=False, *, where=None", lowerReduce, All},
      {"any", "a, axis=None, out=None, keepdims=False, *, where=None", lowerReduce, Any},
      {"cumsum", "a, axis=None, dtype=None, out=None", lowerCumSum, CumSum, {}, "axis=None flattens"},
      {"abs", unary, lowerUnary, Abs},
      {"absolute", unary, lowerUnary, Abs},
      {"negative", unary, lowerNeg, Neg},
      {"sign", unary, lowerUnary, Sign},
      {"exp", unary, lowerFloatUnary, Exp},
      {"log", unary, lowerFloatUnary, Log},
      {"log1p", unary, lowerFloatUnary, Log1p},
      {"expm1", unary, lowerFloatUnary, Expm1},
      {"sqrt", unary, lowerFloatUnary, Sqrt},
      {"square", unary, lowerUnary, Square},
      {"reciprocal", unary, lowerUnary, Reciprocal},
      {"sin", unary, lowerFloatUnary, Sin},
      {"cos", unary, lowerFloatUnary, Cos},
      {"tan", unary, lowerFloatUnary, Tan},
      {"tanh", unary, lowerFloatUnary, Tanh},
      {"floor", unary, lowerUnary, Floor},
      {"ceil", unary, lowerUnary, Ceil},
      {"round", "a, decimals=0, out=None", lowerRound, Round, {}, "half to even"},
      {"isnan", unary, lowerUnary, IsNan},
      {"logical_not", unary, lowerUnary, LogicalNot},
      {"add", binary, lowerBinary, Add},
      {"subtract", binary, lowerBinary, Sub},
      {"multiply", binary, lowerBinary, Mul},
      {"divide", binary, lowerTrueDivide, Div},
      {"true_divide", binary, lowerTrueDivide, Div},
      {"floor_divide", binary, lowerBinary, FloorDiv},
      {"mod", binary, lowerBinary, Remainder, {}, "sign of the divisor"},
      {"remainder", binary, lowerBinary, Remainder},
      {"power", binary, lowerBinary, Pow},
      {"maximum", binary, lowerBinary, Maximum},
      {"minimum", binary, lowerBinary, Minimum},
      {"arctan2", binary, lowerBinary, Atan2},
      {"equal", binary, lowerBinary, Eq},
      {"not_equal", binary, lowerBinary, Ne},
      {"less", binary, lowerBinary, Lt},
      {"less_equal", binary, lowerBinary, Le},
      {"greater", binary, lowerBinary, Gt},
      {"greater_equal", binary, lowerBinary, Ge},
      {"logical_and", binary, lowerBinary, LogicalAnd},
      {"logical_or", binary, lowerBinary, LogicalOr},
      {"where", "condition, x, y", lowerWhere, Where},
      {"clip", "a, a_min, a_max, out=None", lowerClip, Clip},
      {"matmul", "x1, x2, out=None", lowerMatMul, MatMul},
      {"reshape", "a, newshape, order='C'", lowerReshape, Reshape},
      {"transpose", "a, axes=None", lowerTransposeAxes, Transpose, {}, "no axes reverses all dims"},
      {"squeeze", "a, axis=None", lowerSqueeze, Squeeze},
      {"broadcast_to", "array, shape, subok=False", lowerBroadcastTo, Expand},
      {"expand_dims", "a, axis", lowerUnsqueeze, Unsqueeze},
      {"concatenate", "arrays, axis=0, out=None, dtype=None, casting='same_kind'", lowerConcat, Concat},
      {"stack", "arrays, axis=0, out=None", lowerConcat, Stack},
      {"flip", "m, axis=None", lowerFlip, Flip},
      {"take", "a, indices, axis=None, out=None, mode='raise'", lowerTake, Take, {}, "axis=None flattens"},
      {"array", "object, dtype=None, *, copy=True, order='K', subok=False, ndmin=0, like=None", lowerFromData, Constant},
      {"asarray", "a, dtype=None, order=None, *, like=None", lowerFromData, Constant},
      {"zeros", "shape, dtype=None, order='C', *, like=None", lowerFull, Full, {{"value", 0.0}}},
      {"ones", "shape, dtype=None, order='C', *, like=None", lowerFull, Full, {{"value", 1.0}}},
      {"full", "shape, fill_value, dtype=None, order='C', *, like=None", lowerFull, Full},
      {"zeros_like", "a, dtype=None, order='K', subok=True, shape=None", lowerFullLike, Full, {{"value", 0.0}}},
      {"ones_like", "a, dtype=None, order='K', subok=True, shape=None", lowerFullLike, Full, {{"value", 1.0}}},
      {"full_like", "a, fill_value, dtype=None, order='K', subok=True, shape=None", lowerFullLike, Full},
      {"arange", "start, stop=None, step=None, dtype=None, *, like=None", lowerArange, Arange},
      {"linspace", "start, stop, num=50, endpoint=True, retstep=False, dtype=None, axis=0", lowerNumpyLinspace, Linspace, {},
       "torch's values (may differ in the last bit)"},
      {"fmod", binary, lowerBinary, Fmod, {}, "sign of the dividend"},
      {"bitwise_and", binary, lowerBinary, BitwiseAnd},
      {"bitwise_or", binary, lowerBinary, BitwiseOr},
      {"einsum", "subscripts, *operands, out=None, dtype=None, order='K', casting='safe', optimize=False", lowerEinsum, Mul,
       {}, "decomposed: transpose, multiply, sum"},
  };
}

}  // namespace pt::frontends
