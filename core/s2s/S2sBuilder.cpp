#include "s2s/S2sBuilder.h"

#include "codegen/Emitters.h"
#include "codegen/PyFormat.h"
#include "ir/TypeRules.h"
#include "s2s/TargetSpellings.h"

namespace pt::s2s {

using frontends::Arg;
using frontends::Operand;

Operand S2sBuilder::add(std::string expr, std::optional<ir::TensorType> type) {
  exprs_.push_back(std::move(expr));
  types_.push_back(std::move(type));
  return static_cast<Operand>(exprs_.size() - 1);
}

std::vector<Operand> S2sBuilder::apply(ir::OpKind op, const std::vector<Operand>& inputs, const ir::Attrs& attrs) {
  codegen::Operands operands;
  std::vector<std::optional<ir::TensorType>> types;
  bool allKnown = true;
  for (Operand h : inputs) {
    operands.push_back(expr(h));
    types.push_back(typeOf(h));
    allKnown = allKnown && typeOf(h).has_value();
  }
  ctx_.setOperandTypes(types);
  std::string why;
  auto text = codegen::emitOp(ctx_, op, operands, attrs, why);
  if (!text) throw frontends::LoweringError{"NotImplementedError", why, "unsupported-op"};
  std::vector<ir::TensorType> known;
  for (const auto& t : types)
    if (t) known.push_back(*t);
  std::vector<std::optional<ir::TensorType>> results(static_cast<size_t>(ir::opInfo(op).outputs));
  if (allKnown) {
    auto inferred = ir::inferTypes(op, known, attrs);
    if (auto* ok = std::get_if<std::vector<ir::TensorType>>(&inferred))
      for (size_t i = 0; i < ok->size() && i < results.size(); ++i) results[i] = (*ok)[i];
  }
  std::vector<Operand> out;
  if (results.size() == 1) {
    out.push_back(add(*text, results[0]));
  } else {
    for (size_t i = 0; i < results.size(); ++i) out.push_back(add(codegen::paren(*text) + "[" + std::to_string(i) + "]", results[i]));
  }
  return out;
}

Operand S2sBuilder::scalar(const Arg& value, ir::DType dtype, bool weak) {
  std::string literal = !value.text.empty() ? value.text : codegen::pyNumber(value.asDouble(), dtype);
  if (weak) return add(literal, ir::TensorType{dtype, {}});
  return add(codegen::emitDataConstant(ctx_, literal, dtype), ir::TensorType{dtype, {}});
}

// The literal as it must be written for the target to give the source's result dtype. An int that
// fits every integer dtype (0..127) means the same everywhere; outside that range numpy 1.x widens
// by value and TensorFlow refuses to convert, whereas torch, jax and ivy cast the literal to the
// tensor's dtype — so the cast is written out; an int known only when running (posterize's
// `mask = -int(...)`) may be anything and is always cast. A float literal keeps a float tensor's dtype
// everywhere, but an integer tensor would promote differently (torch float32, numpy float64): that
// assumption is reported as a note.
Operand S2sBuilder::scalarLike(const Arg& value, Operand like, ir::Framework source) {
  return add(scalarText(value, true, expr(like), source));
}

std::string S2sBuilder::scalarText(const Arg& value, bool valueKnown, const std::string& like, ir::Framework source) {
  std::string literal = !value.text.empty() ? value.text : codegen::pyNumber(value.asDouble(), ir::DType::Float64);
  ir::Framework target = ctx_.target();
  bool castsToTensorDtype = source == ir::Framework::Torch || source == ir::Framework::Jax || source == ir::Framework::Ivy;
  bool fitsEverywhere = valueKnown && value.intValue >= 0 && value.intValue <= 127;
  if (value.kind == Arg::Kind::Int && !fitsEverywhere && castsToTensorDtype) {
    if (target == ir::Framework::Numpy) return "np.asarray(" + literal + ").astype(" + codegen::paren(like) + ".dtype)";
    if (target == ir::Framework::TensorFlow) return "tf.cast(" + literal + ", " + codegen::paren(like) + ".dtype)";
  }
  if (value.kind == Arg::Kind::Float && target != source && (target == ir::Framework::Numpy || source == ir::Framework::Numpy))
    ctx_.note("assumes '" + like + "' is a floating-point tensor where it meets the " + (valueKnown ? "literal " : "Python float ") +
              literal + " (an integer tensor would promote to a different float dtype in " + std::string(ir::frameworkName(target)) + ")");
  return literal;
}

namespace {
// Where torch, jax and ivy give an integer or bool tensor meeting a Python float their default float
// dtype (float32), numpy gives float64 and TensorFlow refuses: the tensor is converted first.
constexpr const char* kFloatPromotionHelper = "_promote_for_python_float";
const char* floatPromotionHelper(ir::Framework target) {
  switch (target) {
    case ir::Framework::Numpy:
      return R"(def _promote_for_python_float(x):
    """An integer or bool tensor meeting a Python float becomes float32, as in torch (numpy: float64)."""
    return x if np.issubdtype(x.dtype, np.floating) else x.astype(np.float32))";
    case ir::Framework::TensorFlow:
      return R"(def _promote_for_python_float(x):
    """An integer or bool tensor meeting a Python float becomes float32, as in torch (tf would refuse)."""
    return x if x.dtype.is_floating else tf.cast(x, tf.float32))";
    default: return nullptr;
  }
}
}  // namespace

std::string S2sBuilder::floatPromotedText(const std::string& tensor, ir::Framework source) {
  bool promotesToDefaultFloat = source == ir::Framework::Torch || source == ir::Framework::Jax || source == ir::Framework::Ivy;
  const char* helper = floatPromotionHelper(ctx_.target());
  if (!promotesToDefaultFloat || !helper) return tensor;
  ctx_.requireHelper(kFloatPromotionHelper, helper);
  return std::string(kFloatPromotionHelper) + "(" + tensor + ")";
}

std::string S2sBuilder::intScalarOpText(const std::string& op, const std::string& tensor, const std::string& value, bool reflected) {
  // scalarText writes the cast for an int named `value` meeting a tensor named `_x`; the helper
  // binds the computed tensor to `_x`.
  frontends::Arg symbolic = frontends::Arg::integer(0);
  symbolic.text = "value";
  std::string cast = scalarText(symbolic, false, "_x", ir::Framework::Torch);
  ctx_.requireHelper("_with_python_int", "def _with_python_int(op, _x, value, reflected=False):\n"
                                         "    \"\"\"_x op value (or value op _x) with the Python int cast to _x's dtype, as torch does.\"\"\"\n"
                                         "    value = " + cast + "\n"
                                         "    return op(value, _x) if reflected else op(_x, value)");
  return "_with_python_int(" + op + ", " + tensor + ", " + value + (reflected ? ", reflected=True)" : ")");
}

namespace {
// torch.tensor(python_data): floats become float32 (torch's default dtype), ints int64, bools bool.
// numpy would make floats float64, TensorFlow ints int32.
constexpr Spelling kTensorFromPython = {
    "_tensor_from_python({data})", "{sym}({data})", "jnp.asarray({data})", "_tensor_from_python({data})", "ivy.asarray({data})"};
const char* tensorFromPythonHelper(ir::Framework target) {
  switch (target) {
    case ir::Framework::Numpy:
      return R"(def _tensor_from_python(data):
    """torch.tensor(data) for Python data: floats become float32 as in torch (numpy: float64)."""
    a = np.asarray(data)
    return a.astype(np.float32) if a.dtype == np.float64 else a)";
    case ir::Framework::TensorFlow:
      return R"(def _tensor_from_python(data):
    """torch.tensor(data) for Python data: ints become int64 as in torch (tensorflow: int32)."""
    t = tf.convert_to_tensor(data)
    return tf.cast(t, tf.int64) if t.dtype == tf.int32 else t)";
    default: return nullptr;
  }
}
}  // namespace

std::string S2sBuilder::tensorFromPythonText(const std::string& data, const std::string& torchSymbol) {
  ir::Framework target = ctx_.target();
  if (const char* helper = tensorFromPythonHelper(target)) ctx_.requireHelper("_tensor_from_python", helper);
  if (target == ir::Framework::Jax) ctx_.requireImport("import jax.numpy as jnp");
  std::string text = kTensorFromPython.of(target);
  text.replace(text.find("{data}"), 6, data);
  if (auto at = text.find("{sym}"); at != std::string::npos) text.replace(at, 5, torchSymbol);
  return text;
}

std::string S2sBuilder::boolOperandOpText(const std::string& op, const std::string& x, const std::string& y) {
  ctx_.requireHelper("_with_bool_operand", R"(def _with_bool_operand(op, x, y):
    """x op y with the bool operand cast to the other's dtype, as torch promotes (tensorflow refuses)."""
    if x.dtype == tf.bool:
        x = tf.cast(x, y.dtype)
    else:
        y = tf.cast(y, x.dtype)
    return op(x, y))");
  return "_with_bool_operand(" + op + ", " + x + ", " + y + ")";
}

Operand S2sBuilder::fromData(const Arg& data, std::optional<ir::DType> dtype) {
  if (data.text.empty()) throw frontends::LoweringError{"NotImplementedError", "the data is not a literal", "non-literal-argument"};
  return add(codegen::emitDataConstant(ctx_, data.text, dtype));
}

}  // namespace pt::s2s
