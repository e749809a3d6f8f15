#pragma once
// What the trace, run and transpile commands share: opening PATH, finding QUAL, running --setup
// and evaluating --args, and printing diagnostics.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/Diagnostic.h"
#include "cli/CliArgs.h"
#include "ir/Framework.h"
#include "session/Session.h"

namespace pt::cli {

struct Prepared {
  std::unique_ptr<session::Session> session;
  session::FunctionInfo info;
  interp::Value function;
  std::vector<interp::Value> args;
  ir::Framework source = ir::Framework::Torch;
};

void printDiagnostics(const Diagnostics& diags);
int usageError(const std::string& command, const std::string& message);
std::optional<ir::Framework> frameworkOption(const CliArgs& args, const std::string& option, const std::string& command);
// Returns nullopt after printing why (exit code in `exitCode`).
std::optional<Prepared> prepare(const CliArgs& args, const std::string& command, bool evaluateArgs, int& exitCode);
bool writeFile(const std::string& path, const std::string& content, std::string& error);

}  // namespace pt::cli
