#include "views/CodeEditor.h"

#include <Qsci/qscilexerpython.h>
#include <Qsci/qscistyle.h>
#include <Qsci/qscistyledtext.h>

#include <QEvent>
#include <QFontDatabase>

#include <algorithm>

namespace pt::views {

namespace {

enum Marker { kErrorMarker = 0, kWarningMarker = 1, kNoteMarker = 2, kHighlightBackground = 3, kHighlightBar = 4 };
// Scintilla keeps indicators below 8 for lexers.
enum Indicator { kErrorIndicator = 8, kWarningIndicator = 9 };
constexpr int kSymbolMargin = 1;
constexpr int kFoldMargin = 2;

int markerFor(Severity s) {
  switch (s) {
    case Severity::Error: return kErrorMarker;
    case Severity::Warning: return kWarningMarker;
    case Severity::Note: return kNoteMarker;
  }
  return kNoteMarker;
}

// Style numbers come from a small process-wide pool that QScintilla never gives back, so all
// editors share the two diagnostic styles.
const QsciStyle& noteStyle(Severity s) {
  static const QsciStyle error(-1, QStringLiteral("diagnostic error"), QColor(0x86, 0x18, 0x1d),
                               QColor(0xff, 0xee, 0xf0), QFontDatabase::systemFont(QFontDatabase::GeneralFont));
  static const QsciStyle warning(-1, QStringLiteral("diagnostic warning"), QColor(0x73, 0x5c, 0x0f),
                                 QColor(0xff, 0xf8, 0xe1), QFontDatabase::systemFont(QFontDatabase::GeneralFont));
  return s == Severity::Error ? error : warning;
}

}  // namespace

CodeEditor::CodeEditor(QWidget* parent) : QsciScintilla(parent) {
  setUtf8(true);
  setEolMode(EolUnix);
  lexer_ = new QsciLexerPython(this);
  lexer_->setIndentationWarning(QsciLexerPython::NoWarning);
  lexer_->setFoldComments(true);
  lexer_->setFoldQuotes(true);

  setTabWidth(4);
  setIndentationsUseTabs(false);
  setAutoIndent(true);
  setIndentationGuides(true);
  setBraceMatching(SloppyBraceMatch);
  setCaretLineVisible(true);
  setScrollWidth(1);
  setScrollWidthTracking(true);  // no horizontal scroll bar for short code

  setMarginType(0, NumberMargin);
  setMarginLineNumbers(0, true);
  setMarginType(kSymbolMargin, SymbolMargin);
  setMarginWidth(kSymbolMargin, 14);
  setMarginSensitivity(kSymbolMargin, false);
  setMarginMarkerMask(kSymbolMargin, (1 << kErrorMarker) | (1 << kWarningMarker) | (1 << kNoteMarker) | (1 << kHighlightBar));
  setMarginMarkerMask(0, 0);
  setFolding(BoxedTreeFoldStyle, kFoldMargin);

  markerDefine(Circle, kErrorMarker);
  markerDefine(Circle, kWarningMarker);
  markerDefine(SmallRectangle, kNoteMarker);
  markerDefine(Background, kHighlightBackground);
  markerDefine(LeftRectangle, kHighlightBar);
  indicatorDefine(SquiggleLowIndicator, kErrorIndicator);
  indicatorDefine(SquiggleLowIndicator, kWarningIndicator);
  setAnnotationDisplay(AnnotationBoxed);

  applyTheme();
  setLexer(lexer_);
  connect(this, &QsciScintilla::linesChanged, this, &CodeEditor::updateLineNumberWidth);
  updateLineNumberWidth();
}

void CodeEditor::applyTheme() {
  QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
  mono.setPointSize(10);
  lexer_->setDefaultFont(mono);
  lexer_->setFont(mono, -1);
  // Light or dark after the application palette (View > Dark Theme), like the graph.
  const bool dark = palette().color(QPalette::Base).lightness() < 128;
  const QColor paper = dark ? QColor(0x1e, 0x22, 0x27) : QColor(0xff, 0xff, 0xff);
  const QColor ink = dark ? QColor(0xe1, 0xe4, 0xe8) : QColor(0x24, 0x29, 0x2e);
  lexer_->setDefaultPaper(paper);
  lexer_->setPaper(paper, -1);
  lexer_->setDefaultColor(ink);

  // GitHub's light and dark palettes: familiar, and readable next to the graph's colours.
  struct Colour { int style; QRgb rgb; bool bold = false; bool italic = false; };
  const Colour darkColours[] = {
      {QsciLexerPython::Default, 0xe1e4e8},
      {QsciLexerPython::Identifier, 0xe1e4e8},
      {QsciLexerPython::Operator, 0xe1e4e8},
      {QsciLexerPython::Comment, 0x959da5, false, true},
      {QsciLexerPython::CommentBlock, 0x959da5, false, true},
      {QsciLexerPython::Keyword, 0xf97583},
      {QsciLexerPython::Number, 0x79b8ff},
      {QsciLexerPython::DoubleQuotedString, 0x9ecbff},
      {QsciLexerPython::SingleQuotedString, 0x9ecbff},
      {QsciLexerPython::TripleSingleQuotedString, 0x9ecbff},
      {QsciLexerPython::TripleDoubleQuotedString, 0x9ecbff},
      {QsciLexerPython::DoubleQuotedFString, 0x9ecbff},
      {QsciLexerPython::SingleQuotedFString, 0x9ecbff},
      {QsciLexerPython::TripleSingleQuotedFString, 0x9ecbff},
      {QsciLexerPython::TripleDoubleQuotedFString, 0x9ecbff},
      {QsciLexerPython::UnclosedString, 0xfdaeb7},
      {QsciLexerPython::ClassName, 0xb392f0, true},
      {QsciLexerPython::FunctionMethodName, 0xb392f0, true},
      {QsciLexerPython::Decorator, 0xffab70},
      {QsciLexerPython::HighlightedIdentifier, 0x79b8ff},
  };
  const Colour lightColours[] = {
      {QsciLexerPython::Default, 0x24292e},
      {QsciLexerPython::Identifier, 0x24292e},
      {QsciLexerPython::Operator, 0x24292e},
      {QsciLexerPython::Comment, 0x6a737d, false, true},
      {QsciLexerPython::CommentBlock, 0x6a737d, false, true},
      {QsciLexerPython::Keyword, 0xd73a49},
      {QsciLexerPython::Number, 0x005cc5},
      {QsciLexerPython::DoubleQuotedString, 0x032f62},
      {QsciLexerPython::SingleQuotedString, 0x032f62},
      {QsciLexerPython::TripleSingleQuotedString, 0x032f62},
      {QsciLexerPython::TripleDoubleQuotedString, 0x032f62},
      {QsciLexerPython::DoubleQuotedFString, 0x032f62},
      {QsciLexerPython::SingleQuotedFString, 0x032f62},
      {QsciLexerPython::TripleSingleQuotedFString, 0x032f62},
      {QsciLexerPython::TripleDoubleQuotedFString, 0x032f62},
      {QsciLexerPython::UnclosedString, 0xb31d28},
      {QsciLexerPython::ClassName, 0x6f42c1, true},
      {QsciLexerPython::FunctionMethodName, 0x6f42c1, true},
      {QsciLexerPython::Decorator, 0xe36209},
      {QsciLexerPython::HighlightedIdentifier, 0x005cc5},
  };
  for (const Colour& c : dark ? darkColours : lightColours) {
    lexer_->setColor(QColor::fromRgb(c.rgb), c.style);
    QFont f = mono;
    f.setBold(c.bold);
    f.setItalic(c.italic);
    lexer_->setFont(f, c.style);
  }

  const QColor margin = dark ? QColor(0x24, 0x29, 0x2e) : QColor(0xf6, 0xf8, 0xfa);
  setCaretLineBackgroundColor(dark ? QColor(0x2b, 0x31, 0x38) : QColor(0xf3, 0xf6, 0xfa));
  setCaretForegroundColor(ink);
  setMarginsFont(mono);
  setMarginsBackgroundColor(margin);
  setMarginsForegroundColor(dark ? QColor(0x6a, 0x73, 0x7d) : QColor(0x95, 0x9d, 0xa5));
  setFoldMarginColors(margin, margin);
  setMatchedBraceBackgroundColor(dark ? QColor(0x1f, 0x3a, 0x5f) : QColor(0xdb, 0xed, 0xff));
  setMatchedBraceForegroundColor(ink);
  setIndentationGuidesForegroundColor(dark ? QColor(0x3a, 0x40, 0x48) : QColor(0xe1, 0xe4, 0xe8));

  setMarkerBackgroundColor(QColor(0xd7, 0x3a, 0x49), kErrorMarker);
  setMarkerForegroundColor(QColor(0xd7, 0x3a, 0x49), kErrorMarker);
  setMarkerBackgroundColor(QColor(0xe3, 0x9b, 0x0b), kWarningMarker);
  setMarkerForegroundColor(QColor(0xe3, 0x9b, 0x0b), kWarningMarker);
  setMarkerBackgroundColor(QColor(0x6a, 0x73, 0x7d), kNoteMarker);
  // The same amber as a selected graph node, so the eye pairs node and line.
  setMarkerBackgroundColor(dark ? QColor(0x4a, 0x3b, 0x12) : QColor(0xfe, 0xf3, 0xd6), kHighlightBackground);
  setMarkerBackgroundColor(QColor(0xf5, 0x9e, 0x0b), kHighlightBar);
  setIndicatorForegroundColor(QColor(0xd7, 0x3a, 0x49), kErrorIndicator);
  setIndicatorForegroundColor(QColor(0xe3, 0x9b, 0x0b), kWarningIndicator);
}

void CodeEditor::changeEvent(QEvent* event) {
  QsciScintilla::changeEvent(event);
  if (event->type() == QEvent::PaletteChange) applyTheme();
}

void CodeEditor::setText(const QString& text) {
  const bool wasReadOnly = isReadOnly();
  if (wasReadOnly) QsciScintilla::setReadOnly(false);
  QsciScintilla::setText(text);
  if (wasReadOnly) QsciScintilla::setReadOnly(true);
  clearHighlightedLines();
  clearDiagnostics();
}

void CodeEditor::updateLineNumberWidth() {
  const int digits = std::max(3, static_cast<int>(QString::number(std::max(1, lines())).size()));
  setMarginWidth(0, QString(digits + 1, QLatin1Char('9')));
}

void CodeEditor::highlightLines(int first, int last) {
  const int from = std::max(1, std::min(first, last)), to = std::min(lines(), std::max(first, last));
  std::vector<int> range;
  for (int line = from; line <= to; ++line) range.push_back(line);
  if (to >= from) ensureLineVisible(to - 1);  // the whole range when it fits, its start in any case
  highlightLineSet(range);
}

void CodeEditor::highlightLineSet(const std::vector<int>& set) {
  clearHighlightedLines();
  if (lines() == 0) return;
  int first = 0;
  for (int line : set) {
    if (line < 1 || line > lines()) continue;
    markerAdd(line - 1, kHighlightBackground);
    markerAdd(line - 1, kHighlightBar);
    if (!first || line < first) first = line;
  }
  if (first) ensureLineVisible(first - 1);
}

void CodeEditor::revealHighlightedLines() {
  const int line = markerFindNext(0, 1 << kHighlightBar);
  if (line >= 0) ensureLineVisible(line);
}

void CodeEditor::clearHighlightedLines() {
  markerDeleteAll(kHighlightBackground);
  markerDeleteAll(kHighlightBar);
}

bool CodeEditor::isLineHighlighted(int line) const {
  return line >= 1 && line <= lines() && (markersAtLine(line - 1) & (1u << kHighlightBackground));
}

void CodeEditor::setDiagnostics(const Diagnostics& diagnostics) {
  clearDiagnostics();
  for (const Diagnostic& d : diagnostics) {
    if (!d.loc.known() || d.loc.line > lines()) continue;
    const int line = d.loc.line - 1;
    markerAdd(line, markerFor(d.severity));
    if (d.severity != Severity::Note) {
      // Squiggle the span when it is known, else the whole line's text.
      const int endLine = d.loc.endLine >= d.loc.line ? std::min(d.loc.endLine, lines()) - 1 : line;
      const int startCol = d.loc.col > 0 ? d.loc.col - 1 : 0;
      int endCol = d.loc.endCol > 0 && d.loc.endLine >= d.loc.line ? d.loc.endCol - 1 : visibleLength(endLine);
      if (endLine == line && endCol <= startCol) endCol = visibleLength(line);
      fillIndicatorRange(line, startCol, endLine, endCol,
                         d.severity == Severity::Error ? kErrorIndicator : kWarningIndicator);
    }
    const QString code = QString::fromStdString(d.code);
    const QString message = QString::fromStdString(d.message);
    const QString text = code.isEmpty() ? message : tr("%1 [%2]").arg(message, code);
    const QString previous = annotation(line);
    annotate(line, previous.isEmpty() ? text : previous + QLatin1Char('\n') + text,
             noteStyle(d.severity));
  }
}

void CodeEditor::clearDiagnostics() {
  markerDeleteAll(kErrorMarker);
  markerDeleteAll(kWarningMarker);
  markerDeleteAll(kNoteMarker);
  const int last = std::max(0, lines() - 1);
  clearIndicatorRange(0, 0, last, visibleLength(last), kErrorIndicator);
  clearIndicatorRange(0, 0, last, visibleLength(last), kWarningIndicator);
  clearAnnotations();
}

int CodeEditor::visibleLength(int line) const {
  QString t = text(line);
  while (t.endsWith(QLatin1Char('\n')) || t.endsWith(QLatin1Char('\r'))) t.chop(1);
  return static_cast<int>(t.size());
}

bool CodeEditor::hasDiagnosticMarker(int line) const {
  const unsigned mask = (1u << kErrorMarker) | (1u << kWarningMarker) | (1u << kNoteMarker);
  return line >= 1 && line <= lines() && (markersAtLine(line - 1) & mask);
}

}  // namespace pt::views
