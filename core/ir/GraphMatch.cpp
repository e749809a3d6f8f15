#include "ir/GraphMatch.h"

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>
#include <unordered_map>

namespace pt::ir {

namespace {

bool commutative(OpKind op) { return hasTrait(op, kCommutative); }

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

// A value seen through the re-stating nodes that produced it.
const Value* canonical(const Value* v) {
  while (v->producer && restatesInput(*v->producer)) v = v->producer->inputs[0];
  return v;
}

// One graph's side of the matching: node indices, who uses each value, what is paired.
struct Side {
  const Graph& graph;
  std::unordered_map<const Node*, int> index;
  std::unordered_map<const Value*, std::vector<int>> users;  // canonical value -> consumers, in order
  std::vector<int>& pairOf;                                   // per node: the other side's node, or -1
  std::unordered_map<const Value*, const Value*> valuePair;  // canonical value -> the other side's

  Side(const Graph& g, std::vector<int>& pairs) : graph(g), pairOf(pairs) {
    const auto& nodes = g.nodes();
    for (size_t i = 0; i < nodes.size(); ++i) {
      index[nodes[i].get()] = static_cast<int>(i);
      for (const Value* in : nodes[i]->inputs) {
        auto& u = users[canonical(in)];
        if (u.empty() || u.back() != static_cast<int>(i)) u.push_back(static_cast<int>(i));
      }
    }
  }
  const Node& node(int i) const { return *graph.nodes()[static_cast<size_t>(i)]; }
  int indexOf(const Value* v) const { return v->producer ? index.at(v->producer) : -1; }
  bool paired(const Value* v) const { return valuePair.count(v) != 0; }
  const Value* partner(const Value* v) const {
    auto it = valuePair.find(v);
    return it == valuePair.end() ? nullptr : it->second;
  }
};

class Matcher {
 public:
  Matcher(const Graph& source, const Graph& target, GraphMatch& m)
      : m_(m), s_(source, m.targetOfSource), t_(target, m.sourceOfTarget) {
    for (size_t i = 0; i < source.nodes().size(); ++i)
      if (source.nodes()[i]->inputs.empty()) sourceLeaves_.push_back(static_cast<int>(i));
  }

  void run() {
    const auto& sp = s_.graph.params();
    const auto& tp = t_.graph.params();
    for (size_t i = 0; i < std::min(sp.size(), tp.size()); ++i) pairValues(sp[i], tp[i]);
    // Each round pairs at least one more node or ends: bounded by the node count.
    for (bool more = true; more;) {
      const int before = m_.pairs();
      forward();
      outputs();
      backward();
      if (m_.pairs() == before) stepsDoneDifferently();
      more = m_.pairs() > before;
    }
    m_.sourceFeeds = feeds(s_);
    m_.targetFeeds = feeds(t_);
  }

 private:
  void pairValues(const Value* s, const Value* t) {
    s_.valuePair[canonical(s)] = canonical(t);
    t_.valuePair[canonical(t)] = canonical(s);
  }

  void pairNodes(int s, int t, PairedBy how) {
    m_.targetOfSource[static_cast<size_t>(s)] = t;
    m_.sourceOfTarget[static_cast<size_t>(t)] = s;
    m_.pairedBy[static_cast<size_t>(s)] = how;
    const Node &sn = s_.node(s), &tn = t_.node(t);
    for (size_t k = 0; k < std::min(sn.outputs.size(), tn.outputs.size()); ++k) pairValues(sn.outputs[k], tn.outputs[k]);
  }

  // Source node `s` computes target node `t`'s op on the pairs of its inputs.
  bool inputsPair(const Node& s, const Node& t) const {
    std::vector<const Value*> want, have;
    for (const Value* in : t.inputs) {
      const Value* p = t_.partner(canonical(in));
      if (!p) return false;
      want.push_back(p);
    }
    for (const Value* in : s.inputs) have.push_back(canonical(in));
    if (commutative(t.op)) {
      std::sort(want.begin(), want.end());
      std::sort(have.begin(), have.end());
    }
    return want == have;
  }

  int forwardCandidate(const Node& node) const {
    if (node.inputs.empty()) {
      for (int s : sourceLeaves_)
        if (s_.pairOf[static_cast<size_t>(s)] < 0 && s_.node(s).op == node.op && sameConstant(s_.node(s), node)) return s;
      return -1;
    }
    // Candidates: the users of any paired input.
    std::vector<int> candidates;
    for (const Value* in : node.inputs)
      if (const Value* p = t_.partner(canonical(in)))
        if (auto u = s_.users.find(p); u != s_.users.end()) candidates.insert(candidates.end(), u->second.begin(), u->second.end());
    std::sort(candidates.begin(), candidates.end());
    for (int s : candidates) {
      const Node& c = s_.node(s);
      if (s_.pairOf[static_cast<size_t>(s)] < 0 && c.op == node.op && c.inputs.size() == node.inputs.size() &&
          c.outputs.size() == node.outputs.size() && inputsPair(c, node))
        return s;
    }
    return -1;
  }

  void forward() {
    const auto& tn = t_.graph.nodes();
    for (size_t t = 0; t < tn.size(); ++t) {
      if (t_.pairOf[t] >= 0) continue;
      const Node& node = *tn[t];
      if (const int s = forwardCandidate(node); s >= 0) pairNodes(s, static_cast<int>(t), PairedBy::Inputs);
    }
  }

  // Two values that hold the same thing by where they are used: their producers pair if both are
  // free and the values have one shape (a reduction on one side cannot stand for a map).
  void pairByUse(const Value* s, const Value* t) {
    s = canonical(s);
    t = canonical(t);
    if (s_.paired(s) || t_.paired(t) || !s->producer || !t->producer || s->type.shape != t->type.shape) return;
    const int si = s_.indexOf(s), ti = t_.indexOf(t);
    if (s_.pairOf[static_cast<size_t>(si)] >= 0 || t_.pairOf[static_cast<size_t>(ti)] >= 0) return;
    const Node &sn = s_.node(si), &tn = t_.node(ti);
    // Another op may stand for this one only as a whole: one result each.
    if (sn.op != tn.op && (sn.outputs.size() != 1 || tn.outputs.size() != 1)) return;
    if (s->outputIndex != t->outputIndex) return;
    pairNodes(si, ti, PairedBy::Uses);
  }

  void outputs() {
    const auto& so = s_.graph.outputs();
    const auto& to = t_.graph.outputs();
    for (size_t k = 0; k < std::min(so.size(), to.size()); ++k) pairByUse(so[k], to[k]);
  }

  static bool sameProducerOp(const Value* a, const Value* b) {
    a = canonical(a);
    b = canonical(b);
    return a->producer && b->producer && a->producer->op == b->producer->op;
  }

  // Operand by operand, from the last node back: later pairs come before the nodes they feed.
  void backward() {
    const auto& tn = t_.graph.nodes();
    for (size_t t = tn.size(); t-- > 0;) {
      const int s = t_.pairOf[t];
      if (s < 0) continue;
      const Node &a = s_.node(s), &b = *tn[t];
      if (a.op != b.op || a.inputs.size() != b.inputs.size()) continue;  // different ops: operands need not align
      if (!commutative(b.op)) {
        for (size_t i = 0; i < a.inputs.size(); ++i) pairByUse(a.inputs[i], b.inputs[i]);
        continue;
      }
      // Either order: the operands left on each side once the paired ones are set aside; two
      // of them go the way their producers' ops agree, in order when both ways or neither do.
      std::vector<const Value*> freeA, freeB;
      for (const Value* in : a.inputs)
        if (!s_.paired(canonical(in))) freeA.push_back(in);
      for (const Value* in : b.inputs)
        if (!t_.paired(canonical(in))) freeB.push_back(in);
      if (freeA.size() != freeB.size()) continue;
      if (freeA.size() == 2 && !sameProducerOp(freeA[0], freeB[0]) && sameProducerOp(freeA[0], freeB[1]) &&
          sameProducerOp(freeA[1], freeB[0]))
        std::swap(freeB[0], freeB[1]);
      for (size_t i = 0; i < freeA.size(); ++i) pairByUse(freeA[i], freeB[i]);
    }
  }

  // The values a free node computes from, as source values, constants left out (maximum(x, 0)
  // is relu(x)); nullopt if one is not paired or the node has no single result.
  using Operands = std::vector<const Value*>;
  static std::optional<std::pair<Operands, TensorType>> operandsOf(const Side& side, const Node& n, bool isTarget) {
    if (n.inputs.empty() || n.outputs.size() != 1) return std::nullopt;
    Operands out;
    for (const Value* in : n.inputs) {
      const Value* v = canonical(in);
      if (v->producer && v->producer->inputs.empty()) continue;
      if (!side.paired(v)) return std::nullopt;
      out.push_back(isTarget ? side.partner(v) : v);
    }
    if (out.empty()) return std::nullopt;
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return std::make_pair(std::move(out), n.outputs[0]->type);
  }

  // One framework's op is another's formula on the same operands (relu against maximum(x, 0)):
  // a free node on each side computing from the same paired values, with the same result type,
  // pairs when it is the only such node on both sides.
  void stepsDoneDifferently() {
    struct Found {
      int source = -1, target = -1, sources = 0, targets = 0;
    };
    auto less = [](const std::pair<Operands, TensorType>& a, const std::pair<Operands, TensorType>& b) {
      return std::tie(a.first, a.second.dtype, a.second.shape) < std::tie(b.first, b.second.dtype, b.second.shape);
    };
    std::map<std::pair<Operands, TensorType>, Found, decltype(less)> found(less);
    for (int pass = 0; pass < 2; ++pass) {
      const Side& side = pass == 0 ? s_ : t_;
      for (size_t i = 0; i < side.graph.nodes().size(); ++i) {
        if (side.pairOf[i] >= 0) continue;
        auto k = operandsOf(side, side.node(static_cast<int>(i)), pass == 1);
        if (!k) continue;
        Found& f = found[std::move(*k)];
        (pass == 0 ? f.source : f.target) = static_cast<int>(i);
        ++(pass == 0 ? f.sources : f.targets);
      }
    }
    for (const auto& [k, f] : found)
      if (f.sources == 1 && f.targets == 1) pairNodes(f.source, f.target, PairedBy::Operands);
  }

  // Per unpaired node of one side: the first paired node downstream (reverse order: consumers
  // are done before their producers).
  static std::vector<int> feeds(const Side& side) {
    const auto& nodes = side.graph.nodes();
    std::vector<int> out(nodes.size(), -1);
    for (size_t i = nodes.size(); i-- > 0;) {
      if (side.pairOf[i] >= 0) continue;
      int best = -1;
      for (const Value* v : nodes[i]->outputs) {
        auto u = side.users.find(canonical(v));
        if (u == side.users.end()) continue;
        for (int c : u->second) {
          const int reach = side.pairOf[static_cast<size_t>(c)] >= 0 ? c : out[static_cast<size_t>(c)];
          if (reach >= 0 && (best < 0 || reach < best)) best = reach;
        }
      }
      out[i] = best;
    }
    return out;
  }

  GraphMatch& m_;
  Side s_, t_;
  std::vector<int> sourceLeaves_;
};

}  // namespace

int GraphMatch::pairs() const {
  return static_cast<int>(std::count_if(targetOfSource.begin(), targetOfSource.end(), [](int t) { return t >= 0; }));
}

GraphMatch matchGraphs(const Graph& source, const Graph& target) {
  GraphMatch m{std::vector<int>(source.nodes().size(), -1), std::vector<int>(target.nodes().size(), -1),
               std::vector<PairedBy>(source.nodes().size(), PairedBy::None), {}, {}};
  Matcher(source, target, m).run();
  return m;
}

}  // namespace pt::ir
