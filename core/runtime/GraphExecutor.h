#pragma once
// Runs an ir::Graph on the process-wide backend, node by node in order. Intermediates are
// released right after their last use, so peak memory follows the live set, not the graph size.
#include <vector>

#include "ir/Graph.h"
#include "runtime/Tensor.h"

namespace pt::runtime {

struct NodeResults {
  std::vector<std::vector<Tensor>> perNode;  // indexed like graph.nodes()
  std::vector<Tensor> outputs;
};

// Both throw RuntimeError naming the failing node (op, index and source location), or the input
// whose type differs from the graph's parameter.
std::vector<Tensor> executeGraph(const ir::Graph& graph, const std::vector<Tensor>& inputs);
// Keeps every node's results (for "first diverging node" checks); nothing is released.
NodeResults executeGraphKeepingAll(const ir::Graph& graph, const std::vector<Tensor>& inputs);

// The same, with slot numbering and release points computed once for repeated runs (a traced
// function's cached calls). The graph must outlive the plan and stay unchanged.
class ExecutionPlan {
 public:
  explicit ExecutionPlan(const ir::Graph& graph);
  std::vector<Tensor> run(const std::vector<Tensor>& inputs) const;
  NodeResults runKeepingAll(const std::vector<Tensor>& inputs) const;

 private:
  struct Step {
    const ir::Node* node;
    std::vector<int> inputs;   // slots
    std::vector<int> outputs;  // slots
    std::vector<int> release;  // slots whose last use is this step
  };
  void bindInputs(const std::vector<Tensor>& inputs, std::vector<Tensor>& slots) const;
  void runStep(size_t index, std::vector<Tensor>& slots) const;

  const ir::Graph& graph_;
  int slotCount_ = 0;
  std::vector<Step> steps_;
  std::vector<int> outputSlots_;
};

}  // namespace pt::runtime
