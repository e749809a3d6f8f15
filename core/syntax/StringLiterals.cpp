// String literals: prefixes, escape decoding, implicit concatenation and f-strings, ported from
// CPython 3.11's Parser/string_parser.c so values, positions and error messages agree with it.
#include <cstring>
#include <optional>

#include "syntax/ParserImpl.h"
#include "syntax/SourceDecode.h"
#include "syntax/UnicodeNames.h"
#include "syntax/Utf8.h"

namespace pt::syntax {

namespace {

struct StrPiece {
  const Token* tok = nullptr;
  std::string_view whole;  // the token text, prefix and quotes included
  std::string_view body;   // between the quotes
  bool raw = false, bytes = false, fmode = false;
};

StrPiece splitString(const Token* t, std::string_view whole) {
  StrPiece s;
  s.tok = t;
  s.whole = whole;
  size_t i = 0;
  for (; i < whole.size() && whole[i] != '\'' && whole[i] != '"'; ++i) {
    char c = static_cast<char>(whole[i] | 0x20);
    if (c == 'b') s.bytes = true;
    if (c == 'r') s.raw = true;
    if (c == 'f') s.fmode = true;
  }
  char q = whole[i];
  size_t rest = whole.size() - i;
  if (rest >= 6 && whole[i + 1] == q && whole[i + 2] == q) s.body = whole.substr(i + 3, rest - 6);
  else s.body = whole.substr(i + 1, rest - 2);
  return s;
}

std::string utf8ErrorMessage(std::string_view s) {
  size_t pos = 0;
  std::string reason;
  if (!utf8Error(s, pos, reason)) return {};
  char buf[160];
  std::snprintf(buf, sizeof buf, "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %zu: %s",
                static_cast<unsigned char>(s[pos]), pos, reason.c_str());
  return buf;
}

std::string codecError(const char* codec, std::string_view buf, size_t start, size_t end, const char* why) {
  char out[160];
  if (end - start == 1) {
    std::snprintf(out, sizeof out, "(unicode error) '%s' codec can't decode byte 0x%02x in position %zu: ", codec,
                  static_cast<unsigned char>(buf[start]), start);
  } else {
    std::snprintf(out, sizeof out, "(unicode error) '%s' codec can't decode bytes in position %zu-%zu: ", codec,
                  start, end - 1);
  }
  return out + std::string(why);
}

int hexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// decode_unicode_with_escapes: non-ASCII text is first rewritten as \U escapes (a backslash before it
// becomes \u005c), then the ASCII buffer goes through the unicode-escape codec. Error positions refer
// to that rewritten buffer, as CPython's do.
bool decodeUnicodeEscapes(std::string_view s, std::string& out, std::string& err) {
  std::string buf;
  buf.reserve(s.size() + 16);
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '\\') {
      // The escaped character is taken in the same step, so "\\\\" stays two characters.
      buf += '\\';
      ++i;
      if (i >= s.size() || (static_cast<unsigned char>(s[i]) & 0x80)) {
        buf += "u005c";
        if (i >= s.size()) break;
      }
      c = static_cast<unsigned char>(s[i]);
    }
    if (c & 0x80) {
      size_t j = i;
      while (j < s.size() && (static_cast<unsigned char>(s[j]) & 0x80)) ++j;
      std::string_view run = s.substr(i, j - i);
      err = utf8ErrorMessage(run);
      if (!err.empty()) return false;
      for (size_t k = 0; k < run.size();) {
        size_t len = 0;
        char32_t cp = utf8Decode(run.substr(k), len);
        char hex[16];
        std::snprintf(hex, sizeof hex, "\\U%08x", static_cast<unsigned>(cp));
        buf += hex;
        k += len;
      }
      i = j;
      continue;
    }
    buf += static_cast<char>(c);
    ++i;
  }
  out.reserve(out.size() + buf.size());
  const size_t n = buf.size();
  for (size_t i = 0; i < n;) {
    char c = buf[i++];
    if (c != '\\') {
      out += c;
      continue;
    }
    size_t startPos = i - 1;
    if (i >= n) {
      err = codecError("unicodeescape", buf, startPos, n, "\\ at end of string");
      return false;
    }
    c = buf[i++];
    switch (c) {
      case '\n': break;
      case '\\': out += '\\'; break;
      case '\'': out += '\''; break;
      case '"': out += '"'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 't': out += '\t'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 'v': out += '\v'; break;
      case 'a': out += '\a'; break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        char32_t code = static_cast<char32_t>(c - '0');
        for (int k = 0; k < 2 && i < n && buf[i] >= '0' && buf[i] <= '7'; ++k) code = code * 8 + static_cast<char32_t>(buf[i++] - '0');
        utf8Append(out, code);
        break;
      }
      case 'x':
      case 'u':
      case 'U': {
        int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        const char* message = c == 'x' ? "truncated \\xXX escape" : c == 'u' ? "truncated \\uXXXX escape"
                                                                            : "truncated \\UXXXXXXXX escape";
        uint32_t code = 0;
        for (; count; --count, ++i) {
          if (i >= n || hexValue(buf[i]) < 0) {
            err = codecError("unicodeescape", buf, startPos, i, message);
            return false;
          }
          code = code * 16 + static_cast<uint32_t>(hexValue(buf[i]));
        }
        if (code > 0x10FFFF) {
          err = codecError("unicodeescape", buf, startPos, i, "illegal Unicode character");
          return false;
        }
        utf8Append(out, code);
        break;
      }
      case 'N': {
        // _PyUnicode_DecodeUnicodeEscapeInternal: the error range ends where the scan stopped (at a
        // missing '{', at the '}' of an empty name, at the end of an unclosed one, after an unknown name).
        if (i >= n || buf[i] != '{') {
          err = codecError("unicodeescape", buf, startPos, i, "malformed \\N character escape");
          return false;
        }
        const size_t nameStart = i + 1;
        const size_t close = buf.find('}', nameStart);
        if (close == std::string::npos || close == nameStart) {
          err = codecError("unicodeescape", buf, startPos, close == std::string::npos ? n : close,
                           "malformed \\N character escape");
          return false;
        }
        i = close + 1;
        if (std::optional<char32_t> code = lookupUnicodeName(std::string_view(buf).substr(nameStart, close - nameStart))) {
          utf8Append(out, *code);
          break;
        }
        err = codecError("unicodeescape", buf, startPos, i,
                         unicodeNameTableAvailable()
                             ? "unknown Unicode character name"
                             : "unknown Unicode character name (this Polytrace was built without python3, so it "
                               "has no Unicode name table)");
        return false;
      }
      default:
        out += '\\';
        out += c;
        break;
    }
  }
  return true;
}

// _PyBytes_DecodeEscape.
bool decodeBytesEscapes(std::string_view s, std::string& out, std::string& err) {
  const size_t n = s.size();
  for (size_t i = 0; i < n;) {
    char c = s[i++];
    if (c != '\\') {
      out += c;
      continue;
    }
    if (i >= n) {
      err = "(value error) Trailing \\ in string";
      return false;
    }
    c = s[i++];
    switch (c) {
      case '\n': break;
      case '\\': out += '\\'; break;
      case '\'': out += '\''; break;
      case '"': out += '"'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 't': out += '\t'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 'v': out += '\v'; break;
      case 'a': out += '\a'; break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        int code = c - '0';
        for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; ++k) code = code * 8 + (s[i++] - '0');
        out += static_cast<char>(code & 0xFF);
        break;
      }
      case 'x':
        if (i + 1 < n && hexValue(s[i]) >= 0 && hexValue(s[i + 1]) >= 0) {
          out += static_cast<char>(hexValue(s[i]) * 16 + hexValue(s[i + 1]));
          i += 2;
          break;
        }
        err = "(value error) invalid \\x escape at position " + std::to_string(i - 2);
        return false;
      default:
        out += '\\';
        out += c;
        break;
    }
  }
  return true;
}

bool decodeStr(std::string_view body, bool raw, std::string& out, std::string& err) {
  if (raw || body.find('\\') == std::string_view::npos) {
    err = utf8ErrorMessage(body);
    if (!err.empty()) return false;
    out.append(body);
    return true;
  }
  return decodeUnicodeEscapes(body, out, err);
}

Pos tokenSpan(const Token* a, const Token* b) { return Pos{a->lineno, a->col, b->endLineno, b->endCol}; }

// The state of _PyPegen_FstringParser: pending literal text and the parts collected so far.
class FString {
 public:
  FString(Parser& p, const Token* first, const Token* last, std::string_view firstText)
      : p_(p), first_(first), last_(last), firstIsU_(!firstText.empty() && firstText[0] == 'u') {}

  bool fmode = false;

  void concat(std::string s) {
    if (s.empty()) return;
    if (!lastStr_) lastStr_ = std::move(s);
    else *lastStr_ += s;
  }

  Expr* strNode(const Token* a, const Token* b, bool u) {
    auto* c = p_.makeAt<Constant>(tokenSpan(a, b));
    c->value.kind = ConstantValue::Kind::Str;
    c->value.text = lastStr_ ? std::move(*lastStr_) : std::string();
    if (u) c->kind = std::string("u");
    lastStr_.reset();
    return c;
  }

  Expr* finish(const Token* a, const Token* b, bool u) {
    if (!fmode) return strNode(a, b, u);
    if (lastStr_) values_.push_back(strNode(a, b, u));
    auto* j = p_.makeAt<JoinedStr>(tokenSpan(a, b));
    j->values = std::move(values_);
    return j;
  }
  bool firstIsU() const { return firstIsU_; }

  // _PyPegen_FstringParser_ConcatFstring.
  void concatFstring(const char*& str, const char* end, bool raw, int recurseLvl, const StrPiece& t) {
    fmode = true;
    for (;;) {
      std::string literal;
      bool haveLiteral = false;
      int result = findLiteral(str, end, raw, literal, haveLiteral, recurseLvl);
      if (haveLiteral) concat(std::move(literal));
      if (result == 1) continue;
      if (str >= end || *str == '}') break;
      std::string exprText;
      Expr* e = findExpr(str, end, raw, recurseLvl, exprText, t);
      if (!exprText.empty()) concat(std::move(exprText));
      if (lastStr_) values_.push_back(strNode(first_, last_, firstIsU_));
      values_.push_back(e);
    }
    if (recurseLvl == 0 && str < end - 1) p_.failHere("f-string: unexpected end of string");
    if (recurseLvl != 0 && (str >= end || *str != '}')) p_.failHere("f-string: expecting '}'");
  }

 private:
  Parser& p_;
  const Token* first_;
  const Token* last_;
  bool firstIsU_;
  std::optional<std::string> lastStr_;
  std::vector<Expr*> values_;

  // fstring_find_literal: returns 1 when a doubled brace ended the literal.
  int findLiteral(const char*& str, const char* end, bool raw, std::string& literal, bool& have, int recurseLvl) {
    const char* s = str;
    const char* literalStart = s;
    int result = 0;
    while (s < end) {
      char ch = *s++;
      if (!raw && ch == '\\' && s < end) {
        ch = *s++;
        if (ch == 'N') {
          if (s < end && *s++ == '{') {
            while (s < end && *s++ != '}') {
            }
            continue;
          }
          // A "\N" without '{' stays in the literal (the character after it too); decoding the
          // literal reports it, unless the scan finds a single '}' first, as CPython's does.
          continue;
        }
      }
      if (ch == '{' || ch == '}') {
        if (recurseLvl == 0) {
          if (s < end && *s == ch) {
            str = s + 1;
            result = 1;
            goto done;
          }
          if (ch == '}') {
            str = s - 1;
            p_.failHere("f-string: single '}' is not allowed");
          }
        }
        --s;
        break;
      }
    }
    str = s;
  done:
    if (literalStart != s) {
      std::string_view piece(literalStart, static_cast<size_t>(s - literalStart));
      std::string err;
      bool ok = raw ? (err = utf8ErrorMessage(piece), err.empty()) : decodeUnicodeEscapes(piece, literal, err);
      if (!ok) p_.failHere(err);
      if (raw) literal.assign(piece);
      have = true;
    }
    return result;
  }

  Expr* compileExpr(const char* exprStart, const char* exprEnd, const StrPiece& t);
  Expr* findExpr(const char*& str, const char* end, bool raw, int recurseLvl, std::string& exprText, const StrPiece& t);
};

Expr* FString::compileExpr(const char* exprStart, const char* exprEnd, const StrPiece& t) {
  const char* s = exprStart;
  for (; s != exprEnd; ++s)
    if (!(*s == ' ' || *s == '\t' || *s == '\n' || *s == '\f')) break;
  if (s == exprEnd) {
    if (*exprEnd == '!' || *exprEnd == ':' || *exprEnd == '=')
      p_.failHere(std::string("f-string: expression required before '") + *exprEnd + "'");
    p_.failHere("f-string: empty expression not allowed");
  }

  // fstring_find_expr_location: where the expression sits relative to the string token.
  const char* whole = t.whole.data();
  const char* wholeEnd = whole + t.whole.size();
  const char* brace = exprStart - 1;
  int lines = 0, cols = 0;
  bool newlineAfterBrace = true;
  for (const char* q = brace + 1; q < wholeEnd && *q != '}' && *q != '\n'; ++q) {
    if (*q != ' ' && *q != '\t' && *q != '\f') {
      newlineAfterBrace = false;
      break;
    }
  }
  if (!newlineAfterBrace) {
    const char* q = brace;
    while (q > whole && *q != '\n') --q;
    cols += static_cast<int>(brace - q);
    if (*q == '\n') cols -= 1;
  }
  for (const char* q = whole; q < brace; ++q)
    if (*q == '\n') ++lines;
  int startLine = t.tok->lineno + lines;
  int startCol = (lines == 0 ? t.tok->col : 0) + cols;

  std::string sub;
  sub.reserve(static_cast<size_t>(exprEnd - exprStart) + 3);
  sub += '(';
  sub.append(exprStart, exprEnd);
  sub += ")\n";
  LexOutput lex = tokenize(sub);
  for (Token& k : lex.tokens) {
    if (k.col >= 0 && k.endLineno == 1) {
      k.col += startCol;
      k.endCol += startCol;
    }
    k.lineno += startLine - 1;
    k.endLineno += startLine - 1;
  }
  Parser::Options options;
  options.fstring = true;
  options.fstringColShift = startCol;
  Parser subParser(sub, std::move(lex), p_.arena(), options);
  try {
    return subParser.parseFStringExpr();
  } catch (ParseFail&) {
    SyntaxError err = subParser.error();
    if (err.message.rfind("f-string", 0) != 0) err.message = "f-string: " + err.message;
    p_.adoptError(err);
    throw;
  }
}

Expr* FString::findExpr(const char*& str, const char* end, bool raw, int recurseLvl, std::string& exprText,
                        const StrPiece& t) {
  if (recurseLvl >= 2) p_.failHere("f-string: expressions nested too deeply");
  ++str;  // '{'
  const char* exprStart = str;
  char quoteChar = 0;
  int stringType = 0;
  std::vector<char> parens;
  for (; str < end; ++str) {
    char ch = *str;
    if (ch == '\\') p_.failHere("f-string expression part cannot include a backslash");
    if (quoteChar) {
      if (ch == quoteChar) {
        if (stringType == 3) {
          if (str + 2 < end && str[1] == ch && str[2] == ch) {
            str += 2;
            stringType = 0;
            quoteChar = 0;
          }
        } else {
          stringType = 0;
          quoteChar = 0;
        }
      }
      continue;
    }
    if (ch == '\'' || ch == '"') {
      if (str + 2 < end && str[1] == ch && str[2] == ch) {
        stringType = 3;
        str += 2;
      } else {
        stringType = 1;
      }
      quoteChar = ch;
    } else if (ch == '[' || ch == '{' || ch == '(') {
      if (parens.size() >= 200) p_.failHere("f-string: too many nested parenthesis");
      parens.push_back(ch);
    } else if (ch == '#') {
      p_.failHere("f-string expression part cannot include '#'");
    } else if (parens.empty() && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
      if (str + 1 < end) {
        char next = str[1];
        if ((ch == '!' && next == '=') || (ch == '=' && next == '=') || (ch == '<' && next == '=') ||
            (ch == '>' && next == '=')) {
          ++str;
          continue;
        }
      }
      if (ch == '>' || ch == '<') continue;
      break;
    } else if (ch == ']' || ch == '}' || ch == ')') {
      if (parens.empty()) p_.failHere(std::string("f-string: unmatched '") + ch + "'");
      char opening = parens.back();
      parens.pop_back();
      if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') || (opening == '{' && ch == '}')))
        p_.failHere(std::string("f-string: closing parenthesis '") + ch + "' does not match opening parenthesis '" +
                    opening + "'");
    }
  }
  const char* exprEnd = str;
  if (quoteChar) p_.failHere("f-string: unterminated string");
  if (!parens.empty()) p_.failHere(std::string("f-string: unmatched '") + parens.back() + "'");
  if (str >= end) p_.failHere("f-string: expecting '}'");

  Expr* simple = compileExpr(exprStart, exprEnd, t);
  bool selfDoc = false;
  if (*str == '=') {
    ++str;
    while (str < end && (*str == ' ' || *str == '\t' || *str == '\n' || *str == '\r' || *str == '\f' || *str == '\v'))
      ++str;
    if (str >= end) p_.failHere("f-string: expecting '}'");
    exprText.assign(exprStart, str);
    selfDoc = true;
  }
  int conversion = -1;
  if (*str == '!') {
    ++str;
    if (str >= end) p_.failHere("f-string: expecting '}'");
    conversion = static_cast<unsigned char>(*str);
    ++str;
    if (!(conversion == 's' || conversion == 'r' || conversion == 'a'))
      p_.failHere("f-string: invalid conversion character: expected 's', 'r', or 'a'");
  }
  Expr* formatSpec = nullptr;
  if (str < end && *str == ':') {
    ++str;
    if (str >= end) p_.failHere("f-string: expecting '}'");
    FString spec(p_, first_, last_, firstIsU_ ? "u" : "");
    spec.concatFstring(str, end, raw, recurseLvl + 1, t);
    formatSpec = spec.finish(t.tok, t.tok, false);
  }
  if (str >= end || *str != '}') p_.failHere("f-string: expecting '}'");
  ++str;
  if (selfDoc && !formatSpec && conversion == -1) conversion = 'r';
  auto* fv = p_.makeAt<FormattedValue>(tokenSpan(first_, last_));
  fv->value = simple;
  fv->conversion = conversion;
  fv->format_spec = formatSpec;
  return fv;
}

}  // namespace

// _PyPegen_concatenate_strings: the tokens [firstTok, endTok) are adjacent STRING tokens.
Expr* concatenateStrings(Parser& p, size_t firstTok, size_t endTok) {
  const Token* first = &p.tokenAt(firstTok);
  const Token* last = &p.tokenAt(endTok - 1);
  std::vector<StrPiece> pieces;
  pieces.reserve(endTok - firstTok);
  bool bytesmode = false;
  for (size_t i = firstTok; i < endTok; ++i) {
    const Token* t = &p.tokenAt(i);
    StrPiece s = splitString(t, p.text(*t));
    if (i != firstTok && s.bytes != bytesmode) p.failHere("cannot mix bytes and nonbytes literals");
    bytesmode = s.bytes;
    pieces.push_back(s);
  }
  if (bytesmode) {
    std::string out;
    for (const StrPiece& s : pieces) {
      for (unsigned char c : s.body)
        if (c >= 0x80) p.failHere("bytes can only contain ASCII literal characters");
      std::string err;
      if (s.raw || s.body.find('\\') == std::string_view::npos) out.append(s.body);
      else if (!decodeBytesEscapes(s.body, out, err)) p.failHere(err);
    }
    auto* c = p.makeAt<Constant>(tokenSpan(first, last));
    c->value.kind = ConstantValue::Kind::Bytes;
    c->value.text = std::move(out);
    return c;
  }
  FString state(p, first, last, p.text(*first));
  for (const StrPiece& s : pieces) {
    if (s.fmode) {
      const char* str = s.body.data();
      state.concatFstring(str, s.body.data() + s.body.size(), s.raw, 0, s);
    } else {
      std::string decoded, err;
      if (!decodeStr(s.body, s.raw, decoded, err)) p.failHere(err);
      state.concat(std::move(decoded));
    }
  }
  return state.finish(first, last, state.firstIsU());
}

}  // namespace pt::syntax
