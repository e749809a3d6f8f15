// transpile: source-to-source (no inputs) or trace-based (with inputs), one function or a package.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/CliSupport.h"
#include "cli/Commands.h"
#include "codegen/GraphCodegen.h"
#include "s2s/Translator.h"
#include "session/CaseRunner.h"
#include "session/PackageTranslation.h"
#include "session/TranslationCache.h"

namespace pt::cli {

namespace {

const std::set<std::string> kValued = {"--function", "--source", "--target", "--method", "--setup",
                                       "--args",     "-o",       "--module", "--out-dir"};

int transpileFunctionSource(const CliArgs& args, ir::Framework source, ir::Framework target) {
  const std::string& path = args.positional()[0];
  Diagnostics diags;
  auto info = session::findFunction(path, *args.get("--function"), diags);
  if (!info) {
    printDiagnostics(diags);
    return 2;
  }
  auto text = session::readFile(info->file);
  if (!text) return usageError("transpile", "cannot read " + info->file);
  s2s::Request req{*text, info->file, info->name, source, target};
  // --trace-types: run the function on the example inputs first, so that what annotations and
  // local inference leave open (is this receiver a tensor? is this operand an int?) is observed.
  ir::ObservedTypes observed;
  if (args.flag("--trace-types")) {
    if (!args.get("--args")) return usageError("transpile", "--trace-types needs example inputs: give --args EXPRS");
    session::CaseSpec spec{path, *args.get("--function"), source, args.get("--setup", ""), *args.get("--args")};
    Diagnostics run;
    bool ok = session::observeCaseTypes(spec, observed, run);
    printDiagnostics(run);
    if (!ok) return 1;
    req.observed = &observed;
  }
  s2s::Result result = s2s::translateFunction(req);
  printDiagnostics(result.diagnostics);
  if (!result.ok()) return 2;
  std::string error;
  if (!writeFile(*args.get("-o"), result.code, error)) return usageError("transpile", error);
  return 0;
}

int transpileFunctionTrace(const CliArgs& args, ir::Framework target) {
  int code = 0;
  auto p = prepare(args, "transpile", true, code);
  if (!p) return code;
  if (!args.get("--args")) return usageError("transpile", "--method trace needs example inputs: give --args EXPRS");
  trace::TracedFunction traced(p->session->interpreter(), p->function, p->info.name, trace::Mode::Eager);
  try {
    traced.traceWith(p->args);
  } catch (const interp::PyException& e) {
    printDiagnostics({session::diagnosticFromException(e)});
    return 1;
  }
  const trace::CachedTrace& t = *traced.lastTrace();
  if (!t.guards.empty()) {
    for (const auto& g : t.guards)
      std::fprintf(stderr, "%s: error[trace-specialised]: %s\n", g.loc.str().c_str(), g.description.c_str());
    std::fprintf(stderr, "a trace-based translation would silently drop this dependence; use --method source\n");
    return 2;
  }
  codegen::GraphCodegenOptions options;
  options.functionName = p->info.name;
  options.origin = p->info.name + " in " + std::filesystem::path(p->info.file).filename().string() + " (" +
                   std::string(ir::frameworkName(p->source)) + "), traced with " + t.signature;
  options.resultOutputs = t.resultOutputs;
  auto generated = codegen::generateFromGraph(*t.graph, target, options);
  printDiagnostics(generated.diagnostics);
  if (!generated.ok()) return 2;
  std::string error;
  if (!writeFile(*args.get("-o"), generated.code, error)) return usageError("transpile", error);
  return 0;
}

// A package: every module of MODULE translated into a mirrored tree under DIR. One function's
// failure never stops the rest; the summary lists what did not translate, by reason.
int transpileModule(const CliArgs& args, ir::Framework source, ir::Framework target) {
  const std::string& root = args.positional()[0];
  const std::string module = *args.get("--module");
  auto outDir = args.get("--out-dir");
  if (!outDir) return usageError("transpile", "--module needs --out-dir DIR");
  const auto sources = session::packageSources(root, module);
  if (sources.empty()) return usageError("transpile", "no module '" + module + "' under " + root);
  // Translations are kept on disk between runs (keyed by source, frameworks and this build).
  session::TranslationCache cache(session::TranslationCache::defaultDir());
  const bool useCache = !args.flag("--no-cache");
  const auto report = session::translatePackage(root, sources, source, target, *outDir, useCache ? &cache : nullptr);
  printDiagnostics(report.diagnostics);
  std::printf("translated %d function(s), %d failed\n", report.translated, report.failed);
  for (const auto& [reason, count] : report.reasons) std::printf("  %s: %d\n", reason.c_str(), count);
  const double s = report.seconds;
  if (args.flag("--stats"))
    std::printf("files: %zu\nlines: %zu\nfunctions: %d\ntranslation seconds: %.4f\nfunctions/s: %.0f\nlines/s: %.0f\n", report.files,
                report.lines, report.translated + report.failed, s, s > 0 ? (report.translated + report.failed) / s : 0.0,
                s > 0 ? static_cast<double>(report.lines) / s : 0.0);
  if (args.flag("--stats") && useCache)
    std::printf("cache: %d hit(s), %d miss(es) in %s\n", cache.hits(), cache.misses(), cache.dir().string().c_str());
  return report.failed ? 2 : 0;
}

}  // namespace

int runTranspile(int argc, char** argv) {
  CliArgs args(argc, argv, 2, kValued);
  for (const auto& e : args.errors()) return usageError("transpile", e);
  if (args.positional().size() != 1) return usageError("transpile", "expected one PATH (a .py file or a source root)");
  auto source = frameworkOption(args, "--source", "transpile");
  if (!source) return 2;
  auto target = frameworkOption(args, "--target", "transpile");
  if (!target) return 2;
  if (args.get("--module")) return transpileModule(args, *source, *target);
  if (!args.get("--function")) return usageError("transpile", "give --function QUAL or --module MODULE");
  if (!args.get("-o")) return usageError("transpile", "-o OUT.py is required");
  std::string method = args.get("--method", "source");
  if (method == "source") return transpileFunctionSource(args, *source, *target);
  if (method == "trace") return transpileFunctionTrace(args, *target);
  return usageError("transpile", "--method must be source or trace");
}

}  // namespace pt::cli
