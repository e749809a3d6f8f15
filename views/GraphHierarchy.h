#pragma once
// The graph view's hierarchy: ops grouped by their scope path (the Python call chain), one group
// per call, and runs of identical sibling calls folded into one "Block ×N" group. Built once per
// graph on the UI thread and immutable afterwards, so layout workers may read it while the
// document replaces the graph: it copies what it needs and keeps no pointer into the IR.
#include <cstddef>
#include <set>
#include <string>
#include <vector>

namespace pt::ir { class Graph; }

namespace pt::views {

// Something the view can show: a graph parameter, an op (index into Graph::nodes()), a graph
// output, or a group of ops (index into GraphHierarchy::groups()).
struct ViewEntry {
  enum class Kind { Param, Op, Output, Group };
  Kind kind = Kind::Op;
  int index = -1;
  friend bool operator==(const ViewEntry&, const ViewEntry&) = default;
  friend auto operator<=>(const ViewEntry&, const ViewEntry&) = default;
};

struct HierarchyGroup {
  enum class Kind { Root, Call, Repeat };
  Kind kind = Kind::Call;
  int parent = -1;
  int depth = 0;                    // root 0
  std::string name;                 // the called function; Repeat: the repeated one
  std::vector<std::string> path;    // the scope path, outermost first
  std::vector<ViewEntry> children;  // in graph order
  int opCount = 0;                  // ops anywhere below
  int firstOp = -1;                 // the first op below, in graph order
  int repeat = 0;                   // Repeat: how many identical blocks it folds
  size_t signature = 0;             // equal for structurally identical calls
};

// One use of a value: where it comes from and where it goes, for edges at every level.
struct ValueUse {
  ViewEntry producer;  // Param or Op
  ViewEntry consumer;  // Op or Output
  int value = 0;       // distinct per ir::Value
  std::string type;    // "f64[10]"
};

class GraphHierarchy {
 public:
  static constexpr int kRoot = 0;
  static constexpr int kMinRepeat = 2;  // identical sibling calls folded from this many

  explicit GraphHierarchy(const ir::Graph& graph);

  const std::vector<HierarchyGroup>& groups() const { return groups_; }
  const HierarchyGroup& group(int id) const { return groups_[static_cast<size_t>(id)]; }
  int paramCount() const { return paramCount_; }
  int opCount() const { return static_cast<int>(groupOfOp_.size()); }
  int outputCount() const { return outputCount_; }
  const std::vector<ValueUse>& uses() const { return uses_; }

  // The group an entry sits in directly: kRoot for parameters and outputs.
  int parentOf(const ViewEntry& entry) const;
  // Groups from the root down to the one holding `entry` directly (root first).
  std::vector<int> pathTo(const ViewEntry& entry) const;
  bool contains(int group, const ViewEntry& entry) const;  // anywhere below

  // Groups shown open when a graph is first displayed: all of them for a small graph; for a
  // big one, calls of at most `threshold` ops, outermost first, while the number of boxes shown
  // stays within `budget`. Folded blocks start closed.
  std::set<int> defaultExpanded(int threshold = 40, int budget = 120) const;
  std::set<int> allGroups() const;  // every group but the root: "expand all"

  // An entry's stand-in under `expanded` (the root is always open): the entry itself when every
  // group around it is open, else the outermost closed group around it.
  ViewEntry visibleEntry(const ViewEntry& entry, const std::set<int>& expanded) const;
  // Whether `group` is drawn open: it and every group around it are expanded.
  bool isOpen(int group, const std::set<int>& expanded) const;
  // The groups to open so that `entry` is shown itself.
  std::vector<int> groupsAround(const ViewEntry& entry) const;

 private:
  int addGroup(HierarchyGroup::Kind kind, int parent, std::string name, std::vector<std::string> path);
  void build(int group, const std::vector<int>& ops, size_t depth, const std::vector<std::vector<std::string>>& scopes,
             const std::vector<size_t>& keys);
  void foldRepeats(int group);
  size_t finish(int group, const std::vector<size_t>& opKeys);  // counts, first op, signature

  std::vector<HierarchyGroup> groups_;
  std::vector<int> groupOfOp_;
  int paramCount_ = 0;
  int outputCount_ = 0;
  std::vector<ValueUse> uses_;
};

}  // namespace pt::views
