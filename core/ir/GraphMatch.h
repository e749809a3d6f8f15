#pragma once
// Pairs the nodes of two graphs that compute the same thing: a function traced in its source
// framework and its translation re-traced through the target framework's frontend. Parameters
// pair by position; then, in order, a node pairs with an unpaired node of the same op whose inputs
// are the pairs of its inputs (either order for commutative ops), and constants with equal
// constants. A node that only re-states its input (a cast to the same dtype, a reshape to the
// same shape) lets its input's pair pass through it. What stays unpaired is what the two
// frameworks compute differently.
#include <vector>

#include "ir/Graph.h"

namespace pt::ir {

struct GraphMatch {
  std::vector<int> targetOfSource;  // per node of the source graph: the target node, or -1
  std::vector<int> sourceOfTarget;  // per node of the target graph: the source node, or -1
  int pairs() const;
};

GraphMatch matchGraphs(const Graph& source, const Graph& target);

}  // namespace pt::ir
