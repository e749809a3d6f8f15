#pragma once
// A Python function turned into cached graphs, as in the walkthrough:
//  - lazy:  created without inputs; the first call traces (slow), later calls with the same
//           input signature run the cached graph (fast);
//  - eager: created with example inputs and traced at once; every call is fast.
// A call whose signature (frameworks, dtypes, shapes, static Python values) is new traces again;
// every graph stays cached. Every call is logged with its wall time and whether it traced.
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "interp/GraphRecorder.h"
#include "interp/Interpreter.h"
#include "ir/Graph.h"
#include "runtime/GraphExecutor.h"

namespace pt::trace {

enum class Mode { Lazy, Eager };

struct CallRecord {
  int index = 0;
  double milliseconds = 0;
  bool traced = false;
  std::string signature;
  std::string why;  // why it traced: "first call", "new signature", "guard changed", "eager trace at creation"
};

// How to rebuild the Python result from the graph's outputs.
struct OutputSpec {
  enum class Kind { Tensor, Tuple, List, Constant };
  Kind kind = Kind::Constant;
  int outputIndex = -1;                 // Tensor
  ir::Framework framework{};            // Tensor
  std::vector<OutputSpec> items;        // Tuple/List
  interp::Value constant;               // Constant (Python values computed while tracing)
};

struct CachedTrace {
  std::string signature;
  std::unique_ptr<ir::Graph> graph;
  std::unique_ptr<runtime::ExecutionPlan> plan;  // built once: cached calls only run it
  OutputSpec output;
  int resultOutputs = 0;                // graph outputs that belong to the result; the rest are guards
  std::vector<interp::Guard> guards;
  std::vector<interp::CapturedTensor> captured;  // constants that came from objects outside the call
  bool reusable = true;                 // false when a guard cannot be checked (random draws)
  std::vector<std::string> verifierProblems;
};

class TracedFunction {
 public:
  TracedFunction(interp::Interpreter& in, interp::Value function, std::string name, Mode mode);

  // Eager mode: trace now with these example arguments.
  void traceWith(const std::vector<interp::Value>& args);
  interp::Value call(const std::vector<interp::Value>& args);

  // Applied to every new graph before it is verified and planned, so cached calls run the
  // result (ivy.compile: graph passes; core/trace itself knows no passes).
  using GraphTransform = std::function<void(const std::string& signature, ir::Graph& graph)>;
  void setGraphTransform(GraphTransform transform) { transform_ = std::move(transform); }

  Mode mode() const { return mode_; }
  const std::string& name() const { return name_; }
  const std::vector<CallRecord>& callLog() const { return log_; }
  const CachedTrace* lastTrace() const { return last_.get(); }
  // The same, kept alive by the caller: a host that shows a graph while later calls run (on
  // another thread) may see the cache entry replaced; its copy of the pointer stays valid.
  std::shared_ptr<const CachedTrace> sharedLastTrace() const { return last_; }
  const CachedTrace* traceFor(const std::string& signature) const;
  size_t cacheSize() const { return cache_.size(); }
  std::string signatureOf(const std::vector<interp::Value>& args);

 private:
  interp::Interpreter& in_;
  interp::Value function_;
  std::string name_;
  Mode mode_;
  std::map<std::string, std::shared_ptr<CachedTrace>> cache_;
  std::shared_ptr<const CachedTrace> last_;
  std::vector<CallRecord> log_;
  GraphTransform transform_;

  interp::Value traceAndRun(const std::vector<interp::Value>& args, const std::string& signature, CachedTrace*& out);
  std::optional<interp::Value> runCached(const CachedTrace& trace, const std::vector<interp::Value>& args);
};

// The graph inputs for a call: the tensor leaves of the arguments, depth first, each distinct
// tensor once (the same tensor passed twice is one graph parameter).
std::vector<runtime::Tensor> graphInputs(const std::vector<interp::Value>& args);

// Traces the function once on `args` with the interpreter recording the type of every expression
// it evaluates, in this function and everything it calls (for the source-to-source translator).
// An exception the function raises ends the run; what ran until then stays recorded and the
// exception is returned.
std::optional<interp::PyException> observeTypes(interp::Interpreter& in, const interp::Value& function, const std::string& name,
                                                const std::vector<interp::Value>& args, ir::ObservedTypes& into);

// Parameter names of an interpreted function, for naming graph inputs ("x", "y", ...).
std::vector<std::string> parameterNames(const interp::Value& function);

}  // namespace pt::trace
