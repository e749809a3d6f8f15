#pragma once
// The source-to-source Builder: each op a lowering emits becomes a target expression (via the
// codegen emitter tables), so one frontend mapping serves tracing and translation alike.
#include <optional>
#include <string>
#include <vector>

#include "codegen/EmitContext.h"
#include "frontends/Builder.h"

namespace pt::s2s {

class S2sBuilder : public frontends::Builder {
 public:
  explicit S2sBuilder(codegen::EmitContext& ctx) : ctx_(ctx) {}

  frontends::Operand add(std::string expr, std::optional<ir::TensorType> type = std::nullopt);
  const std::string& expr(frontends::Operand h) const { return exprs_.at(static_cast<size_t>(h)); }

  std::optional<ir::TensorType> typeOf(frontends::Operand h) const override { return types_.at(static_cast<size_t>(h)); }
  std::vector<frontends::Operand> apply(ir::OpKind op, const std::vector<frontends::Operand>& inputs,
                                       const ir::Attrs& attrs) override;
  frontends::Operand scalar(const frontends::Arg& value, ir::DType dtype, bool weak) override;
  frontends::Operand scalarLike(const frontends::Arg& value, frontends::Operand like, ir::Framework source) override;
  // How a Python number must be written where it meets the tensor expression `like` so that the
  // target gives the source framework's result dtype. `value.text` is a literal, or an expression
  // whose value is known only when running (valueKnown false: e.g. `mask` from `-int(...)`).
  std::string scalarText(const frontends::Arg& value, bool valueKnown, const std::string& like, ir::Framework source);
  // The tensor expression as it must be written where it meets a Python float and may hold an
  // integer or bool dtype: converted as the source framework would (torch: to float32).
  std::string floatPromotedText(const std::string& tensor, ir::Framework source);
  // `tensor op value` (or reflected) for a computed tensor meeting a Python int known only when
  // running: an emitted helper binds the tensor once and casts the int to its dtype. `op` is a
  // Python callable's text (`lambda a, b: a & b`).
  std::string intScalarOpText(const std::string& op, const std::string& tensor, const std::string& value, bool reflected);
  // torch.tensor(data) for Python data known only when running, with torch's inferred dtype kept
  // (torchSymbol: "torch.tensor" or "torch.as_tensor", kept for a torch target).
  std::string tensorFromPythonText(const std::string& data, const std::string& torchSymbol);
  // TensorFlow: `x op y` for tensors one of which is bool (torch promotes it to the other's dtype).
  std::string boolOperandOpText(const std::string& op, const std::string& x, const std::string& y);
  frontends::Operand fromData(const frontends::Arg& data, std::optional<ir::DType> dtype) override;

 private:
  codegen::EmitContext& ctx_;
  std::vector<std::string> exprs_;
  std::vector<std::optional<ir::TensorType>> types_;
};

}  // namespace pt::s2s
