// polytrace [FILE|FOLDER] [--function QUAL] [--source FW] [--target FW] [--mode lazy|eager]
//           [--method source|trace] [--language CODE] [--theme light|dark] [--select-node N]
//           [--expand-all] [--inputs JSON] [--compile-view] [--diff-view] [--screenshot OUT.png [--size WxH]]
// With no path it restores the last session (the bundled "Lazy vs Eager" walkthrough on the first
// start, and always for --screenshot).
#include <QApplication>
#include <QCommandLineParser>
#include <QUndoStack>

#include <cstdio>

#include "app/ExampleProject.h"
#include "app/MainWindow.h"
#include "app/Pickers.h"
#include "app/Screenshot.h"
#include "app/Translations.h"
#include "session/ParamInput.h"
#include "views/GraphScene.h"
#include "views/GraphView.h"

using namespace pt;
using namespace pt::app;

namespace {

int fail(const QString& message) {
  std::fprintf(stderr, "polytrace: %s\n", qPrintable(message));
  return 1;
}

void printDiagnostics(const OperationResult& r) {
  for (const auto& d : r.diagnostics) std::fprintf(stderr, "%s\n", d.format().c_str());
}

}  // namespace

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QCoreApplication::setOrganizationName(QStringLiteral("Polytrace"));
  QCoreApplication::setApplicationName(QStringLiteral("Polytrace"));
  QCoreApplication::setApplicationVersion(QStringLiteral(POLYTRACE_VERSION));

  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral("Polytrace: trace and transpile array-programming Python code."));
  parser.addHelpOption();
  parser.addVersionOption();
  parser.addPositionalArgument(QStringLiteral("path"), QStringLiteral("A .py file or a folder (source root)."), QStringLiteral("[FILE|FOLDER]"));
  const QCommandLineOption functionOption(QStringLiteral("function"), QStringLiteral("The function to select (QUAL)."), QStringLiteral("QUAL"));
  const QCommandLineOption sourceOption(QStringLiteral("source"), QStringLiteral("Source framework."), QStringLiteral("FW"));
  const QCommandLineOption targetOption(QStringLiteral("target"), QStringLiteral("Target framework."), QStringLiteral("FW"));
  const QCommandLineOption modeOption(QStringLiteral("mode"), QStringLiteral("lazy or eager (default eager)."), QStringLiteral("MODE"));
  const QCommandLineOption methodOption(QStringLiteral("method"), QStringLiteral("source or trace (default source)."), QStringLiteral("METHOD"));
  const QCommandLineOption languageOption(QStringLiteral("language"), QStringLiteral("UI language: en, de, zh_CN (default: the system's)."), QStringLiteral("CODE"));
  const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                            QStringLiteral("Open, trace, run once and transpile, save the window as a PNG, and exit."),
                                            QStringLiteral("OUT.png"));
  const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Window size for --screenshot (default 1400x900)."), QStringLiteral("WxH"),
                                      QStringLiteral("1400x900"));
  const QCommandLineOption themeOption(QStringLiteral("theme"), QStringLiteral("light or dark (default light)."), QStringLiteral("THEME"));
  const QCommandLineOption selectOption(QStringLiteral("select-node"),
                                        QStringLiteral("For --screenshot: select graph node N (its groups opened, shown in the inspector)."),
                                        QStringLiteral("N"));
  const QCommandLineOption inputsOption(QStringLiteral("inputs"),
                                        QStringLiteral("Picked inputs of the function, as JSON (like polytrace-cli --inputs)."),
                                        QStringLiteral("JSON"));
  const QCommandLineOption expandOption(QStringLiteral("expand-all"), QStringLiteral("For --screenshot: open every group of the graph."));
  parser.addOptions({functionOption, sourceOption, targetOption, modeOption, methodOption, languageOption, themeOption,
                     selectOption, expandOption, inputsOption, screenshotOption, sizeOption});
  const QCommandLineOption compileOption(QStringLiteral("compile-view"),
                                         QStringLiteral("Show the compile view: the graph before and after the passes."));
  parser.addOption(compileOption);
  const QCommandLineOption diffOption(QStringLiteral("diff-view"),
                                      QStringLiteral("Verify the translation and show the diff view: the function's graph beside "
                                                     "the translation's, each op coloured by how it compares."));
  parser.addOption(diffOption);
  parser.process(app);

  if (parser.isSet(languageOption)) {
    if (!Translations::setLanguage(parser.value(languageOption)))
      return fail(QStringLiteral("no translation for '%1' (available: %2)")
                      .arg(parser.value(languageOption), Translations::available().join(QStringLiteral(", "))));
  } else {
    Translations::installFor(QLocale::system());
  }

  QString path = parser.positionalArguments().value(0);
  QString function = parser.value(functionOption);
  const bool screenshot = parser.isSet(screenshotOption);

  MainWindow window;
  Document* doc = window.document();
  if (parser.isSet(themeOption)) {
    const QString theme = parser.value(themeOption);
    if (theme != QLatin1String("light") && theme != QLatin1String("dark")) return fail(QStringLiteral("--theme must be light or dark"));
    window.setDarkTheme(theme == QLatin1String("dark"));
  }
  // Without a path the last session comes back (a screenshot always shows the walkthrough);
  // the first start, or a session whose project is gone, opens the walkthrough.
  const bool restored = path.isEmpty() && function.isEmpty() && !screenshot && window.restoreSession();
  if (path.isEmpty() && !restored) {
    QString error;
    path = ensureWalkthrough(&error);
    if (path.isEmpty()) return fail(QStringLiteral("cannot set up the walkthrough: %1").arg(error));
    if (function.isEmpty()) function = QString::fromLatin1(kWalkthroughStart);
  }
  const bool opened = restored || window.openPath(path, function);
  if (!opened && screenshot) {
    for (const auto& d : doc->diagnostics()) std::fprintf(stderr, "%s\n", d.format().c_str());
    return fail(function.isEmpty() ? QStringLiteral("no functions in %1").arg(path)
                                   : QStringLiteral("no function %1 in %2").arg(function, path));
  }

  // Command-line choices are the starting point, not edits to undo.
  if (parser.isSet(sourceOption)) {
    auto fw = frameworkFromId(parser.value(sourceOption));
    if (!fw) return fail(QStringLiteral("unknown framework '%1'").arg(parser.value(sourceOption)));
    doc->setSourceFramework(*fw);
  }
  if (parser.isSet(targetOption)) {
    auto fw = frameworkFromId(parser.value(targetOption));
    if (!fw) return fail(QStringLiteral("unknown framework '%1'").arg(parser.value(targetOption)));
    doc->setTargetFramework(*fw);
  }
  if (parser.isSet(modeOption)) {
    auto mode = modeFromId(parser.value(modeOption));
    if (!mode) return fail(QStringLiteral("--mode must be lazy or eager"));
    doc->setMode(*mode);
  }
  if (parser.isSet(methodOption)) {
    auto method = methodFromId(parser.value(methodOption));
    if (!method) return fail(QStringLiteral("--method must be source or trace"));
    doc->setMethod(*method);
  }
  if (parser.isSet(inputsOption)) {
    try {
      session::parseParamInputs(parser.value(inputsOption).toStdString());
    } catch (const session::ParamInputError& e) {
      return fail(QString::fromStdString(e.message));
    }
    doc->setInputs(parser.value(inputsOption));
  }
  doc->undoStack()->clear();
  if (parser.isSet(compileOption)) window.compileViewAction()->setChecked(true);

  if (!screenshot) {
    window.show();
    return app.exec();
  }

  // The state the README shows: traced (eager: now; lazy: by the first call), one call in the
  // log, and the translation beside the source.
  bool ok = true;
  if (doc->mode() == trace::Mode::Eager) {
    const OperationResult traced = doc->trace();
    printDiagnostics(traced);
    ok = traced.ok;
  }
  if (ok) {
    const OperationResult ran = doc->run();
    printDiagnostics(ran);
    ok = ran.ok;
  }
  const OperationResult translated = doc->transpile();
  printDiagnostics(translated);
  ok = ok && translated.ok;
  if (parser.isSet(diffOption)) {
    const OperationResult verified = doc->verify();  // before the view opens, which would verify on the worker
    printDiagnostics(verified);
    window.diffViewAction()->setChecked(true);
  }

  views::GraphScene* scene = window.graphView()->graphScene();
  if (parser.isSet(expandOption)) {
    scene->expandAll();
    scene->waitForLayout();
  }
  if (parser.isSet(selectOption)) {
    bool isNumber = false;
    const int node = parser.value(selectOption).toInt(&isNumber);
    if (!isNumber || !doc->graph() || node < 0 || node >= static_cast<int>(doc->graph()->nodes().size()))
      return fail(QStringLiteral("--select-node: no node %1 in the graph").arg(parser.value(selectOption)));
    scene->revealNode(node);
    scene->waitForLayout();
  }
  scene->waitForLayout();
  const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));
  const QSize windowSize(size.value(0).toInt(), size.value(1).toInt());
  if (windowSize.width() < 200 || windowSize.height() < 200) return fail(QStringLiteral("--size must be WxH, e.g. 1400x900"));
  QString error;
  if (!saveScreenshot(window, parser.value(screenshotOption), windowSize, &error)) return fail(error);
  if (!ok) return fail(QStringLiteral("the screenshot shows a failed trace or translation (see above)"));
  return 0;
}
