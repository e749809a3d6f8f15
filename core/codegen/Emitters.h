#pragma once
// Op → target code. One emitter table per target (NumpyLikeEmitters.cpp serves numpy and jax,
// TorchEmitters.cpp, TensorFlowEmitters.cpp, IvyEmitters.cpp). Every op has, for every target,
// a rule or an explicit "unsupported, because …" entry; a test checks the tables are complete.
#include <optional>
#include <string>
#include <vector>

#include "codegen/EmitContext.h"
#include "ir/Attr.h"
#include "ir/Op.h"

namespace pt::codegen {

using Operands = std::vector<std::string>;
using EmitFn = std::string (*)(EmitContext&, const Operands&, const ir::Attrs&);

struct EmitRule {
  ir::OpKind op;
  EmitFn write = nullptr;              // null for an explicit unsupported entry
  const char* unsupportedReason = "";  // why, when write is null
};

// The target expression for `op` on operand expressions, or nullopt with `why` set.
std::optional<std::string> emitOp(EmitContext& ctx, ir::OpKind op, const Operands& operands, const ir::Attrs& attrs,
                                  std::string& why);
// A tensor from a Python literal written in the source (source-to-source keeps the literal).
std::string emitDataConstant(EmitContext& ctx, const std::string& literal, std::optional<ir::DType> dtype);

enum class Coverage { Rule, Unsupported, Missing };
Coverage emitterCoverage(ir::Framework target, ir::OpKind op, std::string* reason = nullptr);

// The per-target tables (defined next to their rules), each layered over the shared one.
const std::vector<EmitRule>& sharedRules();     // same spelling everywhere (alias.exp, operators, ...)
const std::vector<EmitRule>& numpyLikeRules();  // numpy and jax.numpy (alias from the context)
const std::vector<EmitRule>& jaxOverrides();    // where jax differs from numpy
const std::vector<EmitRule>& torchRules();
const std::vector<EmitRule>& tensorFlowRules();
const std::vector<EmitRule>& ivyRules();

}  // namespace pt::codegen
