// verify: run the source and its translation on the same inputs and compare every output (and,
// for trace-based translations, every intermediate node).
#include <cstdio>

#include "cli/CliSupport.h"
#include "cli/Commands.h"
#include "session/GraphDiff.h"
#include "session/Verify.h"

namespace pt::cli {

namespace {
void printComparison(const session::ValueComparison& c) {
  std::printf("%s: %s vs %s  max rel error %.3g (tolerance %.0e)  %s%s%s\n", c.what.c_str(), c.sourceType.c_str(),
              c.targetType.c_str(), c.maxError, c.tolerance, c.ok ? "ok" : "MISMATCH", c.note.empty() ? "" : "  — ",
              c.note.c_str());
}
// An unpaired node's step: the paired node its results flow into.
std::string partOf(int feeds, const std::vector<std::unique_ptr<ir::Node>>& nodes) {
  if (feeds < 0) return {};
  return ", part of node " + std::to_string(feeds) + " (" + std::string(ir::opName(nodes[static_cast<size_t>(feeds)]->op)) + ")";
}

// --graph: both graphs node by node, paired, with the difference of each pair.
void printGraphDiff(const session::GraphDiff& d) {
  const auto& sn = d.source->graph->nodes();
  const auto& tn = d.target->graph->nodes();
  std::printf("graphs: %zu source nodes, %zu translated nodes, %d paired\n", sn.size(), tn.size(), d.match.pairs());
  for (size_t i = 0; i < sn.size(); ++i) {
    const int t = d.match.targetOfSource[i];
    std::printf("  %3zu %-12s ", i, std::string(ir::opName(sn[i]->op)).c_str());
    if (t < 0) {
      std::printf("-> (no counterpart)%s\n", partOf(d.match.sourceFeeds[i], sn).c_str());
      continue;
    }
    std::printf("-> %3d", t);
    if (tn[static_cast<size_t>(t)]->op != sn[i]->op) std::printf(" (%s)", std::string(ir::opName(tn[static_cast<size_t>(t)]->op)).c_str());
    if (d.sourceNodes[i]) std::printf("  max rel error %.3g %s", d.sourceNodes[i]->maxError, d.sourceNodes[i]->ok ? "ok" : "MISMATCH");
    std::printf("\n");
  }
  for (size_t t = 0; t < tn.size(); ++t)
    if (d.match.sourceOfTarget[t] < 0)
      std::printf("  translated node %zu (%s) has no counterpart%s\n", t, std::string(ir::opName(tn[t]->op)).c_str(),
                  partOf(d.match.targetFeeds[t], tn).c_str());
  if (d.firstDivergence >= 0) {
    std::printf("first divergence: ");
    printComparison(*d.sourceNodes[static_cast<size_t>(d.firstDivergence)]);
  }
}

}  // namespace

int runVerify(int argc, char** argv) {
  CliArgs args(argc, argv, 2, {"--function", "--source", "--target", "--method", "--setup", "--args", "--inputs"});
  int code = 0;
  auto p = prepare(args, "verify", true, code);
  if (!p) return code;
  auto target = frameworkOption(args, "--target", "verify");
  if (!target) return 2;
  if (!args.get("--args") && !args.get("--inputs"))
    return usageError("verify", "verification runs both sides on the same inputs: give --args EXPRS or --inputs JSON");
  std::string method = args.get("--method", "source");
  if (method != "source" && method != "trace") return usageError("verify", "--method must be source or trace");
  session::VerifyRequest request{*args.get("--function"), p->source, *target, method == "trace", p->args};
  const bool graphs = args.flag("--graph");
  session::GraphDiff diff = graphs ? session::diffTranslation(*p->session, request) : session::GraphDiff{};
  const session::VerifyResult result = graphs ? diff.verify : session::verifyTranslation(*p->session, request);
  printDiagnostics(result.diagnostics);
  if (hasErrors(result.diagnostics)) return result.code.empty() ? 2 : 1;
  std::printf("translation: %s, %s -> %s\n", method == "trace" ? "trace-based" : "source-to-source",
              std::string(ir::frameworkName(p->source)).c_str(), std::string(ir::frameworkName(*target)).c_str());
  for (const auto& o : result.outputs) printComparison(o);
  if (request.traceBased) {
    std::printf("nodes compared: %zu\n", result.nodes.size());
    if (result.firstDivergence) {
      std::printf("first divergence: ");
      printComparison(*result.firstDivergence);
    }
  }
  if (graphs && diff.source && diff.target) printGraphDiff(diff);
  const bool ok = graphs ? diff.ok() : result.ok();
  std::printf("%s\n", ok ? "verified: equal within tolerance" : "verified: DIFFERENT");
  return ok ? 0 : 1;
}

}  // namespace pt::cli
