#pragma once
// Small UTF-8 helpers shared by the tokenizer, the string-literal decoder and the dump printer.
#include <string>
#include <string_view>

namespace pt::syntax {

// Number of characters in s, counting each lead byte (an invalid sequence counts like "replace" would).
inline int utf8CharCount(std::string_view s) {
  int n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

// Decodes one code point from the front of s (which must not be empty); len receives its byte length.
// Invalid bytes decode as themselves with length 1 (callers validate the text beforehand).
inline char32_t utf8Decode(std::string_view s, size_t& len) {
  auto b = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
  unsigned char c = b(0);
  if (c < 0x80) {
    len = 1;
    return c;
  }
  int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
  if (extra == 0 || s.size() <= static_cast<size_t>(extra)) {
    len = 1;
    return c;
  }
  char32_t cp = c & (0x3F >> extra);
  for (int i = 1; i <= extra; ++i) {
    if ((b(i) & 0xC0) != 0x80) {
      len = 1;
      return c;
    }
    cp = (cp << 6) | (b(i) & 0x3F);
  }
  len = static_cast<size_t>(extra) + 1;
  return cp;
}

inline void utf8Append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Length of the longest valid UTF-8 prefix of s (surrogates and overlong forms are invalid, as in
// CPython's strict decoder).
size_t utf8ValidPrefix(std::string_view s);

}  // namespace pt::syntax
