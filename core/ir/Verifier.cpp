#include "ir/Verifier.h"

#include <unordered_set>

#include "ir/TypeRules.h"

namespace pt::ir {

std::vector<std::string> verify(const Graph& graph) {
  std::vector<std::string> problems;
  std::unordered_set<const Value*> defined(graph.params().begin(), graph.params().end());
  int index = 0;
  for (const auto& node : graph.nodes()) {
    std::string where = "node " + std::to_string(index++) + " (" + std::string(opName(node->op)) + "): ";
    for (const Value* in : node->inputs)
      if (!defined.count(in)) problems.push_back(where + "operand used before it is defined");
    const OpInfo& info = opInfo(node->op);
    if (static_cast<int>(node->outputs.size()) != info.outputs)
      problems.push_back(where + "has " + std::to_string(node->outputs.size()) + " results, expected " +
                         std::to_string(info.outputs));
    std::vector<TensorType> inTypes;
    for (const Value* in : node->inputs) inTypes.push_back(in->type);
    auto inferred = inferTypes(node->op, inTypes, node->attrs);
    if (auto* err = std::get_if<TypeError>(&inferred)) {
      problems.push_back(where + err->message);
    } else {
      const auto& types = std::get<std::vector<TensorType>>(inferred);
      for (size_t i = 0; i < types.size() && i < node->outputs.size(); ++i)
        if (!(types[i] == node->outputs[i]->type))
          problems.push_back(where + "result " + std::to_string(i) + " is recorded as " +
                             typeText(node->outputs[i]->type) + " but infers as " + typeText(types[i]));
    }
    for (const Value* out : node->outputs) {
      if (out->producer != node.get()) problems.push_back(where + "result does not point back to its node");
      defined.insert(out);
    }
  }
  for (const Value* out : graph.outputs())
    if (!defined.count(out)) problems.push_back("graph output is not defined");
  return problems;
}

}  // namespace pt::ir
