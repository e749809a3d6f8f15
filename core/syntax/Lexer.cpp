#include "syntax/Lexer.h"

#include <cstring>

#include "syntax/SourceDecode.h"
#include "syntax/UnicodeTables.h"
#include "syntax/Utf8.h"

namespace pt::syntax {

namespace {

constexpr int kEof = -1;
constexpr size_t kMaxIndent = 100;  // CPython's MAXINDENT
constexpr size_t kMaxLevel = 200;   // CPython's MAXLEVEL (bracket nesting)
constexpr int kTabSize = 8;

bool isIdentStart(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128; }
bool isIdentChar(int c) { return isIdentStart(c) || (c >= '0' && c <= '9'); }
bool isDigit(int c) { return c >= '0' && c <= '9'; }
bool isXDigit(int c) { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

Tok keywordKind(std::string_view w) {
  switch (w.size()) {
    case 2:
      if (w == "if") return Tok::KwIf;
      if (w == "in") return Tok::KwIn;
      if (w == "is") return Tok::KwIs;
      if (w == "or") return Tok::KwOr;
      if (w == "as") return Tok::KwAs;
      break;
    case 3:
      if (w == "def") return Tok::KwDef;
      if (w == "for") return Tok::KwFor;
      if (w == "and") return Tok::KwAnd;
      if (w == "not") return Tok::KwNot;
      if (w == "del") return Tok::KwDel;
      if (w == "try") return Tok::KwTry;
      break;
    case 4:
      if (w == "None") return Tok::KwNone;
      if (w == "True") return Tok::KwTrue;
      if (w == "else") return Tok::KwElse;
      if (w == "elif") return Tok::KwElif;
      if (w == "from") return Tok::KwFrom;
      if (w == "pass") return Tok::KwPass;
      if (w == "with") return Tok::KwWith;
      break;
    case 5:
      if (w == "False") return Tok::KwFalse;
      if (w == "class") return Tok::KwClass;
      if (w == "while") return Tok::KwWhile;
      if (w == "break") return Tok::KwBreak;
      if (w == "raise") return Tok::KwRaise;
      if (w == "yield") return Tok::KwYield;
      if (w == "async") return Tok::KwAsync;
      if (w == "await") return Tok::KwAwait;
      break;
    case 6:
      if (w == "return") return Tok::KwReturn;
      if (w == "import") return Tok::KwImport;
      if (w == "lambda") return Tok::KwLambda;
      if (w == "except") return Tok::KwExcept;
      if (w == "assert") return Tok::KwAssert;
      if (w == "global") return Tok::KwGlobal;
      break;
    case 7:
      if (w == "finally") return Tok::KwFinally;
      break;
    case 8:
      if (w == "continue") return Tok::KwContinue;
      if (w == "nonlocal") return Tok::KwNonlocal;
      break;
  }
  return Tok::Name;
}

Tok oneChar(int c) {
  switch (c) {
    case '(': return Tok::LPar;
    case ')': return Tok::RPar;
    case '[': return Tok::LSqb;
    case ']': return Tok::RSqb;
    case '{': return Tok::LBrace;
    case '}': return Tok::RBrace;
    case ':': return Tok::Colon;
    case ',': return Tok::Comma;
    case ';': return Tok::Semi;
    case '+': return Tok::Plus;
    case '-': return Tok::Minus;
    case '*': return Tok::Star;
    case '/': return Tok::Slash;
    case '|': return Tok::VBar;
    case '&': return Tok::Amper;
    case '<': return Tok::Less;
    case '>': return Tok::Greater;
    case '=': return Tok::Equal;
    case '.': return Tok::Dot;
    case '%': return Tok::Percent;
    case '~': return Tok::Tilde;
    case '^': return Tok::Circumflex;
    case '@': return Tok::At;
  }
  return Tok::OtherOp;
}

// Tok::OtherOp means "not a two-character operator".
Tok twoChars(int c1, int c2) {
  switch (c1) {
    case '!': if (c2 == '=') return Tok::NotEqual; break;
    case '%': if (c2 == '=') return Tok::PercentEqual; break;
    case '&': if (c2 == '=') return Tok::AmperEqual; break;
    case '*': if (c2 == '*') return Tok::DoubleStar; if (c2 == '=') return Tok::StarEqual; break;
    case '+': if (c2 == '=') return Tok::PlusEqual; break;
    case '-': if (c2 == '=') return Tok::MinEqual; if (c2 == '>') return Tok::RArrow; break;
    case '/': if (c2 == '/') return Tok::DoubleSlash; if (c2 == '=') return Tok::SlashEqual; break;
    case ':': if (c2 == '=') return Tok::ColonEqual; break;
    case '<':
      if (c2 == '<') return Tok::LeftShift;
      if (c2 == '=') return Tok::LessEqual;
      if (c2 == '>') return Tok::Error;  // "<>": NOTEQUAL that only Barry as FLUFL accepts
      break;
    case '=': if (c2 == '=') return Tok::EqEqual; break;
    case '>': if (c2 == '=') return Tok::GreaterEqual; if (c2 == '>') return Tok::RightShift; break;
    case '@': if (c2 == '=') return Tok::AtEqual; break;
    case '^': if (c2 == '=') return Tok::CircumflexEqual; break;
    case '|': if (c2 == '=') return Tok::VBarEqual; break;
  }
  return Tok::OtherOp;
}

Tok threeChars(int c1, int c2, int c3) {
  if (c3 != '=' && !(c1 == '.' && c2 == '.' && c3 == '.')) return Tok::OtherOp;
  if (c1 == '*' && c2 == '*') return Tok::DoubleStarEqual;
  if (c1 == '/' && c2 == '/') return Tok::DoubleSlashEqual;
  if (c1 == '<' && c2 == '<') return Tok::LeftShiftEqual;
  if (c1 == '>' && c2 == '>') return Tok::RightShiftEqual;
  return Tok::OtherOp;
}

class Lexer {
 public:
  Lexer(std::string_view text, int firstLine, size_t start)
      : s_(text.data()), n_(text.size()), pos_(start), lineno_(firstLine), lineStart_(start), bufStart_(start) {}

  LexOutput run() {
    out_.tokens.reserve(n_ / 4 + 16);
    out_.flags.reserve(n_ / 4 + 16);
    while (getToken()) {
    }
    return std::move(out_);
  }

 private:
  const char* s_;
  size_t n_;
  size_t pos_;
  int lineno_;
  size_t lineStart_;
  // CPython's tok->buf: the start of the line where the tokenizer last began reading a line outside a
  // token. Inside a string token or a backslash continuation (keepBuf_) a new line does not move it.
  size_t bufStart_;
  bool keepBuf_ = false;
  bool newlinePending_ = false;  // the last char read was '\n': the next read starts a new line
  bool atbol_ = true;
  bool logicalLineStart_ = true;  // the next significant token starts a logical line
  int pendin_ = 0;
  int tokCol_ = 0;  // where the tokenizer stood after reading an indentation
  std::vector<int> indstack_{0};
  std::vector<int> altindstack_{0};
  struct Bracket {
    char c;
    int line;
    int col;
  };
  std::vector<Bracket> brackets_;
  size_t tokStart_ = 0;
  LexOutput out_;

  int nextc() {
    if (newlinePending_ && pos_ < n_) {
      newlinePending_ = false;
      ++lineno_;
      lineStart_ = pos_;
      if (!keepBuf_) bufStart_ = pos_;
    }
    if (pos_ >= n_) return kEof;
    int c = static_cast<unsigned char>(s_[pos_++]);
    if (c == '\n') newlinePending_ = true;
    return c;
  }
  void backup(int c) {
    if (c == kEof) return;
    --pos_;
    if (c == '\n') newlinePending_ = false;
  }

  int charsFrom(size_t lineStart, size_t p) const { return utf8CharCount(std::string_view(s_ + lineStart, p - lineStart)); }

  void push(Tok kind, size_t start, size_t end, int line, size_t lineStart, int32_t aux = 0) {
    Token t;
    t.kind = kind;
    t.start = static_cast<uint32_t>(start);
    t.end = static_cast<uint32_t>(end);
    t.lineno = line;
    t.col = static_cast<int32_t>(start - lineStart);
    t.endLineno = lineno_;
    t.endCol = static_cast<int32_t>(end - lineStart_);
    t.aux = aux;
    uint8_t flags = 0;
    if (logicalLineStart_ && kind != Tok::Indent && kind != Tok::Dedent && kind != Tok::Newline) {
      if (indstack_.size() == 1 && pendin_ == 0) flags |= kTokTopLevelStart;
      logicalLineStart_ = false;
    }
    out_.tokens.push_back(t);
    out_.flags.push_back(flags);
  }
  void pushSimple(Tok kind) { push(kind, tokStart_, pos_, lineno_, lineStart_); }

  // An error raised by the tokenizer itself (CPython's syntaxerror()): offset counts characters up to
  // the tokenizer's current position, or is given explicitly.
  void error(std::string msg, int offset = -1, int endOffset = -1) {
    LexError e;
    e.message = std::move(msg);
    e.lineno = lineno_;
    e.offset = offset >= 0 ? offset : charsFrom(lineStart_, pos_);
    e.endLineno = lineno_;
    e.endOffset = endOffset >= 0 ? endOffset : e.offset;
    pushError(std::move(e));
  }
  // An error CPython reports only when the parser asks for the token (tokenizer_error() in pegen).
  void doneError(std::string msg, std::string type, int offset, int endOffset) {
    LexError e;
    e.message = std::move(msg);
    e.type = std::move(type);
    e.lineno = lineno_;
    e.offset = offset;
    e.endLineno = lineno_;
    e.endOffset = endOffset;
    e.raisedByTokenizer = false;
    pushError(std::move(e));
  }
  void pushError(LexError e) {
    int index = static_cast<int>(out_.errors.size());
    out_.errors.push_back(std::move(e));
    Token t;
    t.kind = Tok::Error;
    t.start = t.end = static_cast<uint32_t>(pos_ > n_ ? n_ : pos_);
    t.lineno = t.endLineno = lineno_;
    t.col = t.endCol = static_cast<int32_t>(pos_ - lineStart_);
    t.aux = index;
    out_.tokens.push_back(t);
    out_.flags.push_back(0);
  }

  // After an error the scan resumes past the rest of the current identifier-like run.
  void skipIdentChars() {
    int c;
    do {
      c = nextc();
    } while (c != kEof && isIdentChar(c));
    backup(c);
  }

  bool lookahead(const char* test) {
    const char* s = test;
    bool res = false;
    for (;;) {
      int c = nextc();
      if (*s == 0) {
        res = !isIdentChar(c);
      } else if (c == *s) {
        ++s;
        continue;
      }
      backup(c);
      while (s != test) {
        --s;
        backup(*s);
      }
      return res;
    }
  }

  // CPython's verify_end_of_number: "1if x else y" is accepted (with a deprecation warning),
  // "1abc" is an error.
  bool verifyEndOfNumber(int c, const char* kind) {
    bool r = false;
    if (c == 'a') r = lookahead("nd");
    else if (c == 'e') r = lookahead("lse");
    else if (c == 'f') r = lookahead("or");
    else if (c == 'i') {
      int c2 = nextc();
      r = c2 == 'f' || c2 == 'n' || c2 == 's';
      backup(c2);
    } else if (c == 'o') r = lookahead("r");
    else if (c == 'n') r = lookahead("ot");
    if (r) return true;
    if (c != kEof && isIdentChar(c)) {
      backup(c);
      error(std::string("invalid ") + kind + " literal");
      skipIdentChars();
      return false;
    }
    return true;
  }

  // Returns the char after the digits, or -2 after reporting an error.
  int decimalTail() {
    int c;
    for (;;) {
      do {
        c = nextc();
      } while (isDigit(c));
      if (c != '_') break;
      c = nextc();
      if (!isDigit(c)) {
        backup(c);
        error("invalid decimal literal");
        skipIdentChars();
        return -2;
      }
    }
    return c;
  }

  bool indentError() {
    LexError e;
    e.message = "inconsistent use of tabs and spaces in indentation";
    e.type = "TabError";
    e.lineno = lineno_;
    e.offset = 1;
    e.endLineno = lineno_;
    e.endOffset = 0;
    e.raisedByTokenizer = false;
    pushError(std::move(e));
    return true;
  }

  bool getToken();
  bool scanNumber(int c);
  bool scanString(int quote);
  bool scanIdentifier(int c);
  int continuationLine();
};

int Lexer::continuationLine() {
  int c = nextc();
  if (c != '\n') {
    // CPython reports E_LINECONT one past the character after the backslash, counted from tok->buf.
    doneError("unexpected character after line continuation character", "SyntaxError",
              static_cast<int>(pos_ - lineStart_), 0);
    if (bufStart_ != lineStart_) out_.errors.back().bufStart = static_cast<int64_t>(bufStart_);
    backup(c);
    return -2;
  }
  keepBuf_ = true;  // the next line is read inside the continuation: tok->start is set
  c = nextc();
  keepBuf_ = false;
  if (c == kEof) {
    doneError("unexpected EOF while parsing", "SyntaxError", static_cast<int>(pos_ - lineStart_), -1);
    return -2;
  }
  backup(c);
  return c;
}

bool Lexer::getToken() {
  int c = 0;
nextline:
  bool blankline = false;
  if (atbol_) {
    atbol_ = false;
    int col = 0, altcol = 0, contLineCol = 0;
    for (;;) {
      c = nextc();
      if (c == ' ') {
        ++col;
        ++altcol;
      } else if (c == '\t') {
        col = (col / kTabSize + 1) * kTabSize;
        ++altcol;
      } else if (c == '\f') {
        col = altcol = 0;
      } else if (c == '\\') {
        contLineCol = contLineCol ? contLineCol : col;
        c = continuationLine();
        if (c == -2) return true;
      } else {
        break;
      }
    }
    backup(c);
    if (c == '#' || c == '\n') blankline = true;
    if (!blankline && brackets_.empty()) {
      if (contLineCol) col = altcol = contLineCol;
      if (col == indstack_.back()) {
        if (altcol != altindstack_.back()) indentError();
      } else if (col > indstack_.back()) {
        if (indstack_.size() >= kMaxIndent) {
          doneError("too many levels of indentation", "IndentationError", 1, 0);
        } else {
          if (altcol <= altindstack_.back()) indentError();
          ++pendin_;
          indstack_.push_back(col);
          altindstack_.push_back(altcol);
        }
      } else {
        while (indstack_.size() > 1 && col < indstack_.back()) {
          --pendin_;
          indstack_.pop_back();
          altindstack_.pop_back();
        }
        if (col != indstack_.back()) {
          // CPython moves to the end of the line and reports there.
          size_t eol = pos_;
          while (eol < n_ && s_[eol] != '\n') ++eol;
          doneError("unindent does not match any outer indentation level", "IndentationError",
                    static_cast<int>(eol + 1 - lineStart_), -1);
          out_.errors.back().endOffset = -1;
        } else if (altcol != altindstack_.back()) {
          indentError();
        }
      }
    }
    tokCol_ = static_cast<int>(pos_ - lineStart_);
  }
  tokStart_ = pos_;
  if (pendin_ != 0) {
    Tok kind = pendin_ < 0 ? Tok::Dedent : Tok::Indent;
    pendin_ += pendin_ < 0 ? 1 : -1;
    Token t;
    t.kind = kind;
    t.start = t.end = static_cast<uint32_t>(pos_);
    t.lineno = t.endLineno = lineno_;
    t.col = t.endCol = -1;
    t.aux = tokCol_;
    out_.tokens.push_back(t);
    out_.flags.push_back(0);
    return true;
  }

again:
  do {
    c = nextc();
  } while (c == ' ' || c == '\t' || c == '\f');
  tokStart_ = c == kEof ? pos_ : pos_ - 1;

  if (c == '#') {
    while (c != kEof && c != '\n') c = nextc();
  }
  if (c == kEof) {
    if (!brackets_.empty()) {
      const Bracket& b = brackets_.back();
      LexError e;
      e.message = std::string("'") + b.c + "' was never closed";
      e.lineno = e.endLineno = b.line;
      e.raisedByTokenizer = false;
      e.eofInBrackets = true;
      e.bracketLine = b.line;
      e.bracketCol = b.col;
      e.bracket = b.c;
      pushError(std::move(e));
      brackets_.clear();
      return true;
    }
    // Remaining indentation is closed at the end of the file.
    while (indstack_.size() > 1) {
      indstack_.pop_back();
      altindstack_.pop_back();
      Token t;
      t.kind = Tok::Dedent;
      t.start = t.end = static_cast<uint32_t>(pos_);
      t.lineno = t.endLineno = lineno_;
      t.col = t.endCol = -1;
      t.aux = static_cast<int32_t>(pos_ - lineStart_);
      out_.tokens.push_back(t);
      out_.flags.push_back(0);
    }
    // CPython gives ENDMARKER no column; errors there report the tokenizer's position instead.
    push(Tok::EndMarker, pos_, pos_, lineno_, lineStart_, static_cast<int32_t>(pos_ - lineStart_));
    out_.tokens.back().col = out_.tokens.back().endCol = -1;
    return false;
  }

  if (isIdentStart(c)) return scanIdentifier(c);

  if (c == '\n') {
    atbol_ = true;
    if (blankline || !brackets_.empty()) goto nextline;
    push(Tok::Newline, tokStart_, pos_ - 1, lineno_, lineStart_);
    logicalLineStart_ = true;
    return true;
  }

  if (c == '.') {
    c = nextc();
    if (isDigit(c)) {
      backup(c);
      return scanNumber('.');
    }
    if (c == '.') {
      c = nextc();
      if (c == '.') {
        pushSimple(Tok::Ellipsis);
        return true;
      }
      backup(c);
      backup('.');
    } else {
      backup(c);
    }
    pushSimple(Tok::Dot);
    return true;
  }

  if (isDigit(c)) return scanNumber(c);
  if (c == '\'' || c == '"') return scanString(c);

  if (c == '\\') {
    c = continuationLine();
    if (c == -2) return true;
    goto again;
  }

  {
    int c2 = nextc();
    Tok two = twoChars(c, c2);
    if (two == Tok::Error) {  // "<>"
      pushSimple(Tok::OtherOp);
      return true;
    }
    if (two != Tok::OtherOp) {
      int c3 = nextc();
      Tok three = threeChars(c, c2, c3);
      if (three != Tok::OtherOp) two = three;
      else backup(c3);
      pushSimple(two);
      return true;
    }
    backup(c2);
  }

  switch (c) {
    case '(':
    case '[':
    case '{':
      if (brackets_.size() >= kMaxLevel) {
        error("too many nested parentheses");
        return true;
      }
      brackets_.push_back({static_cast<char>(c), lineno_, static_cast<int>(tokStart_ - lineStart_)});
      break;
    case ')':
    case ']':
    case '}': {
      if (brackets_.empty()) {
        error(std::string("unmatched '") + static_cast<char>(c) + "'");
        return true;
      }
      Bracket open = brackets_.back();
      brackets_.pop_back();
      if (!((open.c == '(' && c == ')') || (open.c == '[' && c == ']') || (open.c == '{' && c == '}'))) {
        std::string msg = std::string("closing parenthesis '") + static_cast<char>(c) +
                          "' does not match opening parenthesis '" + open.c + "'";
        if (open.line != lineno_) msg += " on line " + std::to_string(open.line);
        error(std::move(msg));
        return true;
      }
      break;
    }
  }
  if (c < 0x20 || c == 0x7F) {
    char hex[16];
    std::snprintf(hex, sizeof hex, "%04X", c);
    error(std::string("invalid non-printable character U+") + hex);
    return true;
  }
  pushSimple(oneChar(c));
  return true;
}

bool Lexer::scanIdentifier(int c) {
  bool sawB = false, sawR = false, sawU = false, sawF = false;
  for (;;) {
    if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) sawB = true;
    else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) sawU = true;
    else if (!(sawR || sawU) && (c == 'r' || c == 'R')) sawR = true;
    else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) sawF = true;
    else break;
    c = nextc();
    if (c == '"' || c == '\'') return scanString(c);
  }
  bool nonascii = false;
  while (c != kEof && isIdentChar(c)) {
    if (c >= 128) nonascii = true;
    c = nextc();
  }
  backup(c);
  std::string_view word(s_ + tokStart_, pos_ - tokStart_);
  if (nonascii) {
    size_t bad = 0;
    std::string reason;
    if (utf8Error(word, bad, reason)) {
      char buf[160];
      std::snprintf(buf, sizeof buf, "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %zu: %s",
                    static_cast<unsigned char>(word[bad]), bad, reason.c_str());
      LexError e;
      e.message = buf;
      e.lineno = e.endLineno = lineno_;
      e.offset = static_cast<int>(tokStart_ - lineStart_) + 1;
      e.endOffset = -1;
      e.offsetIsBytes = true;
      pushError(std::move(e));
      return true;
    }
    // CPython's verify_identifier: the first character that cannot be part of an identifier is
    // reported, with the position just after it.
    size_t i = 0;
    bool first = true;
    while (i < word.size()) {
      size_t len = 0;
      char32_t cp = utf8Decode(word.substr(i), len);
      bool ok = first ? (cp == '_' || isXidStart(cp)) : isXidContinue(cp);
      if (!ok) {
        pos_ = tokStart_ + i + len;
        char hex[16];
        std::snprintf(hex, sizeof hex, "%04X", static_cast<unsigned>(cp));
        if (isPrintable(cp)) {
          error("invalid character '" + std::string(word.substr(i, len)) + "' (U+" + hex + ")");
        } else {
          error(std::string("invalid non-printable character U+") + hex);
        }
        skipIdentChars();
        return true;
      }
      first = false;
      i += len;
    }
  }
  pushSimple(nonascii ? Tok::Name : keywordKind(word));
  return true;
}

bool Lexer::scanNumber(int c) {
  if (c == '.') {  // ".5": the dot is read, the next char is a digit
    c = nextc();
    goto fraction;
  }
  if (c == '0') {
    c = nextc();
    if (c == 'x' || c == 'X') {
      c = nextc();
      do {
        if (c == '_') c = nextc();
        if (!isXDigit(c)) {
          backup(c);
          error("invalid hexadecimal literal");
          skipIdentChars();
          return true;
        }
        do {
          c = nextc();
        } while (isXDigit(c));
      } while (c == '_');
      if (!verifyEndOfNumber(c, "hexadecimal")) return true;
    } else if (c == 'o' || c == 'O') {
      c = nextc();
      do {
        if (c == '_') c = nextc();
        if (c < '0' || c >= '8') {
          if (isDigit(c)) {
            error(std::string("invalid digit '") + static_cast<char>(c) + "' in octal literal");
          } else {
            backup(c);
            error("invalid octal literal");
          }
          skipIdentChars();
          return true;
        }
        do {
          c = nextc();
        } while ('0' <= c && c < '8');
      } while (c == '_');
      if (isDigit(c)) {
        error(std::string("invalid digit '") + static_cast<char>(c) + "' in octal literal");
        skipIdentChars();
        return true;
      }
      if (!verifyEndOfNumber(c, "octal")) return true;
    } else if (c == 'b' || c == 'B') {
      c = nextc();
      do {
        if (c == '_') c = nextc();
        if (c != '0' && c != '1') {
          if (isDigit(c)) {
            error(std::string("invalid digit '") + static_cast<char>(c) + "' in binary literal");
          } else {
            backup(c);
            error("invalid binary literal");
          }
          skipIdentChars();
          return true;
        }
        do {
          c = nextc();
        } while (c == '0' || c == '1');
      } while (c == '_');
      if (isDigit(c)) {
        error(std::string("invalid digit '") + static_cast<char>(c) + "' in binary literal");
        skipIdentChars();
        return true;
      }
      if (!verifyEndOfNumber(c, "binary")) return true;
    } else {
      bool nonzero = false;
      for (;;) {
        if (c == '_') {
          c = nextc();
          if (!isDigit(c)) {
            backup(c);
            error("invalid decimal literal");
            skipIdentChars();
            return true;
          }
        }
        if (c != '0') break;
        c = nextc();
      }
      size_t zerosEnd = pos_;
      if (isDigit(c)) {
        nonzero = true;
        c = decimalTail();
        if (c == -2) return true;
      }
      if (c == '.') {
        c = nextc();
        goto fraction;
      } else if (c == 'e' || c == 'E') {
        goto exponent;
      } else if (c == 'j' || c == 'J') {
        goto imaginary;
      } else if (nonzero) {
        backup(c);
        error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
              static_cast<int>(tokStart_ + 1 - lineStart_), static_cast<int>(zerosEnd - lineStart_));
        skipIdentChars();
        return true;
      }
      if (!verifyEndOfNumber(c, "decimal")) return true;
    }
  } else {
    c = decimalTail();
    if (c == -2) return true;
    if (c == '.') {
      c = nextc();
    fraction:
      if (isDigit(c)) {
        c = decimalTail();
        if (c == -2) return true;
      }
    }
    if (c == 'e' || c == 'E') {
    exponent:
      int e = c;
      c = nextc();
      if (c == '+' || c == '-') {
        c = nextc();
        if (!isDigit(c)) {
          backup(c);
          error("invalid decimal literal");
          skipIdentChars();
          return true;
        }
      } else if (!isDigit(c)) {
        backup(c);
        if (!verifyEndOfNumber(e, "decimal")) return true;
        backup(e);
        pushSimple(Tok::Number);
        return true;
      }
      c = decimalTail();
      if (c == -2) return true;
    }
    if (c == 'j' || c == 'J') {
    imaginary:
      c = nextc();
      if (!verifyEndOfNumber(c, "imaginary")) return true;
    } else if (!verifyEndOfNumber(c, "decimal")) {
      return true;
    }
  }
  backup(c);
  pushSimple(Tok::Number);
  return true;
}

bool Lexer::scanString(int quote) {
  int quoteSize = 1, endQuoteSize = 0;
  int firstLine = lineno_;
  size_t multiLineStart = lineStart_;
  int c = nextc();
  if (c == quote) {
    c = nextc();
    if (c == quote) quoteSize = 3;
    else endQuoteSize = 1;  // empty string
  }
  if (c != quote) backup(c);
  while (endQuoteSize != quoteSize) {
    keepBuf_ = true;  // lines read inside the string token keep tok->buf where it was
    c = nextc();
    keepBuf_ = false;
    if (c == kEof || (quoteSize == 1 && c == '\n')) {
      LexError e;
      e.message = std::string(quoteSize == 3 ? "unterminated triple-quoted string literal" : "unterminated string literal") +
                  " (detected at line " + std::to_string(lineno_) + ")";
      e.lineno = e.endLineno = firstLine;
      e.offset = e.endOffset = charsFrom(multiLineStart, tokStart_) + 1;
      pushError(std::move(e));
      if (c == '\n') backup(c);  // resume at the end of the line
      return true;
    }
    if (c == quote) {
      ++endQuoteSize;
    } else {
      endQuoteSize = 0;
      if (c == '\\') nextc();
    }
  }
  push(Tok::String, tokStart_, pos_, firstLine, multiLineStart);
  return true;
}

}  // namespace

LexOutput tokenize(std::string_view text, int firstLine, size_t startOffset) {
  return Lexer(text, firstLine, startOffset).run();
}

std::vector<uint32_t> lineStarts(std::string_view text) {
  std::vector<uint32_t> starts;
  starts.reserve(text.size() / 32 + 2);
  starts.push_back(0);
  for (size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n' && i + 1 < text.size()) starts.push_back(static_cast<uint32_t>(i + 1));
  return starts;
}

}  // namespace pt::syntax
