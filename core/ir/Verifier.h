#pragma once
#include <string>
#include <vector>

#include "ir/Graph.h"

namespace pt::ir {
// Checks a graph's invariants: operands defined before use, arity, attributes present,
// recorded types equal to the inferred ones, outputs defined. Returns one message per problem.
std::vector<std::string> verify(const Graph& graph);
}
