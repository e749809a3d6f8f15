#pragma once
// The diff of a translation: the function traced in its source framework, its translation
// re-traced through the target framework's frontend, their nodes paired (ir::matchGraphs), and
// for every pair the numeric difference of the values both computed on the same inputs. The
// IDE's diff view shows it; `verify` is the same check on the outputs alone (plus, trace-based,
// node by node through the generated lines).
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "ir/GraphMatch.h"
#include "session/Verify.h"
#include "trace/TracedFunction.h"

namespace pt::session {

struct GraphDiff {
  VerifyResult verify;                               // outputs, the code, diagnostics
  std::shared_ptr<const trace::CachedTrace> source;  // the function in its source framework
  std::shared_ptr<const trace::CachedTrace> target;  // the translation, re-traced
  ir::GraphMatch match;
  std::vector<std::optional<ValueComparison>> sourceNodes;  // per source node: its pair's difference
  int firstDivergence = -1;  // the first source node (graph order) beyond tolerance, or -1
  bool ok() const { return verify.ok() && firstDivergence < 0; }
};

// Never throws: failures are diagnostics in `verify`.
GraphDiff diffTranslation(Session& session, const VerifyRequest& request);

// One side of a diff: a function of the session and the framework whose semantics it runs under.
struct FunctionUnderDiff {
  interp::Value function;
  ir::Framework framework;
  std::string name;  // the traced graph's name
};

// The same diff for any two functions (a translation written by hand, say): `verify` holds the
// outputs compared and diagnostics, no code. Never throws.
GraphDiff diffFunctions(Session& session, const FunctionUnderDiff& source, const FunctionUnderDiff& target,
                        const std::vector<interp::Value>& args);

}  // namespace pt::session
