// exec: run a script, or a notebook's code cells in order as one `__main__`, printing what
// Jupyter would show; --check compares every cell with the outputs saved in the notebook.
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/CliSupport.h"
#include "cli/Commands.h"
#include "runtime/Backend.h"
#include "session/CellRunner.h"
#include "session/Notebook.h"
#include "session/OutputCheck.h"

namespace pt::cli {

namespace {

constexpr const char* kOptions[] = {"--path", "--check"};

// --path may be given several times (CliArgs keeps one value per option).
std::vector<std::string> sourceRoots(int argc, char** argv) {
  std::vector<std::string> roots;
  for (int i = 2; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--path") && i + 1 < argc) roots.push_back(argv[++i]);
    else if (!std::strncmp(argv[i], "--path=", 7)) roots.push_back(argv[i] + 7);
  }
  return roots;
}

std::optional<std::string> unknownOption(int argc, char** argv) {
  for (int i = 2; i < argc; ++i) {
    std::string a = argv[i];
    if (a.rfind("-", 0) != 0) continue;
    std::string name = a.substr(0, a.find('='));
    bool known = false;
    for (const char* o : kOptions) known = known || name == o;
    if (!known) return a;
    if (name == "--path" && a.find('=') == std::string::npos) ++i;
  }
  return std::nullopt;
}

void printNotes(const std::string& where, const Diagnostics& notes) {
  for (const auto& d : notes) std::fprintf(stderr, "%s: %s\n", where.c_str(), d.format().c_str());
}

void printTraceback(const interp::PyException& e) { std::fprintf(stderr, "%s\n", e.formatted().c_str()); }

int execScript(session::Session& session, const std::string& path, const std::string& code) {
  session::CellResult r = session::runScript(session, code, path);
  std::fputs(r.output.c_str(), stdout);
  printNotes(path, r.notes);
  if (r.error) {
    std::fflush(stdout);
    printTraceback(*r.error);
    return 1;
  }
  return 0;
}

struct Tally {
  int ok = 0, skipped = 0, mismatched = 0, numbers = 0;
};

// One code cell: run it, then print what Jupyter shows (or, with --check, how it compares).
// Returns false when the cell raised: the run stops there, as nbconvert's does.
bool execCell(session::Session& session, const session::NotebookCell& cell, bool check, Tally& tally) {
  std::string label = "cell " + std::to_string(cell.index);
  session::CellResult r = session::runCell(session, cell.source, "<" + label + ">");
  if (r.skipped) {
    ++tally.skipped;
    if (check) std::printf("%s: skipped (%s)\n", label.c_str(), r.skipReason.c_str());
    else std::fprintf(stderr, "%s: skipped (%s): %s\n", label.c_str(), r.skipReason.c_str(), r.skippedLines.front().c_str());
    return true;
  }
  for (const auto& line : r.skippedLines)
    std::fprintf(stderr, "%s: note: skipped IPython line '%s' (not Python)\n", label.c_str(), line.c_str());
  for (const auto& line : r.untimedLines)
    std::fprintf(stderr, "%s: note: ran '%s' without timing it\n", label.c_str(), line.c_str());
  printNotes(label, r.notes);
  if (r.error) {
    if (check) std::printf("%s: ERROR %s\n", label.c_str(), r.error->type.c_str());
    else std::fputs(r.output.c_str(), stdout);
    std::fflush(stdout);
    printTraceback(*r.error);
    return false;
  }
  if (!check) {
    if (!r.output.empty() || r.displayed) std::printf("--- %s ---\n", label.c_str());
    std::fputs(r.output.c_str(), stdout);
    if (r.displayed) std::printf("%s\n", r.displayed->c_str());
    return true;
  }
  session::CellCheck c = session::checkCell(cell, r);
  tally.numbers += c.numbers;
  std::string what;
  for (const auto& part : c.compared) what += (what.empty() ? "" : ", ") + part;
  if (c.numbers) what += "; " + std::to_string(c.numbers) + (c.numbers == 1 ? " number" : " numbers") + " within tolerance";
  if (what.empty()) what = "no output";
  for (const auto& i : c.ignored) what += "; ignored " + i;
  if (c.ok) {
    ++tally.ok;
    std::printf("%s: ok (%s)\n", label.c_str(), what.c_str());
  } else {
    ++tally.mismatched;
    std::printf("%s: MISMATCH\n", label.c_str());
    for (const auto& p : c.problems) std::printf("  %s\n", p.c_str());
  }
  for (const auto& n : c.notes) std::printf("  note: %s\n", n.c_str());
  return true;
}

int execNotebook(session::Session& session, const std::string& path, const std::string& json, bool check) {
  std::string error;
  auto nb = session::parseNotebook(json, error);
  if (!nb) return usageError("exec", path + ": " + error);
  if (!nb->language.empty() && nb->language != "python")
    return usageError("exec", path + " is a " + nb->language + " notebook; Polytrace runs Python");
  Tally tally;
  int cells = 0;
  for (const auto& cell : nb->cells) {
    if (cell.kind != session::NotebookCell::Kind::Code) continue;
    ++cells;
    if (!execCell(session, cell, check, tally)) return 1;
  }
  if (check) {
    std::printf("checked %d code cells: %d ok, %d skipped, %d mismatched; %d numbers within relative tolerance %g\n", cells,
                tally.ok, tally.skipped, tally.mismatched, tally.numbers, session::CheckOptions{}.relativeTolerance);
    return tally.mismatched ? 1 : 0;
  }
  return 0;
}

}  // namespace

int runExec(int argc, char** argv) {
  CliArgs args(argc, argv, 2, {"--path"});
  for (const auto& e : args.errors()) return usageError("exec", e);
  if (auto bad = unknownOption(argc, argv)) return usageError("exec", "unknown option " + *bad);
  if (args.positional().size() != 1) return usageError("exec", "expected one FILE.py or FILE.ipynb");
  const std::string& path = args.positional()[0];
  auto text = session::readFile(path);
  if (!text || !std::filesystem::is_regular_file(path)) return usageError("exec", "cannot read " + path);
  bool notebook = std::filesystem::path(path).extension() == ".ipynb";
  if (args.flag("--check") && !notebook) return usageError("exec", "--check compares a notebook's saved outputs: give a .ipynb");

  // Like python3 FILE and a Jupyter kernel: the file's directory comes first on the path.
  session::Session session(path);
  for (const auto& root : sourceRoots(argc, argv)) {
    if (!std::filesystem::is_directory(root)) return usageError("exec", "--path " + root + " is not a directory");
    session.interpreter().addSourceRoot(root);
  }
  try {
    return notebook ? execNotebook(session, path, *text, args.flag("--check")) : execScript(session, path, *text);
  } catch (const std::exception& e) {
    std::fflush(stdout);
    std::fprintf(stderr, "polytrace-cli exec: %s\n", e.what());
    return 1;
  } catch (const runtime::RuntimeError& e) {
    std::fflush(stdout);
    std::fprintf(stderr, "polytrace-cli exec: %s\n", e.message.c_str());
    return 1;
  }
}

}  // namespace pt::cli
