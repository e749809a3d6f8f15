// Python's repr() of str and bytes values, as ast.dump prints constants.
#include "syntax/ParserImpl.h"
#include "syntax/UnicodeTables.h"
#include "syntax/Utf8.h"

namespace pt::syntax {

namespace {
char pickQuote(std::string_view s) {
  bool single = s.find('\'') != std::string_view::npos;
  bool dbl = s.find('"') != std::string_view::npos;
  return single && !dbl ? '"' : '\'';
}
void hexEscape(std::string& out, const char* prefix, unsigned value, int digits) {
  static const char* hex = "0123456789abcdef";
  out += prefix;
  for (int i = digits - 1; i >= 0; --i) out += hex[(value >> (4 * i)) & 0xF];
}
}  // namespace

std::string pyStrRepr(std::string_view s) {
  char quote = pickQuote(s);
  std::string out;
  out.reserve(s.size() + 2);
  out += quote;
  for (size_t i = 0; i < s.size();) {
    size_t len = 0;
    char32_t c = utf8Decode(s.substr(i), len);
    if (c == static_cast<char32_t>(quote) || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < ' ' || c == 0x7F) {
      hexEscape(out, "\\x", c, 2);
    } else if (c < 0x7F) {
      out += static_cast<char>(c);
    } else if (isPrintable(c)) {
      out.append(s.substr(i, len));
    } else if (c <= 0xFF) {
      hexEscape(out, "\\x", c, 2);
    } else if (c <= 0xFFFF) {
      hexEscape(out, "\\u", c, 4);
    } else {
      hexEscape(out, "\\U", c, 8);
    }
    i += len;
  }
  out += quote;
  return out;
}

std::string pyBytesRepr(std::string_view s) {
  char quote = pickQuote(s);
  std::string out = "b";
  out += quote;
  for (unsigned char c : s) {
    if (c == static_cast<unsigned char>(quote) || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < ' ' || c >= 0x7F) {
      hexEscape(out, "\\x", c, 2);
    } else {
      out += static_cast<char>(c);
    }
  }
  out += quote;
  return out;
}

}  // namespace pt::syntax
