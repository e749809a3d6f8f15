// The IDE workbench (issue 6), driven through the real window offscreen and through the
// document without widgets: long work on a worker with a Cancel that stops the interpreter.
#include <QtTest>

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QUndoStack>
#include <QMenu>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>

#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "app/Autosave.h"
#include "app/Document.h"
#include "app/MainWindow.h"
#include "app/ProblemsPanel.h"
#include "app/RecentFiles.h"
#include "app/InputsPanel.h"
#include "app/TaskStatus.h"
#include "app/Translations.h"
#include "views/CodeEditor.h"

using namespace pt;
using namespace pt::app;
using pt::test::choose;
using pt::test::Window;

namespace {

// A function that never returns, as user code sometimes does.
const char* kSpin = R"(import torch

def spin(x):
    while True:
        pass
    return x

def double(x):
    return torch.mul(x, 2)

def broken(x):
    return x + undefined_name
)";

struct SpinProject {
  QTemporaryDir dir;
  QString file;
  SpinProject() {
    file = dir.filePath(QStringLiteral("spin.py"));
    test::writeText(file.toStdString(), kSpin);
  }
};

void giveInputs(Document* doc) {
  doc->setSetupCode(QStringLiteral("import torch\nx = torch.ones(3)"));
  doc->setArgs(QStringLiteral("x"));
}

// The document on the spin project with `function` selected and inputs given.
bool openSpin(Document& doc, const SpinProject& project, const QString& function) {
  if (!doc.open(project.file).ok || !doc.selectFunction(function)) return false;
  giveInputs(&doc);
  return true;
}

bool hasCancelledDiagnostic(const Diagnostics& diagnostics) {
  for (const auto& d : diagnostics)
    if (d.code == "cancelled" && d.message.find("cancelled by the user") != std::string::npos) return true;
  return false;
}

}  // namespace

class TestWorkbench : public QObject {
  Q_OBJECT

  QTemporaryDir settingsDir_;

 private slots:
  void initTestCase() {
    pt::test::useOwnSettings(settingsDir_.path(), QStringLiteral("test_workbench"));
    // The tensor runtime loads on first use (about a second, not interruptible): load it now, so
    // the cancel tests below cancel the interpreter in the user's loop, not the loading.
    SpinProject project;
    Document doc;
    QVERIFY(openSpin(doc, project, QStringLiteral("double")));
    QVERIFY(doc.trace().ok);
  }

  // The window keeps handling events while user code loops, says what runs, and Cancel stops it.
  void cancelStopsAnEndlessTraceFromTheWindow() {
    SpinProject project;
    Window win(project.file, QStringLiteral("spin"));
    QVERIFY(win.ok);
    MainWindow& w = win.w;
    Document* doc = w.document();
    giveInputs(doc);
    choose(w.modePicker(), QStringLiteral("Eager"));

    int ticks = 0;
    QTimer timer;
    connect(&timer, &QTimer::timeout, [&] { ++ticks; });
    timer.start(10);
    w.traceAction()->trigger();
    QVERIFY(doc->isBusy());
    QTRY_VERIFY(ticks >= 10);  // the event loop runs while the worker loops
    QVERIFY(doc->isBusy());
    QVERIFY(!w.traceAction()->isEnabled());
    QVERIFY(w.cancelAction()->isEnabled());
    QVERIFY(w.taskStatus()->isVisible());
    QVERIFY2(w.taskStatus()->label()->text().contains(QLatin1String("Tracing spin")), qPrintable(w.taskStatus()->label()->text()));

    QSignalSpy finished(doc, &Document::operationFinished);
    QTest::mouseClick(w.taskStatus()->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!doc->isBusy(), 1000);
    QCOMPARE(finished.count(), 1);
    const auto result = finished.at(0).at(0).value<OperationResult>();
    QVERIFY(!result.ok);
    QVERIFY(hasCancelledDiagnostic(w.problemsPanel()->shown()));
    QVERIFY(!w.taskStatus()->isVisible());
    QVERIFY(w.traceAction()->isEnabled());
    // The graph pane says the trace was stopped, not that it failed.
    QCOMPARE(doc->graphState(), GraphState::Cancelled);
    QVERIFY2(w.graphView()->placeholderText().startsWith(QLatin1String("Cancelled")), qPrintable(w.graphView()->placeholderText()));
    QVERIFY(!w.graphView()->placeholderText().contains(QLatin1String("failed")));

    // The window is usable again: another function traces.
    QVERIFY(doc->selectFunction(QStringLiteral("double")));
    giveInputs(doc);
    w.traceAction()->trigger();
    QTRY_VERIFY(!doc->isBusy());
    QCOMPARE(doc->graphState(), GraphState::Traced);
  }

  // The same without widgets: a lazy run that loops, cancelled through the document.
  void cancelStopsAnEndlessRun() {
    SpinProject project;
    Document doc;
    QVERIFY(openSpin(doc, project, QStringLiteral("spin")));
    doc.setMode(trace::Mode::Lazy);
    QSignalSpy finished(&doc, &Document::operationFinished);
    doc.startRun();
    QVERIFY(doc.isBusy());
    QTest::qWait(100);
    QVERIFY(doc.isBusy());
    doc.cancelTask();
    QTRY_VERIFY_WITH_TIMEOUT(!doc.isBusy(), 1000);
    QCOMPARE(finished.count(), 1);
    QVERIFY(hasCancelledDiagnostic(doc.diagnostics()));
  }

  // An edit while a task runs makes its outcome stale: it is stopped and not applied.
  void anEditStopsTheRunningTask() {
    SpinProject project;
    Document doc;
    QVERIFY(openSpin(doc, project, QStringLiteral("spin")));
    doc.startTrace();
    QVERIFY(doc.isBusy());
    QSignalSpy finished(&doc, &Document::operationFinished);
    doc.setSourceText(project.file, QString::fromLatin1(kSpin).replace(QLatin1String("while True:"), QLatin1String("if False:")));
    QTRY_VERIFY_WITH_TIMEOUT(!doc.isBusy(), 1000);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!finished.at(0).at(0).value<OperationResult>().ok);
    QCOMPARE(doc.graphState(), GraphState::Empty);
    // The edited function now returns.
    doc.startTrace();
    QTRY_VERIFY(!doc.isBusy());
    QCOMPARE(doc.graphState(), GraphState::Traced);
  }

  // A run on the worker keeps the graph on screen valid while it replaces its cache entry.
  void graphOnScreenSurvivesARunOnTheWorker() {
    Window win;
    QVERIFY(win.ok);
    Document* doc = win.w.document();
    choose(win.w.modePicker(), QStringLiteral("Eager"));
    win.w.traceAction()->trigger();
    doc->waitForTask();
    const ir::Graph* shown = doc->graph();
    QVERIFY(shown);
    win.w.runAction()->trigger();
    QVERIFY(doc->isBusy() || doc->callLog().size() == 2);
    QCOMPARE(doc->graph(), shown);  // still the one traced, readable while the call runs
    doc->waitForTask();
    QCOMPARE(doc->callLog().size(), size_t{2});
  }

  // ---- autosave and recovery -------------------------------------------------------------------

  // Edits autosaved, the document gone without saving (a crash), a new one restores them.
  void editsSurviveACrash() {
    SpinProject project;
    QTemporaryDir recovery;
    const QString edited = QString::fromLatin1(kSpin) + QStringLiteral("\n# an edit not saved yet\n");
    QString recoveryFile;
    {
      auto* doc = new Document;
      auto* autosave = new Autosave(doc, recovery.path());
      autosave->setInterval(50);
      QVERIFY(openSpin(*doc, project, QStringLiteral("double")));
      doc->setSourceText(project.file, edited);
      recoveryFile = autosave->recoveryFileFor(project.file);
      QTRY_VERIFY(QFile::exists(recoveryFile));
      delete doc;  // no save, no discard: what a crash leaves behind
    }
    QVERIFY(QFile::exists(recoveryFile));
    QCOMPARE(QString::fromStdString(test::readText(project.file.toStdString())), QString::fromLatin1(kSpin));

    Document doc;
    Autosave autosave(&doc, recovery.path());
    QSignalSpy restored(&autosave, &Autosave::restored);
    QVERIFY(doc.open(project.file).ok);
    QCOMPARE(restored.count(), 1);
    QCOMPARE(autosave.restoredFiles(), QStringList{project.file});
    QCOMPARE(doc.sourceText(project.file), edited);
    QVERIFY(doc.isModified(project.file));
    // Saving writes the file (atomically) and the recovery file is no longer needed.
    QVERIFY(doc.save().ok);
    QCOMPARE(QString::fromStdString(test::readText(project.file.toStdString())), edited);
    QVERIFY(!QFile::exists(recoveryFile));
  }

  // A file changed on disk after the recovery was written: the disk wins.
  void anOutdatedRecoveryIsNotRestored() {
    SpinProject project;
    QTemporaryDir recovery;
    QString recoveryFile;
    {
      auto* doc = new Document;
      auto* autosave = new Autosave(doc, recovery.path());
      QVERIFY(openSpin(*doc, project, QStringLiteral("double")));
      doc->setSourceText(project.file, QStringLiteral("# lost\n") + QString::fromLatin1(kSpin));
      autosave->saveNow();
      recoveryFile = autosave->recoveryFileFor(project.file);
      delete doc;
    }
    QFile disk(project.file);
    QVERIFY(disk.open(QIODevice::ReadWrite));
    QVERIFY(disk.setFileTime(QDateTime::currentDateTime().addSecs(60), QFileDevice::FileModificationTime));
    disk.close();
    Document doc;
    Autosave autosave(&doc, recovery.path());
    QVERIFY(doc.open(project.file).ok);
    QVERIFY(autosave.restoredFiles().isEmpty());
    QVERIFY(!doc.isModified(project.file));
    QVERIFY(!QFile::exists(recoveryFile));
  }

  // Typed in the window, autosaved; a window opened after a crash shows the edit and says so.
  void theWindowRestoresTypedEdits() {
    SpinProject project;
    QString recoveryFile;
    auto* first = new Window(project.file, QStringLiteral("double"));
    QVERIFY(first->ok);
    first->w.autosave()->setInterval(50);
    recoveryFile = first->w.autosave()->recoveryFileFor(project.file);
    views::CodeEditor* editor = first->w.sourceEditor();
    editor->setFocus();
    editor->setCursorPosition(0, 0);
    QTest::keyClicks(editor, "# typed");
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(QFile::exists(recoveryFile));

    Window second(project.file, QStringLiteral("double"));  // while the first has not ended: a crash
    QVERIFY(second.ok);
    QVERIFY(second.w.sourceEditor()->text().startsWith(QLatin1String("# typed")));
    QVERIFY(second.w.isWindowModified());
    QVERIFY2(second.w.statusBar()->currentMessage().contains(QLatin1String("Restored unsaved edits of spin.py")),
             qPrintable(second.w.statusBar()->currentMessage()));
    delete first;  // an orderly end removes its recovery files
    QVERIFY(!QFile::exists(recoveryFile));
  }

  // ---- session, recent files, drops ------------------------------------------------------------

  // Closing the window keeps the session; a new window brings back the project, the function,
  // its inputs and pickers.
  void theSessionIsRestored() {
    QSettings().clear();
    {
      Window win(pt::test::kWalkthrough, QStringLiteral("ivy_normalize.normalize"));
      QVERIFY(win.ok);
      MainWindow& w = win.w;
      pt::test::clickFunction(w, QStringLiteral("torch_normalize.normalize"));
      choose(w.targetPicker(), QStringLiteral("jax"));
      choose(w.modePicker(), QStringLiteral("Lazy"));
      choose(w.methodPicker(), QStringLiteral("Trace-based"));
      w.inputsPanel()->argsEdit()->setText(QStringLiteral("x * 2"));
      emit w.inputsPanel()->argsEdit()->textEdited(QStringLiteral("x * 2"));
      QCOMPARE(w.document()->settings().args, QStringLiteral("x * 2"));
      QVERIFY(w.close());
    }
    MainWindow w;
    QVERIFY(w.restoreSession());
    Document* doc = w.document();
    QCOMPARE(QFileInfo(doc->path()).canonicalFilePath(), QFileInfo(pt::test::kWalkthrough).canonicalFilePath());
    QCOMPARE(doc->selectedFunction(), QStringLiteral("torch_normalize.normalize"));
    QCOMPARE(w.targetPicker()->currentText(), QStringLiteral("jax"));
    QCOMPARE(w.sourcePicker()->currentText(), QStringLiteral("torch"));
    QCOMPARE(w.modePicker()->currentText(), QStringLiteral("Lazy"));
    QCOMPARE(w.methodPicker()->currentText(), QStringLiteral("Trace-based"));
    QCOMPARE(w.inputsPanel()->argsEdit()->text(), QStringLiteral("x * 2"));
    QVERIFY(!doc->undoStack()->canUndo());  // where the user starts, not edits to undo
    // The ivy function visited before keeps its own (default) choices.
    QCOMPARE(doc->settingsFor(QStringLiteral("ivy_normalize.normalize")).source, ir::Framework::Ivy);
  }

  // Opened files are listed under File > Open Recent, newest first; choosing one opens it.
  void recentFilesReopen() {
    QSettings().clear();
    SpinProject project;
    Window win(project.file, QStringLiteral("double"));
    QVERIFY(win.ok);
    QVERIFY(win.w.openPath(pt::test::kWalkthrough));
    const QStringList recent = RecentFiles::list();
    QCOMPARE(recent.size(), 2);
    QCOMPARE(recent.at(0), QFileInfo(pt::test::kWalkthrough).canonicalFilePath());
    QCOMPARE(recent.at(1), QFileInfo(project.file).canonicalFilePath());
    QMenu* menu = win.w.recentMenu();
    emit menu->aboutToShow();
    QAction* spin = nullptr;
    for (QAction* a : menu->actions())
      if (a->text().endsWith(QLatin1String("spin.py"))) spin = a;
    QVERIFY(spin);
    spin->trigger();
    QCOMPARE(win.w.document()->path(), QFileInfo(project.file).canonicalFilePath());
  }

  // A file dropped on the window opens; a dropped text file is refused.
  void aDroppedFileOpens() {
    SpinProject project;
    Window win;
    QVERIFY(win.ok);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(project.file)});
    QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&win.w, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&win.w, &drop);
    QCOMPARE(win.w.document()->path(), QFileInfo(project.file).canonicalFilePath());
    QCOMPARE(win.w.document()->selectedFunction(), QStringLiteral("spin"));

    QMimeData text;
    const QString notes = project.dir.filePath(QStringLiteral("notes.txt"));
    test::writeText(notes.toStdString(), "notes");
    text.setUrls({QUrl::fromLocalFile(notes)});
    QDragEnterEvent refused(QPoint(100, 100), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    refused.ignore();
    QApplication::sendEvent(&win.w, &refused);
    QVERIFY(!refused.isAccepted());
  }

  // ---- the project tree ---------------------------------------------------------------------------

  // Each function shows what happened to it: not traced, traced, transpiled, failed; an edit of
  // its file resets that.
  void theTreeShowsEachFunctionsState() {
    SpinProject project;
    Window win(project.file, QStringLiteral("double"));
    QVERIFY(win.ok);
    MainWindow& w = win.w;
    Document* doc = w.document();
    auto state = [&](const char* function) { return w.functionList()->itemFor(QLatin1String(function))->toolTip(2); };
    QCOMPARE(state("double"), QStringLiteral("not traced"));
    QCOMPARE(w.functionList()->itemFor(QStringLiteral("double"))->text(2), QStringLiteral("–"));
    giveInputs(doc);
    choose(w.modePicker(), QStringLiteral("Eager"));
    w.traceAction()->trigger();
    doc->waitForTask();
    QCOMPARE(state("double"), QStringLiteral("traced"));
    QCOMPARE(w.functionList()->itemFor(QStringLiteral("double"))->text(2), QStringLiteral("traced"));
    w.transpileAction()->trigger();
    doc->waitForTask();
    QCOMPARE(state("double"), QStringLiteral("transpiled"));

    pt::test::clickFunction(w, QStringLiteral("broken"));
    giveInputs(doc);
    w.traceAction()->trigger();
    doc->waitForTask();
    QCOMPARE(state("broken"), QStringLiteral("failed"));
    QCOMPARE(state("double"), QStringLiteral("transpiled"));  // each keeps its own

    doc->setSourceText(project.file, doc->sourceText(project.file) + QStringLiteral("\n"));
    QCOMPARE(state("double"), QStringLiteral("not traced"));
    QCOMPARE(state("broken"), QStringLiteral("not traced"));
  }

  // A notebook opens as one module of its code cells, each a section; its functions trace.
  void aNotebookOpensAsSections() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("scale.ipynb"));
    // Built from nbformat's fields (a raw string literal here would confuse moc).
    const QJsonArray cells{
        QJsonObject{{"cell_type", "markdown"}, {"metadata", QJsonObject()}, {"source", QJsonArray{"# Scaling"}}},
        QJsonObject{{"cell_type", "code"}, {"metadata", QJsonObject()}, {"outputs", QJsonArray()},
                    {"source", QJsonArray{"!pip install torch\n", "import torch"}}},
        QJsonObject{{"cell_type", "code"}, {"metadata", QJsonObject()}, {"outputs", QJsonArray()},
                    {"source", QJsonArray{"def scale(x):\n", "    return torch.mul(x, 3)"}}}};
    const QJsonObject notebook{{"nbformat", 4}, {"nbformat_minor", 5}, {"metadata", QJsonObject()}, {"cells", cells}};
    test::writeText(path.toStdString(), QJsonDocument(notebook).toJson().toStdString());
    Window win(path, QStringLiteral("scale"));
    QVERIFY(win.ok);
    Document* doc = win.w.document();
    const QString text = win.w.sourceEditor()->text();
    QVERIFY2(text.startsWith(QLatin1String("# %% [cell 1]\npass\nimport torch\n\n# %% [cell 2]\ndef scale(x):")), qPrintable(text));
    QVERIFY(!win.w.sourceEditor()->isReadOnly());
    QCOMPARE(doc->settings().source, ir::Framework::Torch);  // guessed from the cells' imports
    giveInputs(doc);
    choose(win.w.modePicker(), QStringLiteral("Eager"));
    win.w.traceAction()->trigger();
    doc->waitForTask();
    QCOMPARE(doc->graphState(), GraphState::Traced);
    QVERIFY2(pt::test::nodeLabels(win.w.graphView()).contains(QStringLiteral("mul")),
             qPrintable(pt::test::nodeLabels(win.w.graphView()).join(QLatin1Char(' '))));

    // Edited in the module view and saved: the edit lands in its cell; the `!pip` line the module
    // shows as `pass`, the markdown cell and the notebook's fields stay.
    QString edited = win.w.sourceEditor()->text();
    edited.replace(QStringLiteral("torch.mul(x, 3)"), QStringLiteral("torch.mul(x, 4)\n\n\ndef twice(x):\n    return x * 2"));
    doc->setSourceText(doc->currentFile(), edited);
    QVERIFY(doc->save().ok);
    const QJsonObject saved = QJsonDocument::fromJson(QByteArray::fromStdString(test::readText(path.toStdString()))).object();
    const QJsonArray savedCells = saved.value(QStringLiteral("cells")).toArray();
    QCOMPARE(savedCells.size(), 3);
    QCOMPARE(savedCells[0].toObject().value(QStringLiteral("source")).toArray(), (QJsonArray{"# Scaling"}));
    QCOMPARE(savedCells[1].toObject().value(QStringLiteral("source")).toArray(), (QJsonArray{"!pip install torch\n", "import torch"}));
    QCOMPARE(savedCells[2].toObject().value(QStringLiteral("source")).toArray(),
             (QJsonArray{"def scale(x):\n", "    return torch.mul(x, 4)\n", "\n", "\n", "def twice(x):\n", "    return x * 2"}));
    QCOMPARE(saved.value(QStringLiteral("nbformat_minor")).toInt(), 5);
    QVERIFY(!doc->isModified(doc->currentFile()));
    QVERIFY(doc->function(QStringLiteral("twice")));  // the saved notebook lists the new function

    // Removing a cell header is refused with the reason; the edit stays unsaved, not lost.
    edited = win.w.sourceEditor()->text();
    edited.replace(QStringLiteral("# %% [cell 2]\n"), QString());
    doc->setSourceText(doc->currentFile(), edited);
    QVERIFY(!doc->save().ok);
    QVERIFY(doc->isModified(doc->currentFile()));
    bool reported = false;
    for (const auto& d : doc->diagnostics()) reported = reported || d.code == "notebook-not-saved";
    QVERIFY(reported);
  }

  // ---- translations -----------------------------------------------------------------------------

  // Switching the language at runtime re-translates the workbench's own texts.
  void theWorkbenchSwitchesLanguage() {
    Window win;
    QVERIFY(win.ok);
    MainWindow& w = win.w;
    auto switchTo = [](const QString& code) {
      QVERIFY(Translations::setLanguage(code));
      QEvent change(QEvent::LanguageChange);  // as the running application's event loop sends it
      QCoreApplication::sendEvent(qApp, &change);
      QCoreApplication::processEvents();
    };
    switchTo(QStringLiteral("de"));
    QCOMPARE(w.cancelAction()->text(), QStringLiteral("Laufende Aufgabe &abbrechen"));
    QCOMPARE(w.taskStatus()->cancelButton()->text(), QStringLiteral("Abbrechen"));
    QCOMPARE(w.recentMenu()->title(), QStringLiteral("&Zuletzt geöffnet"));
    switchTo(QStringLiteral("zh_CN"));
    QCOMPARE(w.cancelAction()->text(), QStringLiteral("取消正在运行的任务(&C)"));
    QCOMPARE(w.taskStatus()->cancelButton()->text(), QStringLiteral("取消"));
    switchTo(QStringLiteral("en"));
    QCOMPARE(w.cancelAction()->text(), QStringLiteral("&Cancel Running Task"));
  }

  // Every UI text has its German and Chinese translation (lupdate marks new ones unfinished).
  // File > Export Package: every module of the folder translated into a mirrored tree, each a
  // module real python3 parses, the torch package translated to the selected function's target.
  void exportPackageWritesTheTranslatedTree() {
    Window win(pt::test::kWalkthrough, QStringLiteral("imgkit.color.rgb_to_grayscale"));
    QVERIFY(win.ok);
    Document* doc = win.w.document();
    QVERIFY(win.w.exportPackageAction()->isEnabled());
    QTemporaryDir out;
    const OperationResult r = doc->exportPackage(out.path());
    QVERIFY2(r.ok, qPrintable(r.message));
    QVERIFY2(r.message.contains(QStringLiteral("function(s) translated, 0 failed")), qPrintable(r.message));
    for (const char* file : {"imgkit/__init__.py", "imgkit/color.py", "torch_normalize.py"})
      QVERIFY2(QFile::exists(out.filePath(QString::fromLatin1(file))), file);
    const std::string color = test::readText(out.filePath(QStringLiteral("imgkit/color.py")).toStdString());
    QVERIFY2(color.find("import jax.numpy as jnp") != std::string::npos, color.c_str());
    QVERIFY(color.find("def rgb_to_grayscale(") != std::string::npos);
    const auto parsed = test::runPython("import ast, pathlib, sys\n"
                                        "for p in pathlib.Path(sys.argv[1]).rglob('*.py'): ast.parse(p.read_text())\n",
                                        {out.path()});
    QVERIFY2(parsed.exitCode == 0, parsed.err.c_str());
  }

  void translationsAreComplete() {
    for (const char* name : {"polytrace_de.ts", "polytrace_zh_CN.ts"}) {
      const std::string ts = test::readText(POLYTRACE_SOURCE_DIR "/translations/" + std::string(name));
      QVERIFY2(!ts.empty(), name);
      QVERIFY2(ts.find("type=\"unfinished\"") == std::string::npos, name);
      QVERIFY2(ts.find("<translation></translation>") == std::string::npos, name);
    }
  }
};

QTEST_MAIN(TestWorkbench)
#include "test_workbench.moc"
