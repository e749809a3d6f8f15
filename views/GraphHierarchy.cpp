#include "views/GraphHierarchy.h"

#include <algorithm>
#include <deque>
#include <functional>
#include <unordered_map>

#include "ir/Attr.h"
#include "ir/DType.h"
#include "ir/Graph.h"
#include "ir/Op.h"

namespace pt::views {

namespace {

size_t mix(size_t seed, size_t value) { return seed ^ (value + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2)); }
size_t hashText(const std::string& s) { return std::hash<std::string>{}(s); }

// The smallest p such that `keys` is the same block of p keys repeated (at least twice), or 0.
size_t period(const std::vector<size_t>& keys) {
  const size_t n = keys.size();
  for (size_t p = 1; p <= n / 2; ++p) {
    if (n % p) continue;
    bool repeats = true;
    for (size_t i = p; i < n && repeats; ++i) repeats = keys[i] == keys[i - p];
    if (repeats) return p;
  }
  return 0;
}

}  // namespace

GraphHierarchy::GraphHierarchy(const ir::Graph& graph) {
  const auto& nodes = graph.nodes();
  paramCount_ = static_cast<int>(graph.params().size());
  outputCount_ = static_cast<int>(graph.outputs().size());
  groupOfOp_.assign(nodes.size(), kRoot);

  // Values and their uses, copied out of the IR.
  std::unordered_map<const ir::Value*, std::pair<ViewEntry, int>> producer;
  int nextValue = 0;
  for (int i = 0; i < paramCount_; ++i) producer[graph.params()[static_cast<size_t>(i)]] = {{ViewEntry::Kind::Param, i}, nextValue++};
  for (size_t i = 0; i < nodes.size(); ++i) {
    const ViewEntry self{ViewEntry::Kind::Op, static_cast<int>(i)};
    for (const ir::Value* in : nodes[i]->inputs)
      if (auto it = producer.find(in); it != producer.end())
        uses_.push_back({it->second.first, self, it->second.second, ir::typeText(in->type)});
    for (const ir::Value* out : nodes[i]->outputs) producer[out] = {self, nextValue++};
  }
  for (int i = 0; i < outputCount_; ++i) {
    const ir::Value* v = graph.outputs()[static_cast<size_t>(i)];
    if (auto it = producer.find(v); it != producer.end())
      uses_.push_back({it->second.first, {ViewEntry::Kind::Output, i}, it->second.second, ir::typeText(v->type)});
  }

  // Nodes the tracer makes outside any call (constants from Python literals) carry no scope:
  // they belong with the op that first uses them, or one call's constants would cut it into
  // pieces. Backwards, so a chain of them takes its final user's scope.
  std::vector<std::vector<std::string>> scopes(nodes.size());
  std::unordered_map<const ir::Value*, size_t> firstUse;
  for (size_t i = 0; i < nodes.size(); ++i)
    for (const ir::Value* in : nodes[i]->inputs) firstUse.emplace(in, i);
  for (size_t i = nodes.size(); i-- > 0;) {
    scopes[i] = nodes[i]->scope;
    if (!scopes[i].empty()) continue;
    size_t user = nodes.size();
    for (const ir::Value* out : nodes[i]->outputs)
      if (auto it = firstUse.find(out); it != firstUse.end()) user = std::min(user, it->second);
    if (user < nodes.size()) scopes[i] = scopes[user];
  }
  // One used by no op (only by an output) was made where the trace was at the time: with its
  // neighbour (before it, or after it at the start).
  for (size_t i = 1; i < nodes.size(); ++i)
    if (scopes[i].empty()) scopes[i] = scopes[i - 1];
  for (size_t i = nodes.size(); i-- > 1;)
    if (scopes[i - 1].empty()) scopes[i - 1] = scopes[i];
  // The traced function itself (and any wrapper all ops share) is the root, not a group. Nodes
  // still without a scope (only when none has one) sit in the root.
  const std::vector<std::string>* first = nullptr;
  for (const auto& s : scopes)
    if (!s.empty() && !first) first = &s;
  size_t common = first ? first->size() : 0;
  for (const auto& s : scopes) {
    if (s.empty()) continue;
    size_t k = 0;
    while (k < common && k < s.size() && s[k] == (*first)[k]) ++k;
    common = k;
  }
  // Keys that tell repeated calls apart from one longer call: the same op at the same place
  // in the same callee means the call started again.
  std::vector<size_t> periodKeys(nodes.size()), opKeys(nodes.size());
  for (size_t i = 0; i < nodes.size(); ++i) {
    const ir::Node& n = *nodes[i];
    size_t k = mix(static_cast<size_t>(n.op), static_cast<size_t>(n.loc.line));
    k = mix(k, static_cast<size_t>(n.loc.col));
    k = mix(k, hashText(n.loc.file));
    for (const auto& s : scopes[i]) k = mix(k, hashText(s));
    periodKeys[i] = k;
    opKeys[i] = mix(mix(static_cast<size_t>(n.op), hashText(ir::attrsText(n.attrs))), n.inputs.size());
  }

  HierarchyGroup root;
  root.kind = HierarchyGroup::Kind::Root;
  root.name = graph.name();
  if (first) root.path.assign(first->begin(), first->begin() + static_cast<long>(common));
  groups_.push_back(std::move(root));
  for (int i = 0; i < paramCount_; ++i) groups_[kRoot].children.push_back({ViewEntry::Kind::Param, i});
  std::vector<int> all(nodes.size());
  for (size_t i = 0; i < nodes.size(); ++i) all[i] = static_cast<int>(i);
  build(kRoot, all, common, scopes, periodKeys);
  for (int i = 0; i < outputCount_; ++i) groups_[kRoot].children.push_back({ViewEntry::Kind::Output, i});
  finish(kRoot, opKeys);
  foldRepeats(kRoot);
}

int GraphHierarchy::addGroup(HierarchyGroup::Kind kind, int parent, std::string name, std::vector<std::string> path) {
  HierarchyGroup g;
  g.kind = kind;
  g.parent = parent;
  g.depth = groups_[static_cast<size_t>(parent)].depth + 1;
  g.name = std::move(name);
  g.path = std::move(path);
  groups_.push_back(std::move(g));
  return static_cast<int>(groups_.size()) - 1;
}

void GraphHierarchy::build(int group, const std::vector<int>& ops, size_t depth,
                           const std::vector<std::vector<std::string>>& scopes, const std::vector<size_t>& keys) {
  size_t i = 0;
  while (i < ops.size()) {
    const auto& scope = scopes[static_cast<size_t>(ops[i])];
    if (scope.size() <= depth) {
      groups_[static_cast<size_t>(group)].children.push_back({ViewEntry::Kind::Op, ops[i]});
      groupOfOp_[static_cast<size_t>(ops[i])] = group;
      ++i;
      continue;
    }
    // A run of ops called from the same function at this depth: one call, or several in a row.
    const std::string& name = scope[depth];
    size_t j = i;
    while (j < ops.size() && scopes[static_cast<size_t>(ops[j])].size() > depth && scopes[static_cast<size_t>(ops[j])][depth] == name) ++j;
    std::vector<size_t> runKeys;
    for (size_t k = i; k < j; ++k) runKeys.push_back(keys[static_cast<size_t>(ops[k])]);
    const size_t p = period(runKeys);
    const size_t callLength = p ? p : j - i;
    for (size_t start = i; start < j; start += callLength) {
      std::vector<int> call(ops.begin() + static_cast<long>(start), ops.begin() + static_cast<long>(start + callLength));
      std::vector<std::string> path(scope.begin(), scope.begin() + static_cast<long>(depth + 1));
      const int id = addGroup(HierarchyGroup::Kind::Call, group, name, std::move(path));
      groups_[static_cast<size_t>(group)].children.push_back({ViewEntry::Kind::Group, id});
      build(id, call, depth + 1, scopes, keys);
    }
    i = j;
  }
}

size_t GraphHierarchy::finish(int id, const std::vector<size_t>& opKeys) {
  size_t signature = hashText(groups_[static_cast<size_t>(id)].name);
  int count = 0, first = -1;
  // children may grow groups_: index, don't hold references across the recursion.
  const std::vector<ViewEntry> children = groups_[static_cast<size_t>(id)].children;
  for (const ViewEntry& c : children) {
    if (c.kind == ViewEntry::Kind::Op) {
      ++count;
      if (first < 0) first = c.index;
      signature = mix(signature, opKeys[static_cast<size_t>(c.index)]);
    } else if (c.kind == ViewEntry::Kind::Group) {
      signature = mix(signature, finish(c.index, opKeys));
      const HierarchyGroup& g = groups_[static_cast<size_t>(c.index)];
      count += g.opCount;
      if (first < 0) first = g.firstOp;
    }
  }
  HierarchyGroup& g = groups_[static_cast<size_t>(id)];
  g.opCount = count;
  g.firstOp = first;
  g.signature = signature;
  return signature;
}

void GraphHierarchy::foldRepeats(int id) {
  std::vector<ViewEntry> children = groups_[static_cast<size_t>(id)].children;
  for (const ViewEntry& c : children)
    if (c.kind == ViewEntry::Kind::Group) foldRepeats(c.index);

  auto same = [&](const ViewEntry& a, const ViewEntry& b) {
    if (a.kind != ViewEntry::Kind::Group || b.kind != ViewEntry::Kind::Group) return false;
    const HierarchyGroup& ga = group(a.index);
    const HierarchyGroup& gb = group(b.index);
    return ga.kind == HierarchyGroup::Kind::Call && gb.kind == HierarchyGroup::Kind::Call && ga.name == gb.name &&
           ga.signature == gb.signature;
  };
  std::vector<ViewEntry> folded;
  for (size_t i = 0; i < children.size();) {
    size_t j = i + 1;
    while (j < children.size() && same(children[i], children[j])) ++j;
    if (j - i >= static_cast<size_t>(kMinRepeat)) {
      const HierarchyGroup& first = group(children[i].index);
      const int fold = addGroup(HierarchyGroup::Kind::Repeat, id, first.name, first.path);
      HierarchyGroup& f = groups_[static_cast<size_t>(fold)];
      f.repeat = static_cast<int>(j - i);
      f.signature = mix(group(children[i].index).signature, j - i);
      f.firstOp = group(children[i].index).firstOp;
      for (size_t k = i; k < j; ++k) {
        f.children.push_back(children[k]);
        f.opCount += group(children[k].index).opCount;
      }
      for (size_t k = i; k < j; ++k) {
        HierarchyGroup& call = groups_[static_cast<size_t>(children[k].index)];
        call.parent = fold;
      }
      folded.push_back({ViewEntry::Kind::Group, fold});
    } else {
      folded.insert(folded.end(), children.begin() + static_cast<long>(i), children.begin() + static_cast<long>(j));
    }
    i = j;
  }
  groups_[static_cast<size_t>(id)].children = std::move(folded);
  // Depths below a fold grew by one.
  std::function<void(int)> redepth = [&](int g) {
    for (const ViewEntry& c : groups_[static_cast<size_t>(g)].children)
      if (c.kind == ViewEntry::Kind::Group) {
        groups_[static_cast<size_t>(c.index)].depth = groups_[static_cast<size_t>(g)].depth + 1;
        redepth(c.index);
      }
  };
  if (id == kRoot) redepth(kRoot);
}

int GraphHierarchy::parentOf(const ViewEntry& entry) const {
  switch (entry.kind) {
    case ViewEntry::Kind::Param:
    case ViewEntry::Kind::Output: return kRoot;
    case ViewEntry::Kind::Op:
      return entry.index >= 0 && entry.index < opCount() ? groupOfOp_[static_cast<size_t>(entry.index)] : kRoot;
    case ViewEntry::Kind::Group:
      return entry.index > 0 && entry.index < static_cast<int>(groups_.size()) ? group(entry.index).parent : -1;
  }
  return kRoot;
}

std::vector<int> GraphHierarchy::pathTo(const ViewEntry& entry) const {
  std::vector<int> path;
  for (int g = parentOf(entry); g >= 0; g = group(g).parent) path.push_back(g);
  std::reverse(path.begin(), path.end());
  return path;
}

bool GraphHierarchy::contains(int id, const ViewEntry& entry) const {
  for (int g = parentOf(entry); g >= 0; g = group(g).parent)
    if (g == id) return true;
  return false;
}

std::set<int> GraphHierarchy::defaultExpanded(int threshold, int budget) const {
  if (opCount() <= threshold) return allGroups();
  std::set<int> open;
  int shown = static_cast<int>(group(kRoot).children.size());
  // Breadth first: a reader wants the outline before the details.
  std::deque<int> queue;
  for (const ViewEntry& c : group(kRoot).children)
    if (c.kind == ViewEntry::Kind::Group) queue.push_back(c.index);
  while (!queue.empty()) {
    const int id = queue.front();
    queue.pop_front();
    const HierarchyGroup& g = group(id);
    if (g.kind != HierarchyGroup::Kind::Call || g.opCount > threshold) continue;
    const int more = static_cast<int>(g.children.size()) - 1;
    if (shown + more > budget) continue;
    shown += more;
    open.insert(id);
    for (const ViewEntry& c : g.children)
      if (c.kind == ViewEntry::Kind::Group) queue.push_back(c.index);
  }
  return open;
}

std::set<int> GraphHierarchy::allGroups() const {
  std::set<int> all;
  for (int i = 1; i < static_cast<int>(groups_.size()); ++i) all.insert(i);
  return all;
}

bool GraphHierarchy::isOpen(int id, const std::set<int>& expanded) const {
  for (int g = id; g > kRoot; g = group(g).parent)
    if (!expanded.count(g)) return false;
  return id >= 0;
}

ViewEntry GraphHierarchy::visibleEntry(const ViewEntry& entry, const std::set<int>& expanded) const {
  for (int g : pathTo(entry))
    if (g != kRoot && !expanded.count(g)) return {ViewEntry::Kind::Group, g};
  return entry;
}

std::vector<int> GraphHierarchy::groupsAround(const ViewEntry& entry) const {
  std::vector<int> path = pathTo(entry);
  path.erase(std::remove(path.begin(), path.end(), kRoot), path.end());
  return path;
}

}  // namespace pt::views
