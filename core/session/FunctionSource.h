#pragma once
// The Python source an interpreted function was defined in — a module file, a notebook cell or
// --setup code — for source-to-source translation of a live function object.
#include <optional>
#include <string>

#include "interp/Objects.h"
#include "ir/Framework.h"

namespace pt::session {

struct FunctionSource {
  std::string text;      // the whole defining source, the function's decorators blanked out
  std::string filename;  // as the interpreter names it ("kornia/color.py", "<cell 21>")
  std::string name;      // the function's name (a module-level def of `text`)
};

// Only module-level `def`s have a source of their own: nullopt for lambdas, nested functions,
// methods and anything not interpreted from source.
std::optional<FunctionSource> functionSource(const interp::FunctionObject& fn);

// The framework a source text is written against, from its imports (the first framework
// imported; `ivy` only when nothing else is). nullopt when it imports none.
std::optional<ir::Framework> frameworkOfSource(const std::string& text, const std::string& filename);

}  // namespace pt::session
