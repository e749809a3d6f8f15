#include "interp/GraphRecorder.h"
#include "ir/TypeRules.h"
#include "runtime/Backend.h"
#include "session/Session.h"

namespace pt::session {

std::optional<ir::Attrs> evaluateConstantOp(ir::OpKind op, const std::vector<const ir::Attrs*>& inputs, const ir::Attrs& attrs) {
  try {
    std::vector<runtime::Tensor> tensors;
    for (const ir::Attrs* c : inputs) {
      auto results = runtime::backend().execute(ir::OpKind::Constant, *c, {});
      tensors.push_back(results.at(0));
    }
    auto out = runtime::backend().execute(op, attrs, tensors);
    if (out.size() != 1) return std::nullopt;
    return interp::constantAttrs(out[0]);
  } catch (const runtime::RuntimeError&) {
    return std::nullopt;
  }
}

}  // namespace pt::session
