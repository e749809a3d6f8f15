// notebookWithModule: an edited notebook module written back into the notebook's cells.
#include <nlohmann/json.hpp>
#include <regex>

#include "session/CellRunner.h"
#include "session/Notebook.h"

namespace pt::session {

namespace {

using nlohmann::json;

std::vector<std::string> splitLines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    const size_t end = text.find('\n', start);
    lines.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return lines;
}

struct Section {
  int cell = 0;
  std::string text;
};

// The module's sections in order; text before the first header must be empty.
std::optional<std::vector<Section>> splitSections(const std::string& module, std::string& error) {
  static const std::regex kHeader(R"(^# %% \[cell (\d+)\]$)");
  std::vector<Section> sections;
  size_t start = 0;
  int line = 0;
  while (start < module.size()) {
    ++line;
    const size_t end = module.find('\n', start);
    const std::string text = module.substr(start, end == std::string::npos ? std::string::npos : end - start + 1);
    std::smatch m;
    const std::string bare = text.back() == '\n' ? text.substr(0, text.size() - 1) : text;
    if (std::regex_match(bare, m, kHeader)) {
      sections.push_back({std::stoi(m[1].str()), {}});
    } else if (sections.empty()) {
      if (bare.find_first_not_of(" \t") != std::string::npos) {
        error = "line " + std::to_string(line) + " is above the first '# %% [cell N]' line: it belongs to no cell";
        return std::nullopt;
      }
    } else {
      sections.back().text += text;
    }
    if (end == std::string::npos) break;
    start = end + 1;
  }
  // notebookAsModule puts one empty line between sections.
  for (size_t i = 0; i + 1 < sections.size(); ++i) {
    std::string& t = sections[i].text;
    if (t.size() >= 1 && t.back() == '\n' && (t.size() == 1 || t[t.size() - 2] == '\n')) t.pop_back();
  }
  return sections;
}

// Lines of `edited` that the user kept from `shown` (the module's rendering of the cell) get the
// cell's original line back (IPython syntax the module shows as `pass` or as a comment); the rest
// are the user's. Longest common subsequence, line by line.
std::optional<std::string> restoreCell(const NotebookCell& cell, const std::string& edited, bool cellMagic, std::string& error) {
  const std::vector<std::string> original = splitLines(cell.source);
  const std::vector<std::string> shown = splitLines(moduleSection(cell));
  const std::vector<std::string> now = splitLines(edited);
  const size_t n = shown.size(), m = now.size();
  if (n * m > 25'000'000) {
    error = "cell " + std::to_string(cell.index) + " is too large to match line by line";
    return std::nullopt;
  }
  std::vector<std::vector<uint32_t>> lcs(n + 1, std::vector<uint32_t>(m + 1, 0));
  for (size_t i = n; i-- > 0;)
    for (size_t j = m; j-- > 0;)
      lcs[i][j] = shown[i] == now[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
  std::vector<std::string> out;
  size_t i = 0, j = 0;
  while (j < m) {
    if (i < n && shown[i] == now[j] && lcs[i][j] == lcs[i + 1][j + 1] + 1) {
      out.push_back(i < original.size() ? original[i] : now[j]);
      ++i, ++j;
    } else if (i < n && lcs[i + 1][j] >= lcs[i][j + 1]) {
      ++i;  // a line the user deleted
    } else {
      if (cellMagic) {
        // A %%magic cell shows every line as a comment; a new line must be one too.
        if (now[j].rfind("# ", 0) != 0) {
          error = "cell " + std::to_string(cell.index) + " is a cell magic (" + original.front() +
                  "): its lines must stay comments ('# ...')";
          return std::nullopt;
        }
        out.push_back(now[j].substr(2));
      } else {
        out.push_back(now[j]);
      }
      ++j;
    }
  }
  std::string source;
  for (size_t k = 0; k < out.size(); ++k) source += (k ? "\n" : "") + out[k];
  if (!edited.empty() && edited.back() == '\n') source += "\n";
  // notebookAsModule ends every cell with a newline, adding one where the cell has none: drop a
  // single final newline so that the cell shows again exactly as edited.
  const bool single = source.size() >= 1 && source.back() == '\n' && (source.size() == 1 || source[source.size() - 2] != '\n');
  if (single) source.pop_back();
  return source;
}

// nbformat's list form: every line keeps its "\n" except the last.
json sourceLines(const std::string& source) {
  json lines = json::array();
  size_t start = 0;
  while (start < source.size()) {
    const size_t end = source.find('\n', start);
    lines.push_back(source.substr(start, end == std::string::npos ? std::string::npos : end - start + 1));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return lines;
}

}  // namespace

std::optional<std::string> notebookWithModule(const std::string& notebookJson, const std::string& module, std::string& error) {
  auto notebook = parseNotebook(notebookJson, error);
  if (!notebook) return std::nullopt;
  json j = json::parse(notebookJson);
  auto sections = splitSections(module, error);
  if (!sections) return std::nullopt;
  std::vector<const NotebookCell*> code;
  for (const NotebookCell& c : notebook->cells)
    if (c.kind == NotebookCell::Kind::Code) code.push_back(&c);
  bool same = sections->size() == code.size();
  for (size_t i = 0; same && i < code.size(); ++i) same = (*sections)[i].cell == code[i]->index;
  if (!same) {
    error = "the '# %% [cell N]' lines no longer match the notebook's " + std::to_string(code.size()) +
            " code cells: keep them as they are (add, remove or move cells in Jupyter)";
    return std::nullopt;
  }
  for (size_t i = 0; i < code.size(); ++i) {
    const NotebookCell& cell = *code[i];
    const std::string& edited = (*sections)[i].text;
    if (edited == moduleSection(cell)) continue;  // untouched: the cell stays byte for byte
    auto source = restoreCell(cell, edited, !stripIPythonSyntax(cell.source).cellMagic.empty(), error);
    if (!source) return std::nullopt;
    json& target = j["cells"][static_cast<size_t>(cell.index)]["source"];
    target = target.is_string() ? json(*source) : sourceLines(*source);
  }
  // As Jupyter writes notebooks: sorted keys, one-space indent, UTF-8, a final newline.
  return j.dump(1, ' ', false) + "\n";
}

}  // namespace pt::session
