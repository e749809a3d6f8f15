// ast.dump(tree, include_attributes=...) of Python 3.11, without indentation: "Kind(field=value, ...)",
// optional fields (the `?` ones in Python.asdl) left out when None, lists always shown, and the
// position attributes last.
#include "syntax/AstDump.h"

#include <cmath>
#include <string>

#include "base/FloatRepr.h"
#include "syntax/ParserImpl.h"

namespace pt::syntax {

namespace {

class Dumper {
 public:
  explicit Dumper(bool attributes) : attrs_(attributes) { out_.reserve(1 << 16); }
  std::string take() { return std::move(out_); }

  void module(const Module& m) {
    begin("Module");
    field("body");
    stmts(m.body);
    field("type_ignores");
    out_ += '[';
    for (size_t i = 0; i < m.type_ignores.size(); ++i) {
      if (i) out_ += ", ";
      begin("TypeIgnore");
      field("lineno");
      out_ += std::to_string(m.type_ignores[i]->lineno);
      field("tag");
      out_ += pyStrRepr(m.type_ignores[i]->tag);
      endPlain();
    }
    out_ += ']';
    endPlain();
  }

 private:
  std::string out_;
  bool attrs_;
  std::vector<bool> first_;

  void begin(const char* name) {
    out_ += name;
    out_ += '(';
    first_.push_back(true);
  }
  void field(const char* name) {
    if (!first_.back()) out_ += ", ";
    first_.back() = false;
    out_ += name;
    out_ += '=';
  }
  void endPlain() {
    out_ += ')';
    first_.pop_back();
  }
  void end(const Node* n) {
    if (attrs_) {
      field("lineno");
      out_ += std::to_string(n->pos.lineno);
      field("col_offset");
      out_ += std::to_string(n->pos.col_offset);
      field("end_lineno");
      out_ += std::to_string(n->pos.end_lineno);
      field("end_col_offset");
      out_ += std::to_string(n->pos.end_col_offset);
    }
    endPlain();
  }
  void simple(const char* name) {
    out_ += name;
    out_ += "()";
  }
  void str(const std::string& s) { out_ += pyStrRepr(s); }
  void optStr(const char* name, const std::optional<std::string>& s) {
    if (!s) return;
    field(name);
    str(*s);
  }
  void optExpr(const char* name, const Expr* e) {
    if (!e) return;
    field(name);
    expr(e);
  }
  void exprField(const char* name, const Expr* e) {
    field(name);
    if (e) expr(e);
    else out_ += "None";
  }
  template <class T, class F>
  void list(const std::vector<T>& v, F each) {
    out_ += '[';
    for (size_t i = 0; i < v.size(); ++i) {
      if (i) out_ += ", ";
      each(v[i]);
    }
    out_ += ']';
  }
  void exprs(const std::vector<Expr*>& v) {
    list(v, [this](const Expr* e) {
      if (e) expr(e);
      else out_ += "None";
    });
  }
  void stmts(const std::vector<Stmt*>& v) {
    list(v, [this](const Stmt* s) { stmt(s); });
  }
  void ctx(ExprContext c) {
    field("ctx");
    simple(name(c));
  }

  void constant(const ConstantValue& v) {
    switch (v.kind) {
      case ConstantValue::Kind::None: out_ += "None"; break;
      case ConstantValue::Kind::Bool: out_ += v.boolValue ? "True" : "False"; break;
      case ConstantValue::Kind::Ellipsis: out_ += "Ellipsis"; break;
      case ConstantValue::Kind::Int: out_ += v.text; break;
      case ConstantValue::Kind::Float: out_ += pyFloatRepr(v.floatValue); break;
      case ConstantValue::Kind::Complex: {
        // repr(complex) with a zero real part: the imaginary part without a forced ".0".
        std::string r = pyFloatRepr(v.floatValue);
        if (r.size() > 2 && r.compare(r.size() - 2, 2, ".0") == 0) r.resize(r.size() - 2);
        out_ += r;
        out_ += 'j';
        break;
      }
      case ConstantValue::Kind::Str: out_ += pyStrRepr(v.text); break;
      case ConstantValue::Kind::Bytes: out_ += pyBytesRepr(v.text); break;
    }
  }

  void arg(const Arg* a) {
    begin("arg");
    field("arg");
    str(a->arg);
    optExpr("annotation", a->annotation);
    optStr("type_comment", a->type_comment);
    end(a);
  }
  void arguments(const Arguments* a) {
    begin("arguments");
    field("posonlyargs");
    list(a->posonlyargs, [this](const Arg* x) { arg(x); });
    field("args");
    list(a->args, [this](const Arg* x) { arg(x); });
    if (a->vararg) {
      field("vararg");
      arg(a->vararg);
    }
    field("kwonlyargs");
    list(a->kwonlyargs, [this](const Arg* x) { arg(x); });
    field("kw_defaults");
    exprs(a->kw_defaults);
    if (a->kwarg) {
      field("kwarg");
      arg(a->kwarg);
    }
    field("defaults");
    exprs(a->defaults);
    endPlain();
  }
  void keyword(const Keyword* k) {
    begin("keyword");
    optStr("arg", k->arg);
    exprField("value", k->value);
    end(k);
  }
  void comprehensions(const std::vector<Comprehension*>& gens) {
    list(gens, [this](const Comprehension* c) {
      begin("comprehension");
      exprField("target", c->target);
      exprField("iter", c->iter);
      field("ifs");
      exprs(c->ifs);
      field("is_async");
      out_ += std::to_string(c->is_async);
      endPlain();
    });
  }
  void alias(const Alias* a) {
    begin("alias");
    field("name");
    str(a->name);
    optStr("asname", a->asname);
    end(a);
  }

  void expr(const Expr* e);
  void stmt(const Stmt* s);
  void pattern(const Pattern* p);
};

void Dumper::expr(const Expr* e) {
  begin(name(e->kind));
  switch (e->kind) {
    case ExprKind::BoolOp: {
      auto* n = static_cast<const BoolOp*>(e);
      field("op");
      simple(name(n->op));
      field("values");
      exprs(n->values);
      break;
    }
    case ExprKind::NamedExpr: {
      auto* n = static_cast<const NamedExpr*>(e);
      exprField("target", n->target);
      exprField("value", n->value);
      break;
    }
    case ExprKind::BinOp: {
      auto* n = static_cast<const BinOp*>(e);
      exprField("left", n->left);
      field("op");
      simple(name(n->op));
      exprField("right", n->right);
      break;
    }
    case ExprKind::UnaryOp: {
      auto* n = static_cast<const UnaryOp*>(e);
      field("op");
      simple(name(n->op));
      exprField("operand", n->operand);
      break;
    }
    case ExprKind::Lambda: {
      auto* n = static_cast<const Lambda*>(e);
      field("args");
      arguments(n->args);
      exprField("body", n->body);
      break;
    }
    case ExprKind::IfExp: {
      auto* n = static_cast<const IfExp*>(e);
      exprField("test", n->test);
      exprField("body", n->body);
      exprField("orelse", n->orelse);
      break;
    }
    case ExprKind::Dict: {
      auto* n = static_cast<const Dict*>(e);
      field("keys");
      exprs(n->keys);
      field("values");
      exprs(n->values);
      break;
    }
    case ExprKind::Set:
      field("elts");
      exprs(static_cast<const Set*>(e)->elts);
      break;
    case ExprKind::ListComp: {
      auto* n = static_cast<const ListComp*>(e);
      exprField("elt", n->elt);
      field("generators");
      comprehensions(n->generators);
      break;
    }
    case ExprKind::SetComp: {
      auto* n = static_cast<const SetComp*>(e);
      exprField("elt", n->elt);
      field("generators");
      comprehensions(n->generators);
      break;
    }
    case ExprKind::DictComp: {
      auto* n = static_cast<const DictComp*>(e);
      exprField("key", n->key);
      exprField("value", n->value);
      field("generators");
      comprehensions(n->generators);
      break;
    }
    case ExprKind::GeneratorExp: {
      auto* n = static_cast<const GeneratorExp*>(e);
      exprField("elt", n->elt);
      field("generators");
      comprehensions(n->generators);
      break;
    }
    case ExprKind::Await: exprField("value", static_cast<const Await*>(e)->value); break;
    case ExprKind::Yield: optExpr("value", static_cast<const Yield*>(e)->value); break;
    case ExprKind::YieldFrom: exprField("value", static_cast<const YieldFrom*>(e)->value); break;
    case ExprKind::Compare: {
      auto* n = static_cast<const Compare*>(e);
      exprField("left", n->left);
      field("ops");
      list(n->ops, [this](CmpOpKind k) { simple(name(k)); });
      field("comparators");
      exprs(n->comparators);
      break;
    }
    case ExprKind::Call: {
      auto* n = static_cast<const Call*>(e);
      exprField("func", n->func);
      field("args");
      exprs(n->args);
      field("keywords");
      list(n->keywords, [this](const Keyword* k) { keyword(k); });
      break;
    }
    case ExprKind::FormattedValue: {
      auto* n = static_cast<const FormattedValue*>(e);
      exprField("value", n->value);
      field("conversion");
      out_ += std::to_string(n->conversion);
      optExpr("format_spec", n->format_spec);
      break;
    }
    case ExprKind::JoinedStr:
      field("values");
      exprs(static_cast<const JoinedStr*>(e)->values);
      break;
    case ExprKind::Constant: {
      auto* n = static_cast<const Constant*>(e);
      field("value");
      constant(n->value);
      optStr("kind", n->kind);
      break;
    }
    case ExprKind::Attribute: {
      auto* n = static_cast<const Attribute*>(e);
      exprField("value", n->value);
      field("attr");
      str(n->attr);
      ctx(n->ctx);
      break;
    }
    case ExprKind::Subscript: {
      auto* n = static_cast<const Subscript*>(e);
      exprField("value", n->value);
      exprField("slice", n->slice);
      ctx(n->ctx);
      break;
    }
    case ExprKind::Starred: {
      auto* n = static_cast<const Starred*>(e);
      exprField("value", n->value);
      ctx(n->ctx);
      break;
    }
    case ExprKind::Name: {
      auto* n = static_cast<const Name*>(e);
      field("id");
      str(n->id);
      ctx(n->ctx);
      break;
    }
    case ExprKind::List: {
      auto* n = static_cast<const List*>(e);
      field("elts");
      exprs(n->elts);
      ctx(n->ctx);
      break;
    }
    case ExprKind::Tuple: {
      auto* n = static_cast<const Tuple*>(e);
      field("elts");
      exprs(n->elts);
      ctx(n->ctx);
      break;
    }
    case ExprKind::Slice: {
      auto* n = static_cast<const Slice*>(e);
      optExpr("lower", n->lower);
      optExpr("upper", n->upper);
      optExpr("step", n->step);
      break;
    }
  }
  end(e);
}

void Dumper::stmt(const Stmt* s) {
  begin(name(s->kind));
  switch (s->kind) {
    case StmtKind::FunctionDef:
    case StmtKind::AsyncFunctionDef: {
      auto* n = static_cast<const FunctionDef*>(s);
      field("name");
      str(n->name);
      field("args");
      arguments(n->args);
      field("body");
      stmts(n->body);
      field("decorator_list");
      exprs(n->decorator_list);
      optExpr("returns", n->returns);
      optStr("type_comment", n->type_comment);
      break;
    }
    case StmtKind::ClassDef: {
      auto* n = static_cast<const ClassDef*>(s);
      field("name");
      str(n->name);
      field("bases");
      exprs(n->bases);
      field("keywords");
      list(n->keywords, [this](const Keyword* k) { keyword(k); });
      field("body");
      stmts(n->body);
      field("decorator_list");
      exprs(n->decorator_list);
      break;
    }
    case StmtKind::Return: optExpr("value", static_cast<const Return*>(s)->value); break;
    case StmtKind::Delete:
      field("targets");
      exprs(static_cast<const Delete*>(s)->targets);
      break;
    case StmtKind::Assign: {
      auto* n = static_cast<const Assign*>(s);
      field("targets");
      exprs(n->targets);
      exprField("value", n->value);
      optStr("type_comment", n->type_comment);
      break;
    }
    case StmtKind::AugAssign: {
      auto* n = static_cast<const AugAssign*>(s);
      exprField("target", n->target);
      field("op");
      simple(name(n->op));
      exprField("value", n->value);
      break;
    }
    case StmtKind::AnnAssign: {
      auto* n = static_cast<const AnnAssign*>(s);
      exprField("target", n->target);
      exprField("annotation", n->annotation);
      optExpr("value", n->value);
      field("simple");
      out_ += std::to_string(n->simple);
      break;
    }
    case StmtKind::For:
    case StmtKind::AsyncFor: {
      auto* n = static_cast<const For*>(s);
      exprField("target", n->target);
      exprField("iter", n->iter);
      field("body");
      stmts(n->body);
      field("orelse");
      stmts(n->orelse);
      optStr("type_comment", n->type_comment);
      break;
    }
    case StmtKind::While: {
      auto* n = static_cast<const While*>(s);
      exprField("test", n->test);
      field("body");
      stmts(n->body);
      field("orelse");
      stmts(n->orelse);
      break;
    }
    case StmtKind::If: {
      auto* n = static_cast<const If*>(s);
      exprField("test", n->test);
      field("body");
      stmts(n->body);
      field("orelse");
      stmts(n->orelse);
      break;
    }
    case StmtKind::With:
    case StmtKind::AsyncWith: {
      auto* n = static_cast<const With*>(s);
      field("items");
      list(n->items, [this](const WithItem* w) {
        begin("withitem");
        exprField("context_expr", w->context_expr);
        optExpr("optional_vars", w->optional_vars);
        endPlain();
      });
      field("body");
      stmts(n->body);
      optStr("type_comment", n->type_comment);
      break;
    }
    case StmtKind::Match: {
      auto* n = static_cast<const Match*>(s);
      exprField("subject", n->subject);
      field("cases");
      list(n->cases, [this](const MatchCase* c) {
        begin("match_case");
        field("pattern");
        pattern(c->pattern);
        optExpr("guard", c->guard);
        field("body");
        stmts(c->body);
        endPlain();
      });
      break;
    }
    case StmtKind::Raise: {
      auto* n = static_cast<const Raise*>(s);
      optExpr("exc", n->exc);
      optExpr("cause", n->cause);
      break;
    }
    case StmtKind::Try:
    case StmtKind::TryStar: {
      auto* n = static_cast<const Try*>(s);
      field("body");
      stmts(n->body);
      field("handlers");
      list(n->handlers, [this](const ExceptHandler* h) {
        begin("ExceptHandler");
        optExpr("type", h->type);
        optStr("name", h->name);
        field("body");
        stmts(h->body);
        end(h);
      });
      field("orelse");
      stmts(n->orelse);
      field("finalbody");
      stmts(n->finalbody);
      break;
    }
    case StmtKind::Assert: {
      auto* n = static_cast<const Assert*>(s);
      exprField("test", n->test);
      optExpr("msg", n->msg);
      break;
    }
    case StmtKind::Import:
      field("names");
      list(static_cast<const Import*>(s)->names, [this](const Alias* a) { alias(a); });
      break;
    case StmtKind::ImportFrom: {
      auto* n = static_cast<const ImportFrom*>(s);
      optStr("module", n->module);
      field("names");
      list(n->names, [this](const Alias* a) { alias(a); });
      field("level");
      out_ += std::to_string(n->level);
      break;
    }
    case StmtKind::Global:
      field("names");
      list(static_cast<const Global*>(s)->names, [this](const std::string& x) { str(x); });
      break;
    case StmtKind::Nonlocal:
      field("names");
      list(static_cast<const Nonlocal*>(s)->names, [this](const std::string& x) { str(x); });
      break;
    case StmtKind::ExprStmt: exprField("value", static_cast<const ExprStmt*>(s)->value); break;
    case StmtKind::Pass:
    case StmtKind::Break:
    case StmtKind::Continue: break;
  }
  end(s);
}

void Dumper::pattern(const Pattern* p) {
  begin(name(p->kind));
  switch (p->kind) {
    case PatternKind::MatchValue: exprField("value", static_cast<const MatchValue*>(p)->value); break;
    case PatternKind::MatchSingleton:
      field("value");
      constant(static_cast<const MatchSingleton*>(p)->value);
      break;
    case PatternKind::MatchSequence:
      field("patterns");
      list(static_cast<const MatchSequence*>(p)->patterns, [this](const Pattern* x) { pattern(x); });
      break;
    case PatternKind::MatchMapping: {
      auto* n = static_cast<const MatchMapping*>(p);
      field("keys");
      exprs(n->keys);
      field("patterns");
      list(n->patterns, [this](const Pattern* x) { pattern(x); });
      optStr("rest", n->rest);
      break;
    }
    case PatternKind::MatchClass: {
      auto* n = static_cast<const MatchClass*>(p);
      exprField("cls", n->cls);
      field("patterns");
      list(n->patterns, [this](const Pattern* x) { pattern(x); });
      field("kwd_attrs");
      list(n->kwd_attrs, [this](const std::string& x) { str(x); });
      field("kwd_patterns");
      list(n->kwd_patterns, [this](const Pattern* x) { pattern(x); });
      break;
    }
    case PatternKind::MatchStar: optStr("name", static_cast<const MatchStar*>(p)->name); break;
    case PatternKind::MatchAs: {
      auto* n = static_cast<const MatchAs*>(p);
      if (n->pattern) {
        field("pattern");
        pattern(n->pattern);
      }
      optStr("name", n->name);
      break;
    }
    case PatternKind::MatchOr:
      field("patterns");
      list(static_cast<const MatchOr*>(p)->patterns, [this](const Pattern* x) { pattern(x); });
      break;
  }
  end(p);
}

}  // namespace

std::string dumpAst(const Module& module, bool includeAttributes) {
  Dumper d(includeAttributes);
  d.module(module);
  return d.take();
}

}  // namespace pt::syntax
