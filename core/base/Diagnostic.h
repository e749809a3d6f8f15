#pragma once
// Errors in core/ are values: a Diagnostic carries a reason code and a source location,
// so every front end (CLI, IDE problems panel, tests) can show and link it.
#include <string>
#include <vector>

namespace pt {

struct SourceLocation {
  std::string file;
  int line = 0;     // 1-based; 0 = unknown
  int col = 0;      // 1-based column for humans (CPython prints 1-based columns in messages)
  int endLine = 0;
  int endCol = 0;
  bool known() const { return line > 0; }
  std::string str() const;  // "file:line:col" (or just "file" when the line is unknown)
};

enum class Severity { Error, Warning, Note };

struct Diagnostic {
  Severity severity = Severity::Error;
  std::string code;     // stable reason code, e.g. "syntax-error", "unsupported-api", "type-unknown"
  std::string message;  // human text
  SourceLocation loc;
  // "file:line:col: error[code]: message" — the CLI and tests print this form.
  std::string format() const;
};

using Diagnostics = std::vector<Diagnostic>;

bool hasErrors(const Diagnostics& diags);

}  // namespace pt
