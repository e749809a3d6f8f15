#pragma once
#include <vector>

#include "frontends/ApiTable.h"

namespace pt::frontends {
// The functions numpy and jax.numpy share (jax.numpy mirrors numpy's signatures).
std::vector<ApiRow> numpyLikeFunctionRows();
// NumpyMathApi.cpp: trigonometry, bit operations, NaN-aware reductions and decompositions;
// numpy.linalg / jax.numpy.linalg; ndarray / jax.Array methods of the same functions.
std::vector<ApiRow> numpyLikeMathRows();
std::vector<ApiRow> numpyLikeLinalgRows();
std::vector<ApiRow> ndarrayMathMethodRows();
}
