#include "layout/DotAttributes.h"

#include <charconv>
#include <cmath>

namespace pt::layout {

namespace {

constexpr double kPointsPerInch = 72.0;

// Matches the light theme of the graph view, so an SVG export looks like the screen.
DotAttrList kindAttributes(const std::string& kind) {
  if (kind == "op") return {{"class", "op"}, {"fillcolor", "#39577a"}, {"color", "#2c4560"}, {"fontcolor", "#ffffff"}};
  if (kind == "input") return {{"class", "input"}, {"fillcolor", "#eef1f4"}, {"color", "#8d99a6"}};
  if (kind == "output") return {{"class", "output"}, {"fillcolor", "#fdf3e3"}, {"color", "#c9994f"}};
  return {};
}

}  // namespace

std::string escapeLabel(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '\\') out += "\\\\";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') continue;
    else out += c;
  }
  return out;
}

std::string dotNumber(double value) {
  if (!std::isfinite(value)) return "0";
  // to_chars, not printf: a Qt application runs with the user's LC_NUMERIC (decimal commas).
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed, 4);
  std::string s(buf, res.ptr);
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  if (s == "-0") s = "0";
  return s;
}

DotAttributes dotAttributes(const GraphSpec& spec) {
  DotAttributes a;
  a.graph = {
      {"rankdir", spec.rankdir},
      {"nodesep", "0.3"},
      {"ranksep", "0.4"},
      {"fontname", spec.fontName},
      {"outputorder", "edgesfirst"},
  };
  for (const auto& [key, value] : spec.graphAttributes) {
    bool replaced = false;
    for (auto& [k, v] : a.graph)
      if (k == key) {
        v = value;
        replaced = true;
      }
    if (!replaced) a.graph.emplace_back(key, value);
  }
  a.nodeDefaults = {
      {"shape", "box"},
      {"style", "rounded,filled"},
      {"fontname", spec.fontName},
      {"fontsize", dotNumber(spec.nodeFontSize)},
      {"margin", "0.15,0.06"},
      {"height", "0.3"},
      {"penwidth", "1"},
  };
  a.edgeDefaults = {
      {"fontname", spec.fontName},
      {"fontsize", dotNumber(spec.edgeFontSize)},
      {"fontcolor", "#5f6b76"},
      {"color", "#8a949e"},
      {"arrowsize", "0.7"},
  };
  a.nodes.reserve(spec.nodes.size());
  for (const NodeSpec& n : spec.nodes) {
    DotAttrList attrs{{"label", escapeLabel(n.label)}};
    DotAttrList kind = kindAttributes(n.kind);
    attrs.insert(attrs.end(), kind.begin(), kind.end());
    if (n.width > 0) attrs.emplace_back("width", dotNumber(n.width / kPointsPerInch));
    if (n.height > 0) attrs.emplace_back("height", dotNumber(n.height / kPointsPerInch));
    // Only a fully given size is binding; otherwise Graphviz grows the box to fit the label.
    if (n.width > 0 && n.height > 0) attrs.emplace_back("fixedsize", "true");
    a.nodes.push_back(std::move(attrs));
  }
  a.edges.reserve(spec.edges.size());
  for (const EdgeSpec& e : spec.edges) {
    DotAttrList attrs;
    if (!e.label.empty()) attrs.emplace_back("label", escapeLabel(e.label));
    a.edges.push_back(std::move(attrs));
  }
  return a;
}

}  // namespace pt::layout
