#include "session/OutputCheck.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <regex>

namespace pt::session {

namespace {

struct Token {
  enum class Kind { Number, Word, Symbol };
  Kind kind;
  std::string text;
  double value = 0;
};

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isWordStart(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_'; }
bool isWordChar(char c) { return isWordStart(c) || isDigit(c); }

// A number starts here: 12, -0.5, .5, 1e-05 (a sign only when a digit follows).
bool numberStarts(const std::string& s, size_t i) {
  size_t j = i;
  if (s[j] == '-' || s[j] == '+') ++j;
  if (j < s.size() && isDigit(s[j])) return true;
  return j + 1 < s.size() && s[j] == '.' && isDigit(s[j + 1]);
}

std::vector<Token> tokenize(const std::string& s) {
  std::vector<Token> out;
  size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++i;
    } else if (isWordStart(c)) {
      size_t j = i;
      while (j < s.size() && isWordChar(s[j])) ++j;
      out.push_back({Token::Kind::Word, s.substr(i, j - i)});
      i = j;
    } else if (numberStarts(s, i)) {
      size_t j = i + 1;
      while (j < s.size() && (isDigit(s[j]) || s[j] == '.')) ++j;
      if (j + 1 < s.size() && (s[j] == 'e' || s[j] == 'E') &&
          (isDigit(s[j + 1]) || ((s[j + 1] == '-' || s[j + 1] == '+') && j + 2 < s.size() && isDigit(s[j + 2])))) {
        j += 2;
        while (j < s.size() && isDigit(s[j])) ++j;
      }
      std::string text = s.substr(i, j - i);
      out.push_back({Token::Kind::Number, text, std::strtod(text.c_str(), nullptr)});
      i = j;
    } else {
      // One UTF-8 character (multi-byte sequences kept whole).
      size_t j = i + 1;
      while (j < s.size() && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) ++j;
      out.push_back({Token::Kind::Symbol, s.substr(i, j - i)});
      i = j;
    }
  }
  return out;
}

std::string shorten(const std::string& s) {
  std::string flat;
  for (char c : s) flat += c == '\n' ? ' ' : c;
  return flat.size() > 160 ? flat.substr(0, 157) + "..." : flat;
}

// Log records as frameworks write them, which are not the program's output.
const std::vector<std::regex>& logRecordPatterns() {
  static const std::vector<std::regex> patterns = {
      std::regex(R"(^(DEBUG|INFO|WARNING|ERROR|CRITICAL)(:| -))"),               // Python logging, absl's preamble
      std::regex(R"(^\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d[.,]\d+:? [IWEF] )"),     // TensorFlow C++ logging
      std::regex(R"(^[IWEF]\d{4} \d\d:\d\d:\d+\.\d+ +\d+ )"),                   // glog / absl (absl may print epoch seconds)
      std::regex(R"(^\S+:\d+: \w*Warning: )"),                                  // warnings.warn
      std::regex(R"(^(CPU times: |Wall time: ))"),                                // IPython's %time report
      std::regex(R"(^[\d.]+ [nµmu]?s ± [\d.]+ [nµmu]?s per loop)"),               // IPython's %timeit report
  };
  return patterns;
}

bool isLogRecord(const std::string& line) {
  for (const auto& p : logRecordPatterns())
    if (std::regex_search(line, p)) return true;
  return false;
}

}  // namespace

std::vector<std::string> pythonOutputLines(const std::string& stream, int* logLines) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < stream.size()) {
    size_t nl = stream.find('\n', start);
    if (nl == std::string::npos) nl = stream.size();
    std::string line = stream.substr(start, nl - start);
    start = nl + 1;
    // A carriage return starts the line over (progress bars); a trailing one is a CRLF ending.
    while (!line.empty() && line.back() == '\r') line.pop_back();
    if (size_t cr = line.rfind('\r'); cr != std::string::npos) line = line.substr(cr + 1);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    if (isLogRecord(line)) {
      if (logLines) ++*logLines;
      continue;
    }
    lines.push_back(line);
  }
  return lines;
}

std::string compareText(const std::string& expected, const std::string& actual, const CheckOptions& options, int& numbers) {
  std::vector<Token> e = tokenize(expected), a = tokenize(actual);
  int matched = 0;
  for (size_t i = 0; i < std::min(e.size(), a.size()); ++i) {
    const Token& x = e[i];
    const Token& y = a[i];
    if (x.kind == Token::Kind::Number && y.kind == Token::Kind::Number) {
      double diff = std::fabs(x.value - y.value);
      double scale = std::max(std::fabs(x.value), std::fabs(y.value));
      if (diff > options.relativeTolerance * scale && diff > options.absoluteTolerance) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.2e", scale > 0 ? diff / scale : diff);
        return "number " + std::to_string(matched + 1) + ": expected " + x.text + ", got " + y.text + " (relative difference " + buf + ")";
      }
      ++matched;
      continue;
    }
    if (x.kind != y.kind || x.text != y.text) return "expected '" + x.text + "', got '" + y.text + "' (token " + std::to_string(i + 1) + ")";
  }
  if (e.size() != a.size())
    return e.size() > a.size() ? "output ends early: expected '" + e[a.size()].text + "' next"
                               : "unexpected extra output from '" + a[e.size()].text + "' on";
  numbers += matched;
  return "";
}

CellCheck checkCell(const NotebookCell& saved, const CellResult& actual, const CheckOptions& options) {
  CellCheck c;
  auto fail = [&](std::string problem) {
    c.ok = false;
    c.problems.push_back(std::move(problem));
  };

  // The displayed value.
  const SavedOutput* result = nullptr;
  std::string savedStdout;
  for (const auto& o : saved.outputs) {
    if (o.kind == SavedOutput::Kind::ExecuteResult) result = &o;
    if (o.kind == SavedOutput::Kind::Stream && o.stream == "stdout") savedStdout += o.text;
    if (o.kind == SavedOutput::Kind::Stream && o.stream != "stdout" && o.text.find_first_not_of(" \t\r\n") != std::string::npos &&
        std::find(c.ignored.begin(), c.ignored.end(), "saved " + o.stream) == c.ignored.end())
      c.ignored.push_back("saved " + o.stream);
    if (o.kind == SavedOutput::Kind::DisplayData) c.notes.push_back("display_data not compared (Polytrace does not render it)");
    if (o.kind == SavedOutput::Kind::Error) c.notes.push_back("the saved run raised " + o.text);
  }
  if (result) {
    c.compared.push_back("execute_result");
    if (!actual.displayed)
      fail("execute_result: expected " + shorten(result->text) + ", got no displayed value");
    else if (std::string why = compareText(result->text, *actual.displayed, options, c.numbers); !why.empty())
      fail("execute_result: " + why + "\n    expected: " + shorten(result->text) + "\n    actual:   " + shorten(*actual.displayed));
  } else if (actual.displayed) {
    fail("displayed " + shorten(*actual.displayed) + " where the saved notebook shows no value");
  }

  // print() output against the saved stdout's Python lines.
  int logLines = 0;
  std::vector<std::string> expectedLines = pythonOutputLines(savedStdout, &logLines), actualLines = pythonOutputLines(actual.output);
  if (logLines) c.ignored.push_back(std::to_string(logLines) + " log line" + (logLines == 1 ? "" : "s") + " of saved stdout");
  if (!expectedLines.empty() || !actualLines.empty()) c.compared.push_back("stdout");
  for (size_t i = 0; i < std::max(expectedLines.size(), actualLines.size()); ++i) {
    if (i >= expectedLines.size()) {
      fail("stdout line " + std::to_string(i + 1) + ": unexpected '" + shorten(actualLines[i]) + "'");
      break;
    }
    if (i >= actualLines.size()) {
      fail("stdout line " + std::to_string(i + 1) + ": expected '" + shorten(expectedLines[i]) + "', got nothing");
      break;
    }
    if (std::string why = compareText(expectedLines[i], actualLines[i], options, c.numbers); !why.empty()) {
      fail("stdout line " + std::to_string(i + 1) + ": " + why + "\n    expected: " + shorten(expectedLines[i]) +
           "\n    actual:   " + shorten(actualLines[i]));
      break;
    }
  }
  return c;
}

}  // namespace pt::session
