#pragma once
// Verification: run the source under source semantics and its translation under target semantics
// on the same inputs, compare every output, and for trace-based translations every intermediate
// node, reporting the first node where they diverge beyond tolerance.
#include <optional>
#include <string>
#include <vector>

#include "base/Diagnostic.h"
#include "interp/Value.h"
#include "ir/Framework.h"
#include "session/Session.h"

namespace pt::session {

struct VerifyRequest {
  std::string qualname;
  ir::Framework source = ir::Framework::Torch;
  ir::Framework target = ir::Framework::Numpy;
  bool traceBased = false;
  std::vector<interp::Value> args;  // in any framework: converted to the source's and the target's
};

struct ValueComparison {
  std::string what;            // "output 0" or "node 3 (std) at example.py:7"
  std::string sourceType, targetType;
  double maxError = 0;         // max |a - b| / max(1, |b|)
  double tolerance = 0;
  bool ok = false;
  std::string note;            // e.g. "dtype differs: int64 vs int32 (jax's default integer)"
};

struct VerifyResult {
  std::string code;                        // the translation that was run
  std::vector<ValueComparison> outputs;
  std::vector<ValueComparison> nodes;      // trace-based only: every source node with a counterpart
  std::optional<ValueComparison> firstDivergence;
  Diagnostics diagnostics;
  bool ok() const;
};

// A target value against the source's (the reference): shapes and dtypes, then every element
// within the reference dtype's tolerance (NaN equals NaN, infinities exactly).
ValueComparison compareValues(const std::string& what, const interp::Value& reference, const interp::Value& actual);

// Relative tolerance by dtype: float32 1e-5, float16/bfloat16 1e-2, float64 1e-10, integers exact.
double toleranceFor(ir::DType d);

VerifyResult verifyTranslation(Session& session, const VerifyRequest& request);

}  // namespace pt::session
