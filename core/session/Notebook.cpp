#include "session/Notebook.h"

#include <nlohmann/json.hpp>

#include "session/CellRunner.h"

namespace pt::session {

namespace {

using nlohmann::json;

// nbformat stores multi-line text as a string or as a list of lines (each keeping its "\n").
std::string multiline(const json& j) {
  if (j.is_string()) return j.get<std::string>();
  std::string out;
  if (j.is_array())
    for (const auto& line : j)
      if (line.is_string()) out += line.get<std::string>();
  return out;
}

struct KindName {
  const char* name;
  SavedOutput::Kind kind;
};
constexpr KindName kOutputKinds[] = {
    {"stream", SavedOutput::Kind::Stream},
    {"execute_result", SavedOutput::Kind::ExecuteResult},
    {"display_data", SavedOutput::Kind::DisplayData},
    {"error", SavedOutput::Kind::Error},
};

std::optional<SavedOutput> readOutput(const json& o) {
  std::string type = o.value("output_type", "");
  for (const auto& k : kOutputKinds) {
    if (type != k.name) continue;
    SavedOutput out;
    out.kind = k.kind;
    switch (k.kind) {
      case SavedOutput::Kind::Stream:
        out.stream = o.value("name", "stdout");
        out.text = multiline(o.value("text", json()));
        break;
      case SavedOutput::Kind::ExecuteResult:
      case SavedOutput::Kind::DisplayData:
        if (o.contains("data") && o["data"].contains("text/plain")) out.text = multiline(o["data"]["text/plain"]);
        break;
      case SavedOutput::Kind::Error:
        out.text = o.value("ename", "") + ": " + o.value("evalue", "");
        break;
    }
    return out;
  }
  return std::nullopt;  // an output type nbformat 4 does not define
}

Notebook readCells(const json& j);  // throws json::exception on fields of the wrong type

}  // namespace

std::optional<Notebook> parseNotebook(const std::string& text, std::string& error) {
  json j = json::parse(text, nullptr, false);
  if (j.is_discarded()) {
    error = "not valid JSON";
    return std::nullopt;
  }
  if (!j.is_object() || !j.contains("cells") || !j["cells"].is_array()) {
    error = "not a Jupyter notebook (no \"cells\" list)";
    return std::nullopt;
  }
  if (j.value("nbformat", 0) != 4) {
    error = "nbformat " + std::to_string(j.value("nbformat", 0)) + " is not supported (only nbformat 4)";
    return std::nullopt;
  }
  try {
    return readCells(j);
  } catch (const json::exception& e) {
    error = std::string("malformed notebook: ") + e.what();
    return std::nullopt;
  }
}

namespace {
Notebook readCells(const json& j) {
  Notebook nb;
  if (j.contains("metadata") && j["metadata"].is_object()) {
    const json& meta = j["metadata"];
    if (meta.contains("kernelspec") && meta["kernelspec"].is_object()) nb.language = meta["kernelspec"].value("language", "");
    if (nb.language.empty() && meta.contains("language_info") && meta["language_info"].is_object())
      nb.language = meta["language_info"].value("name", "");
  }
  int index = 0;
  for (const json& c : j["cells"]) {
    NotebookCell cell;
    cell.index = index++;
    std::string type = c.value("cell_type", "");
    cell.kind = type == "code" ? NotebookCell::Kind::Code : type == "markdown" ? NotebookCell::Kind::Markdown : NotebookCell::Kind::Raw;
    cell.source = multiline(c.value("source", json()));
    if (c.contains("outputs") && c["outputs"].is_array())
      for (const json& o : c["outputs"])
        if (auto out = readOutput(o)) cell.outputs.push_back(std::move(*out));
    nb.cells.push_back(std::move(cell));
  }
  return nb;
}
}  // namespace

std::string cellHeader(int index) { return "# %% [cell " + std::to_string(index) + "]\n"; }

std::string moduleSection(const NotebookCell& cell) {
  std::string section;
  const IPythonLines lines = stripIPythonSyntax(cell.source);
  // A %%bash (or other cell magic) cell is not Python at all: kept as comments.
  if (!lines.cellMagic.empty()) {
    size_t start = 0;
    while (start < cell.source.size()) {
      const size_t end = cell.source.find('\n', start);
      section += "# " + cell.source.substr(start, end == std::string::npos ? std::string::npos : end - start) + "\n";
      if (end == std::string::npos) break;
      start = end + 1;
    }
    return section;
  }
  section = lines.code;
  if (!section.empty() && section.back() != '\n') section += "\n";
  return section;
}

std::string notebookAsModule(const Notebook& notebook) {
  std::string module;
  for (const NotebookCell& cell : notebook.cells) {
    if (cell.kind != NotebookCell::Kind::Code) continue;
    if (!module.empty()) module += "\n";
    module += cellHeader(cell.index) + moduleSection(cell);
  }
  return module;
}

}  // namespace pt::session
