// Times the graph diff of a translation (session::diffTranslation) and its node matching
// (ir::matchGraphs) next to a peer measured in the same run: a fresh eager trace of the same
// function. Warm: the runtime is loaded and the diff made once before the clock starts.
// Prints JSON: {"source_ops", "target_ops", "paired", "match_ms", "trace_ms", "diff_ms",
// "match_per_trace", "diff_per_trace"} (medians; the ratios are what to compare across machines).
//
// usage: diff_bench FILE FUNCTION SOURCE TARGET SETUP ARGS [source|trace [REPEATS]]
// e.g. diff_bench bench/diff_blocks.py blocks torch tensorflow "$SETUP" "x, wq, wk, wv, wo, w1, w2" trace
// (bench/diff_blocks.py's SETUP is in its header)
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "ir/GraphMatch.h"
#include "session/GraphDiff.h"
#include "bench_clock.h"
#include "session/Session.h"
#include "trace/TracedFunction.h"

using namespace pt;
using bench::Clock;
using bench::median;
using bench::msSince;

int main(int argc, char** argv) {
  if (argc < 7) {
    std::fprintf(stderr, "usage: diff_bench FILE FUNCTION SOURCE TARGET SETUP ARGS [source|trace [REPEATS]]\n");
    return 2;
  }
  const auto source = ir::frameworkFromName(argv[3]);
  const auto target = ir::frameworkFromName(argv[4]);
  if (!source || !target) {
    std::fprintf(stderr, "diff_bench: unknown framework\n");
    return 2;
  }
  const bool traceBased = argc > 7 && std::string(argv[7]) == "trace";
  const int repeats = argc > 8 ? std::max(1, std::atoi(argv[8])) : 20;
  try {
    session::Session s(argv[1]);
    s.runSetup(argv[5]);
    const auto args = s.evalArgs(argv[6]);
    const session::VerifyRequest request{argv[2], *source, *target, traceBased, args};
    const session::GraphDiff warm = session::diffTranslation(s, request);
    if (!warm.source || !warm.target) {
      std::fprintf(stderr, "diff_bench: %s\n", warm.verify.diagnostics.empty() ? "no graphs" : warm.verify.diagnostics[0].message.c_str());
      return 1;
    }
    std::vector<double> match, trace, diff;
    const auto sourceArgs = s.asFrameworkInputs(args, *source);
    for (int i = 0; i < repeats; ++i) {
      auto t0 = Clock::now();
      const ir::GraphMatch m = ir::matchGraphs(*warm.source->graph, *warm.target->graph);
      match.push_back(msSince(t0));
      if (m.pairs() != warm.match.pairs()) return 1;  // the same pairing every time
      trace::TracedFunction f(s.interpreter(), s.function(argv[2]), argv[2], trace::Mode::Eager);
      auto t1 = Clock::now();
      f.traceWith(sourceArgs);
      trace.push_back(msSince(t1));
      if (i < std::max(1, repeats / 5)) {  // the whole diff is slow: fewer of them
        auto t2 = Clock::now();
        session::diffTranslation(s, request);
        diff.push_back(msSince(t2));
      }
    }
    std::printf(
        "{\"source_ops\": %zu, \"target_ops\": %zu, \"paired\": %d, \"match_ms\": %.4f, \"trace_ms\": %.4f, \"diff_ms\": %.3f, "
        "\"match_per_trace\": %.4f, \"diff_per_trace\": %.3f}\n",
        warm.source->graph->nodes().size(), warm.target->graph->nodes().size(), warm.match.pairs(), median(match), median(trace),
        median(diff), median(match) / median(trace), median(diff) / median(trace));
  } catch (const interp::PyException& e) {
    std::fprintf(stderr, "%s\n", e.formatted().c_str());
    return 1;
  }
  return 0;
}
