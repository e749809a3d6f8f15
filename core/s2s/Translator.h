#pragma once
// Source-to-source translation: a function's Python source (control flow, checks, helpers,
// comments) kept as written, with every framework call, dtype and tensor type mapped through
// the same frontend tables and emitter tables the graph path uses. Needs no inputs: eager.
#include <string>
#include <vector>

#include "base/Diagnostic.h"
#include "ir/Framework.h"
#include "ir/ObservedTypes.h"

namespace pt::s2s {

struct Request {
  std::string sourceBytes;
  std::string filename;      // for diagnostics
  std::string functionName;  // a module-level function of this file; empty = the whole module
  ir::Framework source = ir::Framework::Torch;
  ir::Framework target = ir::Framework::TensorFlow;
  // Types observed at each AST node when the function ran (a trace with example inputs), or null.
  // They decide what annotations and local inference leave open: which receivers are tensors,
  // which operands are Python ints or floats. Looked up under observedPath (the file's path as
  // the interpreter named it, or a full path ending with that name; empty: `filename`).
  const ir::ObservedTypes* observed = nullptr;
  std::string observedPath;
};

struct Result {
  std::string code;                            // a self-contained module
  Diagnostics diagnostics;                     // errors (with reason codes) and notes
  std::vector<std::string> translatedFunctions;  // the function and the helpers it needs, in source order
  // Whole-module mode: functions that could not be translated, with why. Their place in the
  // output holds a function that raises NotImplementedError naming the reason.
  std::vector<std::pair<std::string, Diagnostics>> failedFunctions;
  bool ok() const { return !hasErrors(diagnostics) && !code.empty(); }
};

Result translateFunction(const Request& request);

}  // namespace pt::s2s
