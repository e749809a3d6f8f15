#pragma once
// Python 3.11 tokenizer, a port of the logic of CPython's Parser/tokenizer.c: INDENT/DEDENT from an
// indentation stack (with the tab-consistency check), implicit joining inside brackets, backslash
// continuation, numbers and strings scanned (not yet decoded) with CPython's error messages.
// The whole file is tokenized up front; an error becomes a Tok::Error token and the lexer carries on,
// so the parser can report the error when it reaches it (as CPython does) and recover after it.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/Token.h"

namespace pt::syntax {

struct LexError {
  std::string message;
  std::string type = "SyntaxError";  // or IndentationError / TabError
  int lineno = 0;
  int offset = 0;  // 1-based, as CPython's SyntaxError.offset for this error
  int endLineno = 0;
  int endOffset = 0;
  // CPython raises these inside the tokenizer, so they replace a parser error that happened earlier in
  // the file (pegen_errors.c tokenizes the rest of the source after a parse failure). The others
  // (E_DEDENT, E_TABSPACE, E_TOODEEP, E_LINECONT, E_EOF) only count when the parser reaches them.
  bool raisedByTokenizer = true;
  bool offsetIsBytes = false;  // a byte column CPython converts to characters when it knows the encoding
  bool eofInBrackets = false;  // end of file with an open bracket: "'(' was never closed"
  int bracketLine = 0;         // for eofInBrackets: where the innermost open bracket is
  int bracketCol = 0;          // byte column
  char bracket = 0;
  // Set when CPython measures offset from its tokenizer buffer (tok->buf) rather than from the line:
  // E_LINECONT right after a multi-line string or a backslash continuation, where tok->buf still
  // starts at an earlier line. The byte offset of that buffer start in the text.
  int64_t bufStart = -1;
};

// Token flag bits.
enum : uint8_t { kTokTopLevelStart = 1 };  // first token of a logical line at indentation level 0

struct LexOutput {
  std::vector<Token> tokens;   // always ends with EndMarker
  std::vector<uint8_t> flags;  // parallel to tokens
  std::vector<LexError> errors;
};

// text: decoded UTF-8 with '\n' line ends, ending in '\n' and free of NUL bytes (see SourceDecode.h).
// firstLine lets the recovery re-tokenize from a given line (1-based) with a fresh state.
LexOutput tokenize(std::string_view text, int firstLine = 1, size_t startOffset = 0);

// Byte offset of each line start in text (index 0 = line 1).
std::vector<uint32_t> lineStarts(std::string_view text);

}  // namespace pt::syntax
