#pragma once
// Resolves a function in a core Session with the editor's unsaved buffers in place of the files
// on disk, so the user traces the code they see, not what was last saved.
#include <map>
#include <string>

#include "interp/Value.h"
#include "session/Session.h"

namespace pt::app {

// `unsaved` maps absolute file paths to their edited text. Only the function's own module and
// the packages above it are taken from `unsaved`; other modules it imports load from disk
// (core's Session has no source-override hook yet). Throws interp::PyException.
interp::Value loadFunction(session::Session& session, const session::FunctionInfo& info,
                           const std::map<std::string, std::string>& unsaved);

}  // namespace pt::app
