#pragma once
// Compares what a replayed notebook cell produced with the outputs saved in the notebook:
//  - execute_result (text/plain) with the displayed value: numbers within a relative tolerance,
//    all other text exactly, whitespace between tokens insignificant (line wrapping and column
//    alignment of array reprs differ between versions, the digits must not);
//  - stream outputs with print() output, line by line, comparing only lines that are Python's
//    own output: saved stderr is log noise and warnings, and log records on stdout (Python
//    logging, TensorFlow/absl) are dropped too;
//  - display_data (plots, widgets) is not produced by Polytrace and not compared.
#include <string>
#include <vector>

#include "session/CellRunner.h"
#include "session/Notebook.h"

namespace pt::session {

struct CheckOptions {
  double relativeTolerance = 1e-6;
  double absoluteTolerance = 1e-12;  // for values printed as (nearly) zero
};

struct CellCheck {
  bool ok = true;
  int numbers = 0;                    // numbers compared within tolerance
  std::vector<std::string> compared;  // what was compared: "execute_result", "stdout"
  std::vector<std::string> problems;  // why not ok, one line each
  std::vector<std::string> ignored;   // saved output deliberately left out: "saved stderr", "2 log lines"
  std::vector<std::string> notes;     // what could not be compared, and why
};

CellCheck checkCell(const NotebookCell& saved, const CellResult& actual, const CheckOptions& options = {});

// Compares two texts token by token (see above). Returns "" when they match, else what differs;
// `numbers` counts the numbers that matched.
std::string compareText(const std::string& expected, const std::string& actual, const CheckOptions& options, int& numbers);

// The lines of a stream that are Python output: log records and blank lines dropped, trailing
// whitespace trimmed, carriage-return overwrites (progress bars) resolved as a terminal would.
// `logLines` (when given) counts the log records dropped.
std::vector<std::string> pythonOutputLines(const std::string& stream, int* logLines = nullptr);

}  // namespace pt::session
