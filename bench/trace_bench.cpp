// Times Polytrace's tracing and cached calls for one function, warm: the runtime is loaded and
// every op has run once before the clock starts (as torch's own timings in the same script are
// warm). Prints JSON: {"trace_ms": median of fresh traces, "cached_ms": median cached call}.
//
// usage: trace_bench FILE FUNCTION SETUP ARGS [REPEATS [cached-only]]
// With "cached-only" it makes REPEATS cached calls and nothing else (for perf record).
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "bench_clock.h"
#include "session/Session.h"
#include "trace/TracedFunction.h"

using namespace pt;
using bench::Clock;
using bench::median;
using bench::msSince;

int main(int argc, char** argv) {
  if (argc < 5) {
    std::fprintf(stderr, "usage: trace_bench FILE FUNCTION SETUP ARGS [REPEATS]\n");
    return 2;
  }
  int repeats = argc > 5 ? std::atoi(argv[5]) : 200;
  try {
    session::Session s(argv[1]);
    s.runSetup(argv[3]);
    auto fn = s.function(argv[2]);
    auto args = s.asFrameworkInputs(s.evalArgs(argv[4]), ir::Framework::Torch);
    trace::TracedFunction warm(s.interpreter(), fn, argv[2], trace::Mode::Eager);
    warm.traceWith(args);  // loads the runtime and runs every op once
    if (argc > 6 && std::string(argv[6]) == "cached-only") {
      auto t0 = Clock::now();
      for (int i = 0; i < repeats; ++i) warm.call(args);
      std::printf("{\"cached_ms\": %.6f}\n", msSince(t0) / repeats);
      return 0;
    }
    std::vector<double> traces, cached;
    for (int i = 0; i < repeats; ++i) {
      trace::TracedFunction f(s.interpreter(), fn, argv[2], trace::Mode::Lazy);
      auto t0 = Clock::now();
      f.call(args);
      traces.push_back(msSince(t0));
      auto t1 = Clock::now();
      f.call(args);
      cached.push_back(msSince(t1));
    }
    std::printf("{\"trace_ms\": %.6f, \"cached_ms\": %.6f}\n", median(traces), median(cached));
  } catch (const interp::PyException& e) {
    std::fprintf(stderr, "%s\n", e.formatted().c_str());
    return 1;
  }
  return 0;
}
