#pragma once
// Trace-based translation: a graph becomes straight-line code in the target framework.
#include <functional>
#include <string>
#include <vector>

#include "base/Diagnostic.h"
#include "ir/Framework.h"
#include "ir/Graph.h"

namespace pt::codegen {

class EmitContext;

struct GraphCodegenOptions {
  std::string functionName;      // defaults to the graph's name
  std::string origin;            // for the header comment, e.g. "normalize in example.py (torch), traced with f64[10]"
  int resultOutputs = -1;        // how many graph outputs the function returns (the rest are guard values); -1 = all
  // The returned expression from the result outputs' names, when the traced function returned more
  // than tensors (a tuple with Python values, a list, a dtype): the caller spells the structure
  // with the target's names (ctx.dtype). Unset: the outputs, one or a tuple.
  std::function<std::string(EmitContext& ctx, const std::vector<std::string>& outputs)> resultExpression;
};

struct GeneratedCode {
  std::string code;
  Diagnostics diagnostics;
  // For each graph node, the 1-based line of `code` that computes it (0: inlined, e.g. a literal).
  // Lets verification line up the translated code's values with the source graph's, node by node.
  std::vector<int> nodeLines;
  bool ok() const { return !hasErrors(diagnostics); }
};

GeneratedCode generateFromGraph(const ir::Graph& graph, ir::Framework target, const GraphCodegenOptions& options);

// The header every generated module starts with.
std::string generatedHeader(const std::string& origin, ir::Framework target, const std::string& method);

}  // namespace pt::codegen
