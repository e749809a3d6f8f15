// polytrace-cli: the scripting interface to core/. No Qt, no display.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "cli/Commands.h"
#include "interp/Interpreter.h"

namespace {

struct Command {
  const char* name;
  int (*run)(int, char**);
  const char* usage;
};

constexpr Command kCommands[] = {
    {"parse", pt::cli::runParse, "parse FILE... [--dump] [--stats]"},
    {"functions", pt::cli::runFunctions, "functions PATH"},
    {"trace", pt::cli::runTrace,
     "trace PATH --function QUAL --source FW [--setup CODE] [--args EXPRS] [--inputs JSON] [--emit ir|json|dot|svg] [--optimize] [-o OUT]"},
    {"run", pt::cli::runRun,
     "run PATH --function QUAL --source FW [--setup CODE] --args EXPRS [--inputs JSON] [--mode lazy|eager] [--calls N] [--save-outputs DIR]"},
    {"transpile", pt::cli::runTranspile,
     "transpile PATH --function QUAL --source FW --target FW [--method source|trace] [--setup CODE --args EXPRS] [--trace-types] -o OUT.py\n"
     "       polytrace-cli transpile PATH --module MODULE --source FW --target FW --out-dir DIR [--stats] [--no-cache]"},
    {"exec", pt::cli::runExec, "exec FILE.py|FILE.ipynb [--path ROOT]... [--check]"},
    {"verify", pt::cli::runVerify,
     "verify PATH --function QUAL --source FW --target FW [--method source|trace] [--setup CODE] --args EXPRS [--inputs JSON] [--graph]"},
    {"batch", pt::cli::runBatch, "batch JOBS.jsonl|- [-o OUT.jsonl]   (run/transpile jobs, one JSON line each; see session/CaseRunner.h)"},
    {"coverage", pt::cli::runCoverage, "coverage                      (prints docs/coverage.md)"},
};

void usage(FILE* out) {
  std::fprintf(out, "usage:\n");
  for (const auto& c : kCommands) std::fprintf(out, "  polytrace-cli %s\n", c.usage);
  std::fprintf(out, "\nFW is one of torch, numpy, jax, tensorflow, ivy. PATH is a .py file or a source root.\n");
  std::fprintf(out, "Any command takes --time-limit SECONDS (default 600): interpreted code running longer stops.\n");
}

}  // namespace

// --time-limit SECONDS applies to every command, so it is taken out before the command parses its
// own options. Interpreted code stops after it (default 600 s): a runaway loop ends with a message.
bool takeTimeLimit(std::vector<char*>& args) {
  double seconds = 600;
  for (size_t i = 1; i < args.size(); ++i) {
    if (std::strcmp(args[i], "--time-limit") != 0) continue;
    char* end = nullptr;
    seconds = i + 1 < args.size() ? std::strtod(args[i + 1], &end) : 0;
    if (!end || *end || !(seconds > 0)) {
      std::fprintf(stderr, "polytrace-cli: --time-limit needs a number of seconds > 0\n");
      return false;
    }
    args.erase(args.begin() + static_cast<std::ptrdiff_t>(i), args.begin() + static_cast<std::ptrdiff_t>(i) + 2);
    break;
  }
  pt::interp::Interpreter::setDefaultTimeLimit(seconds);
  return true;
}

int main(int rawArgc, char** rawArgv) {
  std::vector<char*> arguments(rawArgv, rawArgv + rawArgc);
  if (!takeTimeLimit(arguments)) return 2;
  arguments.push_back(nullptr);  // argv[argc] is null, as the commands may expect
  int argc = static_cast<int>(arguments.size()) - 1;
  char** argv = arguments.data();
  if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h")) {
    usage(argc < 2 ? stderr : stdout);
    return argc < 2 ? 2 : 0;
  }
  for (const auto& c : kCommands)
    if (!std::strcmp(argv[1], c.name)) return c.run(argc, argv);
  std::fprintf(stderr, "polytrace-cli: unknown command '%s'\n\n", argv[1]);
  usage(stderr);
  return 2;
}
