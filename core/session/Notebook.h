#pragma once
// A Jupyter notebook (nbformat 4) as Polytrace reads it: the cells in order, each code cell's
// source and the outputs saved with it (for replaying and checking the notebook).
#include <optional>
#include <string>
#include <vector>

namespace pt::session {

struct SavedOutput {
  enum class Kind { Stream, ExecuteResult, DisplayData, Error };
  Kind kind = Kind::Stream;
  std::string stream;  // "stdout" / "stderr" for Stream
  std::string text;    // Stream: the text; ExecuteResult/DisplayData: text/plain; Error: "Name: value"
};

struct NotebookCell {
  enum class Kind { Code, Markdown, Raw };
  int index = 0;  // position in the notebook, 0-based, markdown cells included
  Kind kind = Kind::Code;
  std::string source;
  std::vector<SavedOutput> outputs;
};

struct Notebook {
  std::vector<NotebookCell> cells;
  std::string language;  // metadata.kernelspec.language or language_info.name ("python")
};

// Parses nbformat 4 JSON. On failure returns nullopt and says why in `error`.
std::optional<Notebook> parseNotebook(const std::string& json, std::string& error);

// The notebook's code cells as one module, as the IDE shows and traces it: each cell a section
// headed `# %% [cell N]` (N as `polytrace-cli exec` numbers cells), IPython-only lines turned
// into `pass` so the module parses with every line where the cell has it.
std::string notebookAsModule(const Notebook& notebook);
std::string cellHeader(int index);                  // "# %% [cell N]\n"
std::string moduleSection(const NotebookCell& cell);  // one code cell's lines in that module

// The notebook (its JSON text) with its code cells replaced by the sections of `module`, an
// edited notebookAsModule text: the inverse of notebookAsModule, so IPython lines the module shows
// as `pass` (or as comments, for a %%magic cell) come back as they were where the user kept them.
// Outputs, metadata and other cells are kept. nullopt with `error` when the cell headers no
// longer match the notebook's code cells (cells are added or removed in Jupyter, not here).
std::optional<std::string> notebookWithModule(const std::string& notebookJson, const std::string& module, std::string& error);

}  // namespace pt::session
