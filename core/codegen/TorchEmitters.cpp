// torch 1.13 spellings. Reductions over several dims, squeeze of several dims and cumsum over the
// flattened tensor need a little more than one call in this version.
#include <algorithm>

#include "codegen/EmitHelpers.h"

namespace pt::codegen {

namespace {
std::string torchDims(const ir::Attrs& a) { return pyAxes(axesOf(a)); }

// sum/mean/amax... with dim= and keepdim= (dim=None reduces everything; with keepdim the dims are listed).
std::string torchReduce(EmitContext& c, const char* name, const Operands& o, const ir::Attrs& a, const std::string& extra = "") {
  std::string args = o[0];
  if (!axesOf(a).empty()) args += ", dim=" + torchDims(a);
  else if (keepOf(a)) args += ", dim=tuple(range(" + paren(o[0]) + ".dim()))";
  else if (!extra.empty()) args += ", dim=None";
  if (!extra.empty()) args += ", " + extra;
  if (keepOf(a)) args += ", keepdim=True";
  return fn(c, name, {args});
}

// torch 1.13's prod/all/any take one dim: reduce the listed dims one at a time, highest first.
std::string torchReduceOneDimAtATime(EmitContext& c, const char* name, const Operands& o, const ir::Attrs& a) {
  auto axes = axesOf(a);
  if (axes.empty()) {
    std::string r = fn(c, name, {o[0]});
    return keepOf(a) ? r + ".reshape([1] * " + paren(o[0]) + ".dim())" : r;
  }
  bool anyNegative = false;
  for (int64_t x : axes) anyNegative = anyNegative || x < 0;
  if (anyNegative && axes.size() > 1)
    return fn(c, name, {o[0], "dim=" + std::to_string(axes[0])});  // unreachable for traced graphs (axes are normalised)
  std::sort(axes.rbegin(), axes.rend());
  std::string r = o[0];
  for (int64_t x : axes) r = fn(c, name, {r, "dim=" + std::to_string(x), std::string("keepdim=") + pyBool(keepOf(a))});
  return r;
}
// torch.maximum/minimum need two tensors; with a Python number, clamp gives the same result
// (NaN propagates in both).
bool isNumberLiteral(const std::string& s) {
  char* end = nullptr;
  std::strtod(s.c_str(), &end);
  return !s.empty() && end && *end == '\0';
}
std::string torchExtremum(EmitContext& c, const char* name, const char* clampBound, const Operands& o) {
  if (isNumberLiteral(o[1])) return fn(c, "clamp", {o[0], std::string(clampBound) + "=" + o[1]});
  if (isNumberLiteral(o[0])) return fn(c, "clamp", {o[1], std::string(clampBound) + "=" + o[0]});
  return fn(c, name, {o[0], o[1]});
}
}  // namespace

const std::vector<EmitRule>& torchRules() {
  static const std::vector<EmitRule> rules = {
      RULE(Constant, emitConstantAttr(c, a, "tensor")),
      RULE(RandUniform, fn(c, "rand", {pyTuple(ir::attrInts(a, "shape")), "dtype=" + c.dtype(*ir::attrDType(a, "dtype"))})),
      RULE(RandNormal, fn(c, "randn", {pyTuple(ir::attrInts(a, "shape")), "dtype=" + c.dtype(*ir::attrDType(a, "dtype"))})),
      RULE(Rsqrt, fn(c, "rsqrt", {o[0]})),
      RULE(Sigmoid, fn(c, "sigmoid", {o[0]})),
      RULE(Relu, fn(c, "relu", {o[0]})),
      RULE(Erf, fn(c, "erf", {o[0]})),
      RULE(IsNan, fn(c, "isnan", {o[0]})),
      RULE(Cast, paren(o[0]) + ".to(" + c.dtype(*ir::attrDType(a, "dtype")) + ")"),
      RULE(Maximum, torchExtremum(c, "maximum", "min", o)),
      RULE(Minimum, torchExtremum(c, "minimum", "max", o)),
      RULE(Atan2, fn(c, "atan2", {o[0], o[1]})),
      RULE(LogicalAnd, fn(c, "logical_and", {o[0], o[1]})),
      RULE(LogicalOr, fn(c, "logical_or", {o[0], o[1]})),
      RULE(Where, fn(c, "where", {o[0], o[1], o[2]})),
      RULE(Clip, fn(c, "minimum", {fn(c, "maximum", {o[0], o[1]}), o[2]})),
      RULE(Sum, torchReduce(c, "sum", o, a)),
      RULE(Prod, torchReduceOneDimAtATime(c, "prod", o, a)),
      RULE(Mean, torchReduce(c, "mean", o, a)),
      RULE(Std, torchReduce(c, "std", o, a, "correction=" + std::to_string(ir::attrInt(a, "correction")))),
      RULE(Var, torchReduce(c, "var", o, a, "correction=" + std::to_string(ir::attrInt(a, "correction")))),
      RULE(ReduceMax, torchReduce(c, "amax", o, a)),
      RULE(ReduceMin, torchReduce(c, "amin", o, a)),
      RULE(ArgMax, fn(c, "argmax", {o[0], "dim=" + axisOrNone(a), "keepdim=" + pyBool(keepOf(a))})),
      RULE(ArgMin, fn(c, "argmin", {o[0], "dim=" + axisOrNone(a), "keepdim=" + pyBool(keepOf(a))})),
      RULE(All, torchReduceOneDimAtATime(c, "all", o, a)),
      RULE(Any, torchReduceOneDimAtATime(c, "any", o, a)),
      RULE(CumSum, ir::attrIsNone(a, "axis") ? fn(c, "cumsum", {paren(o[0]) + ".reshape(-1)", "dim=0"})
                                             : fn(c, "cumsum", {o[0], "dim=" + axisOrNone(a)})),
      RULE(CumProd, ir::attrIsNone(a, "axis") ? fn(c, "cumprod", withIntegerDType(c, {paren(o[0]) + ".reshape(-1)", "dim=0"}))
                                              : fn(c, "cumprod", withIntegerDType(c, {o[0], "dim=" + axisOrNone(a)}))),
      RULE(Reshape, fn(c, "reshape", {o[0], pyTuple(ir::attrInts(a, "shape"))})),
      RULE(Transpose, paren(o[0]) + ".permute" + pyTuple(ir::attrInts(a, "perm"))),
      RULE(Expand, fn(c, "broadcast_to", {o[0], pyTuple(ir::attrInts(a, "shape"))})),
      RULE(Squeeze, [&] {
        auto axes = axesOf(a);
        if (axes.empty()) return fn(c, "squeeze", {o[0]});
        std::sort(axes.rbegin(), axes.rend());
        std::string r = o[0];
        for (int64_t x : axes) r = fn(c, "squeeze", {r, std::to_string(x)});
        return r;
      }()),
      RULE(Unsqueeze, fn(c, "unsqueeze", {o[0], std::to_string(ir::attrInt(a, "axis"))})),
      RULE(Concat, fn(c, "cat", {"[" + join(o, ", ") + "]", "dim=" + std::to_string(ir::attrInt(a, "axis"))})),
      RULE(Stack, fn(c, "stack", {"[" + join(o, ", ") + "]", "dim=" + std::to_string(ir::attrInt(a, "axis"))})),
      RULE(Take, (c.requireHelper("_take", "def _take(x, indices, axis):\n"
                                           "    \"\"\"numpy.take: out.shape = x.shape[:axis] + indices.shape + x.shape[axis + 1:].\"\"\"\n"
                                           "    axis = axis % x.dim()\n"
                                           "    flat = torch.index_select(x, axis, indices.reshape(-1))\n"
                                           "    return flat.reshape(x.shape[:axis] + indices.shape + x.shape[axis + 1:])"),
                  "_take(" + o[0] + ", " + o[1] + ", " + std::to_string(ir::attrInt(a, "axis")) + ")")),
      RULE(Flip, fn(c, "flip", {o[0], "dims=" + pyTuple(axesOf(a))})),
      RULE(Softmax, fn(c, "softmax", {o[0], "dim=" + std::to_string(ir::attrInt(a, "axis"))})),
      RULE(LogSoftmax, fn(c, "log_softmax", {o[0], "dim=" + std::to_string(ir::attrInt(a, "axis"))})),
  };
  return rules;
}

}  // namespace pt::codegen
