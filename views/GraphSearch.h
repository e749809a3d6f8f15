#pragma once
// Finding things in a traced graph: by name (parameter names, op names, the functions of the
// scope path), op, dtype ("f32", "float32") or shape ("[4,4]", "4x4"); plain text matches
// case-insensitively anywhere, a regex (QRegularExpression) likewise. A field prefix narrows it:
// "op:", "name:", "dtype:", "shape:", "scope:".
#include <QString>

#include <vector>

#include "views/GraphHierarchy.h"

namespace pt::ir { class Graph; }

namespace pt::views {

// Parameters, ops and outputs that match, in that order (ops in graph order). An empty pattern
// matches nothing; a bad regex matches nothing and says why in *error.
std::vector<ViewEntry> findInGraph(const ir::Graph& graph, const QString& pattern, bool regex, QString* error = nullptr);

}  // namespace pt::views
