#include "base/Diagnostic.h"

namespace pt {

std::string SourceLocation::str() const {
  std::string out = file.empty() ? "<input>" : file;
  if (line > 0) {
    out += ':' + std::to_string(line);
    if (col > 0) out += ':' + std::to_string(col);
  }
  return out;
}

static const char* severityName(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Note: return "note";
  }
  return "error";
}

std::string Diagnostic::format() const {
  std::string out = loc.str() + ": " + severityName(severity);
  if (!code.empty()) out += "[" + code + "]";
  return out + ": " + message;
}

bool hasErrors(const Diagnostics& diags) {
  for (const auto& d : diags)
    if (d.severity == Severity::Error) return true;
  return false;
}

}  // namespace pt
