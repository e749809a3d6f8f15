#include "s2s/S2sBuilder.h"

#include "codegen/Emitters.h"
#include "codegen/PyFormat.h"
#include "ir/TypeRules.h"

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
// tensor's dtype — so the cast is written out. A float literal keeps a float tensor's dtype
// everywhere, but an integer tensor would promote differently (torch float32, numpy float64): that
// assumption is reported as a note.
Operand S2sBuilder::scalarLike(const Arg& value, Operand like, ir::Framework source) {
  std::string literal = !value.text.empty() ? value.text : codegen::pyNumber(value.asDouble(), ir::DType::Float64);
  ir::Framework target = ctx_.target();
  bool castsToTensorDtype = source == ir::Framework::Torch || source == ir::Framework::Jax || source == ir::Framework::Ivy;
  if (value.kind == Arg::Kind::Int && (value.intValue < 0 || value.intValue > 127) && castsToTensorDtype) {
    if (target == ir::Framework::Numpy)
      return add("np.asarray(" + literal + ").astype(" + codegen::paren(expr(like)) + ".dtype)");
    if (target == ir::Framework::TensorFlow) return add("tf.cast(" + literal + ", " + codegen::paren(expr(like)) + ".dtype)");
  }
  if (value.kind == Arg::Kind::Float && target != source && (target == ir::Framework::Numpy || source == ir::Framework::Numpy))
    ctx_.note("assumes '" + expr(like) + "' is a floating-point tensor where it meets the literal " + literal +
              " (an integer tensor would promote to a different float dtype in " + std::string(ir::frameworkName(target)) + ")");
  return add(literal);
}

Operand S2sBuilder::fromData(const Arg& data, std::optional<ir::DType> dtype) {
  if (data.text.empty()) throw frontends::LoweringError{"NotImplementedError", "the data is not a literal", "non-literal-argument"};
  return add(codegen::emitDataConstant(ctx_, data.text, dtype));
}

}  // namespace pt::s2s
