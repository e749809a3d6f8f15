#pragma once
// The IR text format of DESIGN.md, and its parser: printGraph(parseGraph(s)) == s.
#include <memory>
#include <string>
#include <string_view>

#include "ir/Graph.h"

namespace pt::ir {

std::string printGraph(const Graph& graph);

struct ParsedGraph {
  std::unique_ptr<Graph> graph;  // null on error
  std::string error;             // "line N: message"
};
ParsedGraph parseGraph(std::string_view text);

}  // namespace pt::ir
