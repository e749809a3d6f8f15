#include "codegen/Emitters.h"

#include <algorithm>
#include <array>

#include "codegen/EmitHelpers.h"

namespace pt::codegen {

namespace {

using Table = std::array<const EmitRule*, ir::kOpCount>;

Table index(std::initializer_list<const std::vector<EmitRule>*> layers) {
  Table t{};
  for (const auto* layer : layers)
    for (const auto& rule : *layer) t[static_cast<size_t>(rule.op)] = &rule;
  return t;
}

const Table& tableFor(ir::Framework target) {
  static const Table numpy = index({&sharedRules(), &numpyLikeRules()});
  static const Table jax = index({&sharedRules(), &numpyLikeRules(), &jaxOverrides()});
  static const Table torch = index({&sharedRules(), &torchRules()});
  static const Table tf = index({&sharedRules(), &tensorFlowRules()});
  static const Table ivy = index({&sharedRules(), &ivyRules()});
  switch (target) {
    case ir::Framework::Numpy: return numpy;
    case ir::Framework::Jax: return jax;
    case ir::Framework::Torch: return torch;
    case ir::Framework::TensorFlow: return tf;
    case ir::Framework::Ivy: return ivy;
  }
  return numpy;
}

const char* constructorFor(EmitContext& c) {
  switch (c.target()) {
    case ir::Framework::Torch: return "tensor";
    case ir::Framework::TensorFlow: return "constant";
    default: return "array";
  }
}

}  // namespace

std::string emitConstantAttr(EmitContext& c, const ir::Attrs& a, const char* constructor) {
  ir::DType d = ir::attrDType(a, "dtype").value_or(ir::DType::Float32);
  std::vector<int64_t> shape = ir::attrInts(a, "shape");
  std::vector<double> values = ir::attrFloats(a, "value");
  std::string literal = pyNestedList(values, shape, d);
  if (ir::attrBool(a, "weak") && shape.empty()) return literal;
  return c.alias() + "." + constructor + "(" + literal + ", dtype=" + c.dtype(d) + ")";
}

std::string sliceSubscript(const Operands& o, const ir::Attrs& a) {
  auto axes = ir::attrInts(a, "axes"), starts = ir::attrInts(a, "starts"), stops = ir::attrInts(a, "stops"),
       steps = ir::attrInts(a, "steps");
  int64_t maxAxis = -1;
  bool negative = false;
  for (int64_t ax : axes) {
    maxAxis = std::max(maxAxis, ax);
    negative = negative || ax < 0;
  }
  // Axes are normalised (non-negative) in traced graphs; a negative one indexes from the end.
  std::vector<std::string> parts(static_cast<size_t>(negative ? 0 : maxAxis + 1), ":");
  std::string prefix = negative ? "..., " : "";
  if (negative) parts.assign(static_cast<size_t>(-*std::min_element(axes.begin(), axes.end())), ":");
  for (size_t i = 0; i < axes.size(); ++i) {
    std::string s = std::to_string(starts[i]) + ":" + std::to_string(stops[i]);
    if (steps[i] != 1) s += ":" + std::to_string(steps[i]);
    size_t slot = negative ? parts.size() + static_cast<size_t>(axes[i]) : static_cast<size_t>(axes[i]);
    parts[slot] = s;
  }
  return paren(o[0]) + "[" + prefix + join(parts, ", ") + "]";
}

std::optional<std::string> emitOp(EmitContext& ctx, ir::OpKind op, const Operands& operands, const ir::Attrs& attrs,
                                  std::string& why) {
  const EmitRule* rule = tableFor(ctx.target())[static_cast<size_t>(op)];
  if (!rule) {
    why = "no " + std::string(ir::frameworkName(ctx.target())) + " emitter for op '" + std::string(ir::opName(op)) + "'";
    return std::nullopt;
  }
  if (!rule->write) {
    why = rule->unsupportedReason;
    return std::nullopt;
  }
  return rule->write(ctx, operands, attrs);
}

std::string emitDataConstant(EmitContext& ctx, const std::string& literal, std::optional<ir::DType> dtype) {
  std::string out = ctx.alias() + "." + constructorFor(ctx) + "(" + literal;
  if (dtype) out += ", dtype=" + ctx.dtype(*dtype);
  return out + ")";
}

Coverage emitterCoverage(ir::Framework target, ir::OpKind op, std::string* reason) {
  const EmitRule* rule = tableFor(target)[static_cast<size_t>(op)];
  if (!rule) return Coverage::Missing;
  if (!rule->write) {
    if (reason) *reason = rule->unsupportedReason;
    return Coverage::Unsupported;
  }
  return Coverage::Rule;
}

}  // namespace pt::codegen
