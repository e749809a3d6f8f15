#pragma once
// OpKind and its static facts, generated from ops.def.
#include <cstdint>
#include <optional>
#include <string_view>

namespace pt::ir {

enum class OpKind : uint16_t {
#define OP(id, name, inputs, outputs, rule, traits) id,
#include "ir/ops.def"
#undef OP
};

inline constexpr int kOpCount = 0
#define OP(id, name, inputs, outputs, rule, traits) +1
#include "ir/ops.def"
#undef OP
    ;

enum OpTrait : uint32_t {
  kPure = 1u << 0,
  kElementwise = 1u << 1,
  kReduction = 1u << 2,
  kRandom = 1u << 3,      // reads a generator: never folded or merged
  kFloatOnly = 1u << 4,   // frontends cast integer inputs to a float dtype first
  kCommutative = 1u << 5, // two operands that may be swapped (graph matching pairs either order)
};

struct OpInfo {
  OpKind kind;
  std::string_view name;
  int inputs;   // -1 = variadic
  int outputs;
  uint32_t traits;
};

const OpInfo& opInfo(OpKind);
inline std::string_view opName(OpKind k) { return opInfo(k).name; }
inline bool hasTrait(OpKind k, OpTrait t) { return (opInfo(k).traits & t) != 0; }
std::optional<OpKind> opFromName(std::string_view name);

}  // namespace pt::ir
