// batch: many run/transpile jobs in one process (the runtime loads once), one JSON line per job.
// Harnesses that compare Polytrace with the real frameworks (bench/torchvision_functional_tensor.py)
// write the jobs and read the answers; see session/CaseRunner.h for the format.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>

#include "cli/CliSupport.h"
#include "cli/Commands.h"
#include "session/CaseRunner.h"

namespace pt::cli {

int runBatch(int argc, char** argv) {
  CliArgs args(argc, argv, 2, {"-o"});
  for (const auto& e : args.errors()) return usageError("batch", e);
  if (args.positional().size() != 1) return usageError("batch", "expected one JOBS file (JSON lines; - for stdin)");
  const std::string& path = args.positional()[0];
  std::ifstream file;
  if (path != "-") {
    file.open(path);
    if (!file) return usageError("batch", "cannot read " + path);
  }
  std::istream& in = path == "-" ? std::cin : file;
  std::FILE* out = stdout;
  if (auto o = args.get("-o")) {
    out = std::fopen(o->c_str(), "w");
    if (!out) return usageError("batch", "cannot write " + *o);
  }
  std::string line;
  while (std::getline(in, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    std::string answer = session::runBatchJob(line);
    std::fprintf(out, "%s\n", answer.c_str());
    std::fflush(out);
  }
  if (out != stdout) std::fclose(out);
  return 0;
}

}  // namespace pt::cli
