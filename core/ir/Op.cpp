#include "ir/Op.h"

#include <array>

namespace pt::ir {

namespace {
constexpr std::array<OpInfo, kOpCount> kOps = {{
#define OP(id, name, inputs, outputs, rule, traits) {OpKind::id, name, inputs, outputs, traits},
#include "ir/ops.def"
#undef OP
}};
}  // namespace

const OpInfo& opInfo(OpKind k) { return kOps[static_cast<size_t>(k)]; }

std::optional<OpKind> opFromName(std::string_view name) {
  for (const auto& info : kOps)
    if (info.name == name) return info.kind;
  return std::nullopt;
}

}  // namespace pt::ir
