#include "syntax/SourceDecode.h"

#include <cctype>
#include <cstdint>

#include "syntax/Utf8.h"

namespace pt::syntax {

namespace {

// Tokenizer.c's get_normal_name: the two spellings CPython special-cases before any codec lookup.
std::string normalName(const std::string& s) {
  std::string buf;
  for (size_t i = 0; i < s.size() && i < 12; ++i) {
    char c = static_cast<char>(std::tolower(static_cast<unsigned char>(s[i])));
    buf += c == '_' ? '-' : c;
  }
  auto is = [&](const char* name) {
    std::string n(name);
    return buf == n || buf.rfind(n + "-", 0) == 0;
  };
  if (is("utf-8")) return "utf-8";
  if (is("latin-1") || is("iso-8859-1") || is("iso-latin-1")) return "iso-8859-1";
  return s;
}

// Tokenizer.c's get_coding_spec on one line: the cookie must sit in a comment that is alone on it.
bool codingSpec(std::string_view line, std::string& spec, bool& lineHasCode) {
  lineHasCode = false;
  size_t i = 0;
  for (; i + 6 < line.size(); ++i) {
    if (line[i] == '#') break;
    if (line[i] != ' ' && line[i] != '\t' && line[i] != '\f') {
      lineHasCode = true;
      return false;
    }
  }
  for (; i + 6 < line.size(); ++i) {
    if (line.compare(i, 6, "coding") != 0) continue;
    size_t t = i + 6;
    if (line[t] != ':' && line[t] != '=') continue;
    do {
      ++t;
    } while (t < line.size() && (line[t] == ' ' || line[t] == '\t'));
    size_t begin = t;
    while (t < line.size() && (std::isalnum(static_cast<unsigned char>(line[t])) || line[t] == '-' ||
                               line[t] == '_' || line[t] == '.'))
      ++t;
    if (begin < t) {
      spec = normalName(std::string(line.substr(begin, t - begin)));
      return true;
    }
  }
  // A line without a cookie stops the search unless it is blank or a comment.
  for (char c : line) {
    if (c == '#' || c == '\n') break;
    if (c != ' ' && c != '\t' && c != '\f') {
      lineHasCode = true;
      break;
    }
  }
  return false;
}

enum class Codec { Utf8, Latin1, Ascii, Cp1252, Latin9, Unknown };

// Python's codec registry lookup (encodings.normalize_encoding + the alias table) for the codecs
// source files use in practice.
Codec lookupCodec(const std::string& name) {
  std::string n;
  bool pendingUnderscore = false;
  for (char ch : name) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c == '.') {
      if (pendingUnderscore && !n.empty()) n += '_';
      pendingUnderscore = false;
      n += static_cast<char>(std::tolower(c));
    } else {
      pendingUnderscore = true;
    }
  }
  auto any = [&](std::initializer_list<const char*> names) {
    for (const char* a : names)
      if (n == a) return true;
    return false;
  };
  if (any({"utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001"})) return Codec::Utf8;
  if (any({"latin_1", "iso_8859_1", "iso8859_1", "8859", "cp819", "latin", "latin1", "l1", "iso_ir_100",
           "csisolatin1", "ibm819"}))
    return Codec::Latin1;
  if (any({"ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii", "ibm367",
           "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us", "us_ascii"}))
    return Codec::Ascii;
  if (any({"cp1252", "windows_1252", "1252"})) return Codec::Cp1252;
  if (any({"iso8859_15", "iso_8859_15", "latin9", "l9"})) return Codec::Latin9;
  return Codec::Unknown;
}

// cp1252's 0x80..0x9F (0 = undefined in Python's codec).
const char16_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

char32_t latin9(unsigned char c) {
  switch (c) {
    case 0xA4: return 0x20AC;
    case 0xA6: return 0x0160;
    case 0xA8: return 0x0161;
    case 0xB4: return 0x017D;
    case 0xB8: return 0x017E;
    case 0xBC: return 0x0152;
    case 0xBD: return 0x0153;
    case 0xBE: return 0x0178;
  }
  return c;
}

LexError encodingError(std::string message) {
  LexError e;
  e.message = std::move(message);
  e.lineno = 0;
  e.offset = -1;
  return e;
}

}  // namespace

bool utf8Error(std::string_view s, size_t& position, std::string& reason) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t need;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) need = 1;
    else if (c >= 0xE0 && c <= 0xEF) {
      need = 2;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;  // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      position = i;
      reason = "invalid start byte";
      return true;
    }
    for (size_t k = 1; k <= need; ++k) {
      if (i + k >= s.size()) {
        position = i;
        reason = "unexpected end of data";
        return true;
      }
      unsigned char b = static_cast<unsigned char>(s[i + k]);
      unsigned char l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
      if (b < l || b > h) {
        position = i;
        reason = "invalid continuation byte";
        return true;
      }
    }
    i += need + 1;
  }
  return false;
}

size_t utf8ValidPrefix(std::string_view s) {
  size_t pos = 0;
  std::string reason;
  return utf8Error(s, pos, reason) ? pos : s.size();
}

DecodedSource decodeSource(std::string_view bytes) {
  DecodedSource out;
  bool bom = bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF";
  if (bom) bytes.remove_prefix(3);

  // "\r\n" and "\r" become "\n" (translate_newlines); NUL bytes are refused as compile() does, and
  // replaced by spaces so the rest of the file can still be parsed for the editor.
  std::string text;
  text.reserve(bytes.size() + 1);
  int line = 1;
  size_t lineStart = 0;
  for (size_t i = 0; i < bytes.size(); ++i) {
    char c = bytes[i];
    if (c == '\r') {
      if (i + 1 < bytes.size() && bytes[i + 1] == '\n') ++i;
      c = '\n';
    } else if (c == '\0') {
      if (out.errors.empty()) {
        LexError e;
        e.message = "source code string cannot contain null bytes";
        e.lineno = e.endLineno = line;
        e.offset = e.endOffset = static_cast<int>(text.size() - lineStart) + 1;
        out.errors.push_back(std::move(e));
      }
      c = ' ';
    }
    text += c;
    if (c == '\n') {
      ++line;
      lineStart = text.size();
    }
  }
  if (text.empty() || text.back() != '\n') text += '\n';

  // The cookie may be on line 1, or on line 2 when line 1 is blank or a comment.
  std::string spec;
  size_t eol1 = text.find('\n');
  bool hasCode = false;
  bool found = codingSpec(std::string_view(text).substr(0, eol1 + 1), spec, hasCode);
  if (!found && !hasCode && eol1 + 1 < text.size()) {
    size_t eol2 = text.find('\n', eol1 + 1);
    found = codingSpec(std::string_view(text).substr(eol1 + 1, eol2 - eol1), spec, hasCode);
  }
  if (bom) out.offsetsInChars = true;
  if (!found) {
    out.text = std::move(text);
    return out;
  }
  out.offsetsInChars = true;
  if (bom && spec != "utf-8") {
    out.errors.push_back(encodingError("encoding problem: " + spec + " with BOM"));
    out.text = std::move(text);
    return out;
  }
  Codec codec = spec == "utf-8" ? Codec::Utf8 : lookupCodec(spec);
  if (codec == Codec::Unknown) {
    out.errors.push_back(encodingError("unknown encoding: " + spec));
    out.text = std::move(text);
    return out;
  }
  if (codec == Codec::Utf8) {
    out.text = std::move(text);
    return out;
  }
  std::string converted;
  converted.reserve(text.size() + text.size() / 8);
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    char32_t cp = c;
    bool bad = false;
    if (c >= 0x80) {
      switch (codec) {
        case Codec::Ascii: bad = true; break;
        case Codec::Cp1252:
          if (c < 0xA0) {
            cp = kCp1252High[c - 0x80];
            bad = cp == 0;
          }
          break;
        case Codec::Latin9: cp = latin9(c); break;
        default: break;
      }
    }
    if (bad) {
      char buf[160];
      std::snprintf(buf, sizeof buf, "(unicode error) '%s' codec can't decode byte 0x%02x in position %zu: %s",
                    codec == Codec::Ascii ? "ascii" : "charmap", c, i,
                    codec == Codec::Ascii ? "ordinal not in range(128)" : "character maps to <undefined>");
      out.errors.push_back(encodingError(buf));
      cp = 0xFFFD;
    }
    utf8Append(converted, cp);
  }
  out.text = std::move(converted);
  return out;
}

}  // namespace pt::syntax
