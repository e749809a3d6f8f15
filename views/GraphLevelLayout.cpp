#include "views/GraphLevelLayout.h"

#include <algorithm>
#include <chrono>
#include <functional>
#include <unordered_map>

namespace pt::views {

namespace {

constexpr double kPortSize = 2;  // points: an invisible anchor, not a box

// A node of a level before ports are numbered: child i, in-port k or out-port k.
int childRef(int i) { return i * 3; }
int inRef(int k) { return k * 3 + 1; }
int outRef(int k) { return k * 3 + 2; }

struct LevelEdge {
  int from, to, value;
  std::string type;
};

struct LevelBuild {
  int group = 0;
  std::vector<ViewEntry> children;
  std::map<ViewEntry, int> childIndex;
  std::vector<int> inValues, outValues;
  std::map<int, int> inOf, outOf;  // value -> port ordinal
  std::vector<LevelEdge> edges;
  std::map<std::tuple<int, int, int>, int> edgeOf;

  int resolve(int ref) const {
    const int k = ref / 3;
    switch (ref % 3) {
      case 0: return k;
      case 1: return static_cast<int>(children.size()) + k;
      default: return static_cast<int>(children.size() + inValues.size()) + k;
    }
  }
  int inPort(int value) {
    auto [it, added] = inOf.emplace(value, static_cast<int>(inValues.size()));
    if (added) inValues.push_back(value);
    return inRef(it->second);
  }
  int outPort(int value) {
    auto [it, added] = outOf.emplace(value, static_cast<int>(outValues.size()));
    if (added) outValues.push_back(value);
    return outRef(it->second);
  }
  int child(const ViewEntry& e) const { return childRef(childIndex.at(e)); }
  int edge(int from, int to, int value, const std::string& type) {
    auto [it, added] = edgeOf.emplace(std::tuple{from, to, value}, static_cast<int>(edges.size()));
    if (added) edges.push_back({from, to, value, type});
    return it->second;
  }
};

struct Segment {
  int group, edge;  // edge: index into the level's LevelBuild::edges (= layout edges)
};

struct PendingEdge {
  ViewEntry from, to;
  int value;
  std::string type;
  std::vector<Segment> segments;
  size_t labelSegment = 0;
};

std::vector<int> openGroups(const GraphHierarchy& h, const std::set<int>& expanded) {
  std::vector<int> open{GraphHierarchy::kRoot};
  for (size_t i = 0; i < open.size(); ++i)
    for (const ViewEntry& c : h.group(open[i]).children)
      if (c.kind == ViewEntry::Kind::Group && expanded.count(c.index)) open.push_back(c.index);
  return open;  // breadth first: parents before children
}

// Every open level's boxes, ports and edges, and each visible edge as a chain of level edges.
void collect(const GraphHierarchy& h, const std::set<int>& expanded, std::map<int, LevelBuild>& levels,
             std::vector<PendingEdge>& pending) {
  for (int g : openGroups(h, expanded)) {
    LevelBuild& b = levels[g];
    b.group = g;
    b.children = h.group(g).children;
    for (size_t i = 0; i < b.children.size(); ++i) b.childIndex.emplace(b.children[i], static_cast<int>(i));
  }
  std::map<std::tuple<ViewEntry, ViewEntry, int>, size_t> seen;
  for (const ValueUse& use : h.uses()) {
    const std::vector<int> pathP = h.pathTo(use.producer), pathC = h.pathTo(use.consumer);
    size_t d = 0;
    while (d + 1 < pathP.size() && d + 1 < pathC.size() && pathP[d + 1] == pathC[d + 1]) ++d;
    const int lca = pathP[d];
    if (!h.isOpen(lca, expanded)) continue;  // inside a closed box
    auto childAt = [&](const std::vector<int>& path, size_t k, const ViewEntry& end) {
      return k < path.size() ? ViewEntry{ViewEntry::Kind::Group, path[k]} : end;
    };

    PendingEdge e;
    e.value = use.value;
    e.type = use.type;
    // The producer's side, from the outermost open group down, then reversed: innermost first.
    ViewEntry from = childAt(pathP, d + 1, use.producer);
    std::vector<Segment> up;
    for (size_t k = d + 1; from.kind == ViewEntry::Kind::Group && expanded.count(from.index); ++k) {
      LevelBuild& inner = levels[from.index];
      const ViewEntry next = childAt(pathP, k + 1, use.producer);
      up.push_back({from.index, inner.edge(inner.child(next), inner.outPort(use.value), use.value, use.type)});
      from = next;
    }
    e.segments.assign(up.rbegin(), up.rend());
    LevelBuild& top = levels[lca];
    const ViewEntry a = childAt(pathP, d + 1, use.producer), b = childAt(pathC, d + 1, use.consumer);
    e.labelSegment = e.segments.size();
    e.segments.push_back({lca, top.edge(top.child(a), top.child(b), use.value, use.type)});
    ViewEntry to = b;
    for (size_t k = d + 1; to.kind == ViewEntry::Kind::Group && expanded.count(to.index); ++k) {
      LevelBuild& inner = levels[to.index];
      const ViewEntry next = childAt(pathC, k + 1, use.consumer);
      e.segments.push_back({to.index, inner.edge(inner.inPort(use.value), inner.child(next), use.value, use.type)});
      to = next;
    }
    e.from = from;
    e.to = to;
    // One drawn edge per value and pair of boxes: a closed group using x twice shows one edge.
    if (seen.emplace(std::tuple{from, to, use.value}, pending.size()).second) pending.push_back(std::move(e));
  }
}

// Longest-path ranks along a depth-first topological order; edges closing a cycle are ignored.
std::vector<int> ranks(const layout::GraphSpec& spec) {
  const size_t n = spec.nodes.size();
  std::unordered_map<std::string, int> index;
  for (size_t i = 0; i < n; ++i) index.emplace(spec.nodes[i].id, static_cast<int>(i));
  std::vector<std::vector<int>> out(n);
  for (const auto& e : spec.edges) out[static_cast<size_t>(index.at(e.from))].push_back(index.at(e.to));
  std::vector<int> order, state(n, 0);
  for (size_t s = 0; s < n; ++s) {
    if (state[s]) continue;
    std::vector<std::pair<int, size_t>> stack{{static_cast<int>(s), 0}};
    state[s] = 1;
    while (!stack.empty()) {
      auto& [v, next] = stack.back();
      if (next < out[static_cast<size_t>(v)].size()) {
        const int w = out[static_cast<size_t>(v)][next++];
        if (!state[static_cast<size_t>(w)]) {
          state[static_cast<size_t>(w)] = 1;
          stack.push_back({w, 0});
        }
      } else {
        state[static_cast<size_t>(v)] = 2;
        order.push_back(v);
        stack.pop_back();
      }
    }
  }
  std::reverse(order.begin(), order.end());
  std::vector<int> position(n), rank(n, 0);
  for (size_t i = 0; i < order.size(); ++i) position[static_cast<size_t>(order[i])] = static_cast<int>(i);
  for (int v : order)
    for (int w : out[static_cast<size_t>(v)])
      if (position[static_cast<size_t>(w)] > position[static_cast<size_t>(v)])
        rank[static_cast<size_t>(w)] = std::max(rank[static_cast<size_t>(w)], rank[static_cast<size_t>(v)] + 1);
  return rank;
}

// Indices of the edges a tuned layout gives Graphviz: long edges turn into chains of virtual
// nodes that dominate dot's positioning phase (measured: ~90% of the time at 2,000 nodes).
std::vector<size_t> keptEdges(const layout::GraphSpec& spec, int maxSpan) {
  const std::vector<int> rank = ranks(spec);
  std::unordered_map<std::string, int> index;
  for (size_t i = 0; i < spec.nodes.size(); ++i) index.emplace(spec.nodes[i].id, static_cast<int>(i));
  std::vector<size_t> kept;
  for (size_t i = 0; i < spec.edges.size(); ++i) {
    const int span = rank[static_cast<size_t>(index.at(spec.edges[i].to))] - rank[static_cast<size_t>(index.at(spec.edges[i].from))];
    if (span <= maxSpan) kept.push_back(i);  // backward edges (span <= 0) stay: they are rare
  }
  return kept;
}

int maxSpanFor(size_t nodes) { return nodes > 1000 ? 1 : 2; }

void tune(layout::GraphSpec& spec) {
  // Few network-simplex iterations and one mincross pass: positions good enough to read, at a
  // fraction of the time (see bench/graph_view_bench.cpp).
  spec.graphAttributes = {{"nslimit", "0.02"},    {"nslimit1", "0.02"}, {"mclimit", "0.2"},
                          {"searchsize", "10"},   {"remincross", "false"}, {"splines", "polyline"}};
  for (auto& e : spec.edges) e.label.clear();  // each label would be one more virtual node
}

// A direct curve for an edge Graphviz did not route: bottom of the source to top of the target.
std::vector<layout::Point> directCurve(const layout::PlacedNode& a, const layout::PlacedNode& b) {
  const layout::Point p0{a.center.x, a.center.y + a.height / 2}, p3{b.center.x, b.center.y - b.height / 2};
  const double bend = std::max(20.0, (p3.y - p0.y) * 0.4);
  return {p0, {p0.x, p0.y + bend}, {p3.x, p3.y - bend}, p3};
}

void appendLine(std::vector<layout::Point>& pts, layout::Point to) {
  const layout::Point from = pts.back();
  pts.push_back({from.x + (to.x - from.x) / 3, from.y + (to.y - from.y) / 3});
  pts.push_back({from.x + (to.x - from.x) * 2 / 3, from.y + (to.y - from.y) * 2 / 3});
  pts.push_back(to);
}

std::string kindOf(const ViewEntry& e) {
  switch (e.kind) {
    case ViewEntry::Kind::Param: return "input";
    case ViewEntry::Kind::Output: return "output";
    case ViewEntry::Kind::Group: return "group";
    case ViewEntry::Kind::Op: return "op";
  }
  return "op";
}

// Everything in a spec that Graphviz reads, as text: equal keys, equal layouts.
std::string shapeKey(const layout::GraphSpec& spec) {
  std::string key = spec.fontName + "|" + std::to_string(spec.nodeFontSize) + "|" + std::to_string(spec.edgeFontSize) + "|";
  for (const auto& [name, value] : spec.graphAttributes) key += name + "=" + value + ";";
  key += "|";
  for (const layout::NodeSpec& n : spec.nodes)
    key += n.id + ":" + std::to_string(n.width) + "x" + std::to_string(n.height) + ":" + n.rank + ":" + n.kind + ":" + n.label + ";";
  key += "|";
  for (const layout::EdgeSpec& e : spec.edges) key += e.from + ">" + e.to + ":" + e.label + ";";
  return key;
}

}  // namespace

layout::GraphSpec tunedSpec(layout::GraphSpec spec, int* pruned) {
  tune(spec);
  const std::vector<size_t> kept = keptEdges(spec, maxSpanFor(spec.nodes.size()));
  if (pruned) *pruned = static_cast<int>(spec.edges.size() - kept.size());
  std::vector<layout::EdgeSpec> edges;
  for (size_t i : kept) edges.push_back(spec.edges[i]);
  spec.edges = std::move(edges);
  return spec;
}

std::string levelKey(const GraphHierarchy& h, int group, const std::set<int>& expanded) {
  std::string key = std::to_string(group);
  std::string inside;
  for (const ViewEntry& c : h.group(group).children)
    if (c.kind == ViewEntry::Kind::Group && expanded.count(c.index)) inside += levelKey(h, c.index, expanded) + ",";
  return inside.empty() ? key : key + "(" + inside + ")";
}

int levelsToLayOut(const LayoutRequest& r) {
  int n = 0;
  for (int g : openGroups(*r.hierarchy, r.expanded)) n += !r.cache.count(levelKey(*r.hierarchy, g, r.expanded));
  return n;
}

int boxesToLayOut(const LayoutRequest& r) {
  int n = 0;
  for (int g : openGroups(*r.hierarchy, r.expanded))
    if (!r.cache.count(levelKey(*r.hierarchy, g, r.expanded))) n += static_cast<int>(r.hierarchy->group(g).children.size());
  return n;
}

ComposedLayout composeLayout(const LayoutRequest& r, const std::atomic<bool>* cancel,
                             const std::function<void(int, int)>& progress) {
  ComposedLayout out;
  const GraphHierarchy& h = *r.hierarchy;
  std::map<int, LevelBuild> builds;
  std::vector<PendingEdge> pending;
  collect(h, r.expanded, builds, pending);

  std::vector<int> open = openGroups(h, r.expanded);
  const int total = levelsToLayOut(r);
  int done = 0;
  struct Frame {
    double width = 0, height = 0, innerX = 0, innerY = 0;
  };
  std::map<int, std::shared_ptr<const LevelResult>> results;
  std::map<int, Frame> frames;
  out.shapes = r.shapes;

  // Deepest first: a level needs the sizes of the open groups inside it.
  for (auto it = open.rbegin(); it != open.rend(); ++it) {
    const int g = *it;
    const LevelBuild& b = builds.at(g);
    const std::string key = levelKey(h, g, r.expanded);
    std::shared_ptr<const LevelResult> result;
    if (auto cached = r.cache.find(key); cached != r.cache.end()) {
      result = cached->second;
    } else {
      if (cancel && cancel->load()) {
        out.cancelled = true;
        return out;
      }
      const auto started = std::chrono::steady_clock::now();
      auto level = std::make_shared<LevelResult>();
      level->group = g;
      level->children = b.children;
      layout::GraphSpec spec;
      spec.name = "level" + std::to_string(g);
      spec.fontName = r.fontName;
      spec.nodeFontSize = r.nodeFontSize;
      spec.edgeFontSize = r.edgeFontSize;
      for (size_t i = 0; i < b.children.size(); ++i) {
        const ViewEntry& c = b.children[i];
        layout::NodeSpec n{"c" + std::to_string(i), "", 0, 0, kindOf(c), ""};
        if (c.kind == ViewEntry::Kind::Group && r.expanded.count(c.index)) {
          n.width = frames.at(c.index).width;
          n.height = frames.at(c.index).height;
        } else if (auto s = r.sizes.find(c); s != r.sizes.end()) {
          n.width = s->second.width;
          n.height = s->second.height;
        } else {
          n.width = 60;
          n.height = 28;
        }
        spec.nodes.push_back(std::move(n));
      }
      for (size_t k = 0; k < b.inValues.size(); ++k) {
        level->inPort[b.inValues[k]] = static_cast<int>(spec.nodes.size());
        spec.nodes.push_back({"i" + std::to_string(k), "", kPortSize, kPortSize, "port", "source"});
      }
      for (size_t k = 0; k < b.outValues.size(); ++k) {
        level->outPort[b.outValues[k]] = static_cast<int>(spec.nodes.size());
        spec.nodes.push_back({"o" + std::to_string(k), "", kPortSize, kPortSize, "port", "sink"});
      }
      for (const LevelEdge& e : b.edges) {
        const int from = b.resolve(e.from), to = b.resolve(e.to);
        level->edgeIndex.emplace(std::tuple{from, to, e.value}, static_cast<int>(level->edgeValue.size()));
        level->edgeValue.push_back(e.value);
        spec.edges.push_back({spec.nodes[static_cast<size_t>(from)].id, spec.nodes[static_cast<size_t>(to)].id, e.type});
      }
      level->tuned = static_cast<int>(b.children.size()) > r.bigLevel;
      std::vector<size_t> kept;
      layout::GraphSpec given = spec;
      if (level->tuned) {
        tune(given);
        kept = keptEdges(given, maxSpanFor(given.nodes.size()));
        given.edges.clear();
        for (size_t i : kept) given.edges.push_back(spec.edges[i]);
        for (auto& e : given.edges) e.label.clear();
      } else {
        for (size_t i = 0; i < spec.edges.size(); ++i) kept.push_back(i);
      }
      const std::string shape = shapeKey(given);
      layout::Layout placed;
      if (auto same = out.shapes.find(shape); same != out.shapes.end()) {
        placed = *same->second;
        ++out.levelsShared;
      } else {
        placed = layout::layoutGraph(given);
        if (!placed.error.empty()) {
          out.error = placed.error;
          return out;
        }
        out.shapes.emplace(shape, std::make_shared<const layout::Layout>(placed));
        ++out.levelsLaidOut;
      }
      // Back to one edge per spec edge; the pruned ones get a direct curve.
      std::vector<layout::PlacedEdge> edges(spec.edges.size());
      std::vector<bool> routed(spec.edges.size(), false);
      for (size_t k = 0; k < kept.size(); ++k) {
        edges[kept[k]] = std::move(placed.edges[k]);
        routed[kept[k]] = true;
      }
      std::unordered_map<std::string, size_t> nodeAt;
      for (size_t i = 0; i < placed.nodes.size(); ++i) nodeAt.emplace(placed.nodes[i].id, i);
      for (size_t i = 0; i < spec.edges.size(); ++i) {
        if (routed[i]) continue;
        ++level->prunedEdges;
        edges[i].from = spec.edges[i].from;
        edges[i].to = spec.edges[i].to;
        edges[i].spline = directCurve(placed.nodes[nodeAt.at(spec.edges[i].from)], placed.nodes[nodeAt.at(spec.edges[i].to)]);
      }
      placed.edges = std::move(edges);
      level->layout = std::move(placed);
      level->milliseconds =
          std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
      result = level;
      if (progress) progress(++done, total);
    }
    out.levels.emplace(key, result);
    results[g] = result;
    out.largestLevel = std::max(out.largestLevel, static_cast<int>(b.children.size()));
    Frame f;
    const double innerW = result->layout.width, innerH = result->layout.height;
    const auto header = r.headerWidth.find(g);
    f.width = std::max(innerW + 2 * r.padding, header != r.headerWidth.end() ? header->second : 0.0);
    f.height = innerH + r.headerHeight + 2 * r.padding;
    f.innerX = (f.width - innerW) / 2;
    f.innerY = r.headerHeight + r.padding;
    frames[g] = f;
  }

  // Top down: each open level's origin in scene points.
  std::map<int, layout::Point> origin{{GraphHierarchy::kRoot, {0, 0}}};
  for (int g : open) {
    const LevelResult& level = *results.at(g);
    const layout::Point o = origin.at(g);
    for (size_t i = 0; i < level.children.size(); ++i) {
      const ViewEntry& c = level.children[i];
      const layout::PlacedNode& n = level.layout.nodes[i];
      PlacedEntry p{c, o.x + n.center.x - n.width / 2, o.y + n.center.y - n.height / 2, n.width, n.height, false};
      if (c.kind == ViewEntry::Kind::Group && r.expanded.count(c.index)) {
        p.open = true;
        const Frame& f = frames.at(c.index);
        origin[c.index] = {p.x + f.innerX, p.y + f.innerY};
      }
      out.entries.push_back(p);
    }
  }
  out.width = results.at(GraphHierarchy::kRoot)->layout.width;
  out.height = results.at(GraphHierarchy::kRoot)->layout.height;

  for (const PendingEdge& e : pending) {
    DrawnEdge d{e.from, e.to, e.value, e.type, {}, false, {}};
    for (size_t s = 0; s < e.segments.size(); ++s) {
      const Segment& seg = e.segments[s];
      const LevelResult& level = *results.at(seg.group);
      const LevelBuild& b = builds.at(seg.group);
      const LevelEdge& le = b.edges[static_cast<size_t>(seg.edge)];
      const auto at = level.edgeIndex.find({b.resolve(le.from), b.resolve(le.to), le.value});
      if (at == level.edgeIndex.end()) continue;
      const layout::PlacedEdge& pe = level.layout.edges[static_cast<size_t>(at->second)];
      if (pe.spline.size() < 4) continue;
      const layout::Point o = origin.at(seg.group);
      for (size_t k = 0; k < pe.spline.size(); ++k) {
        const layout::Point p{pe.spline[k].x + o.x, pe.spline[k].y + o.y};
        if (k == 0 && !d.points.empty()) {
          if (d.points.back().x != p.x || d.points.back().y != p.y) appendLine(d.points, p);
          continue;
        }
        d.points.push_back(p);
      }
      if (s == e.labelSegment && pe.hasLabel) {
        d.hasLabel = true;
        d.labelPos = {pe.labelPos.x + o.x, pe.labelPos.y + o.y};
      }
    }
    if (d.points.size() >= 4) out.edges.push_back(std::move(d));
  }
  return out;
}

}  // namespace pt::views
