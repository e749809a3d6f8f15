#include "ir/GraphMatch.h"

#include <algorithm>
#include <unordered_map>

namespace pt::ir {

namespace {

bool commutative(OpKind op) {
  switch (op) {
    case OpKind::Add:
    case OpKind::Mul:
    case OpKind::Maximum:
    case OpKind::Minimum:
    case OpKind::Eq:
    case OpKind::Ne: return true;
    default: return false;
  }
}

// The same tensor value: data, dtype and shape; the name and weak flag only say where it came from.
bool sameConstant(const Node& a, const Node& b) {
  if (a.outputs.size() != 1 || b.outputs.size() != 1 || a.outputs[0]->type != b.outputs[0]->type) return false;
  auto value = [](const Node& n) { return n.attrs.count("value") ? n.attrs.at("value") : AttrValue{}; };
  return value(a) == value(b);
}

// A node whose result is its input unchanged: its input's pair passes through it.
bool restatesInput(const Node& n) {
  if (n.inputs.size() != 1 || n.outputs.size() != 1 || n.inputs[0]->type != n.outputs[0]->type) return false;
  return n.op == OpKind::Cast || n.op == OpKind::Reshape || n.op == OpKind::Expand;
}

}  // namespace

int GraphMatch::pairs() const {
  return static_cast<int>(std::count_if(targetOfSource.begin(), targetOfSource.end(), [](int t) { return t >= 0; }));
}

GraphMatch matchGraphs(const Graph& source, const Graph& target) {
  const auto& sn = source.nodes();
  const auto& tn = target.nodes();
  GraphMatch m{std::vector<int>(sn.size(), -1), std::vector<int>(tn.size(), -1)};
  // Source values seen through the source's own re-stating nodes.
  auto canonical = [](const Value* v) {
    while (v->producer && restatesInput(*v->producer)) v = v->producer->inputs[0];
    return v;
  };
  // Consumers of each (canonical) source value, in graph order: the candidates for a target node's pair.
  std::unordered_map<const Value*, std::vector<int>> users;
  for (size_t i = 0; i < sn.size(); ++i)
    for (const Value* in : sn[i]->inputs) {
      auto& u = users[canonical(in)];
      if (u.empty() || u.back() != static_cast<int>(i)) u.push_back(static_cast<int>(i));
    }
  std::unordered_map<const Value*, const Value*> pairOf;  // target value -> source value
  for (size_t i = 0; i < std::min(source.params().size(), target.params().size()); ++i)
    pairOf[target.params()[i]] = source.params()[i];  // parameters are their own canonical values

  auto inputsPair = [&](const Node& s, const Node& t, bool anyOrder) {
    std::vector<const Value*> want;
    for (const Value* in : t.inputs) {
      auto it = pairOf.find(in);
      if (it == pairOf.end()) return false;
      want.push_back(it->second);
    }
    std::vector<const Value*> have;
    for (const Value* in : s.inputs) have.push_back(canonical(in));
    if (anyOrder) {
      std::sort(want.begin(), want.end());
      std::sort(have.begin(), have.end());
    }
    return want == have;
  };
  auto pair = [&](int s, int t) {
    m.targetOfSource[static_cast<size_t>(s)] = t;
    m.sourceOfTarget[static_cast<size_t>(t)] = s;
    for (size_t k = 0; k < tn[static_cast<size_t>(t)]->outputs.size() && k < sn[static_cast<size_t>(s)]->outputs.size(); ++k)
      pairOf[tn[static_cast<size_t>(t)]->outputs[k]] = canonical(sn[static_cast<size_t>(s)]->outputs[k]);
  };

  size_t nextConstant = 0;  // constants pair in order: the first unpaired equal one
  for (size_t t = 0; t < tn.size(); ++t) {
    const Node& node = *tn[t];
    int found = -1;
    if (node.inputs.empty()) {
      for (size_t s = nextConstant; s < sn.size() && found < 0; ++s)
        if (m.targetOfSource[s] < 0 && sn[s]->op == node.op && sameConstant(*sn[s], node)) found = static_cast<int>(s);
    } else if (auto first = pairOf.find(node.inputs[0]); first != pairOf.end() || commutative(node.op)) {
      // Candidates: the users of any paired input (for a commutative op the first may be unpaired).
      std::vector<int> candidates;
      for (const Value* in : node.inputs)
        if (auto p = pairOf.find(in); p != pairOf.end())
          for (int s : users[p->second]) candidates.push_back(s);
      std::sort(candidates.begin(), candidates.end());
      for (int s : candidates) {
        const Node& c = *sn[static_cast<size_t>(s)];
        if (m.targetOfSource[static_cast<size_t>(s)] >= 0 || c.op != node.op || c.inputs.size() != node.inputs.size() ||
            c.outputs.size() != node.outputs.size())
          continue;
        if (inputsPair(c, node, commutative(node.op))) {
          found = s;
          break;
        }
      }
    }
    if (found >= 0) {
      pair(found, static_cast<int>(t));
    } else if (restatesInput(node)) {
      if (auto p = pairOf.find(node.inputs[0]); p != pairOf.end()) pairOf[node.outputs[0]] = p->second;
    }
  }
  return m;
}

}  // namespace pt::ir
