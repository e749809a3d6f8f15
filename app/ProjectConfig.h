#pragma once
// polytrace.json next to a project: per-function default frameworks and example inputs, and the
// function to open first. Optional: a project without it gets guessed frameworks and no inputs.
#include <QHash>
#include <QString>

#include <optional>

#include "app/Pickers.h"
#include "base/Diagnostic.h"

namespace pt::app {

struct FunctionDefaults {
  std::optional<ir::Framework> source;
  std::optional<ir::Framework> target;
  QString setup;
  QString args;
  QString inputs;  // "inputs": {param: picked input} as in polytrace-cli --inputs, compact JSON
};

struct ProjectConfig {
  QString title;
  QString description;
  QString start;  // qualified name of the function to select on open
  QHash<QString, FunctionDefaults> functions;

  // Reads DIR/polytrace.json; a missing file is an empty config, a broken one a diagnostic.
  static ProjectConfig load(const QString& dir, Diagnostics& diagnostics);
};

}  // namespace pt::app
