#include "frontends/TensorOperators.h"

#include "frontends/Decompositions.h"
#include "frontends/Lowerings.h"

namespace pt::frontends {

std::vector<ApiRow> tensorOperatorRows() {
  using enum ir::OpKind;
  return {
      {"__add__", "self, other", lowerBinary, Add},
      {"__radd__", "self, other", lowerReflected, Add},
      {"__sub__", "self, other", lowerBinary, Sub},
      {"__rsub__", "self, other", lowerReflected, Sub},
      {"__mul__", "self, other", lowerBinary, Mul},
      {"__rmul__", "self, other", lowerReflected, Mul},
      {"__truediv__", "self, other", lowerTrueDivide, Div},
      {"__rtruediv__", "self, other", lowerReflectedTrueDivide, Div},
      {"__floordiv__", "self, other", lowerBinary, FloorDiv},
      {"__rfloordiv__", "self, other", lowerReflected, FloorDiv},
      {"__mod__", "self, other", lowerBinary, Remainder},
      {"__rmod__", "self, other", lowerReflected, Remainder},
      {"__pow__", "self, other", lowerBinary, Pow},
      {"__rpow__", "self, other", lowerReflected, Pow},
      {"__matmul__", "self, other", lowerMatMul, MatMul},
      {"__lt__", "self, other", lowerBinary, Lt},
      {"__le__", "self, other", lowerBinary, Le},
      {"__gt__", "self, other", lowerBinary, Gt},
      {"__ge__", "self, other", lowerBinary, Ge},
      {"__eq__", "self, other", lowerBinary, Eq},
      {"__ne__", "self, other", lowerBinary, Ne},
      {"__and__", "self, other", lowerBitwiseBinary, BitwiseAnd, {}, "bitwise on integers, logical on bools"},
      {"__rand__", "self, other", lowerBitwiseBinary, BitwiseAnd, {}, "bitwise on integers, logical on bools"},
      {"__or__", "self, other", lowerBitwiseBinary, BitwiseOr, {}, "bitwise on integers, logical on bools"},
      {"__ror__", "self, other", lowerBitwiseBinary, BitwiseOr, {}, "bitwise on integers, logical on bools"},
      {"__xor__", "self, other", lowerBitwiseBinary, BitwiseXor, {}, "bitwise on integers, logical on bools"},
      {"__rxor__", "self, other", lowerBitwiseBinary, BitwiseXor, {}, "bitwise on integers, logical on bools"},
      {"__invert__", "self", lowerBitwiseNot, BitwiseNot, {}, "bitwise on integers, logical on bools"},
      {"__neg__", "self", lowerNeg, Neg},
      {"__pos__", "self", lowerPos, Neg},
      {"__abs__", "self", lowerUnary, Abs},
      {"__getitem__", "self, index", lowerGetItem, Slice},
  };
}

}  // namespace pt::frontends
