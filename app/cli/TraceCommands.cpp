// trace and run: interpret the function on example inputs, record its graph, call it again.
#include <cstdio>

#include "cli/CliSupport.h"
#include "cli/Commands.h"
#include "ir/GraphJson.h"
#include "ir/TextFormat.h"
#include "layout/GraphLayout.h"
#include "passes/Passes.h"
#include "ir/Verifier.h"

namespace pt::cli {

namespace {
const std::set<std::string> kValued = {"--function", "--source", "--setup", "--args", "--inputs", "--emit", "-o",
                                       "--mode",     "--calls",  "--save-outputs"};

void printGuards(const trace::CachedTrace& t) {
  for (const auto& g : t.guards) std::fprintf(stderr, "%s: note[guard]: %s\n", g.loc.str().c_str(), g.description.c_str());
}
}  // namespace

int runTrace(int argc, char** argv) {
  CliArgs args(argc, argv, 2, kValued);
  int code = 0;
  auto p = prepare(args, "trace", true, code);
  if (!p) return code;
  if (!args.get("--args") && !args.get("--inputs"))
    return usageError("trace", "tracing needs example inputs: give --args EXPRS or --inputs JSON");
  std::string emit = args.get("--emit", "ir");
  trace::TracedFunction traced(p->session->interpreter(), p->function, p->info.name, trace::Mode::Eager);
  try {
    traced.traceWith(p->args);
  } catch (const interp::PyException& e) {
    printDiagnostics({session::diagnosticFromException(e)});
    return 1;
  }
  const trace::CachedTrace& t = *traced.lastTrace();
  printGuards(t);
  for (const auto& problem : t.verifierProblems) std::fprintf(stderr, "verifier: %s\n", problem.c_str());
  std::unique_ptr<ir::Graph> optimized;
  const ir::Graph* graph = t.graph.get();
  if (args.flag("--optimize")) {
    // "compile": the graph after dead code, common subexpressions and constant folding.
    optimized = t.graph->clone();
    for (const auto& r : passes::optimize(*optimized, session::evaluateConstantOp)) {
      // Node numbers are positions in the traced graph (as `--emit ir` without --optimize lists them).
      auto list = [](const std::vector<int>& nodes) {
        std::string text;
        for (int n : nodes) text += (text.empty() ? " (nodes " : ", ") + std::to_string(n);
        return text.empty() ? text : text + ")";
      };
      std::string merges;
      for (const auto& [merged, into] : r.mergedNodes)
        merges += (merges.empty() ? " (" : ", ") + std::to_string(merged) + " into " + std::to_string(into);
      if (!merges.empty()) merges += ")";
      std::fprintf(stderr, "%s: %d removed%s, %d merged%s, %d folded%s\n", r.pass.c_str(), r.removed, list(r.removedNodes).c_str(),
                   r.merged, merges.c_str(), r.folded, list(r.foldedNodes).c_str());
      for (const auto& problem : ir::verify(*optimized)) std::fprintf(stderr, "verifier after %s: %s\n", r.pass.c_str(), problem.c_str());
    }
    graph = optimized.get();
  }
  std::string out;
  if (emit == "ir") out = ir::printGraph(*graph);
  else if (emit == "json") out = ir::graphToJson(*graph) + "\n";
  else if (emit == "dot") out = layout::renderDot(layout::graphSpecFromIr(*graph));
  else if (emit == "svg") out = layout::renderSvg(layout::graphSpecFromIr(*graph));
  else return usageError("trace", "--emit must be ir, json, dot or svg");
  if (auto file = args.get("-o")) {
    std::string error;
    if (!writeFile(*file, out, error)) return usageError("trace", error);
  } else {
    std::fputs(out.c_str(), stdout);
  }
  return t.verifierProblems.empty() ? 0 : 1;
}

int runRun(int argc, char** argv) {
  CliArgs args(argc, argv, 2, kValued);
  int code = 0;
  auto p = prepare(args, "run", true, code);
  if (!p) return code;
  std::string modeText = args.get("--mode", "lazy");
  if (modeText != "lazy" && modeText != "eager") return usageError("run", "--mode must be lazy or eager");
  int calls = 2;
  try {
    calls = std::stoi(args.get("--calls", "2"));
  } catch (...) {
    return usageError("run", "--calls must be a number");
  }
  if (calls < 1) return usageError("run", "--calls must be at least 1");
  auto mode = modeText == "eager" ? trace::Mode::Eager : trace::Mode::Lazy;
  trace::TracedFunction traced(p->session->interpreter(), p->function, p->info.name, mode);
  interp::Value result;
  try {
    if (mode == trace::Mode::Eager) traced.traceWith(p->args);
    for (int i = 0; i < calls; ++i) result = traced.call(p->args);
  } catch (const interp::PyException& e) {
    std::fputs(p->session->interpreter().output().c_str(), stdout);
    printDiagnostics({session::diagnosticFromException(e)});
    return 1;
  }
  std::fputs(p->session->interpreter().output().c_str(), stdout);
  for (const auto& c : traced.callLog()) {
    bool creation = c.why == "eager trace at creation";
    std::printf("%s %d: %.4f ms%s\n", creation ? "trace" : "call", creation ? 0 : c.index + (mode == trace::Mode::Eager ? 0 : 1),
                c.milliseconds, c.traced ? ("  [traced: " + c.why + "]").c_str() : "  [cached graph]");
  }
  if (traced.lastTrace()) printGuards(*traced.lastTrace());
  std::printf("%s\n", p->session->interpreter().repr(result).c_str());
  if (auto dir = args.get("--save-outputs")) {
    try {
      for (const auto& f : session::saveOutputsAsNpy(p->session->interpreter(), result, *dir))
        std::fprintf(stderr, "wrote %s\n", f.c_str());
    } catch (const interp::PyException& e) {
      printDiagnostics({session::diagnosticFromException(e)});
      return 1;
    }
  }
  return 0;
}

}  // namespace pt::cli
