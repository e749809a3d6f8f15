// Function parameters (def and lambda) and call arguments.
#include <tuple>

#include "syntax/ParserImpl.h"

namespace pt::syntax {

namespace {

// param: NAME annotation? (lambda parameters have no annotation). `*args` may be annotated with a
// starred expression (PEP 646).
Arg* parseParam(Parser& p, bool lambda, bool starAnnotation) {
  size_t start = p.pos();
  auto* a = p.make<Arg>(start);
  a->arg = p.takeName();
  if (!lambda && p.kind() == Tok::Colon) {
    p.advance();
    a->annotation = starAnnotation && p.kind() == Tok::Star ? p.starExpression() : p.expression();
  }
  return p.finish(a);
}

}  // namespace

Arguments* Parser::parameters(bool lambda, Tok closer) {
  auto* args = arena_.make<Arguments>();
  std::vector<Arg*> positional;
  bool sawSlash = false, sawStar = false, sawKwarg = false, sawDefault = false;
  while (kind() != closer) {
    if (sawKwarg) failAtToken(tok(), "arguments cannot follow var-keyword argument");
    if (kind() == Tok::Slash) {
      if (sawSlash) failAtToken(tok(), "/ may appear only once");
      if (sawStar) failAtToken(tok(), "/ must be ahead of *");
      if (positional.empty()) failAtToken(tok(), "at least one argument must precede /");
      advance();
      sawSlash = true;
      args->posonlyargs = std::move(positional);
      positional.clear();
    } else if (kind() == Tok::Star) {
      if (sawStar) failAtToken(tok(), "* argument may appear only once");
      size_t starTok = pos_;
      advance();
      sawStar = true;
      if (kind() == Tok::Comma || kind() == closer) {
        if (kind() == closer || peekKind(1) == closer)
          failAtToken(tokenAt(starTok), "named arguments must follow bare *");
      } else {
        args->vararg = parseParam(*this, lambda, true);
        if (kind() == Tok::Equal) failAtToken(tok(), "var-positional argument cannot have default value");
      }
    } else if (kind() == Tok::DoubleStar) {
      advance();
      args->kwarg = parseParam(*this, lambda, false);
      if (kind() == Tok::Equal) failAtToken(tok(), "var-keyword argument cannot have default value");
      sawKwarg = true;
    } else {
      if (kind() != Tok::Name) failGeneric();
      Arg* a = parseParam(*this, lambda, false);
      Expr* def = nullptr;
      if (accept(Tok::Equal)) def = expression();
      if (!sawStar) {
        if (def) {
          args->defaults.push_back(def);
          sawDefault = true;
        } else if (sawDefault && (kind() == Tok::Comma || kind() == closer)) {
          failAt(a->pos, "non-default argument follows default argument");
        }
        positional.push_back(a);
      } else {
        args->kwonlyargs.push_back(a);
        args->kw_defaults.push_back(def);
      }
    }
    if (!accept(Tok::Comma)) break;
  }
  args->args = std::move(positional);
  return args;
}

// The arguments up to (not including) ')'; true when a lone generator expression consumed the ')' too.
bool Parser::callArgumentList(Call* call, size_t open, const char*& misplaced) {
  bool sawKeywordUnpack = false;
  while (kind() != Tok::RPar) {
    size_t start = pos_;
    if (kind() == Tok::Star) {
      const Tok after = peekKind(1);
      const bool bareStar = !startsExpression(after) || after == Tok::Star;
      if (bareStar && (!call->args.empty() || !call->keywords.empty())) {
        // invalid_arguments: a=args ',' '*' — CPython's (odd) message, over every argument so far.
        Pos first = call->args.empty() ? call->keywords.front()->pos : call->args.front()->pos;
        Pos last = call->args.empty() ? call->keywords.back()->pos : call->args.back()->pos;
        for (const Keyword* k : call->keywords) {
          if (std::tie(k->pos.lineno, k->pos.col_offset) < std::tie(first.lineno, first.col_offset)) first = k->pos;
          if (std::tie(k->pos.end_lineno, k->pos.end_col_offset) > std::tie(last.end_lineno, last.end_col_offset))
            last = k->pos;
        }
        failRange(first, last, "iterable argument unpacking follows keyword argument unpacking");
      }
      advance();
      if (sawKeywordUnpack) {
        Pos first = call->args.empty() ? call->keywords.front()->pos : call->args.front()->pos;
        failRange(first, call->keywords.back()->pos, "iterable argument unpacking follows keyword argument unpacking");
      }
      auto* s = make<Starred>(start);
      s->value = expression();
      call->args.push_back(finish(s));
    } else if (kind() == Tok::DoubleStar) {
      advance();
      auto* k = make<Keyword>(start);
      k->value = expression();
      call->keywords.push_back(finish(k));
      sawKeywordUnpack = true;
    } else if (kind() == Tok::Name && peekKind(1) == Tok::Equal) {
      auto* k = make<Keyword>(start);
      k->arg = std::string(text(tok()));
      advance();
      advance();
      k->value = expression();
      call->keywords.push_back(finish(k));
    } else {
      Expr* e = namedExpression(false);
      if (atForClause()) {
        auto* g = make<GeneratorExp>(open);
        g->elt = e;
        g->generators = forIfClauses();
        bool alone = call->args.empty() && call->keywords.empty() && kind() == Tok::RPar;
        if (!alone) {
          Pos end = spanPos(start);
          failRange(e->pos, end, "Generator expression must be parenthesized");
        }
        advance();  // ')'
        call->args.push_back(finish(g));
        return true;
      }
      if (kind() == Tok::Equal) {
        // invalid_kwarg: !(NAME '=') a=expression b='=' — from the expression to the '=', whatever follows.
        const Token& eq = tok();
        failRange(e->pos, Pos{eq.lineno, eq.col, eq.endLineno, eq.endCol},
                  "expression cannot contain assignment, perhaps you meant \"==\"?");
      }
      if (!call->keywords.empty() && !misplaced) {
        misplaced = sawKeywordUnpack ? "positional argument follows keyword argument unpacking"
                                     : "positional argument follows keyword argument";
      }
      call->args.push_back(e);
    }
    if (!accept(Tok::Comma)) break;
  }
  return false;
}

void Parser::callArguments(Call* call) {
  const size_t open = pos_;
  advance();  // '('
  ++nesting_;
  // invalid_arguments: a=args ',' args raises "positional argument follows keyword argument" only
  // after the second args has read every argument it can, at the last token fetched by then; errors
  // found while reading them (a missing comma...) win, a plain failure just ends them.
  const char* misplaced = nullptr;
  bool closed = false;
  try {
    closed = callArgumentList(call, open, misplaced);
  } catch (ParseFail&) {
    if (!misplaced || !errorIsGeneric_) throw;
  }
  if (misplaced) failAtToken(toks_[maxFetched_], misplaced);
  --nesting_;
  if (!closed) expect(Tok::RPar);
}

}  // namespace pt::syntax
