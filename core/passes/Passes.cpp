#include "passes/Passes.h"

#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace pt::passes {

PassReport eliminateDeadCode(ir::Graph& g) {
  PassReport report{"dead code elimination"};
  std::unordered_set<const ir::Value*> live(g.outputs().begin(), g.outputs().end());
  std::vector<const ir::Node*> dead;
  // Walk backwards: a node is live when one of its results is used by a live node or the outputs.
  for (auto it = g.nodes().rbegin(); it != g.nodes().rend(); ++it) {
    const ir::Node& n = **it;
    bool used = false;
    for (const ir::Value* v : n.outputs) used = used || live.count(v);
    // Random ops advance a generator: removing one would change every later draw.
    if (!used && !ir::hasTrait(n.op, ir::kRandom)) {
      dead.push_back(&n);
      continue;
    }
    for (const ir::Value* in : n.inputs) live.insert(in);
  }
  report.removed = static_cast<int>(dead.size());
  if (!dead.empty()) g.removeNodes(dead);
  return report;
}

PassReport eliminateCommonSubexpressions(ir::Graph& g) {
  PassReport report{"common subexpression elimination"};
  // Key: op, operand identities and the attribute text (attributes print deterministically).
  std::map<std::string, const ir::Node*> seen;
  std::unordered_map<const ir::Value*, int> ids;
  int next = 0;
  for (const ir::Value* p : g.params()) ids[p] = next++;
  std::vector<const ir::Node*> merged;
  for (const auto& n : g.nodes()) {
    std::string key = std::string(ir::opName(n->op)) + "(";
    for (const ir::Value* in : n->inputs) key += std::to_string(ids.at(in)) + ",";
    key += ")" + ir::attrsText(n->attrs);
    for (const ir::Value* out : n->outputs) key += typeText(out->type);
    bool pure = ir::hasTrait(n->op, ir::kPure) && !ir::hasTrait(n->op, ir::kRandom);
    auto it = seen.find(key);
    if (pure && it != seen.end()) {
      for (size_t i = 0; i < n->outputs.size(); ++i) {
        g.replaceAllUses(n->outputs[i], it->second->outputs[i]);
        ids[n->outputs[i]] = ids.at(it->second->outputs[i]);
      }
      merged.push_back(n.get());
      continue;
    }
    if (pure) seen[key] = n.get();
    for (const ir::Value* out : n->outputs) ids[out] = next++;
  }
  report.merged = static_cast<int>(merged.size());
  if (!merged.empty()) g.removeNodes(merged);
  return report;
}

PassReport foldConstants(ir::Graph& g, const ConstantEvaluator& evaluate, int64_t maxElements) {
  PassReport report{"constant folding"};
  if (!evaluate) return report;
  for (const auto& n : g.nodes()) {
    if (n->op == ir::OpKind::Constant || n->inputs.empty() || n->outputs.size() != 1) continue;
    if (!ir::hasTrait(n->op, ir::kPure) || ir::hasTrait(n->op, ir::kRandom)) continue;
    if (n->outputs[0]->type.numel() > maxElements) continue;  // keep big constants out of the IR
    std::vector<const ir::Attrs*> inputs;
    for (const ir::Value* in : n->inputs) {
      if (!in->producer || in->producer->op != ir::OpKind::Constant) break;
      inputs.push_back(&in->producer->attrs);
    }
    if (inputs.size() != n->inputs.size()) continue;
    auto folded = evaluate(n->op, inputs, n->attrs);
    if (!folded) continue;
    // The node becomes a constant in place: its uses and its position stay as they are.
    n->op = ir::OpKind::Constant;
    n->inputs.clear();
    n->attrs = std::move(*folded);
    ++report.folded;
  }
  return report;
}

std::vector<PassReport> optimize(ir::Graph& g, const ConstantEvaluator& evaluate) {
  std::vector<PassReport> reports;
  reports.push_back(eliminateDeadCode(g));
  reports.push_back(eliminateCommonSubexpressions(g));
  if (evaluate) reports.push_back(foldConstants(g, evaluate));
  reports.push_back(eliminateDeadCode(g));
  return reports;
}

}  // namespace pt::passes
