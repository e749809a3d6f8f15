#pragma once
// Tokens of Python 3.11 source, as CPython's tokenizer produces them (Parser/tokenizer.c):
// keywords get their own kinds so the parser can switch on them without comparing text.
#include <cstdint>
#include <string_view>

namespace pt::syntax {

enum class Tok : uint8_t {
  EndMarker, Name, Number, String, Newline, Indent, Dedent, Error,
  // operators and delimiters
  LPar, RPar, LSqb, RSqb, LBrace, RBrace, Colon, Comma, Semi, Dot, Ellipsis, At, RArrow, ColonEqual,
  Plus, Minus, Star, DoubleStar, Slash, DoubleSlash, Percent, VBar, Amper, Circumflex, Tilde,
  LeftShift, RightShift, Less, Greater, Equal, EqEqual, NotEqual, LessEqual, GreaterEqual,
  PlusEqual, MinEqual, StarEqual, DoubleStarEqual, SlashEqual, DoubleSlashEqual, PercentEqual,
  AmperEqual, VBarEqual, CircumflexEqual, LeftShiftEqual, RightShiftEqual, AtEqual,
  OtherOp,  // a character CPython tokenizes as a generic OP that no rule accepts ('$', '?', '!', '`')
  // keywords
  KwFalse, KwNone, KwTrue, KwAnd, KwAs, KwAssert, KwAsync, KwAwait, KwBreak, KwClass, KwContinue,
  KwDef, KwDel, KwElif, KwElse, KwExcept, KwFinally, KwFor, KwFrom, KwGlobal, KwIf, KwImport,
  KwIn, KwIs, KwLambda, KwNonlocal, KwNot, KwOr, KwPass, KwRaise, KwReturn, KwTry, KwWhile,
  KwWith, KwYield,
};

inline bool isKeyword(Tok k) { return k >= Tok::KwFalse; }

// Positions follow CPython: lines 1-based, columns 0-based UTF-8 byte offsets from the start of the
// physical line (for a multi-line string, the line where it starts). INDENT and DEDENT have col -1.
struct Token {
  Tok kind = Tok::EndMarker;
  uint32_t start = 0;  // byte offsets into the decoded source
  uint32_t end = 0;
  int32_t lineno = 0;
  int32_t col = 0;
  int32_t endLineno = 0;
  int32_t endCol = 0;
  // Error: index into the lexer's error list. Indent/Dedent: the tokenizer's column when it
  // produced the token (CPython reports "unexpected indent" there).
  int32_t aux = 0;
};

// The spelling of a keyword or operator kind ("if", "+=", ...); "" for the others.
std::string_view tokSpelling(Tok kind);

}  // namespace pt::syntax
