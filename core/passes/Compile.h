#pragma once
// "Compile" as the IDE shows it: the graph before and after the passes, and what became of each
// node of the graph before — removed by which pass, merged into which node, folded to a constant.
#include <memory>
#include <vector>

#include "ir/Graph.h"
#include "passes/Passes.h"

namespace pt::passes {

struct NodeFate {
  enum class Kind { Kept, Removed, Merged, Folded };
  Kind kind = Kind::Kept;
  int pass = -1;      // index into Compiled::passes of the pass that did it (-1: kept)
  int survivor = -1;  // Merged: the node (of the graph before) that replaces it
  int after = -1;     // Kept / Folded: its index in the graph after
};

struct Compiled {
  std::unique_ptr<ir::Graph> after;
  std::vector<PassReport> passes;  // node ids: indices into the graph before
  std::vector<int> origin;         // per node of `after`: its index in the graph before
  std::vector<NodeFate> fates;     // per node of the graph before
  int removed = 0, merged = 0, folded = 0;  // totals over the passes
};

// Runs optimize() on a copy of `before`; `before` is not changed.
Compiled compile(const ir::Graph& before, const ConstantEvaluator& evaluate = nullptr);

}  // namespace pt::passes
