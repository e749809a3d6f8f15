// Expressions: python.gram from star_expressions down to atom.
#include "syntax/ParserImpl.h"

namespace pt::syntax {

Expr* concatenateStrings(Parser& p, size_t firstTok, size_t endTok);  // StringLiterals.cpp

// Tokens that can begin an expression (what the PEG parser would try after an optional comma).
bool startsExpression(Tok k) {
  switch (k) {
    case Tok::Name: case Tok::Number: case Tok::String: case Tok::LPar: case Tok::LSqb: case Tok::LBrace:
    case Tok::Minus: case Tok::Plus: case Tok::Tilde: case Tok::KwNot: case Tok::KwLambda: case Tok::KwAwait:
    case Tok::KwNone: case Tok::KwTrue: case Tok::KwFalse: case Tok::Ellipsis: case Tok::Star:
      return true;
    default:
      return false;
  }
}

Expr* Parser::makeTuple(std::vector<Expr*> elts, size_t startTok) {
  auto* t = make<Tuple>(startTok);
  t->elts = std::move(elts);
  return finish(t);
}

Expr* Parser::starExpressions() {
  size_t start = pos_;
  Expr* first = starExpression();
  if (kind() != Tok::Comma) return first;
  std::vector<Expr*> elts{first};
  while (accept(Tok::Comma)) {
    if (!startsExpression(kind())) break;
    elts.push_back(starExpression());
  }
  return makeTuple(std::move(elts), start);
}

Expr* Parser::starExpression() {
  if (kind() == Tok::Star) {
    size_t start = pos_;
    advance();
    auto* s = make<Starred>(start);
    s->value = bitwiseOr();
    return finish(s);
  }
  return expression();
}

Expr* Parser::starNamedExpression() {
  if (kind() == Tok::Star) {
    size_t start = pos_;
    advance();
    auto* s = make<Starred>(start);
    s->value = bitwiseOr();
    return finish(s);
  }
  return namedExpression();
}

Expr* Parser::namedExpression(bool equalsIsError) {
  if (kind() == Tok::Name && peekKind(1) == Tok::ColonEqual) {
    size_t start = pos_;
    auto* target = make<Name>(pos_);
    target->id = std::string(text(tok()));
    target->ctx = ExprContext::Store;
    advance();
    finish(target);
    advance();  // ':='
    auto* n = make<NamedExpr>(start);
    n->target = target;
    n->value = expression();
    return finish(n);
  }
  size_t start = pos_;
  Expr* e = expression();
  if (kind() == Tok::ColonEqual) {
    // invalid_named_expression: a=expression ':=' expression
    if (e->kind == ExprKind::Name) failGeneric();
    size_t at = pos_;
    advance();
    try {
      expression();
    } catch (ParseFail&) {
      if (errorFromLexer_ || error_.type == "MemoryError") throw;
      pos_ = furthest_ = at;
      failGeneric();
    }
    failAt(e->pos, std::string("cannot use assignment expressions with ") + exprName(e));
  }
  if (equalsIsError && kind() == Tok::Equal) {
    // invalid_named_expression: "x = 1" where a condition or an element is expected.
    bool plainName = e->kind == ExprKind::Name && tokenAt(start).kind == Tok::Name;
    bool other = !plainName && isBitwiseOrLevel(e);
    if (plainName || other) {
      // Only CPython's second pass reads past the '=': a generic error still points where its first
      // pass stopped, at the '=' (so furthest_ is restored, whether or not b parses).
      const size_t save = pos_, saveFurthest = furthest_;
      advance();
      Expr* b = nullptr;
      try {
        b = bitwiseOr();
      } catch (ParseFail&) {
        if (errorFromLexer_ || error_.type == "MemoryError") throw;
      }
      if (b && kind() != Tok::Equal && kind() != Tok::ColonEqual) {
        if (plainName) failRange(e->pos, b->pos, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        failAt(e->pos, std::string("cannot assign to ") + exprName(e) + " here. Maybe you meant '==' instead of '='?");
      }
      pos_ = save;
      furthest_ = saveFurthest;
    }
    failGeneric();
  }
  return e;
}

Expr* Parser::expression() {
  DepthGuard guard(*this);
  if (kind() == Tok::KwLambda) return lambdef();
  size_t start = pos_;
  Expr* a = disjunction();
  if (startsExpression(kind()) && kind() != Tok::Star && !noCommaCheck_) forgotComma(a, start);
  if (kind() != Tok::KwIf) return a;
  advance();
  Expr* b = disjunction();
  if (kind() != Tok::KwElse) {
    // invalid_expression: a=disjunction 'if' b=disjunction !('else'|':')
    if (kind() != Tok::Colon) failRange(a->pos, b->pos, "expected 'else' after 'if' expression");
    failGeneric();
  }
  advance();
  auto* e = make<IfExp>(start);
  e->body = a;
  e->test = b;
  e->orelse = expression();
  return finish(e);
}

// invalid_expression: inside brackets, an expression directly followed by another one is reported
// as a missing comma (unless it looks like a Python 2 print/exec statement or a soft keyword).
void Parser::forgotComma(Expr* a, size_t start) {
  const Token& first = toks_[start];
  if (first.kind == Tok::Name) {
    std::string_view w = text(first);
    // SOFT_KEYWORD in CPython 3.11 (_PyPegen_soft_keyword_token) compares only the name's length of
    // each soft keyword, so every prefix of "match", "case" and "_" counts: "f(c d)" gets no hint.
    auto softKeyword = [&](std::string_view kw) { return w.size() <= kw.size() && kw.substr(0, w.size()) == w; };
    if (toks_[start + 1].kind == Tok::String || softKeyword("match") || softKeyword("case") || softKeyword("_")) return;
    if (a->kind == ExprKind::Name && (w == "print" || w == "exec")) return;
  }
  size_t save = pos_, saveFurthest = furthest_;
  int saveNesting = nesting_;
  Expr* b = nullptr;
  try {
    // b is CPython's expression_without_invalid: no invalid_* rule fires inside it, so in "(a b c)"
    // the error is about a and b, not about b and c.
    NoCommaCheck off(*this);
    b = expression();
  } catch (ParseFail&) {
    // CPython's second pass reads ahead here too: a tokenizer error it runs into is what it reports.
    if (error_.type == "MemoryError" || errorFromLexer_) throw;
    b = nullptr;
  }
  if (b && nesting_ > 0) failRange(a->pos, b->pos, "invalid syntax. Perhaps you forgot a comma?");
  pos_ = save;
  furthest_ = saveFurthest;
  nesting_ = saveNesting;
}

Expr* Parser::disjunction() {
  size_t start = pos_;
  Expr* first = conjunction();
  if (kind() != Tok::KwOr) return first;
  auto* b = make<BoolOp>(start);
  b->op = BoolOpKind::Or;
  b->values.push_back(first);
  while (accept(Tok::KwOr)) b->values.push_back(conjunction());
  return finish(b);
}

Expr* Parser::conjunction() {
  size_t start = pos_;
  Expr* first = inversion();
  if (kind() != Tok::KwAnd) return first;
  auto* b = make<BoolOp>(start);
  b->op = BoolOpKind::And;
  b->values.push_back(first);
  while (accept(Tok::KwAnd)) b->values.push_back(inversion());
  return finish(b);
}

Expr* Parser::inversion() {
  if (kind() == Tok::KwNot) {
    DepthGuard guard(*this);
    size_t start = pos_;
    advance();
    auto* u = make<UnaryOp>(start);
    u->op = UnaryOpKind::Not;
    u->operand = inversion();
    return finish(u);
  }
  return comparison();
}

Expr* Parser::comparison() {
  size_t start = pos_;
  Expr* left = bitwiseOr();
  Compare* cmp = nullptr;
  for (;;) {
    CmpOpKind op;
    switch (kind()) {
      case Tok::EqEqual: op = CmpOpKind::Eq; break;
      case Tok::NotEqual: op = CmpOpKind::NotEq; break;
      case Tok::LessEqual: op = CmpOpKind::LtE; break;
      case Tok::Less: op = CmpOpKind::Lt; break;
      case Tok::GreaterEqual: op = CmpOpKind::GtE; break;
      case Tok::Greater: op = CmpOpKind::Gt; break;
      case Tok::KwIn: op = CmpOpKind::In; break;
      case Tok::KwNot:
        if (peekKind(1) != Tok::KwIn) goto done;
        advance();
        op = CmpOpKind::NotIn;
        break;
      case Tok::KwIs:
        if (peekKind(1) == Tok::KwNot) {
          advance();
          op = CmpOpKind::IsNot;
        } else {
          op = CmpOpKind::Is;
        }
        break;
      default: goto done;
    }
    advance();
    if (!cmp) {
      cmp = make<Compare>(start);
      cmp->left = left;
    }
    cmp->ops.push_back(op);
    cmp->comparators.push_back(bitwiseOr());
  }
done:
  return cmp ? finish(cmp) : left;
}

namespace {
template <class Next>
Expr* binaryLoop(Parser& p, Next next, OperatorKind (*opOf)(Tok, bool&)) {
  size_t start = p.pos();
  Expr* left = next();
  for (;;) {
    bool ok = false;
    OperatorKind op = opOf(p.kind(), ok);
    if (!ok) return left;
    p.advance();
    auto* b = p.make<BinOp>(start);
    b->left = left;
    b->op = op;
    b->right = next();
    left = p.finish(b);
  }
}
OperatorKind orOp(Tok k, bool& ok) { ok = k == Tok::VBar; return OperatorKind::BitOr; }
OperatorKind xorOp(Tok k, bool& ok) { ok = k == Tok::Circumflex; return OperatorKind::BitXor; }
OperatorKind andOp(Tok k, bool& ok) { ok = k == Tok::Amper; return OperatorKind::BitAnd; }
OperatorKind shiftOp(Tok k, bool& ok) {
  ok = k == Tok::LeftShift || k == Tok::RightShift;
  return k == Tok::LeftShift ? OperatorKind::LShift : OperatorKind::RShift;
}
OperatorKind sumOp(Tok k, bool& ok) {
  ok = k == Tok::Plus || k == Tok::Minus;
  return k == Tok::Plus ? OperatorKind::Add : OperatorKind::Sub;
}
OperatorKind termOp(Tok k, bool& ok) {
  ok = true;
  switch (k) {
    case Tok::Star: return OperatorKind::Mult;
    case Tok::Slash: return OperatorKind::Div;
    case Tok::DoubleSlash: return OperatorKind::FloorDiv;
    case Tok::Percent: return OperatorKind::Mod;
    case Tok::At: return OperatorKind::MatMult;
    default: ok = false; return OperatorKind::Add;
  }
}
}  // namespace

Expr* Parser::bitwiseOr() { return binaryLoop(*this, [this] { return bitwiseXor(); }, orOp); }
Expr* Parser::bitwiseXor() { return binaryLoop(*this, [this] { return bitwiseAnd(); }, xorOp); }
Expr* Parser::bitwiseAnd() { return binaryLoop(*this, [this] { return shiftExpr(); }, andOp); }
Expr* Parser::shiftExpr() { return binaryLoop(*this, [this] { return sum(); }, shiftOp); }
Expr* Parser::sum() { return binaryLoop(*this, [this] { return term(); }, sumOp); }
Expr* Parser::term() { return binaryLoop(*this, [this] { return factor(); }, termOp); }

Expr* Parser::factor() {
  UnaryOpKind op;
  switch (kind()) {
    case Tok::Plus: op = UnaryOpKind::UAdd; break;
    case Tok::Minus: op = UnaryOpKind::USub; break;
    case Tok::Tilde: op = UnaryOpKind::Invert; break;
    default: return power();
  }
  DepthGuard guard(*this);
  size_t start = pos_;
  advance();
  auto* u = make<UnaryOp>(start);
  u->op = op;
  u->operand = factor();
  return finish(u);
}

Expr* Parser::power() {
  size_t start = pos_;
  Expr* left = awaitPrimary();
  if (kind() != Tok::DoubleStar) return left;
  DepthGuard guard(*this);
  advance();
  auto* b = make<BinOp>(start);
  b->left = left;
  b->op = OperatorKind::Pow;
  b->right = factor();
  return finish(b);
}

Expr* Parser::awaitPrimary() {
  if (kind() == Tok::KwAwait) {
    size_t start = pos_;
    advance();
    auto* a = make<Await>(start);
    a->value = primary();
    return finish(a);
  }
  return primary();
}

Expr* Parser::primary() {
  size_t start = pos_;
  Expr* a = atom();
  return primaryTrailers(a, start);
}

Expr* Parser::primaryTrailers(Expr* e, size_t start, bool) {
  for (;;) {
    switch (kind()) {
      case Tok::Dot: {
        advance();
        auto* at = make<Attribute>(start);
        at->value = e;
        at->attr = takeName();
        e = finish(at);
        break;
      }
      case Tok::LPar: {
        auto* call = make<Call>(start);
        call->func = e;
        callArguments(call);
        e = finish(call);
        break;
      }
      case Tok::LSqb: {
        advance();
        ++nesting_;
        auto* sub = make<Subscript>(start);
        sub->value = e;
        sub->slice = slices();
        --nesting_;
        expect(Tok::RSqb);
        e = finish(sub);
        break;
      }
      default:
        return e;
    }
  }
}

Expr* Parser::slices() {
  size_t start = pos_;
  Expr* first = kind() == Tok::Star ? starExpression() : slice();
  if (kind() != Tok::Comma && first->kind != ExprKind::Starred) return first;
  std::vector<Expr*> elts{first};
  while (accept(Tok::Comma)) {
    if (kind() == Tok::RSqb) break;
    elts.push_back(kind() == Tok::Star ? starExpression() : slice());
  }
  return makeTuple(std::move(elts), start);
}

Expr* Parser::slice() {
  size_t start = pos_;
  Expr* lower = nullptr;
  if (kind() != Tok::Colon) {
    lower = namedExpression();
    if (kind() != Tok::Colon) return lower;
    // A slice bound is a plain expression, not a walrus.
    if (lower->kind == ExprKind::NamedExpr) failGeneric();
  }
  advance();  // ':'
  auto* s = make<Slice>(start);
  s->lower = lower;
  if (kind() != Tok::Colon && kind() != Tok::Comma && kind() != Tok::RSqb) s->upper = expression();
  if (accept(Tok::Colon)) {
    if (kind() != Tok::Comma && kind() != Tok::RSqb) s->step = expression();
  }
  return finish(s);
}

Expr* Parser::atom() {
  const Token& t = tok();
  switch (t.kind) {
    case Tok::Name: {
      auto* n = make<Name>(pos_);
      n->id = std::string(text(t));
      advance();
      return finish(n);
    }
    case Tok::KwTrue:
    case Tok::KwFalse:
    case Tok::KwNone: {
      auto* c = make<Constant>(pos_);
      if (t.kind == Tok::KwNone) {
        c->value.kind = ConstantValue::Kind::None;
      } else {
        c->value.kind = ConstantValue::Kind::Bool;
        c->value.boolValue = t.kind == Tok::KwTrue;
      }
      advance();
      return finish(c);
    }
    case Tok::Ellipsis: {
      auto* c = make<Constant>(pos_);
      c->value.kind = ConstantValue::Kind::Ellipsis;
      advance();
      return finish(c);
    }
    case Tok::Number: return numberConstant(t);
    case Tok::String: {
      size_t first = pos_;
      while (kind() == Tok::String) advance();
      return concatenateStrings(*this, first, pos_);
    }
    case Tok::LPar: return parenAtom();
    case Tok::LSqb: return listAtom();
    case Tok::LBrace: return braceAtom();
    default: failGeneric();
  }
}

Expr* Parser::numberConstant(const Token& t) {
  auto* c = make<Constant>(pos_);
  c->value = parseNumberLiteral(text(t));
  advance();
  return finish(c);
}

Expr* Parser::parenAtom() {
  size_t start = pos_;
  advance();
  ++nesting_;
  if (kind() == Tok::RPar) {
    --nesting_;
    advance();
    return makeTuple({}, start);
  }
  if (kind() == Tok::KwYield) {
    Expr* y = yieldExpr();
    --nesting_;
    expect(Tok::RPar);
    return y;
  }
  Expr* first = starNamedExpression();
  if (atForClause()) {
    if (first->kind == ExprKind::Starred) failAt(first->pos, "iterable unpacking cannot be used in comprehension");
    auto* g = make<GeneratorExp>(start);
    g->elt = first;
    g->generators = forIfClauses();
    --nesting_;
    expect(Tok::RPar);
    return finish(g);
  }
  if (kind() == Tok::Comma) {
    std::vector<Expr*> elts{first};
    while (accept(Tok::Comma)) {
      if (kind() == Tok::RPar) break;
      elts.push_back(starNamedExpression());
    }
    --nesting_;
    expect(Tok::RPar);
    return makeTuple(std::move(elts), start);
  }
  --nesting_;
  expect(Tok::RPar);
  if (first->kind == ExprKind::Starred) failAt(first->pos, "cannot use starred expression here");
  return first;
}

Expr* Parser::listAtom() {
  size_t start = pos_;
  advance();
  ++nesting_;
  if (kind() == Tok::RSqb) {
    --nesting_;
    advance();
    return finish(make<List>(start));
  }
  Expr* first = starNamedExpression();
  if (atForClause()) {
    if (first->kind == ExprKind::Starred) failAt(first->pos, "iterable unpacking cannot be used in comprehension");
    auto* lc = make<ListComp>(start);
    lc->elt = first;
    lc->generators = forIfClauses();
    --nesting_;
    expect(Tok::RSqb);
    return finish(lc);
  }
  auto* l = make<List>(start);
  l->elts.push_back(first);
  while (accept(Tok::Comma)) {
    if (kind() == Tok::RSqb) break;
    l->elts.push_back(starNamedExpression());
  }
  --nesting_;
  expect(Tok::RSqb);
  return finish(l);
}

Expr* Parser::braceAtom() {
  size_t start = pos_;
  advance();
  ++nesting_;
  if (kind() == Tok::RBrace) {
    --nesting_;
    advance();
    return finish(make<Dict>(start));
  }
  Expr* firstKey = nullptr;
  Expr* firstValue = nullptr;
  if (kind() == Tok::DoubleStar) {
    advance();
    firstValue = bitwiseOr();
  } else {
    Expr* first = starNamedExpression();
    if (kind() != Tok::Colon || first->kind == ExprKind::Starred) {
      // A set, or a set comprehension.
      if (atForClause()) {
        if (first->kind == ExprKind::Starred) failAt(first->pos, "iterable unpacking cannot be used in comprehension");
        auto* sc = make<SetComp>(start);
        sc->elt = first;
        sc->generators = forIfClauses();
        --nesting_;
        expect(Tok::RBrace);
        return finish(sc);
      }
      auto* s = make<Set>(start);
      s->elts.push_back(first);
      while (accept(Tok::Comma)) {
        if (kind() == Tok::RBrace) break;
        s->elts.push_back(starNamedExpression());
      }
      --nesting_;
      expect(Tok::RBrace);
      return finish(s);
    }
    if (first->kind == ExprKind::NamedExpr) failGeneric();
    expectDictValue();
    firstKey = first;
    firstValue = expression();
    if (atForClause()) {
      auto* dc = make<DictComp>(start);
      dc->key = firstKey;
      dc->value = firstValue;
      dc->generators = forIfClauses();
      --nesting_;
      expect(Tok::RBrace);
      return finish(dc);
    }
  }
  auto* d = make<Dict>(start);
  d->keys.push_back(firstKey);
  d->values.push_back(firstValue);
  while (accept(Tok::Comma)) {
    if (kind() == Tok::RBrace) break;
    if (accept(Tok::DoubleStar)) {
      d->keys.push_back(nullptr);
      d->values.push_back(bitwiseOr());
    } else {
      // invalid_kvpair: after a complete pair, a key without ':' is reported at its end.
      Expr* key = nullptr;
      {
        NoCommaCheck off(*this);
        key = expression();
      }
      if (kind() != Tok::Colon) {
        error_ = SyntaxError{};
        failAt(Pos{key->pos.lineno, key->pos.end_col_offset - 1, key->pos.end_lineno, -2},
               "':' expected after dictionary key");
      }
      d->keys.push_back(key);
      expectDictValue();
      d->values.push_back(expression());
    }
  }
  --nesting_;
  expect(Tok::RBrace);
  return finish(d);
}

// Consumes the ':' of a dict pair; invalid_double_starred_kvpairs names a missing value.
void Parser::expectDictValue() {
  size_t colon = pos_;
  advance();
  if (kind() == Tok::RBrace || kind() == Tok::Comma)
    failAtToken(tokenAt(colon), "expression expected after dictionary key and ':'");
}

std::vector<Comprehension*> Parser::forIfClauses() {
  std::vector<Comprehension*> out;
  while (atForClause()) {
    auto* c = arena_.make<Comprehension>();
    c->is_async = accept(Tok::KwAsync) ? 1 : 0;
    advance();  // 'for'
    c->target = starTargets();
    if (kind() != Tok::KwIn) failGeneric();
    checkTarget(c->target, TargetUse::For);
    setContext(c->target, ExprContext::Store);
    advance();
    c->iter = disjunction();
    while (kind() == Tok::KwIf) {
      advance();
      c->ifs.push_back(disjunction());
    }
    out.push_back(c);
  }
  return out;
}

Expr* Parser::yieldExpr() {
  size_t start = pos_;
  advance();  // 'yield'
  if (accept(Tok::KwFrom)) {
    auto* y = make<YieldFrom>(start);
    y->value = expression();
    return finish(y);
  }
  auto* y = make<Yield>(start);
  if (startsExpression(kind())) y->value = starExpressions();
  return finish(y);
}

Expr* Parser::lambdef() {
  size_t start = pos_;
  advance();  // 'lambda'
  auto* l = make<Lambda>(start);
  l->args = parameters(true, Tok::Colon);
  if (kind() != Tok::Colon) failGeneric();
  advance();
  l->body = expression();
  return finish(l);
}

}  // namespace pt::syntax
