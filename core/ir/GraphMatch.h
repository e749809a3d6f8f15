#pragma once
// Pairs the nodes of two graphs that compute the same thing: a function traced in its source
// framework and its translation re-traced through the target framework's frontend.
//
// Forward, from the parameters (paired by position): a node pairs with an unpaired node of the
// same op whose inputs are the pairs of its inputs (either order for commutative ops), constants
// with equal constants. A node that only re-states its input (a cast to the same dtype, a
// reshape to the same shape) lets its input's pair pass through it.
// Backward, from the outputs (paired by position): where one framework computes a step in several
// ops the other does in one (torch's std, tensorflow's mean-square-sqrt), the forward walk stops;
// the results still pair, and so do, operand by operand, the inputs of two paired nodes of the
// same op. A pair found this way may join nodes of different ops (std with the sqrt that ends
// tensorflow's version): they hold the same value, computed differently. Last, where one framework
// writes an op as a formula of another (relu as maximum(x, 0)), the one free node on each side
// computing from the same paired values (constants aside) with the same result type pairs. The
// walks repeat until nothing new pairs. What stays unpaired is what the frameworks compute differently; each such
// node is told the first paired node its results flow into (the step it is part of).
#include <vector>

#include "ir/Graph.h"

namespace pt::ir {

enum class PairedBy : unsigned char {
  None,
  Inputs,  // same op on paired inputs (or an equal constant)
  Uses,    // the same output of the graph, or the same operand of a pair: maybe another op
  Operands,  // the one free node on each side that computes from the same paired values: another op
};

struct GraphMatch {
  std::vector<int> targetOfSource;  // per node of the source graph: the target node, or -1
  std::vector<int> sourceOfTarget;  // per node of the target graph: the source node, or -1
  std::vector<PairedBy> pairedBy;   // per node of the source graph
  // Per unpaired node: the first paired node (same graph) its results flow into, or -1.
  std::vector<int> sourceFeeds, targetFeeds;
  int pairs() const;
};

GraphMatch matchGraphs(const Graph& source, const Graph& target);

}  // namespace pt::ir
