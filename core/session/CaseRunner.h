#pragma once
// Runs one function of a source root on example inputs, or translates it, and reports the outcome
// as JSON text — the building block of `polytrace-cli batch` and of the oracle tests that compare
// Polytrace with the real frameworks (bench/torchvision_functional_tensor.py, test_torchvision).
// Values are written as a tree the harnesses compare with the real library's results:
//   {"kind": "tensor", "dtype": "float32", "shape": [3, 4], "data": [...]}  (NaN/±inf as strings)
//   {"kind": "int"|"float"|"bool"|"str", "value": ...}, {"kind": "none"}, {"kind": "dtype", "name": "uint8"},
//   {"kind": "list"|"tuple", "items": [...]}, {"kind": "other", "type": "..."}
#include <string>

#include "base/Diagnostic.h"
#include "interp/Interpreter.h"
#include "ir/Framework.h"
#include "ir/ObservedTypes.h"

namespace pt::session {

struct CaseSpec {
  std::string path;      // a source root or a .py file
  std::string function;  // QUAL: "pkg.mod.fn" under a root, "fn" in a file
  ir::Framework source = ir::Framework::Torch;
  std::string setup;     // Python run in the session's __main__ first
  std::string args;      // the call's positional arguments, as Python expressions
};

// Runs the function: traced (eager trace, then a call of the cached graph) or plainly interpreted.
// {"ok": true, "result": VALUE, "guards": ["loc: why", ...]} or
// {"ok": false, "error": {"type", "message", "reason", "traceback"}}.
std::string runCase(const CaseSpec& spec, bool trace);

// Translates the function to `target`: source-to-source ("source") or from a trace of the example
// inputs ("trace"). A trace whose Python control flow read tensor values is refused with reason
// "trace-specialised" (the straight-line code would silently drop that dependence).
struct CaseTranslation {
  std::string code;  // empty when it failed
  Diagnostics diagnostics;
  // Trace-based only: how the generated function is called (its parameters are the tensor
  // leaves of the arguments, each distinct tensor once, in order).
  std::string callNote;
};
// traceTypes (source-to-source only): first trace the function on the example inputs and let the
// translator consult the types observed at each AST node (see ir/ObservedTypes.h).
CaseTranslation translateCase(const CaseSpec& spec, ir::Framework target, const std::string& method, bool traceTypes = false);

// Runs the setup and traces the function on the example inputs, recording observed types into
// `into`. False (with an error diagnostic) when the setup, the function lookup or the arguments
// fail; an exception of the function itself is only a note (what ran until then is kept).
bool observeCaseTypes(const CaseSpec& spec, ir::ObservedTypes& into, Diagnostics& diagnostics);

// One job of `polytrace-cli batch`, as JSON text, answered as one JSON line:
//   {"id": ID, "action": "run", "path", "function", "source", "setup", "args", "trace": true}
//     → {"id", "ok", "result" | "error", "guards", "seconds"}
//   {"id": ID, "action": "transpile", "path", "function", "source", "setup", "args", "target",
//    "method": "source"|"trace", "trace_types": false, "out": FILE}  → {"id", "ok", "diagnostics", "seconds"} (the code goes to FILE)
// A malformed job is answered with {"id", "ok": false, "error": {"reason": "bad-job", ...}}.
std::string runBatchJob(const std::string& jobJson);

// The JSON tree of a value (see above).
std::string valueToJson(interp::Interpreter& in, const interp::Value& v);

}  // namespace pt::session
