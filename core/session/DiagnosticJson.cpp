#include "session/DiagnosticJson.h"

#include <array>
#include <nlohmann/json.hpp>
#include <utility>

namespace pt::session {

namespace {
constexpr std::array<std::pair<Severity, const char*>, 3> kSeverityNames{
    {{Severity::Error, "error"}, {Severity::Warning, "warning"}, {Severity::Note, "note"}}};
}

nlohmann::json diagnosticToJson(const Diagnostic& d) {
  const char* severity = "error";
  for (const auto& [s, name] : kSeverityNames)
    if (s == d.severity) severity = name;
  return {{"severity", severity}, {"code", d.code},        {"message", d.message},      {"file", d.loc.file},
          {"line", d.loc.line},   {"col", d.loc.col},      {"end_line", d.loc.endLine}, {"end_col", d.loc.endCol}};
}

Diagnostic diagnosticFromJson(const nlohmann::json& j) {
  Diagnostic d;
  const std::string severity = j.at("severity").get<std::string>();
  for (const auto& [s, name] : kSeverityNames)
    if (severity == name) d.severity = s;
  d.code = j.at("code").get<std::string>();
  d.message = j.at("message").get<std::string>();
  d.loc.file = j.at("file").get<std::string>();
  d.loc.line = j.at("line").get<int>();
  d.loc.col = j.at("col").get<int>();
  d.loc.endLine = j.at("end_line").get<int>();
  d.loc.endCol = j.at("end_col").get<int>();
  return d;
}

}  // namespace pt::session
