#include "passes/Passes.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace pt::passes {

namespace {

std::unordered_map<const ir::Node*, int> nodeIds(const ir::Graph& g) {
  std::unordered_map<const ir::Node*, int> ids;
  for (size_t i = 0; i < g.nodes().size(); ++i) ids[g.nodes()[i].get()] = static_cast<int>(i);
  return ids;
}

// A pass's ids (positions in the graph it was given) as ids of the graph optimize() was given.
void toOriginalIds(PassReport& r, const std::vector<int>& origin) {
  for (int& n : r.removedNodes) n = origin[static_cast<size_t>(n)];
  for (auto& [merged, into] : r.mergedNodes) {
    merged = origin[static_cast<size_t>(merged)];
    into = origin[static_cast<size_t>(into)];
  }
  for (int& n : r.foldedNodes) n = origin[static_cast<size_t>(n)];
}

// The positions the pass deleted drop out of `origin` (removeNodes keeps the others' order).
void dropDeleted(const PassReport& r, std::vector<int>& origin) {
  std::unordered_set<int> gone(r.removedNodes.begin(), r.removedNodes.end());
  for (const auto& [merged, into] : r.mergedNodes) gone.insert(merged);
  std::erase_if(origin, [&](int id) { return gone.count(id) > 0; });
}

}  // namespace

PassReport eliminateDeadCode(ir::Graph& g) {
  PassReport report{"dead code elimination"};
  report.kind = PassKind::DeadCode;
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
  const auto ids = nodeIds(g);
  for (const ir::Node* n : dead) report.removedNodes.push_back(ids.at(n));
  std::sort(report.removedNodes.begin(), report.removedNodes.end());
  if (!dead.empty()) g.removeNodes(dead);
  return report;
}

PassReport eliminateCommonSubexpressions(ir::Graph& g) {
  PassReport report{"common subexpression elimination"};
  report.kind = PassKind::CommonSubexpressions;
  const auto nodeId = nodeIds(g);
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
      report.mergedNodes.emplace_back(nodeId.at(n.get()), nodeId.at(it->second));
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
  report.kind = PassKind::ConstantFolding;
  if (!evaluate) return report;
  for (size_t i = 0; i < g.nodes().size(); ++i) {
    const auto& n = g.nodes()[i];
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
    report.foldedNodes.push_back(static_cast<int>(i));
  }
  return report;
}

std::vector<PassReport> optimize(ir::Graph& g, const ConstantEvaluator& evaluate, std::vector<int>* origin) {
  std::vector<int> ids(g.nodes().size());
  for (size_t i = 0; i < ids.size(); ++i) ids[i] = static_cast<int>(i);
  std::vector<PassReport> reports;
  auto record = [&](PassReport r) {
    toOriginalIds(r, ids);
    dropDeleted(r, ids);
    reports.push_back(std::move(r));
  };
  record(eliminateDeadCode(g));
  record(eliminateCommonSubexpressions(g));
  if (evaluate) record(foldConstants(g, evaluate));
  record(eliminateDeadCode(g));
  if (origin) *origin = std::move(ids);
  return reports;
}

}  // namespace pt::passes
