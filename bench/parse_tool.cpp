// A small driver over core/syntax for bench/parse_corpus.py: parses many files in one process.
//   parse_tool --dump FILE...    one line per file: the ast.dump (with attributes) or "ERROR line:offset: Type: msg"
//   parse_tool --stats FILE...   total bytes, files, errors and parse wall time (no dumping)
// Build: bench/parse_corpus.py compiles it against a build tree's libcore.a.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "syntax/AstDump.h"
#include "syntax/Parser.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: parse_tool --dump|--stats FILE...\n";
    return 2;
  }
  std::string mode = argv[1];
  std::vector<std::string> files;
  for (int i = 2; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "-") {
      std::string line;
      while (std::getline(std::cin, line))
        if (!line.empty()) files.push_back(line);
    } else {
      files.push_back(a);
    }
  }
  std::vector<std::string> contents;
  contents.reserve(files.size());
  size_t bytes = 0;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    contents.push_back(ss.str());
    bytes += contents.back().size();
  }
  if (mode == "--stats") {
    int errors = 0;
    auto t0 = std::chrono::steady_clock::now();
    for (size_t i = 0; i < files.size(); ++i) {
      auto r = pt::syntax::parseModule(contents[i], files[i]);
      errors += r.ok() ? 0 : 1;
    }
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::printf("bytes %zu files %zu errors %d seconds %.6f\n", bytes, files.size(), errors, secs);
    return 0;
  }
  for (size_t i = 0; i < files.size(); ++i) {
    auto r = pt::syntax::parseModule(contents[i], files[i]);
    if (!r.ok()) {
      const auto& e = r.errors.front();
      std::printf("ERROR %d:%d: %s: %s\n", e.lineno, e.offset, e.type.c_str(), e.message.c_str());
    } else {
      std::string d = pt::syntax::dumpAst(*r.module, mode != "--dump-noattr");
      std::fwrite(d.data(), 1, d.size(), stdout);
      std::fputc('\n', stdout);
    }
  }
  return 0;
}
