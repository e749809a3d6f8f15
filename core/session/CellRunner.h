#pragma once
// Runs notebook cells and scripts in a Session's `__main__`, as Jupyter and python3 would: a
// cell's displayed value is its last expression statement's repr (unless it is None or the
// statement ends with `;`); IPython's shell escapes and magics (`!pip install`, `%time`) are not
// Python and are skipped with a note.
#include <optional>
#include <string>
#include <vector>

#include "interp/Objects.h"
#include "session/Session.h"

namespace pt::session {

struct CellResult {
  std::string output;                      // what print() wrote
  std::optional<std::string> displayed;    // Jupyter's Out[n]: the last expression's repr
  std::vector<std::string> skippedLines;   // shell escapes and line magics, as written
  std::vector<std::string> untimedLines;   // %time/%timeit lines whose code ran untimed
  bool skipped = false;                    // nothing but shell escapes/magics: not run at all
  std::string skipReason;                  // "shell", "cell magic %%bash"
  std::optional<interp::PyException> error;
  Diagnostics notes;                       // warnings.warn and the like, from the interpreter
};

// The cell's code with IPython-only lines replaced by `pass` (same indentation, so line numbers
// and blocks stay valid); `skipped` lists them. `cellMagic` is set when the cell is a %%magic.
struct IPythonLines {
  std::string code;
  std::vector<std::string> skipped;
  std::vector<std::string> untimed;  // %time CODE, %%time: CODE is kept, the timing is not reported
  std::string cellMagic;             // "%%bash" when the cell is one
};
IPythonLines stripIPythonSyntax(const std::string& code);

// `filename` names the cell in tracebacks ("<cell 13>").
CellResult runCell(Session& session, const std::string& code, const std::string& filename);
// A whole script as `__main__`: nothing is displayed, as with python3 FILE.
CellResult runScript(Session& session, const std::string& code, const std::string& filename);

}  // namespace pt::session
