#pragma once
#include <string>

#include "layout/GraphLayout.h"

namespace pt::layout {

// Why Graphviz must not see this spec ("" when it may): checked before any Graphviz call,
// because cgraph would silently merge duplicate ids and invent nodes for dangling edges.
std::string checkSpec(const GraphSpec& spec);

}  // namespace pt::layout
