#pragma once
// The choices of the toolbar: how a function is translated, and their command-line spellings.
#include <QString>

#include <optional>

#include "ir/Framework.h"
#include "trace/TracedFunction.h"

namespace pt::app {

// Source-to-source keeps the function's code (control flow, helpers) and needs no inputs;
// trace-based translates the traced graph into straight-line code.
enum class Method { SourceToSource, Trace };

QString frameworkId(ir::Framework fw);  // "torch", "numpy", ...: the names users import
std::optional<ir::Framework> frameworkFromId(const QString& id);
QString modeId(trace::Mode mode);  // "lazy" | "eager"
std::optional<trace::Mode> modeFromId(const QString& id);
QString methodId(Method method);  // "source" | "trace", as polytrace-cli --method
std::optional<Method> methodFromId(const QString& id);

}  // namespace pt::app
