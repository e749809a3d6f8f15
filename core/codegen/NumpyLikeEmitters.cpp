// numpy and jax.numpy share their function names and conventions; c.alias() is "np" or "jnp".
#include "codegen/EmitHelpers.h"

namespace pt::codegen {

namespace {
const char* kSoftmaxHelper = R"(def _softmax(x, axis):
    shifted = x - {A}.max(x, axis=axis, keepdims=True)
    e = {A}.exp(shifted)
    return e / {A}.sum(e, axis=axis, keepdims=True))";
const char* kLogSoftmaxHelper = R"(def _log_softmax(x, axis):
    shifted = x - {A}.max(x, axis=axis, keepdims=True)
    return shifted - {A}.log({A}.sum({A}.exp(shifted), axis=axis, keepdims=True)))";

// jax.random.uniform/normal with a key of their own per call site; the stream is jax's, not
// the source's (no framework reproduces another's random numbers), which the note says.
std::string jaxRandom(EmitContext& c, const char* distribution, const ir::Attrs& a) {
  c.requireImport("import jax");
  c.note("jax needs explicit PRNG keys: the translation uses jax.random.PRNGKey(0), (1), ... per random call, so the "
         "numbers differ from the source framework's and repeat on every call of the function");
  return std::string("jax.random.") + distribution + "(jax.random.PRNGKey(" + std::to_string(c.nextRandomKey()) + "), " +
         pyTuple(ir::attrInts(a, "shape")) + ", dtype=" + c.dtype(*ir::attrDType(a, "dtype")) + ")";
}

std::string withAlias(std::string code, const std::string& alias) {
  for (size_t p = code.find("{A}"); p != std::string::npos; p = code.find("{A}", p)) code.replace(p, 3, alias);
  return code;
}
}  // namespace

const std::vector<EmitRule>& numpyLikeRules() {
  static const std::vector<EmitRule> rules = {
      RULE(Constant, emitConstantAttr(c, a, "array")),
      UNSUPPORTED(RandUniform, "torch's random stream has no numpy equivalent; draw the values outside the function and pass them in"),
      UNSUPPORTED(RandNormal, "torch's random stream has no numpy equivalent; draw the values outside the function and pass them in"),
      RULE(Rsqrt, "1 / " + fn(c, "sqrt", {o[0]})),
      RULE(Sigmoid, "1 / (1 + " + fn(c, "exp", {"-" + paren(o[0])}) + ")"),
      RULE(Relu, fn(c, "maximum", {o[0], "0"})),
      RULE(Erf, (c.requireImport("import math"), fn(c, "vectorize", {"math.erf", "otypes=[" + paren(o[0]) + ".dtype]"}) + "(" + o[0] + ")")),
      RULE(IsNan, fn(c, "isnan", {o[0]})),
      RULE(Cast, paren(o[0]) + ".astype(" + c.dtype(*ir::attrDType(a, "dtype")) + ")"),
      RULE(Maximum, fn(c, "maximum", {o[0], o[1]})),
      RULE(Minimum, fn(c, "minimum", {o[0], o[1]})),
      RULE(Atan2, fn(c, "arctan2", {o[0], o[1]})),
      RULE(LogicalAnd, fn(c, "logical_and", {o[0], o[1]})),
      RULE(LogicalOr, fn(c, "logical_or", {o[0], o[1]})),
      RULE(Where, fn(c, "where", {o[0], o[1], o[2]})),
      RULE(Clip, fn(c, "minimum", {fn(c, "maximum", {o[0], o[1]}), o[2]})),
      RULE(Sum, fn(c, "sum", {reduceArgs(o, a, "axis", "keepdims")})),
      RULE(Prod, fn(c, "prod", {reduceArgs(o, a, "axis", "keepdims")})),
      RULE(Mean, fn(c, "mean", {reduceArgs(o, a, "axis", "keepdims")})),
      RULE(Std, fn(c, "std", {reduceArgs(o, a, "axis", "keepdims"), "ddof=" + std::to_string(ir::attrInt(a, "correction"))})),
      RULE(Var, fn(c, "var", {reduceArgs(o, a, "axis", "keepdims"), "ddof=" + std::to_string(ir::attrInt(a, "correction"))})),
      RULE(ReduceMax, fn(c, "max", {reduceArgs(o, a, "axis", "keepdims")})),
      RULE(ReduceMin, fn(c, "min", {reduceArgs(o, a, "axis", "keepdims")})),
      RULE(ArgMax, fn(c, "argmax", {o[0], "axis=" + axisOrNone(a), "keepdims=" + pyBool(keepOf(a))})),
      RULE(ArgMin, fn(c, "argmin", {o[0], "axis=" + axisOrNone(a), "keepdims=" + pyBool(keepOf(a))})),
      RULE(All, fn(c, "all", {reduceArgs(o, a, "axis", "keepdims")})),
      RULE(Any, fn(c, "any", {reduceArgs(o, a, "axis", "keepdims")})),
      RULE(CumSum, fn(c, "cumsum", {o[0], "axis=" + axisOrNone(a)})),
      RULE(CumProd, fn(c, "cumprod", withIntegerDType(c, {o[0], "axis=" + axisOrNone(a)}))),
      RULE(Asin, fn(c, "arcsin", {o[0]})),
      RULE(Acos, fn(c, "arccos", {o[0]})),
      RULE(Atan, fn(c, "arctan", {o[0]})),
      RULE(Asinh, fn(c, "arcsinh", {o[0]})),
      RULE(Acosh, fn(c, "arccosh", {o[0]})),
      RULE(Atanh, fn(c, "arctanh", {o[0]})),
      RULE(BitwiseNot, fn(c, "invert", {o[0]})),
      RULE(Reshape, fn(c, "reshape", {o[0], pyTuple(ir::attrInts(a, "shape"))})),
      RULE(Transpose, fn(c, "transpose", {o[0], pyTuple(ir::attrInts(a, "perm"))})),
      RULE(Expand, fn(c, "broadcast_to", {o[0], pyTuple(ir::attrInts(a, "shape"))})),
      RULE(Squeeze, axesOf(a).empty() ? fn(c, "squeeze", {o[0]}) : fn(c, "squeeze", {o[0], "axis=" + pyAxes(axesOf(a))})),
      RULE(Unsqueeze, fn(c, "expand_dims", {o[0], std::to_string(ir::attrInt(a, "axis"))})),
      RULE(Concat, fn(c, "concatenate", {"[" + join(o, ", ") + "]", "axis=" + std::to_string(ir::attrInt(a, "axis"))})),
      RULE(Stack, fn(c, "stack", {"[" + join(o, ", ") + "]", "axis=" + std::to_string(ir::attrInt(a, "axis"))})),
      RULE(Take, fn(c, "take", {o[0], o[1], "axis=" + std::to_string(ir::attrInt(a, "axis"))})),
      RULE(Flip, fn(c, "flip", {o[0], "axis=" + pyTuple(axesOf(a))})),
      RULE(Softmax, (c.requireHelper("_softmax", withAlias(kSoftmaxHelper, c.alias())),
                     "_softmax(" + o[0] + ", axis=" + std::to_string(ir::attrInt(a, "axis")) + ")")),
      RULE(LogSoftmax, (c.requireHelper("_log_softmax", withAlias(kLogSoftmaxHelper, c.alias())),
                        "_log_softmax(" + o[0] + ", axis=" + std::to_string(ir::attrInt(a, "axis")) + ")")),
  };
  return rules;
}

// jax.numpy differs where numpy has no function or where jax has its own (jax.nn, jax.lax, PRNG keys).
const std::vector<EmitRule>& jaxOverrides() {
  static const std::vector<EmitRule> rules = {
      RULE(Sigmoid, (c.requireImport("import jax"), "jax.nn.sigmoid(" + o[0] + ")")),
      RULE(Relu, (c.requireImport("import jax"), "jax.nn.relu(" + o[0] + ")")),
      RULE(Erf, (c.requireImport("import jax"), "jax.scipy.special.erf(" + o[0] + ")")),
      RULE(Rsqrt, (c.requireImport("import jax"), "jax.lax.rsqrt(" + o[0] + ")")),
      RULE(Softmax, (c.requireImport("import jax"), "jax.nn.softmax(" + o[0] + ", axis=" + std::to_string(ir::attrInt(a, "axis")) + ")")),
      RULE(LogSoftmax,
           (c.requireImport("import jax"), "jax.nn.log_softmax(" + o[0] + ", axis=" + std::to_string(ir::attrInt(a, "axis")) + ")")),
      RULE(RandUniform, jaxRandom(c, "uniform", a)),
      RULE(RandNormal, jaxRandom(c, "normal", a)),
  };
  return rules;
}

}  // namespace pt::codegen
