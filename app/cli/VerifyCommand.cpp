// verify: run the source and its translation on the same inputs and compare every output (and,
// for trace-based translations, every intermediate node).
#include <cstdio>

#include "cli/CliSupport.h"
#include "cli/Commands.h"
#include "session/Verify.h"

namespace pt::cli {

namespace {
void printComparison(const session::ValueComparison& c) {
  std::printf("%s: %s vs %s  max rel error %.3g (tolerance %.0e)  %s%s%s\n", c.what.c_str(), c.sourceType.c_str(),
              c.targetType.c_str(), c.maxError, c.tolerance, c.ok ? "ok" : "MISMATCH", c.note.empty() ? "" : "  — ",
              c.note.c_str());
}
}  // namespace

int runVerify(int argc, char** argv) {
  CliArgs args(argc, argv, 2, {"--function", "--source", "--target", "--method", "--setup", "--args"});
  int code = 0;
  auto p = prepare(args, "verify", true, code);
  if (!p) return code;
  auto target = frameworkOption(args, "--target", "verify");
  if (!target) return 2;
  if (!args.get("--args")) return usageError("verify", "verification runs both sides on the same inputs: give --args EXPRS");
  std::string method = args.get("--method", "source");
  if (method != "source" && method != "trace") return usageError("verify", "--method must be source or trace");
  session::VerifyRequest request{*args.get("--function"), p->source, *target, method == "trace", p->args};
  auto result = session::verifyTranslation(*p->session, request);
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
  std::printf("%s\n", result.ok() ? "verified: equal within tolerance" : "verified: DIFFERENT");
  return result.ok() ? 0 : 1;
}

}  // namespace pt::cli
