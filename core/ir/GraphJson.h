#pragma once
#include <string>

#include "ir/Graph.h"

namespace pt::ir {
// The graph as JSON: {"name", "params": [...], "nodes": [{"id","op","inputs","outputs","attrs","loc","scope"}],
// "outputs": [...]} with values named as in the text format. Deterministic (sorted keys).
std::string graphToJson(const Graph& graph, int indent = 2);
}
