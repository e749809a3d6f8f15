#pragma once
// Graphviz adapter: node sizes and edges in, positions and edge splines out (dot layout).
// Coordinates are in points (1/72 inch) with y growing downwards, ready for a scene.
#include <string>
#include <utility>
#include <vector>

namespace pt::ir { class Graph; }

namespace pt::layout {

struct Point {
  double x = 0, y = 0;
};

struct NodeSpec {
  std::string id;     // unique, stable (e.g. "n3", "in0", "out0")
  std::string label;  // shown text
  double width = 0;   // points; 0 = let Graphviz size it from the label
  double height = 0;
  std::string kind;   // "op", "input", "output" (for styling in DOT/SVG)
  // "" or a dot rank constraint: "min"/"source" (top rank), "max"/"sink" (bottom rank). The graph
  // view pins a group's entry and exit points to its top and bottom border this way.
  std::string rank;
};

struct EdgeSpec {
  std::string from, to;
  std::string label;  // e.g. "f64[10]"
};

struct GraphSpec {
  std::string name = "G";
  std::vector<NodeSpec> nodes;
  std::vector<EdgeSpec> edges;
  std::string rankdir = "TB";
  // Text metrics Graphviz uses where it sizes text itself (edge labels; nodes without a size).
  // A scene that draws its own text uses the same values so the space reserved fits.
  std::string fontName = "Helvetica";
  double nodeFontSize = 11;  // points
  double edgeFontSize = 9;   // points
  // Graph attributes after the defaults (they win): e.g. nslimit, mclimit, splines, which bound
  // dot's running time on big graphs at some cost in layout quality.
  std::vector<std::pair<std::string, std::string>> graphAttributes;
};

struct PlacedNode {
  std::string id;
  Point center;
  double width = 0, height = 0;
};

struct PlacedEdge {
  std::string from, to;
  std::vector<Point> spline;  // cubic Bézier control points: p0, (c1, c2, p)...
  Point labelPos;
  bool hasLabel = false;
};

struct Layout {
  std::vector<PlacedNode> nodes;  // same order as GraphSpec::nodes
  std::vector<PlacedEdge> edges;  // same order as GraphSpec::edges
  double width = 0, height = 0;   // bounding box
  std::string error;              // non-empty when Graphviz failed
};

// Runs `dot`. Graphviz is not thread-safe: calls are serialised internally.
// Bad specs (no nodes, duplicate or empty ids, edges to unknown ids) give Layout::error, no layout.
Layout layoutGraph(const GraphSpec& spec);
// The DOT source Polytrace would lay out: nodes and edges in spec order, every value quoted.
// A bad spec gives "" and sets *error (when given); so does renderSvg, also when Graphviz fails.
std::string renderDot(const GraphSpec& spec, std::string* error = nullptr);
std::string renderSvg(const GraphSpec& spec, std::string* error = nullptr);  // Graphviz's SVG renderer

// The view of an IR graph: one node per parameter, op and output; edge label = dtype and shape.
// Nodes come in that order — params "in0".., ops "n0".. (index into graph.nodes()), outputs
// "out0".. — so a caller maps spec nodes back to the IR by position.
GraphSpec graphSpecFromIr(const ir::Graph& graph);

}  // namespace pt::layout
