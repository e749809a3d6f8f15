#include "syntax/Parser.h"

#include <algorithm>
#include <set>

#include "syntax/ParserImpl.h"
#include "syntax/SourceDecode.h"
#include "syntax/Utf8.h"

namespace pt::syntax {

namespace {
// Expression nesting the parser accepts before giving up. CPython stops at a similar depth with a
// MemoryError ("too complex"); the limit keeps our recursion well inside an 8 MB stack.
constexpr int kMaxDepth = 1200;
}  // namespace

Parser::Parser(std::string_view text, LexOutput lex, AstArena& arena, Options options)
    : text_(text), lex_(std::move(lex)), toks_(lex_.tokens.data()), arena_(arena), options_(options) {
  lineStarts_ = lineStarts(text_);
}

Tok Parser::peekKind(size_t ahead) {
  size_t i = pos_;
  for (size_t k = 0; k < ahead; ++k) {
    if (toks_[i].kind == Tok::EndMarker) break;
    ++i;
    if (toks_[i].kind == Tok::Error) failLex(toks_[i]);
  }
  furthest_ = std::max(furthest_, i);
  maxFetched_ = std::max(maxFetched_, i);
  return toks_[i].kind;
}

void Parser::advance() {
  if (toks_[pos_].kind == Tok::EndMarker) return;
  ++pos_;
  furthest_ = std::max(furthest_, pos_);
  maxFetched_ = std::max(maxFetched_, pos_);
  if (toks_[pos_].kind == Tok::Error) failLex(toks_[pos_]);
}

const Token& Parser::lastTok() const {
  size_t i = pos_;
  while (i > 0) {
    --i;
    Tok k = toks_[i].kind;
    if (k != Tok::Newline && k != Tok::Indent && k != Tok::Dedent) return toks_[i];
  }
  return toks_[0];
}

Pos Parser::spanPos(size_t startTok) const {
  Pos p;
  p.lineno = toks_[startTok].lineno;
  p.col_offset = toks_[startTok].col;
  const Token& e = lastTok();
  p.end_lineno = e.endLineno;
  p.end_col_offset = e.endCol;
  return p;
}

std::string Parser::takeName() {
  if (kind() != Tok::Name) failGeneric();
  std::string s(text(tok()));
  advance();
  return s;
}

void Parser::expectColon() {
  if (kind() == Tok::Colon) {
    advance();
    return;
  }
  // invalid_*: "expected ':'" is reported at the token before the missing colon... CPython points
  // at the token where the colon should be.
  failAtToken(tok(), "expected ':'");
}

void Parser::checkDepth() {
  if (++depth_ > kMaxDepth) {
    --depth_;
    error_ = SyntaxError{};
    error_.message = "too many nested expressions (the parser's limit is " + std::to_string(kMaxDepth) + ")";
    error_.type = "MemoryError";
    error_.lineno = error_.end_lineno = tok().lineno;
    error_.offset = error_.end_offset = reportedOffset(tok().lineno, tok().col + 1);
    errorIsGeneric_ = false;
    throw ParseFail{};
  }
}

// CPython's _PyPegen_byte_offset_to_character_offset: count the characters of the first
// byteCol1 bytes of the line (columns here are already 1-based).
int Parser::reportedOffset(int lineno, int byteCol1) const {
  if (options_.fstring) byteCol1 -= options_.fstringColShift;
  if (!options_.offsetsInChars || lineno < 1 || byteCol1 <= 0) return byteCol1;
  size_t idx = static_cast<size_t>(lineno - 1);
  if (idx >= lineStarts_.size()) return byteCol1;
  size_t begin = lineStarts_[idx];
  size_t end = text_.find('\n', begin);
  if (end == std::string_view::npos) end = text_.size();
  size_t len = end - begin;
  size_t n = std::min(static_cast<size_t>(byteCol1), len + 1);
  std::string_view line = text_.substr(begin, std::min(n, text_.size() - begin));
  int chars = utf8CharCount(line);
  if (n > len) chars += 1;  // CPython clamps the offset to one past the end of the line
  return chars;
}

void Parser::failGeneric() {
  const Token& t = toks_[std::max(furthest_, pos_)];
  failAtToken(t, "invalid syntax");
}

void Parser::failAt(const Pos& p, const std::string& msg, const char* type) {
  error_ = SyntaxError{};
  error_.message = msg;
  error_.type = type;
  error_.lineno = p.lineno;
  error_.offset = reportedOffset(p.lineno, p.col_offset + 1);
  error_.end_lineno = p.end_lineno;
  error_.end_offset = p.end_col_offset == -2 ? -1 : reportedOffset(p.end_lineno, p.end_col_offset + 1);
  errorIsGeneric_ = msg == "invalid syntax";
  errorFromLexer_ = false;
  throw ParseFail{};
}

void Parser::failAtToken(const Token& t, const std::string& msg, const char* type) {
  if (t.col < 0) {
    // INDENT, DEDENT and ENDMARKER have no column: CPython reports where its tokenizer stood.
    error_ = SyntaxError{};
    error_.message = msg;
    error_.type = type;
    error_.lineno = error_.end_lineno = t.lineno;
    error_.offset = reportedOffset(t.lineno, t.aux);
    error_.end_offset = -1;
    errorIsGeneric_ = msg == "invalid syntax";
    errorFromLexer_ = false;
    throw ParseFail{};
  }
  Pos p{t.lineno, t.col, t.endLineno, t.endCol};
  failAt(p, msg, type);
}

void Parser::failRange(const Pos& a, const Pos& b, const std::string& msg) {
  Pos p{a.lineno, a.col_offset, b.end_lineno, b.end_col_offset};
  failAt(p, msg);
}

void Parser::failHere(const std::string& msg, const char* type) {
  const Token& t = toks_[std::max(furthest_, pos_)];
  failAtToken(t, msg, type);
}

void Parser::failLex(const Token& t) {
  const LexError& le = lex_.errors[static_cast<size_t>(t.aux)];
  error_ = SyntaxError{};
  error_.message = le.message;
  error_.type = le.type;
  if (le.eofInBrackets) {
    error_.lineno = error_.end_lineno = le.bracketLine;
    error_.offset = reportedOffset(le.bracketLine, le.bracketCol + 1);
    error_.end_offset = 0;
  } else {
    error_.lineno = le.lineno;
    error_.end_lineno = le.endLineno;
    if (le.bufStart >= 0 && le.lineno >= 1 && static_cast<size_t>(le.lineno) <= lineStarts_.size()) {
      // The column counts from an earlier line (see LexError::bufStart); so do the characters.
      const size_t from = static_cast<size_t>(le.bufStart);
      const size_t bytes = lineStarts_[static_cast<size_t>(le.lineno - 1)] + static_cast<size_t>(le.offset) - from;
      error_.offset = options_.offsetsInChars ? utf8CharCount(text_.substr(from, bytes)) : static_cast<int>(bytes);
    } else {
      error_.offset = le.raisedByTokenizer && !le.offsetIsBytes ? le.offset : reportedOffset(le.lineno, le.offset);
    }
    error_.end_offset = le.endOffset;
  }
  errorIsGeneric_ = false;
  errorFromLexer_ = true;
  throw ParseFail{};
}

void Parser::parseFile(Module* module, std::vector<SyntaxError>& errors) {
  std::set<int> reportedLex;
  bool first = true;
  // Each re-tokenization below reads the rest of the file, so input made of nothing but unclosed
  // brackets and strings would cost the square of its size (the fuzzer's 460 KB of them took 9 s).
  // Recovery stops once it has re-read the file a few times over: parsing stays linear, and ordinary
  // files with a handful of errors never come near the budget.
  size_t relexBudget = 4 * text_.size() + (size_t{1} << 16);
  for (;;) {
    try {
      if (toks_[pos_].kind == Tok::Error) failLex(toks_[pos_]);
      while (kind() != Tok::EndMarker) statement(module->body);
      return;
    } catch (ParseFail&) {
      SyntaxError err = error_;
      const Token& at = toks_[std::max(furthest_, pos_)];
      if (errorIsGeneric_ && (at.kind == Tok::Indent || at.kind == Tok::Dedent)) {
        err.type = "IndentationError";
        err.message = at.kind == Tok::Indent ? "unexpected indent" : "unexpected unindent";
        err.offset = reportedOffset(at.lineno, at.aux);
        err.end_offset = -1;
      } else if (first && at.kind != Tok::Error) {
        // As pegen_errors.c does after a parse failure: tokenize the rest of the file; an error the
        // tokenizer raises there wins, and so does a bracket left open since a line before the
        // furthest token the parser looked at.
        for (size_t i = std::max(furthest_, pos_) + 1; i < lex_.tokens.size(); ++i) {
          if (toks_[i].kind != Tok::Error) continue;
          const LexError& le = lex_.errors[static_cast<size_t>(toks_[i].aux)];
          if (le.raisedByTokenizer || (le.eofInBrackets && toks_[maxFetched_].lineno > le.bracketLine)) {
            try {
              failLex(toks_[i]);
            } catch (ParseFail&) {
              err = error_;
              reportedLex.insert(toks_[i].aux);
            }
          }
          break;
        }
      }
      if (at.kind == Tok::Error) {
        if (reportedLex.count(at.aux)) {
          err.message.clear();
        }
        reportedLex.insert(at.aux);
      }
      if (!err.message.empty()) errors.push_back(err);
      first = false;
      // Recovery: resume at the next statement that starts at indentation level 0.
      size_t failed = std::max(furthest_, pos_);
      size_t next = failed + 1;
      while (next < lex_.tokens.size() && !(lex_.flags[next] & kTokTopLevelStart) &&
             toks_[next].kind != Tok::EndMarker)
        ++next;
      depth_ = 0;
      nesting_ = 0;
      if (next < lex_.tokens.size() && toks_[next].kind != Tok::EndMarker) {
        pos_ = furthest_ = maxFetched_ = next;
        continue;
      }
      // No such statement in this token stream (an unclosed bracket or string swallowed the rest):
      // tokenize again, with a fresh state, from the next line that starts like a statement.
      int line = std::max(toks_[failed].lineno, relexLine_) + 1;
      bool found = false;
      for (; static_cast<size_t>(line - 1) < lineStarts_.size(); ++line) {
        char c = text_[lineStarts_[static_cast<size_t>(line - 1)]];
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '@') {
          found = true;
          break;
        }
      }
      if (!found) return;
      const size_t relexCost = text_.size() - lineStarts_[static_cast<size_t>(line - 1)];
      if (relexCost > relexBudget) return;
      relexBudget -= relexCost;
      relexLine_ = line;
      lex_ = tokenize(text_, line, lineStarts_[static_cast<size_t>(line - 1)]);
      toks_ = lex_.tokens.data();
      pos_ = furthest_ = maxFetched_ = 0;
      reportedLex.clear();
    }
  }
}

Expr* Parser::parseFStringExpr() {
  if (toks_[pos_].kind == Tok::Error) failLex(toks_[pos_]);
  return starExpressions();
}

// ---- the public API ------------------------------------------------------------------------------

std::string ParseResult::firstErrorText() const {
  if (errors.empty()) return {};
  const SyntaxError& e = errors.front();
  return (filename.empty() ? std::string("<input>") : filename) + ":" + std::to_string(e.lineno) + ":" +
         std::to_string(e.offset) + ": " + e.type + ": " + e.message;
}

Diagnostics ParseResult::diagnostics() const {
  Diagnostics out;
  for (const SyntaxError& e : errors) {
    Diagnostic d;
    d.severity = Severity::Error;
    d.code = "syntax-error";
    d.message = e.type == "SyntaxError" ? e.message : e.type + ": " + e.message;
    d.loc.file = filename;
    d.loc.line = e.lineno;
    d.loc.col = e.offset;
    d.loc.endLine = e.end_lineno;
    d.loc.endCol = e.end_offset;
    out.push_back(std::move(d));
  }
  return out;
}

ParseResult parseModule(std::string_view sourceBytes, std::string filename) {
  ParseResult result;
  result.arena = std::make_unique<AstArena>();
  result.filename = std::move(filename);
  result.module = result.arena->make<Module>();
  DecodedSource decoded = decodeSource(sourceBytes);
  result.source = std::move(decoded.text);
  for (const LexError& e : decoded.errors) {
    SyntaxError s;
    s.message = e.message;
    s.type = e.type;
    s.lineno = e.lineno;
    s.offset = e.offset;
    s.end_lineno = e.endLineno;
    s.end_offset = e.endOffset;
    result.errors.push_back(std::move(s));
  }
  Parser::Options options;
  options.offsetsInChars = decoded.offsetsInChars;
  Parser parser(result.source, tokenize(result.source), *result.arena, options);
  parser.parseFile(result.module, result.errors);
  return result;
}

}  // namespace pt::syntax
