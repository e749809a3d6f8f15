#include "syntax/AstWalk.h"

#include <algorithm>

namespace pt::syntax {

namespace {
void each(const std::vector<Expr*>& xs, const std::function<void(const Expr&)>& visit) {
  for (const Expr* x : xs)
    if (x) visit(*x);
}
void maybe(const Expr* x, const std::function<void(const Expr&)>& visit) {
  if (x) visit(*x);
}
void comprehensions(const std::vector<Comprehension*>& gens, const std::function<void(const Expr&)>& visit) {
  for (const Comprehension* g : gens) {
    visit(*g->target);
    visit(*g->iter);
    each(g->ifs, visit);
  }
}
void arguments(const Arguments* a, const std::function<void(const Expr&)>& visit) {
  if (!a) return;
  // Source order: annotations of each parameter interleave with defaults; position order is what
  // matters to callers that splice text, so sort by position.
  std::vector<const Expr*> all;
  auto args = [&](const std::vector<Arg*>& xs) {
    for (const Arg* x : xs)
      if (x->annotation) all.push_back(x->annotation);
  };
  args(a->posonlyargs);
  args(a->args);
  if (a->vararg && a->vararg->annotation) all.push_back(a->vararg->annotation);
  args(a->kwonlyargs);
  if (a->kwarg && a->kwarg->annotation) all.push_back(a->kwarg->annotation);
  for (const Expr* d : a->defaults) all.push_back(d);
  for (const Expr* d : a->kw_defaults)
    if (d) all.push_back(d);
  std::sort(all.begin(), all.end(), [](const Expr* x, const Expr* y) {
    return x->pos.lineno != y->pos.lineno ? x->pos.lineno < y->pos.lineno : x->pos.col_offset < y->pos.col_offset;
  });
  for (const Expr* e : all) visit(*e);
}
}  // namespace

void forEachChildExpr(const Expr& e, const std::function<void(const Expr&)>& visit) {
  switch (e.kind) {
    case ExprKind::BoolOp: each(static_cast<const BoolOp&>(e).values, visit); break;
    case ExprKind::NamedExpr: {
      const auto& n = static_cast<const NamedExpr&>(e);
      visit(*n.target);
      visit(*n.value);
      break;
    }
    case ExprKind::BinOp: {
      const auto& b = static_cast<const BinOp&>(e);
      visit(*b.left);
      visit(*b.right);
      break;
    }
    case ExprKind::UnaryOp: visit(*static_cast<const UnaryOp&>(e).operand); break;
    case ExprKind::Lambda: {
      const auto& l = static_cast<const Lambda&>(e);
      arguments(l.args, visit);
      visit(*l.body);
      break;
    }
    case ExprKind::IfExp: {
      const auto& i = static_cast<const IfExp&>(e);
      visit(*i.body);
      visit(*i.test);
      visit(*i.orelse);
      break;
    }
    case ExprKind::Dict: {
      const auto& d = static_cast<const Dict&>(e);
      for (size_t i = 0; i < d.values.size(); ++i) {
        maybe(d.keys[i], visit);
        visit(*d.values[i]);
      }
      break;
    }
    case ExprKind::Set: each(static_cast<const Set&>(e).elts, visit); break;
    case ExprKind::ListComp: {
      const auto& c = static_cast<const ListComp&>(e);
      visit(*c.elt);
      comprehensions(c.generators, visit);
      break;
    }
    case ExprKind::SetComp: {
      const auto& c = static_cast<const SetComp&>(e);
      visit(*c.elt);
      comprehensions(c.generators, visit);
      break;
    }
    case ExprKind::DictComp: {
      const auto& c = static_cast<const DictComp&>(e);
      visit(*c.key);
      visit(*c.value);
      comprehensions(c.generators, visit);
      break;
    }
    case ExprKind::GeneratorExp: {
      const auto& c = static_cast<const GeneratorExp&>(e);
      visit(*c.elt);
      comprehensions(c.generators, visit);
      break;
    }
    case ExprKind::Await: visit(*static_cast<const Await&>(e).value); break;
    case ExprKind::Yield: maybe(static_cast<const Yield&>(e).value, visit); break;
    case ExprKind::YieldFrom: visit(*static_cast<const YieldFrom&>(e).value); break;
    case ExprKind::Compare: {
      const auto& c = static_cast<const Compare&>(e);
      visit(*c.left);
      each(c.comparators, visit);
      break;
    }
    case ExprKind::Call: {
      const auto& c = static_cast<const Call&>(e);
      visit(*c.func);
      // Positional and keyword arguments may interleave (f(*a, k=1, *b)): keep source order.
      std::vector<const Expr*> all(c.args.begin(), c.args.end());
      for (const Keyword* k : c.keywords) all.push_back(k->value);
      std::sort(all.begin(), all.end(), [](const Expr* x, const Expr* y) {
        return x->pos.lineno != y->pos.lineno ? x->pos.lineno < y->pos.lineno : x->pos.col_offset < y->pos.col_offset;
      });
      for (const Expr* a : all) visit(*a);
      break;
    }
    case ExprKind::FormattedValue: {
      const auto& f = static_cast<const FormattedValue&>(e);
      visit(*f.value);
      maybe(f.format_spec, visit);
      break;
    }
    case ExprKind::JoinedStr: each(static_cast<const JoinedStr&>(e).values, visit); break;
    case ExprKind::Attribute: visit(*static_cast<const Attribute&>(e).value); break;
    case ExprKind::Subscript: {
      const auto& s = static_cast<const Subscript&>(e);
      visit(*s.value);
      visit(*s.slice);
      break;
    }
    case ExprKind::Starred: visit(*static_cast<const Starred&>(e).value); break;
    case ExprKind::List: each(static_cast<const List&>(e).elts, visit); break;
    case ExprKind::Tuple: each(static_cast<const Tuple&>(e).elts, visit); break;
    case ExprKind::Slice: {
      const auto& s = static_cast<const Slice&>(e);
      maybe(s.lower, visit);
      maybe(s.upper, visit);
      maybe(s.step, visit);
      break;
    }
    case ExprKind::Constant:
    case ExprKind::Name: break;
  }
}

void forEachStmtExpr(const Stmt& s, const std::function<void(const Expr&)>& visit) {
  switch (s.kind) {
    case StmtKind::FunctionDef:
    case StmtKind::AsyncFunctionDef: {
      const auto& f = static_cast<const FunctionDef&>(s);
      each(f.decorator_list, visit);
      arguments(f.args, visit);
      maybe(f.returns, visit);
      break;
    }
    case StmtKind::ClassDef: {
      const auto& c = static_cast<const ClassDef&>(s);
      each(c.decorator_list, visit);
      each(c.bases, visit);
      for (const Keyword* k : c.keywords) visit(*k->value);
      break;
    }
    case StmtKind::Return: maybe(static_cast<const Return&>(s).value, visit); break;
    case StmtKind::Delete: each(static_cast<const Delete&>(s).targets, visit); break;
    case StmtKind::Assign: {
      const auto& a = static_cast<const Assign&>(s);
      each(a.targets, visit);
      visit(*a.value);
      break;
    }
    case StmtKind::AugAssign: {
      const auto& a = static_cast<const AugAssign&>(s);
      visit(*a.target);
      visit(*a.value);
      break;
    }
    case StmtKind::AnnAssign: {
      const auto& a = static_cast<const AnnAssign&>(s);
      visit(*a.target);
      visit(*a.annotation);
      maybe(a.value, visit);
      break;
    }
    case StmtKind::For:
    case StmtKind::AsyncFor: {
      const auto& f = static_cast<const For&>(s);
      visit(*f.target);
      visit(*f.iter);
      break;
    }
    case StmtKind::While: visit(*static_cast<const While&>(s).test); break;
    case StmtKind::If: visit(*static_cast<const If&>(s).test); break;
    case StmtKind::With:
    case StmtKind::AsyncWith:
      for (const WithItem* w : static_cast<const With&>(s).items) {
        visit(*w->context_expr);
        maybe(w->optional_vars, visit);
      }
      break;
    case StmtKind::Match: visit(*static_cast<const Match&>(s).subject); break;
    case StmtKind::Raise: {
      const auto& r = static_cast<const Raise&>(s);
      maybe(r.exc, visit);
      maybe(r.cause, visit);
      break;
    }
    case StmtKind::Assert: {
      const auto& a = static_cast<const Assert&>(s);
      visit(*a.test);
      maybe(a.msg, visit);
      break;
    }
    case StmtKind::ExprStmt: visit(*static_cast<const ExprStmt&>(s).value); break;
    default: break;
  }
}

void forEachStmtBlock(const Stmt& s, const std::function<void(const std::vector<Stmt*>&)>& visit) {
  switch (s.kind) {
    case StmtKind::FunctionDef:
    case StmtKind::AsyncFunctionDef: visit(static_cast<const FunctionDef&>(s).body); break;
    case StmtKind::ClassDef: visit(static_cast<const ClassDef&>(s).body); break;
    case StmtKind::For:
    case StmtKind::AsyncFor:
      visit(static_cast<const For&>(s).body);
      visit(static_cast<const For&>(s).orelse);
      break;
    case StmtKind::While:
      visit(static_cast<const While&>(s).body);
      visit(static_cast<const While&>(s).orelse);
      break;
    case StmtKind::If:
      visit(static_cast<const If&>(s).body);
      visit(static_cast<const If&>(s).orelse);
      break;
    case StmtKind::With:
    case StmtKind::AsyncWith: visit(static_cast<const With&>(s).body); break;
    case StmtKind::Match:
      for (const MatchCase* c : static_cast<const Match&>(s).cases) visit(c->body);
      break;
    case StmtKind::Try:
    case StmtKind::TryStar: {
      const auto& t = static_cast<const Try&>(s);
      visit(t.body);
      for (const ExceptHandler* h : t.handlers) visit(h->body);
      visit(t.orelse);
      visit(t.finalbody);
      break;
    }
    default: break;
  }
}

void walkExprs(const std::vector<Stmt*>& body, const std::function<void(const Expr&)>& visit) {
  std::function<void(const Expr&)> rec = [&](const Expr& e) {
    visit(e);
    forEachChildExpr(e, rec);
  };
  for (const Stmt* s : body) {
    forEachStmtExpr(*s, rec);
    forEachStmtBlock(*s, [&](const std::vector<Stmt*>& inner) { walkExprs(inner, visit); });
  }
}

}  // namespace pt::syntax
