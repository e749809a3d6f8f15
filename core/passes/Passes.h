#pragma once
// Graph passes ("compile" in the walkthrough): dead code elimination, common subexpression
// elimination and constant folding. Each keeps the graph valid (the verifier runs after every pass
// in tests) and reports what it changed, so the IDE can show the graph before and after.
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "ir/Graph.h"

namespace pt::passes {

enum class PassKind { DeadCode, CommonSubexpressions, ConstantFolding };

// Node ids are positions in Graph::nodes() of the graph the pass was given (for optimize(): of
// the graph optimize() was given), so a viewer can mark them on the graph before the passes.
struct PassReport {
  std::string pass;
  int removed = 0;  // nodes deleted
  int merged = 0;   // nodes replaced by an equivalent earlier node
  int folded = 0;   // nodes replaced by a constant
  PassKind kind = PassKind::DeadCode;
  std::vector<int> removedNodes;                 // ascending
  std::vector<std::pair<int, int>> mergedNodes;  // (merged node, the node that replaces it), by merged node
  std::vector<int> foldedNodes;                  // ascending; they stay in the graph as constants
};

PassReport eliminateDeadCode(ir::Graph& g);
PassReport eliminateCommonSubexpressions(ir::Graph& g);

// Evaluates one op on constant inputs (given as `constant` node attributes) and returns the
// result's constant attributes, or nullopt when it cannot. Passes see no runtime: the caller
// supplies this (core/session builds it on the tensor runtime).
using ConstantEvaluator =
    std::function<std::optional<ir::Attrs>(ir::OpKind, const std::vector<const ir::Attrs*>& inputs, const ir::Attrs& attrs)>;
PassReport foldConstants(ir::Graph& g, const ConstantEvaluator& evaluate, int64_t maxElements = 4096);

// DCE, CSE, folding (when an evaluator is given), then DCE again. The reports' node ids refer to
// `g` as given; `origin`, when asked for, receives for each node left in `g` its id in `g` as given.
std::vector<PassReport> optimize(ir::Graph& g, const ConstantEvaluator& evaluate = nullptr, std::vector<int>* origin = nullptr);

}  // namespace pt::passes
