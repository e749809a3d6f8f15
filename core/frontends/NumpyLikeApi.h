#pragma once
#include <vector>

#include "frontends/ApiTable.h"

namespace pt::frontends {
// The functions numpy and jax.numpy share (jax.numpy mirrors numpy's signatures).
std::vector<ApiRow> numpyLikeFunctionRows();
}
