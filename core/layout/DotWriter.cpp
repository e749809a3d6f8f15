// renderDot: the spec as DOT text, written by hand rather than by agwrite so the output keeps
// spec order and a fixed attribute order (golden files, diffs between runs).
#include <string>

#include "layout/DotAttributes.h"
#include "layout/GraphLayout.h"
#include "layout/SpecCheck.h"

namespace pt::layout {

namespace {

// A DOT double-quoted string. Values arrive escString-escaped already (see escapeLabel), so only
// the quote needs escaping; ids are not escStrings, so their backslashes are doubled to keep a
// trailing one from swallowing the closing quote.
std::string quoted(std::string_view s, bool isId) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += "\\\"";
    else if (c == '\\' && isId) out += "\\\\";
    else if (c == '\n') out += "\\n";
    else out += c;
  }
  out += '"';
  return out;
}

void appendAttrs(std::string& out, const DotAttrList& attrs) {
  out += " [";
  for (size_t i = 0; i < attrs.size(); ++i) {
    if (i) out += ", ";
    out += attrs[i].first;
    out += '=';
    out += quoted(attrs[i].second, false);
  }
  out += ']';
}

}  // namespace

std::string renderDot(const GraphSpec& spec, std::string* error) {
  if (std::string problem = checkSpec(spec); !problem.empty()) {
    if (error) *error = problem;
    return {};
  }
  const DotAttributes attrs = dotAttributes(spec);
  std::string out = "digraph " + quoted(spec.name, true) + " {\n";
  out += "  graph";
  appendAttrs(out, attrs.graph);
  out += ";\n  node";
  appendAttrs(out, attrs.nodeDefaults);
  out += ";\n  edge";
  appendAttrs(out, attrs.edgeDefaults);
  out += ";\n";
  for (size_t i = 0; i < spec.nodes.size(); ++i) {
    out += "  " + quoted(spec.nodes[i].id, true);
    appendAttrs(out, attrs.nodes[i]);
    out += ";\n";
  }
  // Rank constraints as anonymous subgraphs, one per kind, in spec order.
  for (const char* rank : {"min", "source", "max", "sink"}) {
    std::string members;
    for (const NodeSpec& n : spec.nodes)
      if (n.rank == rank) members += " " + quoted(n.id, true) + ";";
    if (!members.empty()) out += std::string("  { rank=") + rank + ";" + members + " }\n";
  }
  for (size_t i = 0; i < spec.edges.size(); ++i) {
    out += "  " + quoted(spec.edges[i].from, true) + " -> " + quoted(spec.edges[i].to, true);
    if (!attrs.edges[i].empty()) appendAttrs(out, attrs.edges[i]);
    out += ";\n";
  }
  out += "}\n";
  if (error) error->clear();
  return out;
}

}  // namespace pt::layout
