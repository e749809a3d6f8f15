#pragma once
// Shared pieces of the emitter tables. RULE(op, expression) defines a table row whose body sees
// `c` (EmitContext), `o` (operand expressions) and `a` (attributes).
#include <string>

#include "codegen/Emitters.h"
#include "codegen/PyFormat.h"

namespace pt::codegen {

#define RULE(OP, ...)                                                                          \
  EmitRule {                                                                                   \
    ir::OpKind::OP, [](EmitContext& c, const Operands& o, const ir::Attrs& a) -> std::string { \
      (void)c;                                                                                 \
      (void)o;                                                                                 \
      (void)a;                                                                                 \
      return __VA_ARGS__;                                                                      \
    }                                                                                          \
  }
#define UNSUPPORTED(OP, REASON) EmitRule{ir::OpKind::OP, nullptr, REASON}

inline std::string fn(EmitContext& c, const std::string& name, const std::vector<std::string>& args) {
  return c.alias() + "." + name + "(" + join(args, ", ") + ")";
}
inline std::string binop(const Operands& o, const char* symbol) { return paren(o[0]) + " " + symbol + " " + paren(o[1]); }
inline std::vector<int64_t> axesOf(const ir::Attrs& a) { return ir::attrInts(a, "axes"); }
inline bool keepOf(const ir::Attrs& a) { return ir::attrBool(a, "keepdims"); }
inline std::string axisOrNone(const ir::Attrs& a) {
  return ir::attrIsNone(a, "axis") ? "None" : std::to_string(ir::attrInt(a, "axis"));
}
// "x, axis=(0, 1), keepdims=True" with defaults left out.
inline std::string reduceArgs(const Operands& o, const ir::Attrs& a, const char* axisName, const char* keepName) {
  std::string s = o[0];
  if (!axesOf(a).empty()) s += std::string(", ") + axisName + "=" + pyAxes(axesOf(a));
  if (keepOf(a)) s += std::string(", ") + keepName + "=True";
  return s;
}
// Accumulating ops (cumprod) widen small integers and bools to 64 bits in torch and numpy; the IR
// keeps the dtype, so integer operands name it: {"x", "axis=0", "dtype=np.int32"}.
inline std::vector<std::string> withIntegerDType(EmitContext& c, std::vector<std::string> args) {
  if (auto t = c.operandType(0); t && !ir::isFloating(t->dtype)) args.push_back("dtype=" + c.dtype(t->dtype));
  return args;
}
// The constant op: a weak scalar is a plain literal; anything else a typed tensor.
std::string emitConstantAttr(EmitContext& c, const ir::Attrs& a, const char* constructor);
std::string sliceSubscript(const Operands& o, const ir::Attrs& a);  // x[1:3, :, ::2]

}  // namespace pt::codegen
