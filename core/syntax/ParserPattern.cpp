// The match statement (PEP 634): python.gram's match_stmt, case_block and the pattern rules.
#include "syntax/ParserImpl.h"

namespace pt::syntax {

Expr* concatenateStrings(Parser& p, size_t firstTok, size_t endTok);  // StringLiterals.cpp

Stmt* Parser::matchStmt() {
  // "match" is a soft keyword: this is a match statement only if a subject and ':' follow.
  size_t start = pos_;
  int line = tok().lineno;
  int saveNesting = nesting_;
  Expr* subject = nullptr;
  try {
    advance();
    size_t sstart = pos_;
    Expr* first = starNamedExpression();
    if (kind() == Tok::Comma) {
      std::vector<Expr*> elts{first};
      while (accept(Tok::Comma)) {
        if (kind() == Tok::Colon) break;
        elts.push_back(starNamedExpression());
      }
      subject = makeTuple(std::move(elts), sstart);
    } else if (first->kind != ExprKind::Starred) {
      subject = first;
    }
  } catch (ParseFail&) {
    if (error_.type == "MemoryError") throw;
    subject = nullptr;
  }
  if (!subject || kind() != Tok::Colon) {
    pos_ = start;
    nesting_ = saveNesting;
    return nullptr;
  }
  advance();  // ':'
  expect(Tok::Newline);
  if (kind() != Tok::Indent)
    failHere("expected an indented block after 'match' statement on line " + std::to_string(line), "IndentationError");
  advance();
  auto* m = make<Match>(start);
  m->subject = subject;
  while (atName("case")) {
    int caseLine = tok().lineno;
    advance();
    auto* c = arena_.make<MatchCase>();
    c->pattern = patterns();
    if (accept(Tok::KwIf)) c->guard = namedExpression();
    if (kind() != Tok::Colon) failHere("expected ':'");
    advance();
    c->body = block("'case' statement", caseLine);
    m->cases.push_back(c);
  }
  if (m->cases.empty()) failGeneric();
  if (kind() != Tok::EndMarker) expect(Tok::Dedent);
  return finish(m);
}

namespace {

Pattern* maybeStarPattern(Parser& p) {
  if (p.kind() != Tok::Star) return p.pattern();
  size_t start = p.pos();
  p.advance();
  auto* s = p.make<MatchStar>(start);
  std::string name = p.takeName();
  if (name != "_") s->name = std::move(name);
  return p.finish(s);
}

// Sequence elements up to the closing bracket (the opening one is consumed).
std::vector<Pattern*> sequenceItems(Parser& p, Tok closer) {
  std::vector<Pattern*> items;
  while (p.kind() != closer) {
    items.push_back(maybeStarPattern(p));
    if (!p.accept(Tok::Comma)) break;
  }
  p.expect(closer);
  return items;
}

}  // namespace

Pattern* Parser::patterns() {
  size_t start = pos_;
  Pattern* first = maybeStarPattern(*this);
  if (kind() != Tok::Comma) {
    if (first->kind == PatternKind::MatchStar) failGeneric();
    return first;
  }
  auto* seq = make<MatchSequence>(start);
  seq->patterns.push_back(first);
  while (accept(Tok::Comma)) {
    if (kind() == Tok::Colon || kind() == Tok::KwIf) break;
    seq->patterns.push_back(maybeStarPattern(*this));
  }
  return finish(seq);
}

Pattern* Parser::pattern() {
  size_t start = pos_;
  DepthGuard guard(*this);
  Pattern* p = orPattern();
  if (kind() != Tok::KwAs) return p;
  advance();
  if (kind() != Tok::Name) failGeneric();
  if (text(tok()) == "_") failAtToken(tok(), "cannot use '_' as a target");
  auto* as = make<MatchAs>(start);
  as->pattern = p;
  as->name = takeName();
  if (kind() == Tok::Dot || kind() == Tok::LPar || kind() == Tok::Equal) failGeneric();
  return finish(as);
}

Pattern* Parser::orPattern() {
  size_t start = pos_;
  Pattern* first = closedPattern();
  if (kind() != Tok::VBar) return first;
  auto* o = make<MatchOr>(start);
  o->patterns.push_back(first);
  while (accept(Tok::VBar)) o->patterns.push_back(closedPattern());
  return finish(o);
}

Expr* Parser::signedNumber() {
  size_t start = pos_;
  if (kind() == Tok::Minus) {
    advance();
    if (kind() != Tok::Number) failGeneric();
    auto* u = make<UnaryOp>(start);
    u->op = UnaryOpKind::USub;
    u->operand = numberConstant(tok());
    return finish(u);
  }
  if (kind() != Tok::Number) failGeneric();
  return numberConstant(tok());
}

// literal_expr / literal_pattern values: signed numbers, complex numbers, strings.
Expr* Parser::patternValue(bool) {
  size_t start = pos_;
  if (kind() == Tok::String) {
    size_t first = pos_;
    while (kind() == Tok::String) advance();
    Expr* s = concatenateStrings(*this, first, pos_);
    if (s->kind == ExprKind::JoinedStr) failAt(s->pos, "patterns may only match literals and attribute lookups");
    return s;
  }
  Expr* num = signedNumber();
  if (kind() == Tok::Plus || kind() == Tok::Minus) {
    OperatorKind op = kind() == Tok::Plus ? OperatorKind::Add : OperatorKind::Sub;
    const auto& real = num->kind == ExprKind::UnaryOp ? static_cast<Constant*>(static_cast<UnaryOp*>(num)->operand)->value
                                                      : static_cast<Constant*>(num)->value;
    if (real.kind == ConstantValue::Kind::Complex) failAt(num->pos, "real number required in complex literal");
    advance();
    if (kind() != Tok::Number) failGeneric();
    auto* b = make<BinOp>(start);
    b->left = num;
    b->op = op;
    b->right = numberConstant(tok());
    if (static_cast<Constant*>(b->right)->value.kind != ConstantValue::Kind::Complex)
      failAt(b->right->pos, "imaginary number required in complex literal");
    return finish(b);
  }
  return num;
}

Pattern* Parser::closedPattern() {
  size_t start = pos_;
  switch (kind()) {
    case Tok::Number:
    case Tok::Minus:
    case Tok::String: {
      auto* v = make<MatchValue>(start);
      v->value = patternValue(true);
      return finish(v);
    }
    case Tok::KwNone:
    case Tok::KwTrue:
    case Tok::KwFalse: {
      auto* s = make<MatchSingleton>(start);
      if (kind() == Tok::KwNone) {
        s->value.kind = ConstantValue::Kind::None;
      } else {
        s->value.kind = ConstantValue::Kind::Bool;
        s->value.boolValue = kind() == Tok::KwTrue;
      }
      advance();
      return finish(s);
    }
    case Tok::Name: {
      std::string_view first = text(tok());
      Tok next = peekKind(1);
      if (next != Tok::Dot && next != Tok::LPar) {
        if (next == Tok::Equal) {
          advance();
          failGeneric();
        }
        auto* as = make<MatchAs>(start);
        if (first != "_") as->name = std::string(first);
        advance();
        return finish(as);
      }
      auto* n = make<Name>(start);
      n->id = std::string(first);
      advance();
      Expr* e = finish(n);
      while (kind() == Tok::Dot) {
        advance();
        auto* a = make<Attribute>(start);
        a->value = e;
        a->attr = takeName();
        e = finish(a);
      }
      if (kind() == Tok::LPar) return classPattern(e, start);
      auto* v = make<MatchValue>(start);
      v->value = e;
      return finish(v);
    }
    case Tok::LPar: {
      advance();
      if (kind() == Tok::RPar) {
        advance();
        return finish(make<MatchSequence>(start));
      }
      Pattern* p = maybeStarPattern(*this);
      if (kind() == Tok::Comma) {
        auto* seq = make<MatchSequence>(start);
        seq->patterns.push_back(p);
        advance();
        for (Pattern* q : sequenceItems(*this, Tok::RPar)) seq->patterns.push_back(q);
        return finish(seq);
      }
      expect(Tok::RPar);
      if (p->kind == PatternKind::MatchStar) {
        auto* seq = make<MatchSequence>(start);
        seq->patterns.push_back(p);
        return finish(seq);
      }
      return p;
    }
    case Tok::LSqb: {
      advance();
      auto* seq = make<MatchSequence>(start);
      seq->patterns = sequenceItems(*this, Tok::RSqb);
      return finish(seq);
    }
    case Tok::LBrace: return mappingPattern(start);
    default: failGeneric();
  }
}

Pattern* Parser::mappingPattern(size_t start) {
  advance();  // '{'
  auto* m = make<MatchMapping>(start);
  while (kind() != Tok::RBrace) {
    if (accept(Tok::DoubleStar)) {
      m->rest = takeName();
      accept(Tok::Comma);
      break;
    }
    Expr* key = nullptr;
    size_t kstart = pos_;
    switch (kind()) {
      case Tok::KwNone:
      case Tok::KwTrue:
      case Tok::KwFalse: key = atom(); break;
      case Tok::Name: {
        auto* n = make<Name>(kstart);
        n->id = takeName();
        Expr* e = finish(n);
        if (kind() != Tok::Dot) failGeneric();
        while (accept(Tok::Dot)) {
          auto* a = make<Attribute>(kstart);
          a->value = e;
          a->attr = takeName();
          e = finish(a);
        }
        key = e;
        break;
      }
      default: key = patternValue(true);
    }
    expect(Tok::Colon);
    m->keys.push_back(key);
    m->patterns.push_back(pattern());
    if (!accept(Tok::Comma)) break;
  }
  expect(Tok::RBrace);
  return finish(m);
}

Pattern* Parser::classPattern(Expr* cls, size_t start) {
  advance();  // '('
  auto* c = make<MatchClass>(start);
  c->cls = cls;
  while (kind() != Tok::RPar) {
    if (kind() == Tok::Name && peekKind(1) == Tok::Equal) {
      c->kwd_attrs.push_back(takeName());
      advance();
      c->kwd_patterns.push_back(pattern());
    } else {
      Pattern* p = pattern();
      if (!c->kwd_patterns.empty()) failAt(p->pos, "positional patterns follow keyword patterns");
      c->patterns.push_back(p);
    }
    if (!accept(Tok::Comma)) break;
  }
  expect(Tok::RPar);
  return finish(c);
}

}  // namespace pt::syntax
