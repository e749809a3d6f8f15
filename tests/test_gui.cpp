// The main window with its real widgets, offscreen: the walkthrough end to end (trace, run,
// transpile, lazy vs eager), node <-> code links, undo through the toolbar and keys, export,
// problems that jump to their line, translations, and `polytrace --screenshot`.
#include <QtTest>

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>

#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "app/CallLogPanel.h"
#include "app/FunctionListPanel.h"
#include "app/InputsPanel.h"
#include "app/MainWindow.h"
#include "app/ProblemsPanel.h"
#include "app/Translations.h"
#include "ir/Graph.h"
#include "views/CodeEditor.h"
#include "views/GraphNodeItem.h"
#include "views/GraphScene.h"
#include "views/GraphView.h"

using namespace pt;
using namespace pt::app;
using pt::test::choose;
using pt::test::clickFunction;
using pt::test::kWalkthrough;
using pt::test::nodeLabels;
using pt::test::switchLanguage;
using pt::test::Window;

namespace {


}  // namespace

class TestGui : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

  void eagerTraceShowsTheGraph() {
    Window win;
    QVERIFY(win.ok);
    MainWindow& w = win.w;
    QVERIFY(w.sourceEditor()->text().contains(QLatin1String("ivy.mean")));
    QCOMPARE(w.sourcePicker()->currentText(), QStringLiteral("ivy"));
    QCOMPARE(w.targetPicker()->currentText(), QStringLiteral("tensorflow"));
    QVERIFY(w.graphView()->graphScene()->isEmpty());
    QVERIFY(w.inputsPanel()->setupEdit()->toPlainText().contains(QLatin1String("np.random.seed(0)")));
    QCOMPARE(w.inputsPanel()->argsEdit()->text(), QStringLiteral("x"));

    choose(w.modePicker(), QStringLiteral("Eager"));
    w.traceAction()->trigger();
    w.document()->waitForTask();  // the task ran on the worker
    QCOMPARE(nodeLabels(w.graphView()), (QStringList{"mean", "std", "sub", "div"}));
    QTableWidget* log = w.callLogPanel()->table();
    QCOMPARE(log->rowCount(), 1);
    QVERIFY(w.callLogPanel()->isRowMarkedTraced(0));  // eager: traced when created

    w.runAction()->trigger();
    w.document()->waitForTask();  // the task ran on the worker
    QCOMPARE(log->rowCount(), 2);
    QVERIFY(!w.callLogPanel()->isRowMarkedTraced(1));  // and then every call is fast
    QVERIFY(w.callLogPanel()->output()->toPlainText().contains(QLatin1String("-0.36293708")));
  }

  void transpileShowsCodeSideBySide() {
    Window win;
    QVERIFY(win.ok);
    MainWindow& w = win.w;
    choose(w.targetPicker(), QStringLiteral("tensorflow"));
    w.transpileAction()->trigger();
    w.document()->waitForTask();  // the task ran on the worker
    QVERIFY2(w.generatedEditor()->text().contains(QLatin1String("tf.math.reduce_mean")),
             qPrintable(w.generatedEditor()->text()));
    QVERIFY(w.generatedEditor()->isReadOnly());
    // Side by side: the two panes share a row.
    const QPoint source = w.sourceEditor()->mapTo(&w, QPoint(0, 0));
    const QPoint generated = w.generatedEditor()->mapTo(&w, QPoint(0, 0));
    QCOMPARE(source.y(), generated.y());
    QVERIFY(generated.x() >= source.x() + w.sourceEditor()->width());
    QVERIFY(w.sourceEditor()->isVisible() && w.generatedEditor()->isVisible() && w.graphView()->isVisible());
    QVERIFY(w.exportAction()->isEnabled());
  }

  void lazyShowsThePlaceholderUntilRun() {
    Window win;
    QVERIFY(win.ok);
    MainWindow& w = win.w;
    choose(w.modePicker(), QStringLiteral("Lazy"));
    QCOMPARE(w.document()->mode(), trace::Mode::Lazy);
    w.traceAction()->trigger();
    w.document()->waitForTask();  // the task ran on the worker
    QVERIFY(w.graphView()->graphScene()->isEmpty());
    QVERIFY2(w.graphView()->placeholderText().contains(QLatin1String("Run")), qPrintable(w.graphView()->placeholderText()));
    QCOMPARE(w.callLogPanel()->table()->rowCount(), 0);

    w.runAction()->trigger();
    w.document()->waitForTask();  // the task ran on the worker
    QCOMPARE(nodeLabels(w.graphView()), (QStringList{"mean", "std", "sub", "div"}));
    w.runAction()->trigger();
    w.document()->waitForTask();  // the task ran on the worker
    QTableWidget* log = w.callLogPanel()->table();
    QCOMPARE(log->rowCount(), 2);
    QVERIFY(w.callLogPanel()->isRowMarkedTraced(0));
    QVERIFY(!w.callLogPanel()->isRowMarkedTraced(1));
    QVERIFY(log->item(0, CallLogPanel::Traced)->text().contains(QStringLiteral("traced")));
    QVERIFY(log->item(0, CallLogPanel::Traced)->background().color() != log->item(1, CallLogPanel::Traced)->background().color());
  }

  void torchSourceToSource() {
    Window win;
    QVERIFY(win.ok);
    MainWindow& w = win.w;
    clickFunction(w, QStringLiteral("torch_normalize.normalize"));
    QVERIFY(w.sourceEditor()->text().contains(QLatin1String("torch.std(x)")));
    QCOMPARE(w.sourcePicker()->currentText(), QStringLiteral("torch"));
    choose(w.methodPicker(), QStringLiteral("Source-to-source"));
    choose(w.targetPicker(), QStringLiteral("tensorflow"));
    w.transpileAction()->trigger();
    w.document()->waitForTask();  // the task ran on the worker
    QVERIFY2(w.generatedEditor()->text().contains(QLatin1String("_std(x, correction=1)")),
             qPrintable(w.generatedEditor()->text()));
  }

  void undoRestoresAPicker() {
    Window win;
    QVERIFY(win.ok);
    MainWindow& w = win.w;
    choose(w.targetPicker(), QStringLiteral("jax"));
    QCOMPARE(w.document()->settings().target, ir::Framework::Jax);
    QVERIFY(w.undoAction()->isEnabled());
    w.undoAction()->trigger();
    QCOMPARE(w.targetPicker()->currentText(), QStringLiteral("tensorflow"));
    QCOMPARE(w.document()->settings().target, ir::Framework::TensorFlow);
    w.redoAction()->trigger();
    QCOMPARE(w.targetPicker()->currentText(), QStringLiteral("jax"));
  }

  void undoKeysReachTheDocumentFromTheEditor() {
    Window win;
    QVERIFY(win.ok);
    MainWindow& w = win.w;
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    views::CodeEditor* editor = w.sourceEditor();
    const QString original = editor->text();
    editor->setFocus();
    editor->setCursorPosition(8, 0);
    QTest::keyClicks(editor, QStringLiteral("# note"));
    QVERIFY(editor->text().contains(QLatin1String("# note")));
    QVERIFY(w.document()->isModified(w.document()->currentFile()));
    QVERIFY(w.saveAction()->isEnabled());
    QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(editor->text(), original);
    QVERIFY(!w.document()->isModified(w.document()->currentFile()));
  }

  void exportWritesTheGeneratedCode() {
    Window win;
    QVERIFY(win.ok);
    MainWindow& w = win.w;
    w.transpileAction()->trigger();
    w.document()->waitForTask();  // the task ran on the worker
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("normalize_tf.py"));
    QVERIFY(w.exportTo(out));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(f.readAll()), w.generatedEditor()->text());
  }

  void syntaxErrorShowsADiagnostic() {
    Window win;
    QVERIFY(win.ok);
    MainWindow& w = win.w;
    w.traceAction()->trigger();
    w.document()->waitForTask();  // the task ran on the worker
    views::CodeEditor* editor = w.sourceEditor();
    editor->setFocus();
    editor->setCursorPosition(6, 0);  // line 7: std = ivy.std(x)
    QTest::keyClicks(editor, QStringLiteral("std = (("));
    QVERIFY(w.problemsPanel()->errorCount() >= 1);
    const Diagnostic d = w.problemsPanel()->shown().front();
    QCOMPARE(d.code, std::string("syntax-error"));
    QVERIFY(editor->hasDiagnosticMarker(d.loc.line));
    w.traceAction()->trigger();  // reported, not thrown
    w.document()->waitForTask();  // the task ran on the worker
    QCOMPARE(w.document()->graphState(), GraphState::Failed);
    QVERIFY(w.graphView()->graphScene()->isEmpty());
    QTest::qWait(900);  // the live refresh must not trace code that does not parse either

    // Double-clicking the problem puts the cursor on its line.
    editor->setCursorPosition(0, 0);
    QTreeWidget* problems = w.problemsPanel()->tree();
    QTreeWidgetItem* item = problems->topLevelItem(0);
    emit problems->itemActivated(item, 0);
    int line = -1, index = -1;
    editor->getCursorPosition(&line, &index);
    QCOMPARE(line + 1, d.loc.line);
  }

  void selectingANodeHighlightsItsLine() {
    Window win;
    QVERIFY(win.ok);
    MainWindow& w = win.w;
    choose(w.methodPicker(), QStringLiteral("Trace-based"));
    w.transpileAction()->trigger();
    w.document()->waitForTask();  // the task ran on the worker
    views::GraphScene* scene = w.graphView()->graphScene();
    QCOMPARE(nodeLabels(w.graphView()), (QStringList{"mean", "std", "sub", "div"}));
    emit scene->nodeSelected(1);  // std, as a click reports it
    QVERIFY(w.sourceEditor()->isLineHighlighted(7));
    QVERIFY(!w.sourceEditor()->isLineHighlighted(6));
    // Trace-based code carries "# ivy_normalize.py:7" on the line std became.
    int generatedLine = 0;
    for (int l = 0; l < w.generatedEditor()->lines(); ++l)
      if (w.generatedEditor()->text(l).contains(QLatin1String("reduce_std"))) generatedLine = l + 1;
    QVERIFY(generatedLine > 0);
    QVERIFY(w.generatedEditor()->isLineHighlighted(generatedLine));

    // And back: the cursor on a line selects its node.
    w.sourceEditor()->setCursorPosition(5, 4);  // line 6: mean
    QTRY_COMPARE_WITH_TIMEOUT(scene->selectedNode(), 0, 30000);  // QScintilla reports cursor moves on its next update
  }

  void liveRefreshAfterATargetChange() {
    Window win;
    QVERIFY(win.ok);
    MainWindow& w = win.w;
    w.transpileAction()->trigger();
    w.document()->waitForTask();  // the task ran on the worker
    choose(w.targetPicker(), QStringLiteral("numpy"));
    QTRY_VERIFY_WITH_TIMEOUT(w.generatedEditor()->text().contains(QLatin1String("import numpy as np")), 30000);
  }

  void retranslatesAtRuntime() {
    Window win;
    QVERIFY(win.ok);
    MainWindow& w = win.w;
    QVERIFY(Translations::available().contains(QStringLiteral("de")));
    QVERIFY(Translations::available().contains(QStringLiteral("zh_CN")));
    const QString english = w.traceAction()->text();
    QVERIFY(switchLanguage(QStringLiteral("de")));
    QCOMPARE(w.traceAction()->text(), QStringLiteral("Auf&zeichnen"));
    QCOMPARE(w.findChild<QDockWidget*>(QStringLiteral("inputsDock"))->windowTitle(), QStringLiteral("Eingaben"));
    QCOMPARE(w.modePicker()->itemText(0), QStringLiteral("Lazy"));  // the walkthrough's term, kept in German
    QVERIFY(switchLanguage(QStringLiteral("zh_CN")));
    QCOMPARE(w.traceAction()->text(), QStringLiteral("追踪(&T)"));
    QVERIFY(!switchLanguage(QStringLiteral("xx")));
    QVERIFY(switchLanguage(QStringLiteral("en")));
    QCOMPARE(w.traceAction()->text(), english);
  }

  void screenshotCommand() {
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("shot.png"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));  // the walkthrough copy
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(POLYTRACE_BIN_DIR "/polytrace"), {QStringLiteral("--screenshot"), out});
    QVERIFY(p.waitForFinished(120000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    const QImage image(out);
    QCOMPARE(image.size(), QSize(1400, 900));
    // The first start copied the walkthrough somewhere writable.
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("data/Polytrace/Polytrace/examples/lazy_vs_eager/ivy_normalize.py"))));

    // A bad function is an error with a message, not a picture.
    p.start(QStringLiteral(POLYTRACE_BIN_DIR "/polytrace"),
            {kWalkthrough, QStringLiteral("--function"), QStringLiteral("nope"), QStringLiteral("--screenshot"), out});
    QVERIFY(p.waitForFinished(120000));
    QVERIFY(p.exitCode() != 0);
    QVERIFY(p.readAllStandardError().contains("nope"));
  }
};

QTEST_MAIN(TestGui)
#include "test_gui.moc"
