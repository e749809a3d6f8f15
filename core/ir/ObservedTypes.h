#pragma once
// Types observed while Python code ran (a trace, or a plain interpreted call): for every expression
// the interpreter evaluated, what its value was — a tensor (dtype, rank, framework) or a Python
// value (int, float, bool, None, str, sequence, dtype, other) — keyed by file and source span.
// The source-to-source translator consults them where annotations and local inference are silent.
// Observations of one expression from several calls (loops, several traces) are merged: a fact
// survives only when every observation agrees, so an answer is never more specific than the runs.
#include <map>
#include <optional>
#include <string>

#include "ir/DType.h"
#include "ir/Framework.h"

namespace pt::ir {

struct ObservedType {
  enum class Kind : uint8_t { Tensor, Bool, Int, Float, None, Str, Sequence, DType, Other, Mixed };
  Kind kind = Kind::Other;
  std::optional<DType> dtype;          // Tensor: when every observation had this dtype
  std::optional<int> rank;             // Tensor: when every observation had this rank
  std::optional<Framework> framework;  // Tensor
  int count = 1;                       // how many evaluations were merged

  static ObservedType tensor(DType d, int rank, Framework fw) { return {Kind::Tensor, d, rank, fw, 1}; }
  static ObservedType of(Kind k) { return {k, std::nullopt, std::nullopt, std::nullopt, 1}; }

  bool isTensor() const { return kind == Kind::Tensor; }
  // A Python number (bool ⊂ int ⊂ float) on every evaluation.
  bool isPythonNumber() const { return kind == Kind::Bool || kind == Kind::Int || kind == Kind::Float; }
  void merge(const ObservedType& other);
  std::string describe() const;  // "tensor uint8 rank 3", "int", "mixed", ...
};

// A source span as the AST gives it: 1-based lines, 0-based UTF-8 byte columns.
struct SourceSpan {
  int line = 0, col = 0, endLine = 0, endCol = 0;
  auto operator<=>(const SourceSpan&) const = default;
};

class ObservedTypes {
 public:
  void record(const std::string& file, const SourceSpan& span, const ObservedType& type);
  const ObservedType* at(const std::string& file, const SourceSpan& span) const;
  // The observations of one file, or null when nothing of it ran. `path` may also be a full path
  // that ends with the name the interpreter gave the file (relative to its source root).
  const std::map<SourceSpan, ObservedType>* file(const std::string& path) const;
  size_t size() const;
  bool empty() const { return byFile_.empty(); }

 private:
  std::map<std::string, std::map<SourceSpan, ObservedType>> byFile_;
};

}  // namespace pt::ir
