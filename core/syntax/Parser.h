#pragma once
// Entry point of the Python front end: bytes in, CPython-shaped AST and syntax errors out.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/Diagnostic.h"
#include "syntax/Ast.h"

namespace pt::syntax {

struct SyntaxError {
  std::string message;  // CPython's wording where possible, e.g. "invalid syntax", "'(' was never closed"
  int lineno = 0;       // 1-based
  int offset = 0;       // 1-based column in characters, as CPython's SyntaxError.offset
  int end_lineno = 0;
  int end_offset = 0;
  std::string type = "SyntaxError";  // or "IndentationError", "TabError"
};

struct ParseResult {
  std::unique_ptr<AstArena> arena;
  Module* module = nullptr;         // always set; after errors it holds what could be recovered
  std::vector<SyntaxError> errors;  // empty when the file parses
  std::string source;               // the decoded UTF-8 text the positions refer to
  std::string filename;
  bool ok() const { return errors.empty(); }
  // "FILE:LINE:COL: SyntaxError: MESSAGE" for the first error, as the CLI prints it.
  std::string firstErrorText() const;
  Diagnostics diagnostics() const;  // every error as a Diagnostic with code "syntax-error"
};

// Parses a whole module. sourceBytes may carry a BOM or a PEP 263 coding cookie.
ParseResult parseModule(std::string_view sourceBytes, std::string filename);

}  // namespace pt::syntax
