#include "codegen/EmitContext.h"

#include <algorithm>

namespace pt::codegen {

namespace {
struct TargetFacts {
  ir::Framework framework;
  const char* alias;
  const char* importLine;
};
constexpr TargetFacts kTargets[] = {
    {ir::Framework::Numpy, "np", "import numpy as np"},
    {ir::Framework::Torch, "torch", "import torch"},
    {ir::Framework::Jax, "jnp", "import jax.numpy as jnp"},
    {ir::Framework::TensorFlow, "tf", "import tensorflow as tf"},
    {ir::Framework::Ivy, "ivy", "import ivy"},
};
const TargetFacts& facts(ir::Framework fw) {
  for (const auto& f : kTargets)
    if (f.framework == fw) return f;
  return kTargets[0];
}
}  // namespace

EmitContext::EmitContext(ir::Framework target) : target_(target) { requireImport(facts(target).importLine); }

void EmitContext::requireImport(const std::string& line) { imports_.insert(line); }

void EmitContext::requireHelper(const std::string& name, const std::string& code) {
  for (const auto& h : helpers_)
    if (h.first == name) return;
  helpers_.emplace_back(name, code);
}

void EmitContext::requirePreamble(const std::string& line) {
  if (std::find(preamble_.begin(), preamble_.end(), line) == preamble_.end()) preamble_.push_back(line);
}

std::string EmitContext::importBlock() const {
  // `import x` lines first, then `from x import y`, each sorted: isort's default order.
  std::string out;
  for (const auto& i : imports_)
    if (i.rfind("import ", 0) == 0) out += i + "\n";
  for (const auto& i : imports_)
    if (i.rfind("from ", 0) == 0) out += i + "\n";
  return out;
}

std::string EmitContext::preambleBlock() const {
  std::string out;
  for (const auto& p : preamble_) out += p + "\n";
  return out;
}

std::string EmitContext::helperBlock() const {
  std::string out;
  for (const auto& h : helpers_) out += "\n\n" + h.second + "\n";
  return out;
}

std::string EmitContext::alias() const { return facts(target_).alias; }

std::string EmitContext::dtype(ir::DType d) {
  std::string name(ir::dtypeLongName(d));
  if (target_ == ir::Framework::Jax && (d == ir::DType::Float64 || d == ir::DType::Int64))
    requirePreamble("jax.config.update(\"jax_enable_x64\", True)  # keep 64-bit dtypes (jax defaults to 32-bit)");
  if (target_ == ir::Framework::Jax && (d == ir::DType::Float64 || d == ir::DType::Int64)) requireImport("import jax");
  if (d == ir::DType::Bool && target_ == ir::Framework::Numpy) return "np.bool_";
  return alias() + "." + name;
}

}  // namespace pt::codegen
