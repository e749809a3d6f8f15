#pragma once
// Diagnostics as JSON objects, for machine-readable output (batch jobs) and for results kept on
// disk (the translation cache), where a diagnostic must come back exactly as it was written.
#include <nlohmann/json_fwd.hpp>

#include "base/Diagnostic.h"

namespace pt::session {

nlohmann::json diagnosticToJson(const Diagnostic& d);
Diagnostic diagnosticFromJson(const nlohmann::json& j);  // throws nlohmann::json::exception on bad input

}  // namespace pt::session
