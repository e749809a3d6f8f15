#pragma once
// The core objects behind the document's selected function, and small helpers (private to
// Document's sources).
#include <QString>

#include <memory>
#include <vector>

#include "app/Document.h"
#include "base/Diagnostic.h"
#include "interp/Value.h"
#include "session/Session.h"
#include "trace/TracedFunction.h"

namespace pt::app {

// Declaration order is destruction order in reverse: the traced function and the values go
// before the interpreter they live in. While a task runs, the task owns it (see TaskRunner).
struct Document::Live {
  std::unique_ptr<session::Session> session;
  interp::Value function;
  std::vector<interp::Value> args;
  std::unique_ptr<trace::TracedFunction> traced;
};

namespace detail {

inline QString qs(const std::string& s) { return QString::fromStdString(s); }

inline Diagnostic error(std::string code, std::string message, SourceLocation loc = {}) {
  return {Severity::Error, std::move(code), std::move(message), std::move(loc)};
}

}  // namespace detail
}  // namespace pt::app
