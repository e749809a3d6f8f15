#pragma once
// What generated code needs besides its statements: imports, helper functions (for conventions
// the target has no single call for), and a preamble (e.g. enabling float64 in jax).
#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "ir/DType.h"
#include "ir/Framework.h"

namespace pt::codegen {

class EmitContext {
 public:
  explicit EmitContext(ir::Framework target);
  ir::Framework target() const { return target_; }

  void requireImport(const std::string& line);
  void requireHelper(const std::string& name, const std::string& code);
  void requirePreamble(const std::string& line);
  void note(const std::string& message) {
    if (std::find(notes_.begin(), notes_.end(), message) == notes_.end()) notes_.push_back(message);
  }

  // jax has no global random state: each random call of a generated module gets a key of its own
  // (0, 1, 2, ...), so two draws in one function are not the same numbers.
  int nextRandomKey() { return randomKeys_++; }

  // Operand types, when the caller knows them (trace-based codegen always does).
  void setOperandTypes(std::vector<std::optional<ir::TensorType>> types) { operandTypes_ = std::move(types); }
  std::optional<ir::TensorType> operandType(size_t i) const {
    return i < operandTypes_.size() ? operandTypes_[i] : std::nullopt;
  }

  // Module text pieces, each deterministic (sorted / first-use order).
  std::string importBlock() const;
  std::string preambleBlock() const;
  std::string helperBlock() const;
  const std::vector<std::string>& notes() const { return notes_; }

  // The module alias the target's calls use: "np", "torch", "jnp", "tf", "ivy".
  std::string alias() const;
  // Where elementwise math lives: the alias, or "tf.math" for TensorFlow.
  std::string mathNamespace() const { return target_ == ir::Framework::TensorFlow ? "tf.math" : alias(); }
  // A dtype spelled for the target: "np.float64", "torch.float64", "jnp.float64", "tf.float64", "ivy.float64".
  std::string dtype(ir::DType d);

 private:
  ir::Framework target_;
  std::set<std::string> imports_;
  std::vector<std::string> preamble_;
  std::vector<std::pair<std::string, std::string>> helpers_;
  std::vector<std::string> notes_;
  std::vector<std::optional<ir::TensorType>> operandTypes_;
  int randomKeys_ = 0;
};

}  // namespace pt::codegen
