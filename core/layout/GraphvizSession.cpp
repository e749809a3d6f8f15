#include "layout/GraphvizSession.h"

#include <gvc.h>

#include <string_view>
#include <unordered_map>

#include "layout/DotAttributes.h"

namespace pt::layout {

namespace {

constexpr double kPointsPerInch = 72.0;

std::mutex& graphvizMutex() {
  static std::mutex m;
  return m;
}

// One context for the process, created on first use: gvContext() reads the plugin
// configuration from disk, which would dominate small layouts if done per call. Never freed:
// tearing it down during static destruction races the unloading of its plugin libraries.
GVC_t* graphvizContext() {
  static GVC_t* gvc = gvContext();
  return gvc;
}

// State swapped in for the duration of a session; only touched with graphvizMutex() held.
std::string* gMessageSink = nullptr;
agusererrf gPreviousErrorFunction = nullptr;
agerrlevel_t gPreviousErrorLevel = AGWARN;

int captureGraphvizMessage(char* text) {
  if (gMessageSink && text) *gMessageSink += text;
  return 0;
}

Point lerp(Point a, Point b, double t) { return {a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t}; }

void appendLine(std::vector<Point>& pts, Point to) {
  const Point from = pts.back();
  pts.push_back(lerp(from, to, 1.0 / 3));
  pts.push_back(lerp(from, to, 2.0 / 3));
  pts.push_back(to);
}

std::string trimmed(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return s;
}

}  // namespace

GraphvizSession::GraphvizSession(const GraphSpec& spec) : lock_(graphvizMutex()), spec_(spec) {
  enterGraphviz();
  DotAttributes attrs = dotAttributes(spec);
  std::string name = spec.name;
  graph_ = agopen(name.data(), Agdirected, nullptr);
  if (!graph_) {
    error_ = "Graphviz could not create a graph";
    return;
  }
  std::string empty;
  for (auto& [key, value] : attrs.graph) agsafeset(graph_, key.data(), value.data(), empty.data());
  for (auto& [key, value] : attrs.nodeDefaults) agattr(graph_, AGNODE, key.data(), value.data());
  for (auto& [key, value] : attrs.edgeDefaults) agattr(graph_, AGEDGE, key.data(), value.data());

  nodes_.reserve(spec.nodes.size());
  for (size_t i = 0; i < spec.nodes.size(); ++i) {
    std::string id = spec.nodes[i].id;
    Agnode_t* n = agnode(graph_, id.data(), 1);
    if (!n) {
      error_ = "Graphviz could not create node '" + id + "'";
      return;
    }
    for (auto& [key, value] : attrs.nodes[i]) agsafeset(n, key.data(), value.data(), empty.data());
    nodes_.push_back(n);
  }
  // Rank constraints: one subgraph per kind ("rank" is read from subgraphs, not from nodes).
  for (const char* rank : {"min", "source", "max", "sink"}) {
    Agraph_t* sub = nullptr;
    for (size_t i = 0; i < spec.nodes.size(); ++i) {
      if (spec.nodes[i].rank != rank) continue;
      if (!sub) {
        std::string subName = std::string("rank_") + rank, key = "rank", value = rank;
        sub = agsubg(graph_, subName.data(), 1);
        if (!sub) {
          error_ = "Graphviz could not create a rank subgraph";
          return;
        }
        agsafeset(sub, key.data(), value.data(), empty.data());
      }
      agsubnode(sub, nodes_[i], 1);
    }
  }
  // checkSpec guaranteed unique ids and known edge ends, so at() below cannot throw.
  std::unordered_map<std::string_view, Agnode_t*> byId;
  for (size_t i = 0; i < spec.nodes.size(); ++i) byId.emplace(spec.nodes[i].id, nodes_[i]);
  edges_.reserve(spec.edges.size());
  for (size_t i = 0; i < spec.edges.size(); ++i) {
    // Anonymous edges: a non-strict graph then keeps parallel edges (mul(x, x) uses x twice).
    Agedge_t* e = agedge(graph_, byId.at(spec.edges[i].from), byId.at(spec.edges[i].to), nullptr, 1);
    if (!e) {
      error_ = "Graphviz could not create edge " + std::to_string(i);
      return;
    }
    for (auto& [key, value] : attrs.edges[i]) agsafeset(e, key.data(), value.data(), empty.data());
    edges_.push_back(e);
  }
}

GraphvizSession::~GraphvizSession() {
  if (graph_) {
    if (laidOut_) gvFreeLayout(graphvizContext(), graph_);
    agclose(graph_);
  }
  leaveGraphviz();
}

void GraphvizSession::enterGraphviz() {
  gMessageSink = &messages_;
  gPreviousErrorFunction = agseterrf(captureGraphvizMessage);
  gPreviousErrorLevel = agseterr(AGWARN);
}

void GraphvizSession::leaveGraphviz() {
  agseterr(gPreviousErrorLevel);
  agseterrf(gPreviousErrorFunction);
  gMessageSink = nullptr;
}

bool GraphvizSession::runDot() {
  if (!error_.empty()) return false;
  GVC_t* gvc = graphvizContext();
  if (!gvc) {
    error_ = "Graphviz context could not be created";
    return false;
  }
  if (gvLayout(gvc, graph_, "dot") != 0) {
    error_ = "Graphviz dot layout failed";
    if (std::string m = trimmed(messages_); !m.empty()) error_ += ": " + m;
    return false;
  }
  laidOut_ = true;
  return true;
}

Layout GraphvizSession::layout() const {
  Layout out;
  if (!laidOut_) {
    out.error = error_.empty() ? "no layout" : error_;
    return out;
  }
  const boxf bb = GD_bb(graph_);
  auto toScene = [&](pointf p) { return Point{p.x - bb.LL.x, bb.UR.y - p.y}; };
  out.width = bb.UR.x - bb.LL.x;
  out.height = bb.UR.y - bb.LL.y;

  out.nodes.reserve(nodes_.size());
  for (size_t i = 0; i < nodes_.size(); ++i) {
    Agnode_t* n = nodes_[i];
    out.nodes.push_back({spec_.nodes[i].id, toScene(ND_coord(n)), ND_width(n) * kPointsPerInch,
                         ND_height(n) * kPointsPerInch});
  }

  out.edges.reserve(edges_.size());
  for (size_t i = 0; i < edges_.size(); ++i) {
    Agedge_t* e = edges_[i];
    PlacedEdge placed{spec_.edges[i].from, spec_.edges[i].to, {}, {}, false};
    // One cubic Bézier chain from tail to head. Graphviz stops the curve short of an arrowhead
    // and keeps the tip in sp/ep; the tip is joined on with a straight segment so a scene can
    // draw its own arrowhead ending exactly at the node border.
    std::vector<Point>& pts = placed.spline;
    if (const splines* spl = ED_spl(e)) {
      for (int b = 0; b < spl->size; ++b) {
        const bezier& bz = spl->list[b];
        const int usable = bz.size - (bz.size - 1) % 3;
        if (usable < 4) continue;
        const Point start = toScene(bz.sflag ? bz.sp : bz.list[0]);
        if (pts.empty()) pts.push_back(start);
        else if (pts.back().x != start.x || pts.back().y != start.y) appendLine(pts, start);
        if (bz.sflag) appendLine(pts, toScene(bz.list[0]));
        for (int k = 1; k < usable; ++k) pts.push_back(toScene(bz.list[k]));
        if (bz.eflag) appendLine(pts, toScene(bz.ep));
      }
    }
    if (const textlabel_t* label = ED_label(e); label && label->set) {
      placed.labelPos = toScene(label->pos);
      placed.hasLabel = true;
    }
    out.edges.push_back(std::move(placed));
  }
  return out;
}

std::string GraphvizSession::renderSvg() {
  if (!laidOut_) {
    if (error_.empty()) error_ = "no layout";
    return {};
  }
  char* data = nullptr;
  unsigned int length = 0;
  if (gvRenderData(graphvizContext(), graph_, "svg", &data, &length) != 0 || !data) {
    error_ = "Graphviz SVG rendering failed";
    if (std::string m = trimmed(messages_); !m.empty()) error_ += ": " + m;
    if (data) gvFreeRenderData(data);
    return {};
  }
  std::string svg(data, length);
  gvFreeRenderData(data);
  return svg;
}

}  // namespace pt::layout
