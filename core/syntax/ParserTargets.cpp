// Assignment, deletion and loop targets: setting Store/Del contexts the way CPython does, and its
// error messages for expressions that cannot be targets (pegen.c's _PyPegen_get_invalid_target).
#include "syntax/ParserImpl.h"

namespace pt::syntax {

const char* Parser::exprName(const Expr* e) {
  switch (e->kind) {
    case ExprKind::Attribute: return "attribute";
    case ExprKind::Subscript: return "subscript";
    case ExprKind::Starred: return "starred";
    case ExprKind::Name: return "name";
    case ExprKind::List: return "list";
    case ExprKind::Tuple: return "tuple";
    case ExprKind::Lambda: return "lambda";
    case ExprKind::Call: return "function call";
    case ExprKind::BoolOp:
    case ExprKind::BinOp:
    case ExprKind::UnaryOp: return "expression";
    case ExprKind::GeneratorExp: return "generator expression";
    case ExprKind::Yield:
    case ExprKind::YieldFrom: return "yield expression";
    case ExprKind::Await: return "await expression";
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    case ExprKind::Dict: return "dict literal";
    case ExprKind::Set: return "set display";
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue: return "f-string expression";
    case ExprKind::Constant: {
      const auto& v = static_cast<const Constant*>(e)->value;
      if (v.kind == ConstantValue::Kind::None) return "None";
      if (v.kind == ConstantValue::Kind::Bool) return v.boolValue ? "True" : "False";
      if (v.kind == ConstantValue::Kind::Ellipsis) return "ellipsis";
      return "literal";
    }
    case ExprKind::Compare: return "comparison";
    case ExprKind::IfExp: return "conditional expression";
    case ExprKind::NamedExpr: return "named expression";
    default: return "expression";
  }
}

// Expressions the grammar's bitwise_or produces (used to pick CPython's "Maybe you meant '=='" wording).
bool Parser::isBitwiseOrLevel(const Expr* e) {
  switch (e->kind) {
    case ExprKind::BinOp: case ExprKind::Await: case ExprKind::Call: case ExprKind::Attribute:
    case ExprKind::Subscript: case ExprKind::Name: case ExprKind::Dict: case ExprKind::Set:
    case ExprKind::ListComp: case ExprKind::SetComp: case ExprKind::DictComp: case ExprKind::JoinedStr:
      return true;
    case ExprKind::UnaryOp: return static_cast<const UnaryOp*>(e)->op != UnaryOpKind::Not;
    case ExprKind::Constant: {
      auto k = static_cast<const Constant*>(e)->value.kind;
      return k != ConstantValue::Kind::None && k != ConstantValue::Kind::Bool;
    }
    default: return false;
  }
}

void Parser::setContext(Expr* e, ExprContext ctx) {
  switch (e->kind) {
    case ExprKind::Name: static_cast<Name*>(e)->ctx = ctx; break;
    case ExprKind::Attribute: static_cast<Attribute*>(e)->ctx = ctx; break;
    case ExprKind::Subscript: static_cast<Subscript*>(e)->ctx = ctx; break;
    case ExprKind::Starred: {
      auto* s = static_cast<Starred*>(e);
      s->ctx = ctx;
      setContext(s->value, ctx);
      break;
    }
    case ExprKind::Tuple: {
      auto* t = static_cast<Tuple*>(e);
      t->ctx = ctx;
      for (Expr* x : t->elts) setContext(x, ctx);
      break;
    }
    case ExprKind::List: {
      auto* l = static_cast<List*>(e);
      l->ctx = ctx;
      for (Expr* x : l->elts) setContext(x, ctx);
      break;
    }
    default: break;
  }
}

namespace {
// _PyPegen_get_invalid_target: the first sub-expression that cannot be a target, or nullptr.
Expr* invalidTarget(Expr* e, Parser::TargetUse use) {
  switch (e->kind) {
    case ExprKind::Tuple:
      for (Expr* x : static_cast<Tuple*>(e)->elts)
        if (Expr* bad = invalidTarget(x, use)) return bad;
      return nullptr;
    case ExprKind::List:
      for (Expr* x : static_cast<List*>(e)->elts)
        if (Expr* bad = invalidTarget(x, use)) return bad;
      return nullptr;
    case ExprKind::Starred:
      if (use == Parser::TargetUse::Delete) return e;
      return invalidTarget(static_cast<Starred*>(e)->value, use);
    case ExprKind::Compare: {
      auto* c = static_cast<Compare*>(e);
      if (use == Parser::TargetUse::For && c->ops.front() == CmpOpKind::In) return invalidTarget(c->left, use);
      return e;
    }
    case ExprKind::Name:
    case ExprKind::Subscript:
    case ExprKind::Attribute: return nullptr;
    default: return e;
  }
}
}  // namespace

void Parser::checkTarget(Expr* e, TargetUse use) {
  switch (use) {
    case TargetUse::AugAssign:
      if (e->kind != ExprKind::Name && e->kind != ExprKind::Attribute && e->kind != ExprKind::Subscript)
        failAt(e->pos, std::string("'") + exprName(e) + "' is an illegal expression for augmented assignment");
      return;
    case TargetUse::Annotate:
      if (e->kind == ExprKind::Tuple || e->kind == ExprKind::List)
        failAt(e->pos, std::string("only single target (not ") + exprName(e) + ") can be annotated");
      if (e->kind != ExprKind::Name && e->kind != ExprKind::Attribute && e->kind != ExprKind::Subscript)
        failAt(e->pos, "illegal target for annotation");
      return;
    default: break;
  }
  if (e->kind == ExprKind::Yield || e->kind == ExprKind::YieldFrom) {
    if (use == TargetUse::Assign) failAt(e->pos, "assignment to yield expression not possible");
  }
  if (Expr* bad = invalidTarget(e, use)) {
    failAt(bad->pos, std::string(use == TargetUse::Delete ? "cannot delete " : "cannot assign to ") + exprName(bad));
  }
}

Expr* Parser::starTarget() {
  size_t start = pos_;
  if (kind() == Tok::Star) {
    advance();
    if (kind() == Tok::Star) failGeneric();
    auto* s = make<Starred>(start);
    s->value = starTarget();
    return finish(s);
  }
  DepthGuard guard(*this);
  return primary();
}

Expr* Parser::starTargets() {
  size_t start = pos_;
  Expr* first = starTarget();
  Expr* result = first;
  if (kind() == Tok::Comma) {
    std::vector<Expr*> elts{first};
    while (accept(Tok::Comma)) {
      Tok k = kind();
      if (k != Tok::Name && k != Tok::LPar && k != Tok::LSqb && k != Tok::Star) break;
      elts.push_back(starTarget());
    }
    result = makeTuple(std::move(elts), start);
  }
  return result;
}

}  // namespace pt::syntax
