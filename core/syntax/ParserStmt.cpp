// Statements: python.gram's statement, simple_stmt and compound_stmt rules.
#include "syntax/ParserImpl.h"

namespace pt::syntax {

namespace {

bool augOp(Tok k, OperatorKind& op) {
  switch (k) {
    case Tok::PlusEqual: op = OperatorKind::Add; return true;
    case Tok::MinEqual: op = OperatorKind::Sub; return true;
    case Tok::StarEqual: op = OperatorKind::Mult; return true;
    case Tok::AtEqual: op = OperatorKind::MatMult; return true;
    case Tok::SlashEqual: op = OperatorKind::Div; return true;
    case Tok::PercentEqual: op = OperatorKind::Mod; return true;
    case Tok::AmperEqual: op = OperatorKind::BitAnd; return true;
    case Tok::VBarEqual: op = OperatorKind::BitOr; return true;
    case Tok::CircumflexEqual: op = OperatorKind::BitXor; return true;
    case Tok::LeftShiftEqual: op = OperatorKind::LShift; return true;
    case Tok::RightShiftEqual: op = OperatorKind::RShift; return true;
    case Tok::DoubleStarEqual: op = OperatorKind::Pow; return true;
    case Tok::DoubleSlashEqual: op = OperatorKind::FloorDiv; return true;
    default: return false;
  }
}

}  // namespace

void Parser::statement(std::vector<Stmt*>& out) {
  if (Stmt* s = compoundStmt()) {
    out.push_back(s);
    return;
  }
  simpleStmts(out);
}

void Parser::simpleStmts(std::vector<Stmt*>& out) {
  for (;;) {
    out.push_back(simpleStmt());
    if (!accept(Tok::Semi)) break;
    if (kind() == Tok::Newline) break;
  }
  if (kind() != Tok::Newline) failGeneric();
  advance();
}

Stmt* Parser::compoundStmt() {
  switch (kind()) {
    case Tok::KwDef: return functionDef({}, pos_);
    case Tok::KwIf: return ifStmt(false);
    case Tok::KwClass: return classDef({});
    case Tok::KwWith: return withStmt(pos_, false);
    case Tok::KwFor: return forStmt(pos_, false);
    case Tok::KwTry: return tryStmt();
    case Tok::KwWhile: return whileStmt();
    case Tok::At: return decorated();
    case Tok::KwAsync: {
      size_t start = pos_;
      Tok next = peekKind(1);
      if (next == Tok::KwDef) return functionDef({}, start);
      if (next == Tok::KwWith) {
        advance();
        return withStmt(start, true);
      }
      if (next == Tok::KwFor) {
        advance();
        return forStmt(start, true);
      }
      advance();
      failGeneric();
    }
    case Tok::Name:
      if (atName("match")) return matchStmt();
      return nullptr;
    default: return nullptr;
  }
}

Stmt* Parser::simpleStmt() {
  size_t start = pos_;
  switch (kind()) {
    case Tok::KwReturn: return returnStmt();
    case Tok::KwImport: return importName();
    case Tok::KwFrom: return importFrom();
    case Tok::KwRaise: return raiseStmt();
    case Tok::KwPass: advance(); return finish(make<Pass>(start));
    case Tok::KwBreak: advance(); return finish(make<Break>(start));
    case Tok::KwContinue: advance(); return finish(make<Continue>(start));
    case Tok::KwDel: return delStmt();
    case Tok::KwAssert: return assertStmt();
    case Tok::KwGlobal: return globalStmt(false);
    case Tok::KwNonlocal: return globalStmt(true);
    default: return exprOrAssignStmt();
  }
}

Stmt* Parser::exprOrAssignStmt() {
  size_t start = pos_;
  auto rhs = [this]() { return kind() == Tok::KwYield ? yieldExpr() : starExpressions(); };
  Expr* first = rhs();
  OperatorKind op;
  if (kind() == Tok::Equal) {
    std::vector<Expr*> targets{first};
    Expr* value = nullptr;
    for (;;) {
      advance();  // '='
      Expr* e = rhs();
      if (kind() == Tok::Equal) {
        targets.push_back(e);
        continue;
      }
      value = e;
      break;
    }
    if (targets.size() == 1 && isBitwiseOrLevel(first) && first->kind != ExprKind::Name &&
        first->kind != ExprKind::Attribute && first->kind != ExprKind::Subscript) {
      failAt(first->pos, std::string("cannot assign to ") + exprName(first) +
                             " here. Maybe you meant '==' instead of '='?");
    }
    for (Expr* t : targets) {
      checkTarget(t, TargetUse::Assign);
      setContext(t, ExprContext::Store);
    }
    auto* a = make<Assign>(start);
    a->targets = std::move(targets);
    a->value = value;
    return finish(a);
  }
  if (kind() == Tok::Colon) {
    if (first->kind != ExprKind::Name && first->kind != ExprKind::Attribute && first->kind != ExprKind::Subscript) {
      // invalid_assignment names a bad annotation target only when an annotation follows.
      size_t colon = pos_;
      advance();
      bool annotated = true;
      try {
        expression();
      } catch (ParseFail&) {
        if (errorFromLexer_ || error_.type == "MemoryError") throw;
        annotated = false;
      }
      if (annotated) checkTarget(first, TargetUse::Annotate);
      pos_ = furthest_ = colon;
      failGeneric();
    }
    advance();
    auto* a = make<AnnAssign>(start);
    a->target = first;
    a->simple = first->kind == ExprKind::Name && tokenAt(start).kind == Tok::Name ? 1 : 0;
    setContext(first, ExprContext::Store);
    a->annotation = expression();
    if (accept(Tok::Equal)) a->value = rhs();
    return finish(a);
  }
  if (augOp(kind(), op)) {
    checkTarget(first, TargetUse::AugAssign);
    setContext(first, ExprContext::Store);
    advance();
    auto* a = make<AugAssign>(start);
    a->target = first;
    a->op = op;
    a->value = rhs();
    return finish(a);
  }
  if (kind() == Tok::String && first->kind == ExprKind::Name) {
    std::string_view n = static_cast<Name*>(first)->id;
    if (n == "print" || n == "exec") {
      Expr* arg = starExpressions();
      failRange(first->pos, arg->pos,
                "Missing parentheses in call to '" + std::string(n) + "'. Did you mean " + std::string(n) + "(...)?");
    }
  }
  auto* s = make<ExprStmt>(start);
  s->value = first;
  return finish(s);
}

std::vector<Stmt*> Parser::block(const char* what, int line) {
  std::vector<Stmt*> body;
  if (kind() == Tok::Newline) {
    advance();
    if (kind() != Tok::Indent)
      failHere(std::string("expected an indented block after ") + what + " on line " + std::to_string(line),
               "IndentationError");
    advance();
    while (kind() != Tok::Dedent && kind() != Tok::EndMarker) statement(body);
    accept(Tok::Dedent);
    return body;
  }
  simpleStmts(body);
  return body;
}

std::vector<Stmt*> Parser::elseBlock() {
  int line = tok().lineno;
  advance();  // 'else'
  if (kind() != Tok::Colon) failAtToken(tok(), "expected ':'");
  advance();
  return block("'else' statement", line);
}

Stmt* Parser::decorated() {
  std::vector<Expr*> decorators;
  while (accept(Tok::At)) {
    decorators.push_back(namedExpression());
    expect(Tok::Newline);
  }
  if (kind() == Tok::KwDef) return functionDef(std::move(decorators), pos_);
  if (kind() == Tok::KwAsync && peekKind(1) == Tok::KwDef) return functionDef(std::move(decorators), pos_);
  if (kind() == Tok::KwClass) return classDef(std::move(decorators));
  failGeneric();
}

Stmt* Parser::functionDef(std::vector<Expr*> decorators, size_t start) {
  bool isAsync = accept(Tok::KwAsync);
  int line = tok().lineno;
  advance();  // 'def'
  auto* f = make<FunctionDef>(start, isAsync ? StmtKind::AsyncFunctionDef : StmtKind::FunctionDef);
  f->name = takeName();
  if (kind() != Tok::LPar) failAtToken(tok(), "expected '('");
  advance();
  ++nesting_;
  f->args = parameters(false, Tok::RPar);
  --nesting_;
  expect(Tok::RPar);
  if (accept(Tok::RArrow)) f->returns = expression();
  if (kind() != Tok::Colon) failAtToken(tok(), "expected ':'");
  advance();
  f->body = block("function definition", line);
  f->decorator_list = std::move(decorators);
  return finish(f);
}

Stmt* Parser::classDef(std::vector<Expr*> decorators) {
  size_t start = pos_;
  int line = tok().lineno;
  advance();  // 'class'
  auto* c = make<ClassDef>(start);
  c->name = takeName();
  if (kind() == Tok::LPar) {
    Call tmp;
    callArguments(&tmp);
    c->bases = std::move(tmp.args);
    c->keywords = std::move(tmp.keywords);
  }
  if (kind() != Tok::Colon) {
    if (kind() == Tok::Newline) failHere("expected ':'");
    failGeneric();
  }
  advance();
  c->body = block("class definition", line);
  c->decorator_list = std::move(decorators);
  return finish(c);
}

Stmt* Parser::ifStmt(bool elif) {
  size_t start = pos_;
  int line = tok().lineno;
  advance();  // 'if' / 'elif'
  auto* s = make<If>(start);
  s->test = namedExpression();
  if (kind() != Tok::Colon) {
    if (kind() == Tok::Newline) failHere("expected ':'");
    failGeneric();
  }
  advance();
  s->body = block(elif ? "'elif' statement" : "'if' statement", line);
  if (kind() == Tok::KwElif) s->orelse.push_back(ifStmt(true));
  else if (kind() == Tok::KwElse) s->orelse = elseBlock();
  return finish(s);
}

Stmt* Parser::whileStmt() {
  size_t start = pos_;
  int line = tok().lineno;
  advance();
  auto* s = make<While>(start);
  s->test = namedExpression();
  if (kind() != Tok::Colon) {
    if (kind() == Tok::Newline) failHere("expected ':'");
    failGeneric();
  }
  advance();
  s->body = block("'while' statement", line);
  if (kind() == Tok::KwElse) s->orelse = elseBlock();
  return finish(s);
}

Stmt* Parser::forStmt(size_t start, bool isAsync) {
  int line = tok().lineno;
  advance();  // 'for'
  auto* s = make<For>(start, isAsync ? StmtKind::AsyncFor : StmtKind::For);
  size_t targetStart = pos_;
  s->target = starTargets();
  if (kind() != Tok::KwIn) {
    // invalid_for_target: report what cannot be assigned to, if the text is an expression at all.
    size_t save = furthest_;
    pos_ = targetStart;
    Expr* e = nullptr;
    try {
      e = starExpressions();
    } catch (ParseFail&) {
      furthest_ = save;
    }
    if (e) checkTarget(e, TargetUse::For);
    furthest_ = std::max(furthest_, save);
    failGeneric();
  }
  checkTarget(s->target, TargetUse::For);
  setContext(s->target, ExprContext::Store);
  advance();  // 'in'
  s->iter = starExpressions();
  if (kind() != Tok::Colon) {
    if (kind() == Tok::Newline) failHere("expected ':'");
    failGeneric();
  }
  advance();
  s->body = block("'for' statement", line);
  if (kind() == Tok::KwElse) s->orelse = elseBlock();
  return finish(s);
}

Stmt* Parser::withStmt(size_t start, bool isAsync) {
  int line = tok().lineno;
  advance();  // 'with'
  auto* s = make<With>(start, isAsync ? StmtKind::AsyncWith : StmtKind::With);
  auto withItem = [this](bool inParens) {
    auto* item = arena_.make<WithItem>();
    item->context_expr = expression();
    if (kind() == Tok::KwAs) {
      advance();
      Expr* t = starTarget();
      Tok k = kind();
      if (k != Tok::Comma && k != Tok::Colon && !(inParens && k == Tok::RPar)) {
        // invalid_with_item: the target is a larger expression.
        failGeneric();
      }
      checkTarget(t, TargetUse::With);
      setContext(t, ExprContext::Store);
      item->optional_vars = t;
    }
    return item;
  };
  bool done = false;
  if (kind() == Tok::LPar) {
    // 'with' '(' ','.with_item+ ','? ')' ':' — otherwise the parenthesis belongs to an expression.
    size_t save = pos_;
    int saveNesting = nesting_;
    try {
      advance();
      ++nesting_;
      std::vector<WithItem*> items;
      items.push_back(withItem(true));
      while (accept(Tok::Comma)) {
        if (kind() == Tok::RPar) break;
        items.push_back(withItem(true));
      }
      --nesting_;
      expect(Tok::RPar);
      if (kind() != Tok::Colon) failGeneric();
      s->items = std::move(items);
      done = true;
    } catch (ParseFail&) {
      if (error_.type == "MemoryError") throw;
      pos_ = save;
      nesting_ = saveNesting;
    }
  }
  if (!done) {
    s->items.push_back(withItem(false));
    while (accept(Tok::Comma)) s->items.push_back(withItem(false));
  }
  if (kind() != Tok::Colon) {
    if (kind() == Tok::Newline) failHere("expected ':'");
    failGeneric();
  }
  advance();
  s->body = block("'with' statement", line);
  return finish(s);
}

Stmt* Parser::tryStmt() {
  size_t start = pos_;
  int line = tok().lineno;
  advance();  // 'try'
  if (kind() != Tok::Colon) failAtToken(tok(), "expected ':'");
  advance();
  std::vector<Stmt*> body = block("'try' statement", line);
  std::vector<ExceptHandler*> handlers;
  bool sawStar = false, sawPlain = false;
  while (kind() == Tok::KwExcept) {
    size_t hstart = pos_;
    int hline = tok().lineno;
    advance();
    bool isStar = false;
    if (kind() == Tok::Star) {
      advance();
      isStar = true;
      if (kind() == Tok::Colon || kind() == Tok::Newline) failHere("expected one or more exception types");
    }
    if (isStar ? sawPlain : sawStar)
      failAtToken(tokenAt(hstart), "cannot have both 'except' and 'except*' on the same 'try'");
    (isStar ? sawStar : sawPlain) = true;
    auto* h = make<ExceptHandler>(hstart);
    if (kind() == Tok::Newline) failHere("expected ':'");
    if (kind() != Tok::Colon) {
      h->type = expression();
      if (kind() == Tok::Comma) {
        Pos first = h->type->pos;
        advance();
        starExpressions();
        if (kind() == Tok::KwAs) {
          advance();
          takeName();
        }
        if (kind() == Tok::Colon) {
          failAt(Pos{first.lineno, first.col_offset, lastTok().endLineno, lastTok().endCol},
                 "multiple exception types must be parenthesized");
        }
        failGeneric();
      }
      if (accept(Tok::KwAs)) h->name = takeName();
    }
    if (kind() != Tok::Colon) {
      if (kind() == Tok::Newline) failHere("expected ':'");
      failGeneric();
    }
    advance();
    h->body = block(isStar ? "'except*' statement" : "'except' statement", hline);
    handlers.push_back(finish(h));
  }
  auto* t = make<Try>(start, sawStar ? StmtKind::TryStar : StmtKind::Try);
  t->body = std::move(body);
  t->handlers = std::move(handlers);
  if (kind() == Tok::KwElse) {
    if (t->handlers.empty()) failGeneric();
    t->orelse = elseBlock();
  }
  if (kind() == Tok::KwFinally) {
    int fline = tok().lineno;
    advance();
    if (kind() != Tok::Colon) failAtToken(tok(), "expected ':'");
    advance();
    t->finalbody = block("'finally' statement", fline);
  }
  if (t->handlers.empty() && t->finalbody.empty()) failHere("expected 'except' or 'finally' block");
  return finish(t);
}

namespace {
std::string dottedName(Parser& p) {
  std::string name = p.takeName();
  while (p.kind() == Tok::Dot) {
    p.advance();
    name += '.';
    name += p.takeName();
  }
  return name;
}
}  // namespace

Stmt* Parser::importName() {
  size_t start = pos_;
  advance();
  auto* s = make<Import>(start);
  do {
    size_t astart = pos_;
    auto* a = make<Alias>(astart);
    a->name = dottedName(*this);
    if (accept(Tok::KwAs)) a->asname = takeName();
    s->names.push_back(finish(a));
  } while (accept(Tok::Comma));
  return finish(s);
}

Stmt* Parser::importFrom() {
  size_t start = pos_;
  advance();  // 'from'
  auto* s = make<ImportFrom>(start);
  for (;;) {
    if (accept(Tok::Dot)) s->level += 1;
    else if (accept(Tok::Ellipsis)) s->level += 3;
    else break;
  }
  if (kind() != Tok::KwImport || s->level == 0) s->module = dottedName(*this);
  expect(Tok::KwImport);
  if (kind() == Tok::Star) {
    auto* a = make<Alias>(pos_);
    a->name = "*";
    advance();
    s->names.push_back(finish(a));
    return finish(s);
  }
  bool parens = accept(Tok::LPar);
  if (parens) ++nesting_;
  for (;;) {
    auto* a = make<Alias>(pos_);
    a->name = takeName();
    if (accept(Tok::KwAs)) a->asname = takeName();
    s->names.push_back(finish(a));
    if (!accept(Tok::Comma)) break;
    if (parens && kind() == Tok::RPar) break;
    if (!parens && kind() == Tok::Newline)
      failHere("trailing comma not allowed without surrounding parentheses");
  }
  if (parens) {
    --nesting_;
    expect(Tok::RPar);
  }
  return finish(s);
}

Stmt* Parser::raiseStmt() {
  size_t start = pos_;
  advance();
  auto* s = make<Raise>(start);
  if (kind() != Tok::Newline && kind() != Tok::Semi) {
    s->exc = expression();
    if (accept(Tok::KwFrom)) s->cause = expression();
  }
  return finish(s);
}

Stmt* Parser::returnStmt() {
  size_t start = pos_;
  advance();
  auto* s = make<Return>(start);
  if (kind() != Tok::Newline && kind() != Tok::Semi) s->value = starExpressions();
  return finish(s);
}

Stmt* Parser::delStmt() {
  size_t start = pos_;
  advance();
  auto* s = make<Delete>(start);
  size_t targetsStart = pos_;
  for (;;) {
    Expr* t = primary();
    s->targets.push_back(t);
    if (!accept(Tok::Comma)) break;
    if (kind() == Tok::Newline || kind() == Tok::Semi) break;
  }
  if (kind() != Tok::Newline && kind() != Tok::Semi) {
    // invalid_del_stmt: 'del' star_expressions
    size_t save = furthest_;
    pos_ = targetsStart;
    Expr* e = nullptr;
    try {
      e = starExpressions();
    } catch (ParseFail&) {
      furthest_ = save;
    }
    if (e) checkTarget(e, TargetUse::Delete);
    furthest_ = std::max(furthest_, save);
    failGeneric();
  }
  for (Expr* t : s->targets) {
    checkTarget(t, TargetUse::Delete);
    setContext(t, ExprContext::Del);
  }
  return finish(s);
}

Stmt* Parser::assertStmt() {
  size_t start = pos_;
  advance();
  auto* s = make<Assert>(start);
  s->test = expression();
  if (accept(Tok::Comma)) s->msg = expression();
  return finish(s);
}

Stmt* Parser::globalStmt(bool nonlocal) {
  size_t start = pos_;
  advance();
  std::vector<std::string> names;
  do {
    names.push_back(takeName());
  } while (accept(Tok::Comma));
  if (nonlocal) {
    auto* s = make<Nonlocal>(start);
    s->names = std::move(names);
    return finish(s);
  }
  auto* s = make<Global>(start);
  s->names = std::move(names);
  return finish(s);
}

}  // namespace pt::syntax
