#pragma once
// A Python code pane: QScintilla with the Python lexer, line numbers, the current line shaded,
// lines highlighted for node <-> code links, and diagnostics as margin markers, squiggles and
// notes under the line. Used for the source and (read-only) for the generated code.
#include <Qsci/qsciscintilla.h>

#include <vector>

#include "base/Diagnostic.h"

class QsciLexerPython;

namespace pt::views {

class CodeEditor : public QsciScintilla {
  Q_OBJECT

 public:
  explicit CodeEditor(QWidget* parent = nullptr);

  // Works in read-only mode too: read-only keeps the user from typing, not the program from showing.
  void setText(const QString& text) override;

  // 1-based, inclusive, as in SourceLocation; clamped to the text. Replaces the previous highlight
  // and scrolls the first line into view.
  void highlightLines(int first, int last);
  void highlightLineSet(const std::vector<int>& lines);  // 1-based, any order; scrolls to the first
  void revealHighlightedLines();  // scrolls the first highlighted line into view again (after a resize)
  void clearHighlightedLines();
  bool isLineHighlighted(int line) const;  // 1-based

  // Shows these diagnostics (the caller picks the ones for this text); replaces earlier ones.
  void setDiagnostics(const Diagnostics& diagnostics);
  void clearDiagnostics();
  bool hasDiagnosticMarker(int line) const;  // 1-based

  QsciLexerPython* pythonLexer() const { return lexer_; }

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void updateLineNumberWidth();
  void applyTheme();
  int visibleLength(int line) const;  // characters, without the line end

  QsciLexerPython* lexer_ = nullptr;
};

}  // namespace pt::views
