#pragma once
// Python operators on plain values (numbers, strings, sequences) and the dispatch of tensor
// operands to their framework's operator entries.
#include "interp/Interpreter.h"
#include "syntax/Ast.h"

namespace pt::interp {
Value binaryOp(Interpreter& in, syntax::OperatorKind op, const Value& a, const Value& b);
Value unaryOp(Interpreter& in, syntax::UnaryOpKind op, const Value& a);
Value compareOp(Interpreter& in, syntax::CmpOpKind op, const Value& a, const Value& b);
}
