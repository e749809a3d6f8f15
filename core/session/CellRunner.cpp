#include "session/CellRunner.h"

#include <algorithm>
#include <cctype>
#include <cstring>

#include "syntax/Parser.h"
#include "syntax/SourceText.h"

namespace pt::session {

using interp::Value;

namespace {

std::vector<std::string> splitLines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string::npos) nl = text.size();
    lines.push_back(text.substr(start, nl - start));
    start = nl + 1;
  }
  return lines;
}

bool isBlankOrComment(const std::string& line) {
  size_t i = line.find_first_not_of(" \t\r");
  return i == std::string::npos || line[i] == '#';
}

// Moves what the interpreter collected for the host (print output, notes) into the result.
void collect(interp::Interpreter& in, CellResult& r) {
  r.output += in.output();
  in.output().clear();
  for (auto& d : in.notes()) r.notes.push_back(std::move(d));
  in.notes().clear();
}

// Jupyter's rule: a `;` after the last expression suppresses its display.
bool endsWithSemicolon(std::string_view rest) {
  size_t i = rest.find_first_not_of(" \t\r\n");
  return i != std::string_view::npos && rest[i] == ';';
}

// Magics that time Python code run that code: the code is kept, the timing report (which no
// two runs share) is not produced.
constexpr const char* kTimingMagics[] = {"%timeit", "%time"};

// "%timeit -n 10 -r 3 f(x)" → "f(x)"; nullopt when `magic` is not a timing magic.
std::optional<std::string> timedCode(const std::string& magic) {
  for (const char* m : kTimingMagics) {
    size_t n = std::strlen(m);
    if (magic.compare(0, n, m) != 0 || (magic.size() > n && magic[n] != ' ' && magic[n] != '\t')) continue;
    std::string rest = magic.substr(std::min(magic.size(), n));
    size_t i = rest.find_first_not_of(" \t");
    // Options: -n 10, -r3, -q, ...
    while (i != std::string::npos && rest[i] == '-') {
      i = rest.find_first_of(" \t", i);
      i = i == std::string::npos ? i : rest.find_first_not_of(" \t", i);
      if (i != std::string::npos && std::isdigit(static_cast<unsigned char>(rest[i]))) {
        i = rest.find_first_of(" \t", i);
        i = i == std::string::npos ? i : rest.find_first_not_of(" \t", i);
      }
    }
    return i == std::string::npos ? std::string() : rest.substr(i);
  }
  return std::nullopt;
}

}  // namespace

IPythonLines stripIPythonSyntax(const std::string& code) {
  IPythonLines out;
  std::vector<std::string> lines = splitLines(code);
  bool sawPython = false;
  for (std::string& line : lines) {
    size_t indent = line.find_first_not_of(" \t");
    if (indent == std::string::npos) continue;
    char c = line[indent];
    if (c != '!' && c != '%') {
      sawPython = sawPython || line[indent] != '#';
      continue;
    }
    std::string magic = line.substr(indent);
    // A %%magic before any code applies to the whole cell: %%time runs it, others are not Python.
    if (!sawPython && out.skipped.empty() && magic.compare(0, 2, "%%") == 0) {
      std::string name = magic.substr(0, magic.find_first_of(" \t\r"));
      if (timedCode(name.substr(1))) {
        out.untimed.push_back(magic);
        line.clear();
        continue;
      }
      out.skipped.push_back(magic);
      out.cellMagic = name;
      continue;
    }
    auto timed = c == '%' ? timedCode(magic) : std::nullopt;
    (timed ? out.untimed : out.skipped).push_back(magic);
    line = line.substr(0, indent) + (timed && !timed->empty() ? *timed : "pass");
  }
  for (const std::string& line : lines) out.code += line + "\n";
  return out;
}

CellResult runCell(Session& session, const std::string& code, const std::string& filename) {
  CellResult r;
  IPythonLines ipy = stripIPythonSyntax(code);
  r.skippedLines = ipy.skipped;
  r.untimedLines = ipy.untimed;
  if (!ipy.cellMagic.empty()) {
    r.skipped = true;
    r.skipReason = "cell magic " + ipy.cellMagic;
    return r;
  }
  // Nothing left to run once the escapes are gone (timed code counts as code).
  bool onlyEscapes = !ipy.skipped.empty();
  for (const std::string& line : splitLines(ipy.code)) {
    size_t i = line.find_first_not_of(" \t");
    if (!isBlankOrComment(line) && line.compare(i, std::string::npos, "pass") != 0) onlyEscapes = false;
  }
  if (onlyEscapes) {
    r.skipped = true;
    r.skipReason = ipy.skipped.front()[0] == '!' ? "shell" : "magic";
    return r;
  }

  interp::Interpreter& in = session.interpreter();
  try {
    auto parsed = syntax::parseModule(ipy.code, filename);
    const syntax::Stmt* last = parsed.ok() && !parsed.module->body.empty() ? parsed.module->body.back() : nullptr;
    if (!last || last->kind != syntax::StmtKind::ExprStmt) {
      in.execSource(ipy.code, session.scope(), filename);  // also reports a syntax error as Python does
    } else {
      // Like IPython: run everything before the last expression, then evaluate it for display.
      syntax::SourceText text(parsed.source);
      size_t begin = text.offset(last->pos.lineno, last->pos.col_offset);
      size_t end = text.offset(last->pos.end_lineno, last->pos.end_col_offset);
      std::string source(text.text());
      in.execSource(source.substr(0, begin), session.scope(), filename);
      // Padded so the expression keeps its line number in tracebacks.
      std::string expression = std::string(static_cast<size_t>(last->pos.lineno - 1), '\n') + source.substr(begin, end - begin);
      Value v = in.evalSource(expression, session.scope(), filename);
      if (!v.isNone() && !endsWithSemicolon(std::string_view(source).substr(end))) r.displayed = in.repr(v);
    }
  } catch (const interp::PyException& e) {
    r.error = e;
  }
  collect(in, r);
  return r;
}

CellResult runScript(Session& session, const std::string& code, const std::string& filename) {
  CellResult r;
  try {
    session.interpreter().execSource(code, session.scope(), filename);
  } catch (const interp::PyException& e) {
    r.error = e;
  }
  collect(session.interpreter(), r);
  return r;
}

}  // namespace pt::session
