// TensorFlow 2 spellings. Where TF's own op has a different convention (biased std, argument-
// order-dependent NaN handling in maximum, rank-2 matmul, axis=None in argmax), the rule spells
// the source semantics out with a small helper.
#include "codegen/EmitHelpers.h"

namespace pt::codegen {

namespace {
const char* kStdHelper = R"(def _std(x, axis=None, keepdims=False, correction=0):
    """Standard deviation with an explicit correction: sqrt(sum((x - mean)^2) / (N - correction))."""
    return tf.math.sqrt(_var(x, axis=axis, keepdims=keepdims, correction=correction)))";
const char* kVarHelper = R"(def _var(x, axis=None, keepdims=False, correction=0):
    """Variance with an explicit correction (tf.math.reduce_variance is always biased)."""
    mean = tf.math.reduce_mean(x, axis=axis, keepdims=True)
    total = tf.math.reduce_sum(tf.math.square(x - mean), axis=axis, keepdims=keepdims)
    n = tf.cast(tf.size(x), x.dtype) / tf.cast(tf.size(mean), x.dtype)
    return total / (n - correction))";
const char* kNanMaximum = R"(def _maximum(a, b):
    """torch/numpy maximum: NaN in either operand gives NaN (tf.math.maximum depends on the order)."""
    if not a.dtype.is_floating:
        return tf.math.maximum(a, b)
    return tf.where(tf.math.is_nan(a) | tf.math.is_nan(b), a + b, tf.math.maximum(a, b)))";
const char* kNanMinimum = R"(def _minimum(a, b):
    """torch/numpy minimum: NaN in either operand gives NaN (tf.math.minimum depends on the order)."""
    if not a.dtype.is_floating:
        return tf.math.minimum(a, b)
    return tf.where(tf.math.is_nan(a) | tf.math.is_nan(b), a + b, tf.math.minimum(a, b)))";
const char* kMatmul = R"(def _matmul(a, b):
    """numpy/torch matmul semantics, including 1-D operands (tf.linalg.matmul needs rank >= 2)."""
    if a.ndim == 1 and b.ndim == 1:
        return tf.tensordot(a, b, axes=1)
    if a.ndim == 1:
        return tf.squeeze(tf.linalg.matmul(a[tf.newaxis, :], b), axis=-2)
    if b.ndim == 1:
        return tf.squeeze(tf.linalg.matmul(a, b[:, tf.newaxis]), axis=-1)
    return tf.linalg.matmul(a, b))";

std::string stdLike(EmitContext& c, const char* biasedFn, const char* helper, const Operands& o, const ir::Attrs& a) {
  int64_t correction = ir::attrInt(a, "correction");
  if (correction == 0) return "tf.math." + std::string(biasedFn) + "(" + reduceArgs(o, a, "axis", "keepdims") + ")";
  c.requireHelper("_var", kVarHelper);
  if (std::string(helper) == "_std") c.requireHelper("_std", kStdHelper);
  return std::string(helper) + "(" + reduceArgs(o, a, "axis", "keepdims") + ", correction=" + std::to_string(correction) + ")";
}

// The IR's take counts negative indices from the end; tf.gather rejects them on the CPU (§27).
std::string wrappedIndices(EmitContext& c, const Operands& o, const ir::Attrs& a) {
  auto x = c.operandType(0);
  if (!x) return o[1];
  int64_t axis = ir::attrInt(a, "axis");
  if (axis < 0) axis += x->rank();
  if (axis < 0 || axis >= x->rank()) return o[1];
  return paren(o[1]) + " % " + std::to_string(x->shape[static_cast<size_t>(axis)]);
}

std::string tfReduce(const char* name, const Operands& o, const ir::Attrs& a) {
  return "tf.math." + std::string(name) + "(" + reduceArgs(o, a, "axis", "keepdims") + ")";
}

std::string tfArgReduce(const char* name, const Operands& o, const ir::Attrs& a) {
  std::string x = o[0];
  std::string axis = "0";
  if (ir::attrIsNone(a, "axis")) x = "tf.reshape(" + o[0] + ", [-1])";
  else axis = std::to_string(ir::attrInt(a, "axis"));
  std::string r = "tf.math." + std::string(name) + "(" + x + ", axis=" + axis + ")";
  if (keepOf(a)) r = "tf.expand_dims(" + r + ", axis=" + axis + ")";
  return r;
}
}  // namespace

const std::vector<EmitRule>& tensorFlowRules() {
  static const std::vector<EmitRule> rules = {
      RULE(Constant, emitConstantAttr(c, a, "constant")),
      RULE(FullLike, "tf.fill(tf.shape(" + o[0] + "), tf.constant(" +
                         pyNumber(ir::attrFloat(a, "value"), ir::attrDType(a, "dtype").value_or(ir::DType::Float64)) +
                         ", dtype=" + (ir::attrDType(a, "dtype") ? c.dtype(*ir::attrDType(a, "dtype")) : paren(o[0]) + ".dtype") + "))"),
      RULE(Full, "tf.fill(" + pyList(ir::attrInts(a, "shape")) + ", tf.constant(" +
                     pyNumber(ir::attrFloat(a, "value"), *ir::attrDType(a, "dtype")) + ", dtype=" +
                     c.dtype(*ir::attrDType(a, "dtype")) + "))"),
      RULE(Arange, "tf.range(" + pyNumber(ir::attrFloat(a, "start"), *ir::attrDType(a, "dtype")) + ", " +
                       pyNumber(ir::attrFloat(a, "stop"), *ir::attrDType(a, "dtype")) + ", " +
                       pyNumber(ir::attrFloat(a, "step", 1), *ir::attrDType(a, "dtype")) + ", dtype=" +
                       c.dtype(*ir::attrDType(a, "dtype")) + ")"),
      RULE(RandUniform, "tf.random.uniform(" + pyList(ir::attrInts(a, "shape")) + ", dtype=" + c.dtype(*ir::attrDType(a, "dtype")) + ")"),
      RULE(RandNormal, "tf.random.normal(" + pyList(ir::attrInts(a, "shape")) + ", dtype=" + c.dtype(*ir::attrDType(a, "dtype")) + ")"),
      RULE(Rsqrt, "tf.math.rsqrt(" + o[0] + ")"),
      RULE(Sigmoid, "tf.math.sigmoid(" + o[0] + ")"),
      RULE(Relu, "tf.nn.relu(" + o[0] + ")"),
      RULE(Erf, "tf.math.erf(" + o[0] + ")"),
      RULE(IsNan, "tf.math.is_nan(" + o[0] + ")"),
      RULE(Cast, "tf.cast(" + o[0] + ", " + c.dtype(*ir::attrDType(a, "dtype")) + ")"),
      RULE(Maximum, (c.requireHelper("_maximum", kNanMaximum), "_maximum(" + o[0] + ", " + o[1] + ")")),
      RULE(Minimum, (c.requireHelper("_minimum", kNanMinimum), "_minimum(" + o[0] + ", " + o[1] + ")")),
      RULE(Atan2, "tf.math.atan2(" + o[0] + ", " + o[1] + ")"),
      RULE(LogicalAnd, "tf.math.logical_and(" + o[0] + ", " + o[1] + ")"),
      RULE(LogicalOr, "tf.math.logical_or(" + o[0] + ", " + o[1] + ")"),
      RULE(Where, "tf.where(" + o[0] + ", " + o[1] + ", " + o[2] + ")"),
      RULE(Clip, (c.requireHelper("_maximum", kNanMaximum), c.requireHelper("_minimum", kNanMinimum),
                  "_minimum(_maximum(" + o[0] + ", " + o[1] + "), " + o[2] + ")")),
      RULE(Sum, tfReduce("reduce_sum", o, a)),
      RULE(Prod, tfReduce("reduce_prod", o, a)),
      RULE(Mean, tfReduce("reduce_mean", o, a)),
      RULE(Std, stdLike(c, "reduce_std", "_std", o, a)),
      RULE(Var, stdLike(c, "reduce_variance", "_var", o, a)),
      RULE(ReduceMax, tfReduce("reduce_max", o, a)),
      RULE(ReduceMin, tfReduce("reduce_min", o, a)),
      RULE(ArgMax, tfArgReduce("argmax", o, a)),
      RULE(ArgMin, tfArgReduce("argmin", o, a)),
      RULE(All, tfReduce("reduce_all", o, a)),
      RULE(Any, tfReduce("reduce_any", o, a)),
      RULE(CumSum, ir::attrIsNone(a, "axis") ? "tf.math.cumsum(tf.reshape(" + o[0] + ", [-1]), axis=0)"
                                             : "tf.math.cumsum(" + o[0] + ", axis=" + axisOrNone(a) + ")"),
      RULE(Reshape, "tf.reshape(" + o[0] + ", " + pyList(ir::attrInts(a, "shape")) + ")"),
      RULE(Transpose, "tf.transpose(" + o[0] + ", perm=" + pyList(ir::attrInts(a, "perm")) + ")"),
      RULE(Expand, "tf.broadcast_to(" + o[0] + ", " + pyList(ir::attrInts(a, "shape")) + ")"),
      RULE(Squeeze, axesOf(a).empty() ? "tf.squeeze(" + o[0] + ")" : "tf.squeeze(" + o[0] + ", axis=" + pyList(axesOf(a)) + ")"),
      RULE(Unsqueeze, "tf.expand_dims(" + o[0] + ", axis=" + std::to_string(ir::attrInt(a, "axis")) + ")"),
      RULE(Concat, "tf.concat([" + join(o, ", ") + "], axis=" + std::to_string(ir::attrInt(a, "axis")) + ")"),
      RULE(Stack, "tf.stack([" + join(o, ", ") + "], axis=" + std::to_string(ir::attrInt(a, "axis")) + ")"),
      RULE(Take, "tf.gather(" + o[0] + ", " + wrappedIndices(c, o, a) + ", axis=" + std::to_string(ir::attrInt(a, "axis")) + ")"),
      RULE(Fmod, "tf.math.truncatemod(" + o[0] + ", " + o[1] + ")"),
      RULE(CumProd, ir::attrIsNone(a, "axis") ? "tf.math.cumprod(tf.reshape(" + o[0] + ", [-1]), axis=0)"
                                              : "tf.math.cumprod(" + o[0] + ", axis=" + axisOrNone(a) + ")"),
      // tf.math has no log2/log10; tf.experimental.numpy's are the C functions numpy uses.
      RULE(Log2, "tf.experimental.numpy.log2(" + o[0] + ")"),
      RULE(Log10, "tf.experimental.numpy.log10(" + o[0] + ")"),
      RULE(BitwiseXor, c.operandType(0) && c.operandType(0)->dtype == ir::DType::Bool
                           ? "tf.math.logical_xor(" + o[0] + ", " + o[1] + ")"
                           : "tf.bitwise.bitwise_xor(" + o[0] + ", " + o[1] + ")"),
      RULE(BitwiseNot, c.operandType(0) && c.operandType(0)->dtype == ir::DType::Bool ? "tf.math.logical_not(" + o[0] + ")"
                                                                                     : "tf.bitwise.invert(" + o[0] + ")"),
      RULE(BitwiseAnd, c.operandType(0) && c.operandType(0)->dtype == ir::DType::Bool
                           ? "tf.math.logical_and(" + o[0] + ", " + o[1] + ")"
                           : "tf.bitwise.bitwise_and(" + o[0] + ", " + o[1] + ")"),
      RULE(BitwiseOr, c.operandType(0) && c.operandType(0)->dtype == ir::DType::Bool
                          ? "tf.math.logical_or(" + o[0] + ", " + o[1] + ")"
                          : "tf.bitwise.bitwise_or(" + o[0] + ", " + o[1] + ")"),
      RULE(Linspace, "tf.linspace(tf.constant(" + pyNumber(ir::attrFloat(a, "start"), ir::DType::Float64) + ", dtype=" +
                         c.dtype(*ir::attrDType(a, "dtype")) + "), tf.constant(" + pyNumber(ir::attrFloat(a, "stop"), ir::DType::Float64) +
                         ", dtype=" + c.dtype(*ir::attrDType(a, "dtype")) + "), " + std::to_string(ir::attrInt(a, "num")) + ")"),
      RULE(Flip, "tf.reverse(" + o[0] + ", axis=" + pyList(axesOf(a)) + ")"),
      RULE(MatMul, (c.requireHelper("_matmul", kMatmul), "_matmul(" + o[0] + ", " + o[1] + ")")),
      RULE(Softmax, "tf.nn.softmax(" + o[0] + ", axis=" + std::to_string(ir::attrInt(a, "axis")) + ")"),
      RULE(LogSoftmax, "tf.nn.log_softmax(" + o[0] + ", axis=" + std::to_string(ir::attrInt(a, "axis")) + ")"),
  };
  return rules;
}

}  // namespace pt::codegen
