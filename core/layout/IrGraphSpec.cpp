// graphSpecFromIr: what the graph view shows of an IR graph.
#include <string>
#include <unordered_map>

#include "ir/DType.h"
#include "ir/Graph.h"
#include "ir/Op.h"
#include "layout/GraphLayout.h"

namespace pt::layout {

GraphSpec graphSpecFromIr(const ir::Graph& graph) {
  GraphSpec spec;
  spec.name = graph.name();
  std::unordered_map<const ir::Value*, std::string> producerId;

  const auto& params = graph.params();
  for (size_t i = 0; i < params.size(); ++i) {
    const ir::Value* p = params[i];
    // Ids by position, not by name: names are for people and need not be unique in every graph.
    std::string id = "in" + std::to_string(i);
    std::string name = p->name.empty() ? "%" + std::to_string(i) : p->name;
    spec.nodes.push_back({id, name + ": " + ir::typeText(p->type), 0, 0, "input"});
    producerId.emplace(p, id);
  }

  auto addEdge = [&](const ir::Value* v, const std::string& to) {
    auto it = producerId.find(v);
    // A value from nowhere is a verifier error; the view shows the rest rather than nothing.
    if (it == producerId.end()) return;
    spec.edges.push_back({it->second, to, ir::typeText(v->type)});
  };

  const auto& nodes = graph.nodes();
  for (size_t i = 0; i < nodes.size(); ++i) {
    const ir::Node& n = *nodes[i];
    std::string id = "n" + std::to_string(i);
    spec.nodes.push_back({id, std::string(ir::opName(n.op)), 0, 0, "op"});
    for (const ir::Value* in : n.inputs) addEdge(in, id);
    for (const ir::Value* out : n.outputs) producerId.emplace(out, id);
  }

  const auto& outputs = graph.outputs();
  for (size_t i = 0; i < outputs.size(); ++i) {
    std::string id = "out" + std::to_string(i);
    spec.nodes.push_back({id, "output " + std::to_string(i), 0, 0, "output"});
    addEdge(outputs[i], id);
  }
  return spec;
}

}  // namespace pt::layout
