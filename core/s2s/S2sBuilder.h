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
  frontends::Operand fromData(const frontends::Arg& data, std::optional<ir::DType> dtype) override;

 private:
  codegen::EmitContext& ctx_;
  std::vector<std::string> exprs_;
  std::vector<std::optional<ir::TensorType>> types_;
};

}  // namespace pt::s2s
