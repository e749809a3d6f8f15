// MainWindow's graph pane: the links between a node and its code lines (both ways), the node
// values the inspector shows, exporting the graph, and the light and dark themes.
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>

#include <algorithm>

#include "app/AtomicFile.h"
#include "app/Document.h"
#include "app/GraphPane.h"
#include "app/GraphSidePanel.h"
#include "app/MainWindow.h"
#include "app/Theme.h"
#include "ir/Graph.h"
#include "views/CodeEditor.h"
#include "views/GraphExport.h"
#include "views/GraphScene.h"
#include "views/GraphSearchBar.h"
#include "views/GraphView.h"

namespace pt::app {

// ---- node <-> code ------------------------------------------------------------------------------

void MainWindow::linkNodeToCode(int nodeIndex) {
  sourceEditor_->clearHighlightedLines();
  generatedEditor_->clearHighlightedLines();
  const ir::Graph* graph = doc_->graph();
  if (!graph || nodeIndex < 0 || nodeIndex >= static_cast<int>(graph->nodes().size())) return;
  const ir::Node& node = *graph->nodes()[static_cast<size_t>(nodeIndex)];
  const auto [first, last] = nodeLines_[static_cast<size_t>(nodeIndex)];
  syncing_ = true;
  if (first > 0) sourceEditor_->highlightLines(first, last);
  syncing_ = false;
  highlightGeneratedFor({nodeIndex});
  if (node.loc.known())
    statusBar()->showMessage(tr("%1 — %2").arg(QString::fromStdString(std::string(ir::opName(node.op))),
                                               QString::fromStdString(node.loc.str())),
                             6000);
}

void MainWindow::linkLineToNodes(int line) {
  const ir::Graph* graph = doc_->graph();
  if (!graph) return;
  // Every node made on this line (a line often makes several); the cursor leaving every node
  // clears the selection.
  std::vector<int> matches;
  for (size_t i = 0; i < nodeLines_.size(); ++i)
    if (nodeLines_[i].first > 0 && line + 1 >= nodeLines_[i].first && line + 1 <= nodeLines_[i].second)
      matches.push_back(static_cast<int>(i));
  graphView_->graphScene()->selectNodes(matches);
  highlightGeneratedFor(matches);
}

void MainWindow::highlightGeneratedFor(const std::vector<int>& nodes) {
  // Trace-based code: the lines that compute these nodes (codegen records one per node).
  generatedEditor_->clearHighlightedLines();
  const ir::Graph* graph = doc_->graph();
  const GeneratedCode& code = doc_->generated();
  if (!graph || code.method != Method::Trace || code.stale || code.nodeLines.size() != graph->nodes().size()) return;
  std::vector<int> lines;
  for (int n : nodes)
    if (n >= 0 && static_cast<size_t>(n) < code.nodeLines.size() && code.nodeLines[static_cast<size_t>(n)] > 0)
      lines.push_back(code.nodeLines[static_cast<size_t>(n)]);
  generatedEditor_->highlightLineSet(lines);
}

// ---- values, export, theme ----------------------------------------------------------------------

views::GraphSearchBar* MainWindow::graphSearchBar() const { return graphPane_->searchBar(); }

void MainWindow::updateNodeValues() {
  if (doc_->graphState() != GraphState::Traced || doc_->nodeValues() || !doc_->graph()) return;
  doc_->computeNodeValues();
}

bool MainWindow::exportGraphTo(const QString& path, bool selectionOnly) {
  const QString suffix = QFileInfo(path).suffix().toLower();
  QByteArray bytes;
  QString why;
  if (suffix == QLatin1String("ir") || suffix == QLatin1String("txt")) {
    bytes = doc_->graphText().toUtf8();
    if (bytes.isEmpty()) why = tr("There is no graph to export");
  } else if (const auto format = views::exportFormatForSuffix(suffix)) {
    bytes = views::exportGraphView(*graphView_->graphScene(), *format, selectionOnly, &why);
  } else {
    why = tr("Unknown format “%1”: use .svg, .png, .dot, .json or .ir").arg(suffix);
  }
  if (!bytes.isEmpty() && !writeFileAtomically(path, bytes, &why)) bytes.clear();
  statusBar()->showMessage(bytes.isEmpty() ? tr("Export failed: %1").arg(why) : tr("Exported the graph to %1").arg(path), 8000);
  return !bytes.isEmpty();
}

void MainWindow::exportGraphWithDialog(bool selectionOnly) {
  if (!doc_->graph()) {
    statusBar()->showMessage(tr("Nothing to export: trace first"), 6000);
    return;
  }
  const QString name = QString::fromStdString(doc_->graph()->name());
  QStringList filters{tr("SVG image (*.svg)"), tr("PNG image (*.png)"), tr("Graphviz DOT (*.dot *.gv)"), tr("JSON (*.json)")};
  if (!selectionOnly) filters << tr("IR text, whole graph (*.ir)");
  QString selected = filters.first();
  QString path = QFileDialog::getSaveFileName(this, selectionOnly ? tr("Export Selected Subgraph") : tr("Export Graph View"),
                                              QDir(doc_->rootDir()).filePath(name + QStringLiteral(".svg")),
                                              filters.join(QStringLiteral(";;")), &selected);
  if (path.isEmpty()) return;
  if (QFileInfo(path).suffix().isEmpty()) {
    // The filter chosen decides when the name has no suffix.
    static const char* suffixes[] = {".svg", ".png", ".dot", ".json", ".ir"};
    path += QLatin1String(suffixes[std::max<qsizetype>(0, filters.indexOf(selected))]);
  }
  exportGraphTo(path, selectionOnly);
}

void MainWindow::setDarkTheme(bool dark) {
  if (darkThemeAction_->isChecked() != dark) {
    const QSignalBlocker block(darkThemeAction_);
    darkThemeAction_->setChecked(dark);
  }
  const QPalette p = themePalette(dark);
  QApplication::setPalette(p);
  // Widgets hear of it through the event loop; the scene is told now so a screenshot taken
  // right away has the new colours.
  graphView_->graphScene()->setPalette(p);
  for (views::CodeEditor* e : {sourceEditor_, generatedEditor_}) e->setPalette(p);
}

bool MainWindow::isDarkTheme() const { return darkThemeAction_->isChecked(); }

void MainWindow::splitGraphPane(GraphSidePanel* panel) {
  QTimer::singleShot(0, this, [this, panel] {
    QSplitter* body = graphPane_->body();
    const int width = body->width();
    QList<int> widths;
    for (int i = 0; i < body->count(); ++i)
      widths << (body->widget(i) == graphView_ ? width / 2 : body->widget(i) == panel ? width - width / 2 : 0);
    body->setSizes(widths);
    const QList<int> heights = centralSplitter_->sizes();
    const int total = heights.value(0) + heights.value(1);
    if (heights.value(1) < total * 3 / 5) centralSplitter_->setSizes({total - total * 3 / 5, total * 3 / 5});
    graphView_->fitToView();
    panel->sideView()->fitToView();
  });
}

}  // namespace pt::app
