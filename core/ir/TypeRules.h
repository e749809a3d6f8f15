#pragma once
// Shape and dtype inference for every op (the TypeRule column of ops.def).
#include <string>
#include <variant>
#include <vector>

#include "ir/Attr.h"
#include "ir/DType.h"
#include "ir/Op.h"

namespace pt::ir {

struct TypeError {
  std::string message;
};

// Output types of `op` applied to inputs of the given types, or why the combination is invalid.
std::variant<std::vector<TensorType>, TypeError> inferTypes(OpKind op, const std::vector<TensorType>& inputs,
                                                           const Attrs& attrs);

// numpy broadcasting of two shapes; false when they are incompatible.
bool broadcastShapes(const std::vector<int64_t>& a, const std::vector<int64_t>& b, std::vector<int64_t>& out);
// Normalises a possibly negative axis against a rank; false when out of range.
bool normalizeAxis(int64_t& axis, int rank);

}  // namespace pt::ir
