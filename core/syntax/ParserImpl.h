#pragma once
// The recursive-descent parser behind parseModule(). It follows the rules of CPython 3.11's
// Grammar/python.gram and builds nodes with the same positions: a node starts at the first token its
// rule consumed and ends at the last one (so "(a) + b" starts at the parenthesis).
// Implementation is split by responsibility: ParserExpr.cpp (expressions), ParserStmt.cpp
// (statements), ParserTargets.cpp (assignment targets and their errors), ParserArgs.cpp (parameters
// and call arguments), ParserPattern.cpp (match patterns), StringLiterals.cpp (strings, f-strings).
#include <string>
#include <string_view>
#include <vector>

#include "syntax/Ast.h"
#include "syntax/Lexer.h"
#include "syntax/Parser.h"

namespace pt::syntax {

// Thrown to unwind to the statement being parsed; the error itself is in Parser::error_.
struct ParseFail {};

class Parser {
 public:
  struct Options {
    bool offsetsInChars = false;  // convert byte columns of parser errors into characters
    // f-string replacement fields are parsed by a nested parser over "(expr)"; its errors are
    // reported with an "f-string: " prefix and columns relative to that text.
    bool fstring = false;
    int fstringColShift = 0;
  };

  Parser(std::string_view text, LexOutput lex, AstArena& arena, Options options);

  // file: [statements] ENDMARKER, with error recovery at top-level statements.
  void parseFile(Module* module, std::vector<SyntaxError>& errors);
  // fstring: star_expressions (the replacement field of an f-string, wrapped in parentheses).
  Expr* parseFStringExpr();
  const SyntaxError& error() const { return error_; }

  // ---- tokens ------------------------------------------------------------------------------------
  const Token& tok() const { return toks_[pos_]; }
  Tok kind() const { return toks_[pos_].kind; }
  Tok peekKind(size_t ahead);
  void advance();
  bool accept(Tok k) {
    if (kind() != k) return false;
    advance();
    return true;
  }
  void expect(Tok k) {
    if (!accept(k)) failGeneric();
  }
  void expectColon();  // "expected ':'"
  std::string_view text(const Token& t) const { return text_.substr(t.start, t.end - t.start); }
  bool atName(std::string_view w) const { return kind() == Tok::Name && text(tok()) == w; }
  std::string takeName();  // NAME, or a generic error
  const Token& lastTok() const;  // the last consumed token that is not NEWLINE/INDENT/DEDENT

  // ---- nodes -------------------------------------------------------------------------------------
  template <class T, class... Args>
  T* make(size_t startTok, Args&&... args) {
    T* n = arena_.make<T>(std::forward<Args>(args)...);
    n->pos.lineno = toks_[startTok].lineno;
    n->pos.col_offset = toks_[startTok].col;
    return n;
  }
  template <class T>
  T* finish(T* n) {
    const Token& e = lastTok();
    n->pos.end_lineno = e.endLineno;
    n->pos.end_col_offset = e.endCol;
    return n;
  }
  template <class T>
  T* makeAt(const Pos& p) {
    T* n = arena_.make<T>();
    n->pos = p;
    return n;
  }
  Pos spanPos(size_t startTok) const;  // from a token to the last consumed one
  AstArena& arena() { return arena_; }

  // ---- errors ------------------------------------------------------------------------------------
  [[noreturn]] void failGeneric();  // "invalid syntax" at the furthest token reached
  [[noreturn]] void failAt(const Pos& p, const std::string& msg, const char* type = "SyntaxError");
  [[noreturn]] void failAtToken(const Token& t, const std::string& msg, const char* type = "SyntaxError");
  [[noreturn]] void failRange(const Pos& a, const Pos& b, const std::string& msg);
  // RAISE_SYNTAX_ERROR without a location: CPython uses the last token it fetched.
  [[noreturn]] void failHere(const std::string& msg, const char* type = "SyntaxError");
  [[noreturn]] void failLex(const Token& t);
  int reportedOffset(int lineno, int byteCol1) const;
  void checkDepth();

  // ---- expressions (ParserExpr.cpp) --------------------------------------------------------------
  Expr* starExpressions();
  Expr* starExpression();
  Expr* starNamedExpression();
  Expr* namedExpression(bool equalsIsError = true);
  Expr* expression();
  Expr* disjunction();
  void forgotComma(Expr* a, size_t start);
  Expr* conjunction();
  Expr* inversion();
  Expr* comparison();
  Expr* bitwiseOr();
  Expr* bitwiseXor();
  Expr* bitwiseAnd();
  Expr* shiftExpr();
  Expr* sum();
  Expr* term();
  Expr* factor();
  Expr* power();
  Expr* awaitPrimary();
  Expr* primary();
  Expr* primaryTrailers(Expr* e, size_t startTok, bool stopBeforeLast = false);
  Expr* atom();
  Expr* parenAtom();
  Expr* listAtom();
  Expr* braceAtom();
  void expectDictValue();
  Expr* slices();
  Expr* slice();
  Expr* yieldExpr();
  Expr* lambdef();
  Expr* strings();
  Expr* numberConstant(const Token& t);
  std::vector<Comprehension*> forIfClauses();
  bool atForClause() { return kind() == Tok::KwFor || (kind() == Tok::KwAsync && peekKind(1) == Tok::KwFor); }
  Expr* makeTuple(std::vector<Expr*> elts, size_t startTok);

  // ---- arguments (ParserArgs.cpp) ----------------------------------------------------------------
  Arguments* parameters(bool lambda, Tok closer);
  void callArguments(Call* call);
  bool callArgumentList(Call* call, size_t open, const char*& misplaced);

  // ---- targets (ParserTargets.cpp) ---------------------------------------------------------------
  void setContext(Expr* e, ExprContext ctx);
  // Validates e as an assignment / deletion target; `kind` picks CPython's wording.
  enum class TargetUse { Assign, AugAssign, Delete, For, With, Comprehension, NamedExpr, Annotate };
  void checkTarget(Expr* e, TargetUse use);
  Expr* starTargets();  // star_targets before 'in' (for loops and comprehensions) or after 'as'
  Expr* starTarget();
  static const char* exprName(const Expr* e);
  static bool isBitwiseOrLevel(const Expr* e);

  // ---- statements (ParserStmt.cpp) ---------------------------------------------------------------
  void statement(std::vector<Stmt*>& out);
  void simpleStmts(std::vector<Stmt*>& out);
  Stmt* simpleStmt();
  Stmt* compoundStmt();
  Stmt* exprOrAssignStmt();
  std::vector<Stmt*> block(const char* what, int line);
  Stmt* functionDef(std::vector<Expr*> decorators, size_t startTok);
  Stmt* classDef(std::vector<Expr*> decorators);
  Stmt* decorated();
  Stmt* ifStmt(bool elif);
  Stmt* whileStmt();
  Stmt* forStmt(size_t startTok, bool isAsync);
  Stmt* withStmt(size_t startTok, bool isAsync);
  Stmt* tryStmt();
  Stmt* importName();
  Stmt* importFrom();
  Stmt* raiseStmt();
  Stmt* returnStmt();
  Stmt* delStmt();
  Stmt* assertStmt();
  Stmt* globalStmt(bool nonlocal);
  Stmt* matchStmt();  // nullptr when "match" is an ordinary name here
  std::vector<Stmt*> elseBlock();

  // ---- patterns (ParserPattern.cpp) --------------------------------------------------------------
  Pattern* patterns();
  Pattern* pattern();
  Pattern* orPattern();
  Pattern* closedPattern();
  Pattern* mappingPattern(size_t startTok);
  Pattern* classPattern(Expr* cls, size_t startTok);
  Expr* patternValue(bool allowComplex);
  Expr* signedNumber();

 private:
  friend class FStringParser;
  std::string_view text_;
  LexOutput lex_;
  const Token* toks_;
  size_t pos_ = 0;
  size_t furthest_ = 0;    // the furthest token of the current parse (CPython's first pass)
  size_t maxFetched_ = 0;  // the furthest token ever looked at, speculative reads included
  AstArena& arena_;
  Options options_;
  SyntaxError error_;
  bool errorIsGeneric_ = false;
  std::vector<uint32_t> lineStarts_;
  int depth_ = 0;
  int relexLine_ = 0;
  bool errorFromLexer_ = false;
  bool noCommaCheck_ = false;  // inside expression_without_invalid or a dict key: no missing-comma check
  // Turns the missing-comma check off for a scope, and back to what it was even when a ParseFail
  // unwinds through it (error recovery then parses the next statements with the check on).
  struct NoCommaCheck {
    Parser& p;
    bool saved;
    explicit NoCommaCheck(Parser& parser) : p(parser), saved(parser.noCommaCheck_) { p.noCommaCheck_ = true; }
    ~NoCommaCheck() { p.noCommaCheck_ = saved; }
  };

 public:
  int nesting_ = 0;  // bracket depth of the expression being parsed ("Perhaps you forgot a comma?")
  struct DepthGuard {
    Parser& p;
    explicit DepthGuard(Parser& parser) : p(parser) { p.checkDepth(); }
    ~DepthGuard() { --p.depth_; }
  };
  bool errorIsGeneric() const { return errorIsGeneric_; }
  size_t pos() const { return pos_; }
  void reset(size_t p) { pos_ = p; }
  const Token& tokenAt(size_t i) const { return toks_[i]; }
  const LexOutput& lex() const { return lex_; }
  size_t furthest() const { return furthest_; }
  void adoptError(const SyntaxError& e) { error_ = e; }
};

// Numbers and string literals (Numbers.cpp, StringLiterals.cpp).
// Tokens that can begin an expression, star-expressions included (ParserExpr.cpp).
bool startsExpression(Tok k);

ConstantValue parseNumberLiteral(std::string_view literal);
std::string pyStrRepr(std::string_view utf8);
std::string pyBytesRepr(std::string_view bytes);

}  // namespace pt::syntax
