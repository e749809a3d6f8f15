#pragma once
// Records the ops the interpreter executes into an ir::Graph while a function is being traced.
// Tensors are matched to graph values by identity; a tensor the graph has not seen (a global,
// a literal turned into a tensor) enters as a `constant` node holding its data.
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/Diagnostic.h"
#include "ir/Graph.h"
#include "runtime/Tensor.h"

namespace pt::interp {

struct TensorObject;

// A tensor object from outside the traced call (a global, a module's parameter) whose tensor the
// graph holds as a constant. A cached call is only valid while the object still exists and still
// holds that tensor: rebinding the global (the old object dies) or writing it in place (the object
// gets a new tensor) makes the graph stale, and the call traces again.
struct CapturedTensor {
  std::weak_ptr<TensorObject> holder;
  const void* tensorId = nullptr;
  std::string name;  // how the trace reached it, for the call log ("w", "fc.weight")
};

// Something the trace assumed. A value guard names a tensor whose values Python code read
// (bool(), item(), tolist()): the graph also outputs it, and a cached call whose values differ
// traces again. A guard without a tensor (random numbers drawn while tracing) makes the trace
// unsafe to reuse at all.
struct Guard {
  SourceLocation loc;
  std::string description;
  runtime::Tensor tensor;              // undefined for non-value guards
  std::vector<double> observed;        // the values Python saw
};

class GraphRecorder {
 public:
  explicit GraphRecorder(std::string graphName);

  ir::Value* addInput(const runtime::Tensor& t, const std::string& name);
  void addConstant(const runtime::Tensor& t, bool weak);
  ir::Value* valueFor(const runtime::Tensor& t);
  // Names a tensor that may enter the graph as a constant later (a module parameter, "fc.weight"):
  // its constant node then carries `name` and the module's scope path. The first name given wins.
  void nameConstant(const runtime::Tensor& t, const std::string& name, const std::vector<std::string>& scope);
  bool knows(const runtime::Tensor& t) const { return map_.count(t.id()) > 0; }
  // True when the tensor's value is computed from a graph input. Python reading a value that is
  // not (a constant, or ops on constants only) needs no guard: every call sees the same value.
  bool dependsOnInputs(const runtime::Tensor& t) const;
  ir::Node* record(ir::OpKind op, const std::vector<runtime::Tensor>& inputs, const ir::Attrs& attrs,
                   const std::vector<runtime::Tensor>& outputs, const SourceLocation& loc,
                   const std::vector<std::string>& scope);
  // Graph outputs are `outputs` followed by one output per value guard (in guard order).
  std::unique_ptr<ir::Graph> finish(const std::vector<runtime::Tensor>& outputs);

  // What recording holds on to, for the interpreter's budgets: a loop that records forever must
  // be stopped before the graph or the tensors it keeps alive exhaust memory.
  size_t nodeCount() const;
  int64_t keptBytes() const { return keptBytes_; }

  void addGuard(Guard g) { guards_.push_back(std::move(g)); }
  const std::vector<Guard>& guards() const { return guards_; }

  // Called when an op takes `holder`'s tensor: unknown to the graph, it is about to become a constant.
  void captureHolder(const std::shared_ptr<TensorObject>& holder, const runtime::Tensor& t);
  // With their graph names where nameConstant gave one.
  std::vector<CapturedTensor> captured() const;

 private:
  std::unique_ptr<ir::Graph> graph_;
  std::unordered_map<const void*, ir::Value*> map_;
  std::unordered_set<const ir::Value*> inputDependent_;
  std::vector<runtime::Tensor> keepAlive_;  // so tensor identities are never reused while recording
  int64_t keptBytes_ = 0;                   // the bytes of keepAlive_'s tensors
  void keepAlive(const runtime::Tensor& t);
  std::vector<Guard> guards_;
  std::vector<CapturedTensor> captured_;
  std::unordered_set<const void*> capturedHolders_;
  struct ConstantName {
    std::string name;
    std::vector<std::string> scope;
  };
  std::unordered_map<const void*, ConstantName> names_;
};

// The constant node attributes for a tensor's data (value as a float or int list, shape, dtype).
ir::Attrs constantAttrs(const runtime::Tensor& t);

}  // namespace pt::interp
