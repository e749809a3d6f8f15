// numpy and jax.numpy beyond the basics of NumpyLikeApi.cpp: inverse/hyperbolic trigonometry,
// bit operations, NaN-aware reductions, and the functions that decompose into existing ops
// (Decompositions.h): special values, stacks and splits, triangles, products, norms.
#include <cmath>

#include "frontends/Decompositions.h"
#include "frontends/Lowerings.h"
#include "frontends/NumpyLikeApi.h"

namespace pt::frontends {

namespace {
// ufuncs accept out/where/casting/dtype keywords; Polytrace reads only the operands.
const char* kUnary = "x, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True";
const char* kBinary = "x1, x2, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True";
}  // namespace

std::vector<ApiRow> numpyLikeMathRows() {
  using enum ir::OpKind;
  const ir::Attrs toRadians{{"factor", M_PI / 180.0}}, toDegrees{{"factor", 180.0 / M_PI}};
  return {
      {"arcsin", kUnary, lowerFloatUnary, Asin},
      {"arccos", kUnary, lowerFloatUnary, Acos},
      {"arctan", kUnary, lowerFloatUnary, Atan},
      {"sinh", kUnary, lowerFloatUnary, Sinh},
      {"cosh", kUnary, lowerFloatUnary, Cosh},
      {"arcsinh", kUnary, lowerFloatUnary, Asinh},
      {"arccosh", kUnary, lowerFloatUnary, Acosh},
      {"arctanh", kUnary, lowerFloatUnary, Atanh},
      {"log2", kUnary, lowerFloatUnary, Log2},
      {"log10", kUnary, lowerFloatUnary, Log10},
      {"exp2", kUnary, lowerExp2, Pow, {}, "2 ** x"},
      {"bitwise_xor", kBinary, lowerBitwiseBinary, BitwiseXor, {}, "bools: not-equal"},
      {"invert", kUnary, lowerBitwiseNot, BitwiseNot, {}, "bools: logical not"},
      {"bitwise_not", kUnary, lowerBitwiseNot, BitwiseNot, {}, "bools: logical not"},
      {"cumprod", "a, axis=None, dtype=None, out=None", lowerCumSum, CumProd, {}, "axis=None flattens"},
      {"isinf", kUnary, lowerIsInf, Eq, {}, "|x| == inf"},
      {"isposinf", "x, out=None", lowerIsInf, Eq, {{"sign", int64_t{1}}}},
      {"isneginf", "x, out=None", lowerIsInf, Eq, {{"sign", int64_t{-1}}}},
      {"isfinite", kUnary, lowerIsFinite, Lt, {}, "|x| < inf"},
      {"hypot", kBinary, lowerHypot, Sqrt, {}, "max * sqrt(1 + (min/max)^2): no overflow"},
      {"deg2rad", kUnary, lowerScale, Mul, toRadians},
      {"radians", kUnary, lowerScale, Mul, toRadians},
      {"rad2deg", kUnary, lowerScale, Mul, toDegrees},
      {"degrees", kUnary, lowerScale, Mul, toDegrees},
      {"logaddexp", kBinary, lowerLogAddExp, Log1p, {}, "max + log1p(exp(-|x - y|))"},
      {"logaddexp2", kBinary, lowerLogAddExp, Log1p, {{"base2", true}}},
      {"logical_xor", kBinary, lowerLogicalXor, Ne},
      {"isclose", "a, b, rtol=1e-05, atol=1e-08, equal_nan=False", lowerIsClose, Le, {}, "numpy's formula, inf compared exactly"},
      {"allclose", "a, b, rtol=1e-05, atol=1e-08, equal_nan=False", lowerAllClose, All, {}, "a Python bool (known when running)"},
      {"array_equal", "a1, a2, equal_nan=False", lowerArrayEqual, All, {}, "a Python bool (known when running)"},
      {"nan_to_num", "x, copy=True, nan=0.0, posinf=None, neginf=None", lowerNanToNum, Where},
      {"fmax", kBinary, lowerFMaxMin, Maximum, {}, "NaN ignored"},
      {"fmin", kBinary, lowerFMaxMin, Minimum, {}, "NaN ignored"},
      {"trunc", kUnary, lowerTrunc, Where, {}, "ceil below zero, floor above"},
      {"rint", kUnary, lowerFloatUnary, Round, {}, "half to even; float loops only"},
      {"around", "a, decimals=0, out=None", lowerRound, Round, {}, "half to even"},
      {"positive", kUnary, lowerPositive, Cast},
      {"fabs", kUnary, lowerFloatAbs, Abs},
      {"nansum", "a, axis=None, dtype=None, out=None, keepdims=False, initial=None, where=None", lowerNanReduce, Sum},
      {"nanprod", "a, axis=None, dtype=None, out=None, keepdims=False, initial=None, where=None", lowerNanReduce, Prod},
      {"nanmean", "a, axis=None, dtype=None, out=None, keepdims=False, *, where=None", lowerNanReduce, Mean},
      {"nanmax", "a, axis=None, out=None, keepdims=False, initial=None, where=None", lowerNanReduce, ReduceMax,
       {}, "all-NaN slices give NaN"},
      {"nanmin", "a, axis=None, out=None, keepdims=False, initial=None, where=None", lowerNanReduce, ReduceMin,
       {}, "all-NaN slices give NaN"},
      {"count_nonzero", "a, axis=None, *, keepdims=False", lowerCountNonzero, Sum},
      {"ptp", "a, axis=None, out=None, keepdims=False", lowerPtp, Sub, {}, "max - min"},
      {"average", "a, axis=None, weights=None, returned=False, *, keepdims=False", lowerAverage, Mean,
       {}, "weights of the array's shape"},
      // shapes
      {"swapaxes", "a, axis1, axis2", lowerSwapAxes, Transpose},
      {"moveaxis", "a, source, destination", lowerMoveAxis, Transpose},
      {"ravel", "a, order='C'", lowerRavel, Reshape},
      {"atleast_1d", "*arys", lowerAtLeast, Reshape, {{"ndim", int64_t{1}}}},
      {"atleast_2d", "*arys", lowerAtLeast, Reshape, {{"ndim", int64_t{2}}}},
      {"atleast_3d", "*arys", lowerAtLeast, Reshape, {{"ndim", int64_t{3}}}},
      {"hstack", "tup, *, dtype=None, casting='same_kind'", lowerStackAlong, Concat, {{"mode", std::string("h")}}},
      {"vstack", "tup, *, dtype=None, casting='same_kind'", lowerStackAlong, Concat, {{"mode", std::string("v")}}},
      {"dstack", "tup", lowerStackAlong, Concat, {{"mode", std::string("d")}}},
      {"column_stack", "tup", lowerStackAlong, Concat, {{"mode", std::string("column")}}},
      {"split", "ary, indices_or_sections, axis=0", lowerSplit, Slice, {{"mode", std::string("np")}}, "a list"},
      {"array_split", "ary, indices_or_sections, axis=0", lowerSplit, Slice, {{"mode", std::string("array")}}, "a list"},
      {"hsplit", "ary, indices_or_sections", lowerSplit, Slice, {{"mode", std::string("np")}, {"axis", int64_t{1}}}, "a list"},
      {"vsplit", "ary, indices_or_sections", lowerSplit, Slice,
       {{"mode", std::string("np")}, {"axis", int64_t{0}}, {"rows", true}}, "a list"},
      {"dsplit", "ary, indices_or_sections", lowerSplit, Slice, {{"mode", std::string("np")}, {"axis", int64_t{2}}}, "a list"},
      {"tile", "A, reps", lowerTile, Expand},
      {"repeat", "a, repeats, axis=None", lowerRepeat, Expand, {}, "counts per element gather their indices"},
      {"roll", "a, shift, axis=None", lowerRoll, Concat},
      {"diff", "a, n=1, axis=-1, prepend=None, append=None", lowerDiff, Sub, {}, "bools: not-equal"},
      {"fliplr", "m", lowerFlipAxis, Flip, {{"axis", int64_t{1}}}},
      {"flipud", "m", lowerFlipAxis, Flip, {{"axis", int64_t{0}}}},
      {"rot90", "m, k=1, axes=None", lowerRot90, Flip},
      {"tril", "m, k=0", lowerTriangle, Where},
      {"triu", "m, k=0", lowerTriangle, Where, {{"upper", true}}},
      {"eye", "N, M=None, k=0, dtype=None, order='C', *, like=None", lowerEye, Eq},
      {"identity", "n, dtype=None, *, like=None", lowerEye, Eq},
      {"tri", "N, M=None, k=0, dtype=None, *, like=None", lowerEye, Le, {{"lower", true}}},
      {"diag", "v, k=0", lowerDiag, Where},
      {"diagonal", "a, offset=0, axis1=0, axis2=1", lowerDiagonal, Take},
      {"trace", "a, offset=0, axis1=0, axis2=1, dtype=None, out=None", lowerTrace, Sum},
      // products
      {"outer", "a, b, out=None", lowerOuter, Mul},
      {"inner", "a, b", lowerInner, MatMul},
      {"dot", "a, b, out=None", lowerDot, MatMul},
      {"vdot", "a, b", lowerVdot, MatMul},
      {"tensordot", "a, b, axes=2", lowerTensordot, MatMul, {}, "transposes and one matrix product"},
      // creation and copies
      {"empty", "shape, dtype=None, order='C', *, like=None", lowerFull, Full, {{"value", 0.0}},
       "zeros (numpy leaves the contents unspecified)"},
      {"empty_like", "prototype, dtype=None, order='K', subok=True, shape=None", lowerFullLike, Full, {{"value", 0.0}},
       "zeros (numpy leaves the contents unspecified)"},
      {"copy", "a, order='K', subok=False", lowerIdentity, Cast},
  };
}

std::vector<ApiRow> numpyLikeLinalgRows() {
  using enum ir::OpKind;
  return {
      {"norm", "x, ord=None, axis=None, keepdims=False", lowerLinalgNorm, Sqrt,
       {}, "vector norms; matrix 'fro', 1, -1, inf, -inf (2, -2, 'nuc' unsupported)"},
      {"multi_dot", "arrays, *, out=None", lowerMultiDot, MatMul, {}, "left to right"},
  };
}

std::vector<ApiRow> ndarrayMathMethodRows() {
  using enum ir::OpKind;
  return {
      {"ravel", "self, order='C'", lowerRavel, Reshape},
      {"swapaxes", "self, axis1, axis2", lowerSwapAxes, Transpose},
      {"cumprod", "self, axis=None, dtype=None, out=None", lowerCumSum, CumProd},
      {"round", "self, decimals=0, out=None", lowerRound, Round, {}, "half to even"},
      {"trace", "self, offset=0, axis1=0, axis2=1, dtype=None, out=None", lowerTrace, Sum},
      {"diagonal", "self, offset=0, axis1=0, axis2=1", lowerDiagonal, Take},
      {"dot", "self, b, out=None", lowerDot, MatMul},
      {"repeat", "self, repeats, axis=None", lowerRepeat, Expand},
      {"ptp", "self, axis=None, out=None, keepdims=False", lowerPtp, Sub},
  };
}

}  // namespace pt::frontends
