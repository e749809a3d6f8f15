#pragma once
#include <string>

#include "syntax/Ast.h"

namespace pt::syntax {
// Exactly what python3.11 prints for ast.dump(tree, include_attributes=...).
std::string dumpAst(const Module& module, bool includeAttributes);
}
