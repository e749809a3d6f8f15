#include "cli/CliSupport.h"

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace pt::cli {

void printDiagnostics(const Diagnostics& diags) {
  for (const auto& d : diags) std::fprintf(stderr, "%s\n", d.format().c_str());
}

int usageError(const std::string& command, const std::string& message) {
  std::fprintf(stderr, "polytrace-cli %s: %s\n", command.c_str(), message.c_str());
  return 2;
}

std::optional<ir::Framework> frameworkOption(const CliArgs& args, const std::string& option, const std::string& command) {
  auto value = args.get(option);
  if (!value) {
    usageError(command, option + " FW is required (torch, numpy, jax, tensorflow or ivy)");
    return std::nullopt;
  }
  auto fw = ir::frameworkFromName(*value);
  if (!fw) usageError(command, "unknown framework '" + *value + "' (torch, numpy, jax, tensorflow or ivy)");
  return fw;
}

std::optional<Prepared> prepare(const CliArgs& args, const std::string& command, bool evaluateArgs, int& exitCode) {
  exitCode = 2;
  for (const auto& e : args.errors()) return usageError(command, e), std::nullopt;
  if (args.positional().size() != 1) return usageError(command, "expected one PATH (a .py file or a source root)"), std::nullopt;
  auto qual = args.get("--function");
  if (!qual) return usageError(command, "--function QUAL is required"), std::nullopt;
  auto source = frameworkOption(args, "--source", command);
  if (!source) return std::nullopt;
  const std::string& path = args.positional()[0];
  Diagnostics diags;
  auto info = session::findFunction(path, *qual, diags);
  if (!info) {
    printDiagnostics(diags);
    exitCode = 1;
    return std::nullopt;
  }
  Prepared p;
  p.info = *info;
  p.source = *source;
  p.session = std::make_unique<session::Session>(path);
  try {
    p.session->runSetup(args.get("--setup", ""));
    p.function = p.session->function(*qual);
    if (evaluateArgs) {
      const auto pickers = session::parseParamInputs(args.get("--inputs", ""));
      p.args = p.session->asFrameworkInputs(p.session->evalInputs(info->params, args.get("--args", ""), pickers), *source);
    }
  } catch (const session::ParamInputError& e) {
    return usageError(command, e.message), std::nullopt;
  } catch (const interp::PyException& e) {
    printDiagnostics({session::diagnosticFromException(e)});
    exitCode = 1;
    return std::nullopt;
  }
  std::fputs(p.session->interpreter().output().c_str(), stdout);
  p.session->interpreter().output().clear();
  exitCode = 0;
  return p;
}

bool writeFile(const std::string& path, const std::string& content, std::string& error) {
  std::error_code ec;
  auto parent = std::filesystem::path(path).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  // Write to a temporary file and rename, so a failure never leaves half a file behind.
  std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary);
    if (!out) {
      error = "cannot write " + path;
      return false;
    }
    out << content;
    if (!out) {
      error = "cannot write " + path;
      return false;
    }
  }
  std::filesystem::rename(tmp, path, ec);
  if (ec) {
    error = "cannot write " + path + ": " + ec.message();
    return false;
  }
  return true;
}

}  // namespace pt::cli
