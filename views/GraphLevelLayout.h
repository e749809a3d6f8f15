#pragma once
// Lays out what the graph view shows one level at a time: every open group's direct children
// (ops, and closed groups as single boxes) go through Graphviz on their own, deepest first; an
// open group is a box the size of its own inner layout in its parent's level. Edges that cross
// a group's border enter and leave through port nodes on a rank of their own above and below everything else.
//
// Expanding a group changes only that box's size in its parent level, and dot's ranking and
// ordering do not depend on sizes: neighbours keep their rank and order ("don't jump").
//
// Pure data in, pure data out (no Qt, no IR pointers): safe on a worker thread. Levels already
// laid out for the same open set come from the cache.
#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "layout/GraphLayout.h"
#include "views/GraphHierarchy.h"

namespace pt::views {

struct EntrySize {
  double width = 0, height = 0;
};

// One level's Graphviz result and how its spec nodes map back to the view.
struct LevelResult {
  int group = 0;
  std::vector<ViewEntry> children;  // spec nodes 0..n-1; ports follow
  layout::Layout layout;            // nodes and edges in spec order (pruned edges included)
  std::vector<int> edgeValue;       // per layout edge
  std::map<std::tuple<int, int, int>, int> edgeIndex;  // (from node, to node, value) -> edge
  std::map<int, int> inPort, outPort;                  // value -> spec node
  bool tuned = false;               // big level: Graphviz limits, no edge labels, long edges drawn directly
  int prunedEdges = 0;
  double milliseconds = 0;
};

using LevelCache = std::map<std::string, std::shared_ptr<const LevelResult>>;
// Graphviz results by the exact spec they came from: identical calls (the blocks of a "Block ×N")
// give identical level specs, so one Graphviz run serves them all — dot is deterministic.
using ShapeCache = std::map<std::string, std::shared_ptr<const layout::Layout>>;

struct LayoutRequest {
  std::shared_ptr<const GraphHierarchy> hierarchy;
  std::set<int> expanded;
  std::map<ViewEntry, EntrySize> sizes;  // every entry shown as a box (open groups excluded)
  std::map<int, double> headerWidth;     // open groups: the width their title needs
  double headerHeight = 22;
  double padding = 10;
  std::string fontName = "Helvetica";
  double nodeFontSize = 11, edgeFontSize = 9;
  int bigLevel = 150;  // levels with more boxes than this are laid out with tuned limits
  LevelCache cache;
  ShapeCache shapes;
};

struct PlacedEntry {
  ViewEntry entry;
  double x = 0, y = 0, width = 0, height = 0;  // top-left and size, scene points
  bool open = false;                          // an open group's frame (its children are placed too)
};

struct DrawnEdge {
  ViewEntry from, to;  // the boxes it joins (visible stand-ins)
  int value = 0;
  std::string type;
  std::vector<layout::Point> points;  // cubic Bézier chain p0, (c1, c2, p)...
  bool hasLabel = false;
  layout::Point labelPos;
};

struct ComposedLayout {
  std::vector<PlacedEntry> entries;  // open frames before their contents (paint order)
  std::vector<DrawnEdge> edges;
  double width = 0, height = 0;
  std::string error;
  LevelCache levels;                 // every level used: the caller's new cache
  ShapeCache shapes;                 // the request's and the new ones: the caller's new shape cache
  int levelsLaidOut = 0;             // Graphviz runs
  int levelsShared = 0;              // levels not in the cache whose spec an earlier run had laid out
  int largestLevel = 0;              // boxes in the biggest level
  bool cancelled = false;
};

// The cache key of an open group's level: the group and the open groups inside it.
std::string levelKey(const GraphHierarchy& h, int group, const std::set<int>& expanded);
// How many Graphviz runs composeLayout would need (levels missing from the cache).
int levelsToLayOut(const LayoutRequest& request);
// The boxes of the levels missing from the cache: whether the work is small enough to do at once.
int boxesToLayOut(const LayoutRequest& request);

// progress(done, total) after each level; `cancel` is checked between levels (a Graphviz run
// itself cannot be interrupted).
ComposedLayout composeLayout(const LayoutRequest& request, const std::atomic<bool>* cancel = nullptr,
                             const std::function<void(int, int)>& progress = {});

// The dot spec of one level as composeLayout hands it to Graphviz (exposed for the benchmark).
layout::GraphSpec tunedSpec(layout::GraphSpec spec, int* pruned = nullptr);

}  // namespace pt::views
