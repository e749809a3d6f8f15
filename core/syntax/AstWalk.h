#pragma once
// Generic traversal of the AST: the direct child expressions of an expression, the expression
// roots of a statement, and its nested statement blocks — each in source order.
#include <functional>
#include <vector>

#include "syntax/Ast.h"

namespace pt::syntax {

void forEachChildExpr(const Expr& e, const std::function<void(const Expr&)>& visit);
// Expressions written directly in the statement (decorators, annotations, defaults, targets,
// values, tests...), not those inside nested statements.
void forEachStmtExpr(const Stmt& s, const std::function<void(const Expr&)>& visit);
void forEachStmtBlock(const Stmt& s, const std::function<void(const std::vector<Stmt*>&)>& visit);
// Every expression in the subtree (pre-order), statements included.
void walkExprs(const std::vector<Stmt*>& body, const std::function<void(const Expr&)>& visit);

}  // namespace pt::syntax
