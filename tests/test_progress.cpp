// Long work says how far it is when it can count: a task reporting n of N shows "n/N (p %)" and a
// filling bar in the status bar (a task that cannot count keeps the busy bar); Run > Transpile
// All Functions translates every function of the project with progress per function and marks
// each function's state; the graph's layout worker says how many levels of how many are done.
#include <QtTest>

#include <QLabel>
#include <QProgressBar>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <atomic>

#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "app/TaskRunner.h"
#include "app/TaskStatus.h"
#include "graph_view_synthetic.h"
#include "views/CodeEditor.h"

using namespace pt;
using namespace pt::app;

namespace {

// Four functions of a plain file.
const char* kModule =
    "import torch\n"
    "\n"
    "\n"
    "def a(x):\n"
    "    return torch.exp(x)\n"
    "\n"
    "\n"
    "def b(x):\n"
    "    return torch.sin(x) + 1.0\n"
    "\n"
    "\n"
    "def c(x):\n"
    "    return torch.sum(x * x)\n"
    "\n"
    "\n"
    "def d(x):\n"
    "    return torch.cos(x)\n";

}  // namespace

class TestProgress : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

  void aTaskThatCountsShowsNOfNAndAPercentage() {
    TaskRunner runner;
    TaskStatus status(&runner);
    status.show();
    std::atomic<bool> release{false};
    QSignalSpy progress(&runner, &TaskRunner::progressChanged);
    runner.start(QStringLiteral("Counting…"), [&](const CancelFlag& cancel) {
      TaskRunner::reportProgress(2, 5);
      while (!release && !cancel->load()) QThread::msleep(5);
    }, nullptr);
    QTRY_COMPARE(progress.count(), 1);
    QVERIFY2(status.label()->text().startsWith(QStringLiteral("Counting… 2/5 (40 %)")), qPrintable(status.label()->text()));
    QCOMPARE(status.progressBar()->maximum(), 5);
    QCOMPARE(status.progressBar()->value(), 2);
    QCOMPARE(runner.progress().done, 2);
    release = true;
    runner.waitForIdle();
    QVERIFY(!status.isVisible());

    // A task that cannot count: the busy bar and no count.
    release = false;
    runner.start(QStringLiteral("Spinning…"), [&](const CancelFlag& cancel) {
      while (!release && !cancel->load()) QThread::msleep(5);
    }, nullptr);
    QVERIFY(status.isVisible());
    QCOMPARE(status.progressBar()->maximum(), 0);
    QVERIFY(!status.label()->text().contains(QLatin1Char('/')));
    QCOMPARE(runner.progress().total, 0);
    release = true;
    runner.waitForIdle();
    // Outside a task, reporting does nothing.
    TaskRunner::reportProgress(1, 2);
    QCOMPARE(runner.progress().total, 0);
  }

  void transpileAllTranslatesEveryFunctionWithProgress() {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("ops.py"));
    test::writeText(file.toStdString(), kModule);
    test::Window win(file, QStringLiteral("b"));
    QVERIFY(win.ok);
    MainWindow& w = win.w;
    Document* doc = w.document();
    QCOMPARE(doc->functions().size(), size_t{4});
    QVERIFY(w.transpileAllAction()->isEnabled());
    QSignalSpy progress(doc->tasks(), &TaskRunner::progressChanged);
    QSignalSpy finished(doc, &Document::operationFinished);
    w.transpileAllAction()->trigger();
    QVERIFY(doc->isBusy());
    QVERIFY(!w.transpileAllAction()->isEnabled());  // one task at a time
    doc->waitForTask();
    QTRY_COMPARE(progress.count(), 5);  // 0/4 before the first function ... 4/4 after the last
    for (int i = 0; i < 5; ++i) {
      QCOMPARE(progress.at(i).at(0).toInt(), i);
      QCOMPARE(progress.at(i).at(1).toInt(), 4);
    }
    QCOMPARE(finished.count(), 1);
    const auto result = finished.at(0).at(0).value<OperationResult>();
    QCOMPARE(result.operation, Operation::TranspileAll);
    QVERIFY(result.ok);
    QCOMPARE(result.message, QStringLiteral("Translated 4 of 4 functions (source-to-source)"));
    for (const char* f : {"a", "b", "c", "d"}) QCOMPARE(doc->functionState(QLatin1String(f)), FunctionState::Transpiled);
    // The selected function's translation is in the generated pane (torch -> tensorflow by default).
    QVERIFY2(w.generatedEditor()->text().contains(QLatin1String("tf.math.sin")), qPrintable(w.generatedEditor()->text()));
    QVERIFY(w.transpileAllAction()->isEnabled());

    // Cancelled at once: it says so, and what was translated before stays translated.
    doc->startTranspileAll();
    doc->cancelTask();
    doc->waitForTask();
    QTRY_COMPARE(finished.count(), 2);
    const auto cancelled = finished.at(1).at(0).value<OperationResult>();
    QVERIFY(!cancelled.ok);
    QVERIFY2(cancelled.message.startsWith(QLatin1String("Cancelled after")), qPrintable(cancelled.message));
  }

  void layoutSaysHowManyLevelsAreDone() {
    auto g = synthetic::model(1500, 3);
    views::GraphView view;
    view.resize(700, 500);
    view.show();
    views::GraphScene* scene = view.graphScene();
    scene->setSyncLimit(0);  // on the worker, reporting levels
    QSignalSpy progress(scene, &views::GraphScene::layoutProgress);
    view.setGraph(g.get());
    QCOMPARE(view.progressLabel()->text(), QStringLiteral("Laying out the graph…"));
    QVERIFY(scene->waitForLayout());
    QVERIFY(progress.count() >= 1);
    const int done = progress.last().at(0).toInt(), total = progress.last().at(1).toInt();
    QVERIFY(total > 0);
    QCOMPARE(view.progressLabel()->text(),
             QStringLiteral("Laying out the graph… %1/%2 levels (%3 %)").arg(done).arg(total).arg(100 * done / total));
    QCOMPARE(view.progressBar()->maximum(), total);
    QCOMPARE(view.progressBar()->value(), done);
  }
};

QTEST_MAIN(TestProgress)
#include "test_progress.moc"
