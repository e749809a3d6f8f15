#include "app/Screenshot.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QPixmap>

#include "app/CompilePanel.h"
#include "app/DiffPanel.h"
#include "app/MainWindow.h"
#include "views/CodeEditor.h"
#include "views/GraphScene.h"
#include "views/GraphView.h"

namespace pt::app {

bool saveScreenshot(MainWindow& window, const QString& path, QSize size, QString* error) {
  window.resize(size);
  window.show();
  // Several rounds: docks and splitters settle over more than one pass of posted events.
  for (int i = 0; i < 5; ++i) {
    QApplication::sendPostedEvents();
    QApplication::processEvents();
  }
  views::GraphView* graph = window.graphView();
  graph->fitToView();
  // The compile view's graph after the passes, beside it, fitted the same way.
  if (window.compilePanel()->isVisible()) window.compilePanel()->afterView()->fitToView();
  if (window.diffPanel()->isVisible()) window.diffPanel()->sideView()->fitToView();
  // A node selected for the picture (--select-node) is shown readable, not as a dot in the fit.
  const QList<QGraphicsItem*> selected = graph->graphScene()->selectedItems();
  if (!selected.isEmpty()) graph->focusOn(selected.first());
  // The editors scrolled to its lines while they were still unshown and tiny.
  for (views::CodeEditor* editor : {window.sourceEditor(), window.generatedEditor()}) editor->revealHighlightedLines();
  QApplication::processEvents();
  const QPixmap pixmap = window.grab();
  if (pixmap.isNull()) {
    if (error) *error = QStringLiteral("the window could not be rendered");
    return false;
  }
  const QFileInfo out(path);
  if (!QDir().mkpath(out.absolutePath())) {
    if (error) *error = QStringLiteral("cannot create %1").arg(out.absolutePath());
    return false;
  }
  QImageWriter writer(path, "png");
  if (!writer.write(pixmap.toImage())) {
    if (error) *error = QStringLiteral("cannot write %1: %2").arg(path, writer.errorString());
    return false;
  }
  return true;
}

}  // namespace pt::app
