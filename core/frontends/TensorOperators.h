#pragma once
#include <vector>

#include "frontends/ApiTable.h"

namespace pt::frontends {
// Python operators on a framework's tensor type (__add__, __radd__, __getitem__, ...). Every
// framework's operators mean the same thing up to promotion, which the lowerings take from the
// entry's framework.
std::vector<ApiRow> tensorOperatorRows();
}
