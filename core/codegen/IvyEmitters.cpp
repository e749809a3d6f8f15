// ivy's functional API (the framework-neutral target: "unify").
#include "codegen/EmitHelpers.h"

namespace pt::codegen {

namespace {
std::string ivyReduce(EmitContext& c, const char* name, const Operands& o, const ir::Attrs& a, const std::string& extra = "") {
  std::vector<std::string> args{o[0]};
  if (!axesOf(a).empty()) args.push_back("axis=" + pyAxes(axesOf(a)));
  if (!extra.empty()) args.push_back(extra);
  if (keepOf(a)) args.push_back("keepdims=True");
  return fn(c, name, args);
}
}  // namespace

const std::vector<EmitRule>& ivyRules() {
  static const std::vector<EmitRule> rules = {
      RULE(Constant, emitConstantAttr(c, a, "array")),
      RULE(RandUniform, fn(c, "random_uniform", {"shape=" + pyTuple(ir::attrInts(a, "shape")), "dtype=" + c.dtype(*ir::attrDType(a, "dtype"))})),
      RULE(RandNormal, fn(c, "random_normal", {"shape=" + pyTuple(ir::attrInts(a, "shape")), "dtype=" + c.dtype(*ir::attrDType(a, "dtype"))})),
      RULE(Neg, fn(c, "negative", {o[0]})),
      RULE(Rsqrt, fn(c, "reciprocal", {fn(c, "sqrt", {o[0]})})),
      RULE(Sigmoid, fn(c, "sigmoid", {o[0]})),
      RULE(Relu, fn(c, "relu", {o[0]})),
      RULE(Erf, fn(c, "erf", {o[0]})),
      RULE(IsNan, fn(c, "isnan", {o[0]})),
      RULE(Cast, fn(c, "astype", {o[0], c.dtype(*ir::attrDType(a, "dtype"))})),
      RULE(Add, fn(c, "add", {o[0], o[1]})),
      RULE(Sub, fn(c, "subtract", {o[0], o[1]})),
      RULE(Mul, fn(c, "multiply", {o[0], o[1]})),
      RULE(Div, fn(c, "divide", {o[0], o[1]})),
      RULE(FloorDiv, fn(c, "floor_divide", {o[0], o[1]})),
      RULE(Remainder, fn(c, "remainder", {o[0], o[1]})),
      RULE(Fmod, fn(c, "fmod", {o[0], o[1]})),
      RULE(BitwiseNot, fn(c, "bitwise_invert", {o[0]})),
      RULE(CumProd, ir::attrIsNone(a, "axis") ? fn(c, "cumprod", withIntegerDType(c, {fn(c, "reshape", {o[0], "(-1,)"}), "axis=0"}))
                                              : fn(c, "cumprod", withIntegerDType(c, {o[0], "axis=" + axisOrNone(a)}))),
      RULE(Pow, fn(c, "pow", {o[0], o[1]})),
      RULE(Maximum, fn(c, "maximum", {o[0], o[1]})),
      RULE(Minimum, fn(c, "minimum", {o[0], o[1]})),
      RULE(Atan2, fn(c, "atan2", {o[0], o[1]})),
      RULE(Eq, fn(c, "equal", {o[0], o[1]})),
      RULE(Ne, fn(c, "not_equal", {o[0], o[1]})),
      RULE(Lt, fn(c, "less", {o[0], o[1]})),
      RULE(Le, fn(c, "less_equal", {o[0], o[1]})),
      RULE(Gt, fn(c, "greater", {o[0], o[1]})),
      RULE(Ge, fn(c, "greater_equal", {o[0], o[1]})),
      RULE(LogicalAnd, fn(c, "logical_and", {o[0], o[1]})),
      RULE(LogicalOr, fn(c, "logical_or", {o[0], o[1]})),
      RULE(Where, fn(c, "where", {o[0], o[1], o[2]})),
      RULE(Clip, fn(c, "minimum", {fn(c, "maximum", {o[0], o[1]}), o[2]})),
      RULE(Sum, ivyReduce(c, "sum", o, a)),
      RULE(Prod, ivyReduce(c, "prod", o, a)),
      RULE(Mean, ivyReduce(c, "mean", o, a)),
      RULE(Std, ivyReduce(c, "std", o, a, "correction=" + std::to_string(ir::attrInt(a, "correction")))),
      RULE(Var, ivyReduce(c, "var", o, a, "correction=" + std::to_string(ir::attrInt(a, "correction")))),
      RULE(ReduceMax, ivyReduce(c, "max", o, a)),
      RULE(ReduceMin, ivyReduce(c, "min", o, a)),
      RULE(ArgMax, fn(c, "argmax", {o[0], "axis=" + axisOrNone(a), "keepdims=" + pyBool(keepOf(a))})),
      RULE(ArgMin, fn(c, "argmin", {o[0], "axis=" + axisOrNone(a), "keepdims=" + pyBool(keepOf(a))})),
      RULE(All, ivyReduce(c, "all", o, a)),
      RULE(Any, ivyReduce(c, "any", o, a)),
      RULE(CumSum, ir::attrIsNone(a, "axis") ? fn(c, "cumsum", {fn(c, "reshape", {o[0], "(-1,)"}), "axis=0"})
                                             : fn(c, "cumsum", {o[0], "axis=" + axisOrNone(a)})),
      RULE(Reshape, fn(c, "reshape", {o[0], pyTuple(ir::attrInts(a, "shape"))})),
      RULE(Transpose, fn(c, "permute_dims", {o[0], "axes=" + pyTuple(ir::attrInts(a, "perm"))})),
      RULE(Expand, fn(c, "broadcast_to", {o[0], pyTuple(ir::attrInts(a, "shape"))})),
      RULE(Squeeze, axesOf(a).empty() ? fn(c, "squeeze", {o[0]}) : fn(c, "squeeze", {o[0], "axis=" + pyAxes(axesOf(a))})),
      RULE(Unsqueeze, fn(c, "expand_dims", {o[0], "axis=" + std::to_string(ir::attrInt(a, "axis"))})),
      RULE(Concat, fn(c, "concat", {"[" + join(o, ", ") + "]", "axis=" + std::to_string(ir::attrInt(a, "axis"))})),
      RULE(Stack, fn(c, "stack", {"[" + join(o, ", ") + "]", "axis=" + std::to_string(ir::attrInt(a, "axis"))})),
      RULE(Take, fn(c, "gather", {o[0], o[1], "axis=" + std::to_string(ir::attrInt(a, "axis"))})),
      RULE(Flip, fn(c, "flip", {o[0], "axis=" + pyTuple(axesOf(a))})),
      RULE(MatMul, fn(c, "matmul", {o[0], o[1]})),
      RULE(Softmax, fn(c, "softmax", {o[0], "axis=" + std::to_string(ir::attrInt(a, "axis"))})),
      RULE(LogSoftmax, fn(c, "log_softmax", {o[0], "axis=" + std::to_string(ir::attrInt(a, "axis"))})),
  };
  return rules;
}

}  // namespace pt::codegen
