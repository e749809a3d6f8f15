// parse and functions: the front end alone (no interpreter, no runtime).
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "cli/CliSupport.h"
#include "cli/Commands.h"
#include "syntax/AstDump.h"
#include "syntax/Parser.h"

namespace pt::cli {

int runParse(int argc, char** argv) {
  CliArgs args(argc, argv, 2, {});
  for (const auto& e : args.errors()) return usageError("parse", e);
  if (args.positional().empty()) return usageError("parse", "expected FILE...");
  bool dump = args.flag("--dump"), stats = args.flag("--stats");
  size_t bytes = 0, errors = 0;
  double seconds = 0;
  for (const auto& file : args.positional()) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "%s: cannot read file\n", file.c_str());
      ++errors;
      continue;
    }
    std::ostringstream s;
    s << in.rdbuf();
    std::string text = s.str();
    bytes += text.size();
    auto start = std::chrono::steady_clock::now();
    auto result = syntax::parseModule(text, file);
    seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!result.ok()) {
      std::fprintf(stderr, "%s\n", result.firstErrorText().c_str());
      ++errors;
      continue;
    }
    if (dump) std::printf("%s\n", syntax::dumpAst(*result.module, true).c_str());
  }
  if (stats)
    std::printf("files: %zu\nbytes: %zu\nerrors: %zu\nparse seconds: %.6f\nMB/s: %.2f\n", args.positional().size(), bytes,
                errors, seconds, seconds > 0 ? static_cast<double>(bytes) / 1e6 / seconds : 0.0);
  return errors ? 1 : 0;
}

int runFunctions(int argc, char** argv) {
  CliArgs args(argc, argv, 2, {});
  for (const auto& e : args.errors()) return usageError("functions", e);
  if (args.positional().size() != 1) return usageError("functions", "expected one PATH");
  Diagnostics diags;
  auto functions = session::listFunctions(args.positional()[0], diags);
  for (const auto& f : functions) {
    std::string params;
    for (size_t i = 0; i < f.params.size(); ++i) params += (i ? ", " : "") + f.params[i];
    std::printf("%s(%s)\t%s:%d\t%s\n", f.qualname.c_str(), params.c_str(), f.file.c_str(), f.line,
                f.framework ? std::string(ir::frameworkName(*f.framework)).c_str() : "-");
  }
  printDiagnostics(diags);
  return hasErrors(diags) ? 1 : 0;
}

}  // namespace pt::cli
