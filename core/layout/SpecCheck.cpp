#include "layout/SpecCheck.h"

#include <unordered_set>

namespace pt::layout {

std::string checkSpec(const GraphSpec& spec) {
  if (spec.nodes.empty()) return "graph has no nodes";
  if (spec.rankdir != "TB" && spec.rankdir != "LR" && spec.rankdir != "BT" && spec.rankdir != "RL")
    return "unknown rankdir '" + spec.rankdir + "'";
  std::unordered_set<std::string> ids;
  for (const NodeSpec& n : spec.nodes) {
    if (n.id.empty()) return "node with an empty id";
    if (!ids.insert(n.id).second) return "duplicate node id '" + n.id + "'";
    if (n.width < 0 || n.height < 0) return "node '" + n.id + "' has a negative size";
    if (!n.rank.empty() && n.rank != "min" && n.rank != "max" && n.rank != "source" && n.rank != "sink")
      return "node '" + n.id + "' has an unknown rank '" + n.rank + "'";
  }
  for (const auto& [key, value] : spec.graphAttributes)
    if (key.empty()) return "graph attribute with an empty name";
  for (size_t i = 0; i < spec.edges.size(); ++i) {
    const EdgeSpec& e = spec.edges[i];
    for (const std::string* end : {&e.from, &e.to})
      if (!ids.count(*end))
        return "edge " + std::to_string(i) + " (" + e.from + " -> " + e.to + ") refers to unknown node '" + *end + "'";
  }
  return {};
}

}  // namespace pt::layout
