// Rules every target spells the same way (up to its module alias): elementwise math with a common
// name, and Python's operators, which mean the same on every framework's tensors once the IR has
// made the operand dtypes equal. Target tables override where they differ.
#include "codegen/EmitHelpers.h"

namespace pt::codegen {

namespace {
std::string math(EmitContext& c, const char* name, const Operands& o) { return c.mathNamespace() + "." + name + "(" + o[0] + ")"; }
}  // namespace

const std::vector<EmitRule>& sharedRules() {
  static const std::vector<EmitRule> rules = {
      RULE(Abs, math(c, "abs", o)),
      RULE(Sign, math(c, "sign", o)),
      RULE(Exp, math(c, "exp", o)),
      RULE(Log, math(c, "log", o)),
      RULE(Log1p, math(c, "log1p", o)),
      RULE(Expm1, math(c, "expm1", o)),
      RULE(Sqrt, math(c, "sqrt", o)),
      RULE(Square, math(c, "square", o)),
      RULE(Reciprocal, math(c, "reciprocal", o)),
      RULE(Sin, math(c, "sin", o)),
      RULE(Cos, math(c, "cos", o)),
      RULE(Tan, math(c, "tan", o)),
      RULE(Tanh, math(c, "tanh", o)),
      RULE(Floor, math(c, "floor", o)),
      RULE(Ceil, math(c, "ceil", o)),
      RULE(Round, math(c, "round", o)),
      RULE(LogicalNot, math(c, "logical_not", o)),
      RULE(Asin, math(c, "asin", o)),
      RULE(Acos, math(c, "acos", o)),
      RULE(Atan, math(c, "atan", o)),
      RULE(Sinh, math(c, "sinh", o)),
      RULE(Cosh, math(c, "cosh", o)),
      RULE(Asinh, math(c, "asinh", o)),
      RULE(Acosh, math(c, "acosh", o)),
      RULE(Atanh, math(c, "atanh", o)),
      RULE(Log2, math(c, "log2", o)),
      RULE(Log10, math(c, "log10", o)),
      RULE(BitwiseNot, fn(c, "bitwise_not", {o[0]})),
      RULE(BitwiseXor, fn(c, "bitwise_xor", {o[0], o[1]})),
      RULE(Neg, "-" + paren(o[0])),
      RULE(Add, binop(o, "+")),
      RULE(Sub, binop(o, "-")),
      RULE(Mul, binop(o, "*")),
      RULE(Div, binop(o, "/")),
      RULE(FloorDiv, binop(o, "//")),
      RULE(Remainder, binop(o, "%")),
      RULE(Fmod, fn(c, "fmod", {o[0], o[1]})),
      RULE(BitwiseAnd, fn(c, "bitwise_and", {o[0], o[1]})),
      RULE(BitwiseOr, fn(c, "bitwise_or", {o[0], o[1]})),
      RULE(Linspace, fn(c, "linspace", {pyNumber(ir::attrFloat(a, "start"), ir::DType::Float64),
                                        pyNumber(ir::attrFloat(a, "stop"), ir::DType::Float64), std::to_string(ir::attrInt(a, "num")),
                                        "dtype=" + c.dtype(*ir::attrDType(a, "dtype"))})),
      RULE(Pow, binop(o, "**")),
      RULE(Eq, binop(o, "==")),
      RULE(Ne, binop(o, "!=")),
      RULE(Lt, binop(o, "<")),
      RULE(Le, binop(o, "<=")),
      RULE(Gt, binop(o, ">")),
      RULE(Ge, binop(o, ">=")),
      RULE(MatMul, binop(o, "@")),
      RULE(Slice, sliceSubscript(o, a)),
      RULE(Full, fn(c, "full", {pyTuple(ir::attrInts(a, "shape")), pyNumber(ir::attrFloat(a, "value"), *ir::attrDType(a, "dtype")),
                                "dtype=" + c.dtype(*ir::attrDType(a, "dtype"))})),
      RULE(Arange, fn(c, "arange", {pyNumber(ir::attrFloat(a, "start"), *ir::attrDType(a, "dtype")),
                                    pyNumber(ir::attrFloat(a, "stop"), *ir::attrDType(a, "dtype")),
                                    pyNumber(ir::attrFloat(a, "step", 1), *ir::attrDType(a, "dtype")),
                                    "dtype=" + c.dtype(*ir::attrDType(a, "dtype"))})),
      RULE(FullLike, ir::attrDType(a, "dtype") ? fn(c, "full_like", {o[0], pyNumber(ir::attrFloat(a, "value"), *ir::attrDType(a, "dtype")),
                                                                     "dtype=" + c.dtype(*ir::attrDType(a, "dtype"))})
                                               : fn(c, "full_like", {o[0], pyNumber(ir::attrFloat(a, "value"), ir::DType::Float64)})),
  };
  return rules;
}

}  // namespace pt::codegen
