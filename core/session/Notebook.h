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

}  // namespace pt::session
