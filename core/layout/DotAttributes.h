#pragma once
// The Graphviz attributes of a spec, in one place: the DOT writer prints them and the Graphviz
// session sets them on cgraph objects, so the exported DOT is exactly what gets laid out.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "layout/GraphLayout.h"

namespace pt::layout {

using DotAttrList = std::vector<std::pair<std::string, std::string>>;

struct DotAttributes {
  DotAttrList graph;
  DotAttrList nodeDefaults;
  DotAttrList edgeDefaults;
  std::vector<DotAttrList> nodes;  // per spec node, same order; overrides the defaults
  std::vector<DotAttrList> edges;  // per spec edge, same order
};

DotAttributes dotAttributes(const GraphSpec& spec);

// Graphviz reads labels as escString, where '\' starts an escape (\N = node name...):
// this makes `text` show literally, newlines included.
std::string escapeLabel(std::string_view text);

// Short, locale-independent number text ("0.5", "1.3889") so DOT output is reproducible.
std::string dotNumber(double value);

}  // namespace pt::layout
