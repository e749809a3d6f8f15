#pragma once
// Turns the bytes of a .py file into the text CPython's tokenizer works on: BOM and PEP 263 coding
// cookie honoured, the text converted to UTF-8, "\r\n" and "\r" turned into "\n", a final "\n" added.
#include <string>
#include <string_view>
#include <vector>

#include "syntax/Lexer.h"

namespace pt::syntax {

struct DecodedSource {
  std::string text;
  // CPython knows the encoding when a BOM or a cookie names it; only then does it convert the
  // byte columns of parser errors into character columns.
  bool offsetsInChars = false;
  std::vector<LexError> errors;  // encoding problems and NUL bytes (the text is still usable)
};

DecodedSource decodeSource(std::string_view bytes);

// The reason CPython's strict UTF-8 decoder gives for the first invalid byte of s, and its position;
// returns false when s is valid.
bool utf8Error(std::string_view s, size_t& position, std::string& reason);

}  // namespace pt::syntax
