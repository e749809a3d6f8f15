// The compile view with the real widgets, offscreen: the toggle in the graph pane's title row,
// the marks on the graph before the passes (docs/compile-demo: a dead debugging value, a sigmoid
// and a tanh computed twice, a constant bias expression), the graph after beside it, the summary
// line, an op after selecting its origin before, following a retrace, and switching it off; and
// that starting up (with the compile view on) does not load the ATen runtime.
#include <QtTest>

#include <QImage>
#include <QLabel>
#include <QTemporaryDir>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>

#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "app/CompilePanel.h"
#include "app/InspectorPanel.h"
#include "ir/Graph.h"
#include "runtime/Backend.h"
#include "views/CodeEditor.h"
#include "views/CompileMarks.h"
#include "views/GraphGroupItem.h"
#include "views/InspectorView.h"
#include "graph_view_synthetic.h"

using namespace pt;
using namespace pt::app;
using pt::test::clickItem;
using pt::test::nodeLabels;
using pt::test::switchLanguage;
using pt::test::TracedWindow;

namespace {

const QString kDemo = QStringLiteral(POLYTRACE_SOURCE_DIR "/docs/compile-demo");
const QString kFunction = QStringLiteral("features.gated_features");

// The labels of the faded (removed or merged) op boxes, in graph order.
QStringList fadedLabels(const views::GraphScene* scene) {
  QStringList labels;
  for (const views::GraphNodeItem* item : scene->nodeItems())
    if (item->role() == views::NodeRole::Op && item->opacity() < 1) labels << item->label();
  return labels;
}

int overlayItems(const views::GraphScene* scene) {
  int n = 0;
  for (const QGraphicsItem* item : scene->items()) n += item->type() == views::CompileMarks::kOverlayType;
  return n;
}

}  // namespace

class TestGuiCompile : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

  // First in this process (nothing has traced yet): the ATen runtime (~0.6 s, ~150 MB) is loaded
  // on first use, not by opening a project, showing the window or turning the compile view on.
  void startingUpLeavesTheRuntimeUnloaded() {
    QVERIFY(!runtime::backendLoaded());
    test::Window win(kDemo, kFunction);
    QVERIFY(win.ok);
    win.w.compileViewAction()->trigger();
    QApplication::processEvents();
    QVERIFY(win.w.compilePanel()->isVisible());
    QVERIFY(!runtime::backendLoaded());
    // Tracing is the first use.
    test::choose(win.w.modePicker(), QStringLiteral("Eager"));
    win.w.traceAction()->trigger();
    win.w.document()->waitForTask();
    QVERIFY(runtime::backendLoaded());
  }

  void compileViewMarksTheGraphBeforeAndShowsTheGraphAfter() {
    TracedWindow win(kDemo, kFunction);
    QVERIFY(win.ok);
    MainWindow& w = win.w;
    CompilePanel* panel = w.compilePanel();
    views::GraphScene* before = w.graphView()->graphScene();
    QVERIFY(!panel->isVisible());
    QCOMPARE(fadedLabels(before), QStringList());

    // The toggle is a button in the graph pane's title row.
    auto* toolBar = w.findChild<QToolBar*>(QStringLiteral("graphToolBar"));
    QVERIFY(toolBar);
    QWidget* button = toolBar->widgetForAction(w.compileViewAction());
    QVERIFY(button && button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(w.compileViewAction()->isChecked());
    QVERIFY(panel->isVisible());

    // Traced: 19 ops. Dead: abs and reduce_max (the unused `peak`); then, once folding made the
    // bias one constant, the constants and the mul it read. Merged: the second 0.5, sigmoid, tanh.
    QCOMPARE(panel->summaryLabel()->text(), QStringLiteral("DCE removed 5, CSE merged 3, folded 2"));
    QCOMPARE(panel->titleLabel()->text(), QStringLiteral("After the passes — ops: 19 → 11"));
    QCOMPARE(fadedLabels(before),
             (QStringList{"constant", "mul", "constant", "constant", "abs", "reduce_max", "sigmoid", "tanh"}));
    QCOMPARE(before->itemForNode(10)->opacity(), before->itemForNode(11)->opacity());
    QCOMPARE(before->itemForNode(9)->opacity(), 1.0);  // kept
    QVERIFY2(before->itemForNode(10)->toolTip().contains(QLatin1String("Removed by dead code elimination: nothing uses its result")),
             qPrintable(before->itemForNode(10)->toolTip()));
    QVERIFY(before->itemForNode(0)->toolTip().contains(QLatin1String("dead code elimination (run again after the other passes)")));
    QVERIFY2(before->itemForNode(15)->toolTip().contains(
                 QLatin1String("Merged into sigmoid (node 13) by common subexpression elimination")),
             qPrintable(before->itemForNode(15)->toolTip()));
    QVERIFY(before->itemForNode(4)->toolTip().contains(QLatin1String("Folded to a constant by constant folding")));
    QVERIFY(before->itemForNode(13)->toolTip().contains(QLatin1String("Replaces 1 identical op(s) merged into it")));
    // Three dashed links, merged -> survivor; a tag on each of the 8 faded ops, the folded add and
    // the 3 survivors.
    QCOMPARE(panel->beforeMarks()->linkCount(), 3);
    QCOMPARE(overlayItems(before), 3 + 8 + 1 + 3);
    QCOMPARE(panel->beforeMarks()->marks().at(16).linkTo, 12);

    // The graph after, beside it: the kept ops, the bias one folded constant.
    views::GraphView* after = panel->afterView();
    QVERIFY(after->isVisible());
    QCOMPARE(after->graphScene()->graph(), panel->compiled().after.get());
    QCOMPARE(nodeLabels(after), (QStringList{"constant", "constant", "matmul", "add", "relu", "mul", "tanh", "sigmoid", "mul",
                                             "mul", "add"}));
    QVERIFY(after->graphScene()->itemForNode(1)->toolTip().contains(QLatin1String("Folded to a constant")));
    QCOMPARE(fadedLabels(after->graphScene()), QStringList());

    // Selecting a marked op says what the passes did to it in the status bar.
    clickItem(w.graphView(), before->itemForNode(15));
    QCOMPARE(before->selectedNode(), 15);
    QVERIFY2(w.statusBar()->currentMessage().startsWith(QStringLiteral("sigmoid (node 15) — Merged into sigmoid (node 13)")),
             qPrintable(w.statusBar()->currentMessage()));
    const QString details = w.inspectorPanel()->view()->detailsLabel()->text();
    QVERIFY2(details.contains(QLatin1String("Merged into sigmoid (node 13)")), qPrintable(details));

    // An op after selects its origin before (the sigmoid kept is node 13 before).
    const int sigmoidAfter = static_cast<int>(nodeLabels(after).indexOf(QStringLiteral("sigmoid")));
    clickItem(after, after->graphScene()->itemForNode(sigmoidAfter));
    QCOMPARE(before->selectedNode(), 13);
    QVERIFY(w.sourceEditor()->isLineHighlighted(13));

    // Edited (the dead line gone) and traced again: the view follows the new graph.
    const QString file = w.document()->currentFile();
    QString text = w.document()->sourceText(file);
    const qsizetype peak = text.indexOf(QLatin1String("    peak ="));
    QVERIFY(peak > 0);
    text.remove(peak, text.indexOf(QLatin1Char('\n'), peak) + 1 - peak);
    w.document()->setSourceText(file, text);
    w.traceAction()->trigger();
    w.document()->waitForTask();
    QTRY_COMPARE(panel->summaryLabel()->text(), QStringLiteral("DCE removed 3, CSE merged 3, folded 2"));
    QCOMPARE(panel->before(), w.document()->graph());
    QCOMPARE(fadedLabels(before), (QStringList{"constant", "mul", "constant", "constant", "sigmoid", "tanh"}));

    // German: the summary in the language chosen.
    QVERIFY(switchLanguage(QStringLiteral("de")));
    QCOMPARE(panel->summaryLabel()->text(), QStringLiteral("DCE entfernte 3, CSE vereinigte 3, gefaltet 2"));
    QVERIFY(switchLanguage(QStringLiteral("en")));

    // Off: the panel goes, the graph is as traced again.
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!panel->isVisible());
    QCOMPARE(fadedLabels(before), QStringList());
    QCOMPARE(overlayItems(before), 0);
    QVERIFY(!before->itemForNode(0)->toolTip().contains(QLatin1String("Removed")));
    QCOMPARE(after->graphScene()->graph(), nullptr);
    // The second sigmoid (node 13 since the edit) was merged; off, the inspector no longer says so.
    QCOMPARE(before->itemForNode(13)->label(), QStringLiteral("sigmoid"));
    clickItem(w.graphView(), before->itemForNode(13));
    QCOMPARE(w.inspectorPanel()->shown().index, 13);
    QVERIFY(!w.inspectorPanel()->view()->detailsLabel()->text().contains(QLatin1String("Merged")));
  }

  // `polytrace --compile-view --screenshot` as the docs picture is made: the marks are in it.
  void screenshotShowsTheCompileView() {
    QTemporaryDir dir;
    auto shoot = [&](const QString& name, QStringList extra) {
      const QString out = dir.filePath(name);
      QStringList args{kDemo, QStringLiteral("--mode"), QStringLiteral("eager"), QStringLiteral("--method"), QStringLiteral("trace"),
                       QStringLiteral("--screenshot"), out, QStringLiteral("--size"), QStringLiteral("1600x1100")};
      args += extra;
      const test::ProcessResult r = test::runProcess(QStringLiteral(POLYTRACE_BIN_DIR "/polytrace"), args);
      return r.exitCode == 0 ? QImage(out) : QImage();
    };
    // Pixels of the merge marks' purple (light theme): tags, dashed rings and links.
    auto mergePixels = [](const QImage& image) {
      int n = 0;
      for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) n += image.pixel(x, y) == qRgb(0x8e, 0x44, 0xad);
      return n;
    };
    const QImage compiled = shoot(QStringLiteral("compile.png"), {QStringLiteral("--compile-view")});
    const QImage plain = shoot(QStringLiteral("plain.png"), {});
    QCOMPARE(compiled.size(), QSize(1600, 1100));
    QCOMPARE(plain.size(), QSize(1600, 1100));
    QVERIFY2(mergePixels(compiled) > 200, qPrintable(QString::number(mergePixels(compiled))));
    QCOMPARE(mergePixels(plain), 0);
  }

  // The marks on a big graph: ops hidden in closed groups are counted on the group's box, and
  // after a relayout (expand all) the marks are on the ops' own boxes; clearing restores them.
  void marksFollowTheGroupsAndRelayouts() {
    auto g = synthetic::model(300);
    views::GraphView view;
    view.resize(900, 600);
    view.show();
    views::GraphScene* scene = view.graphScene();
    view.setGraph(g.get());
    QVERIFY(scene->waitForLayout());
    const int hiddenOp = 40;
    QVERIFY(!scene->itemForNode(hiddenOp));  // big groups start closed
    auto* group = scene->visibleItemForNode(hiddenOp);
    QVERIFY(group && group->type() == views::GraphGroupItem::Type);
    const QString groupTip = group->toolTip();
    views::CompileMarks marks(scene);
    marks.setMarks(g.get(), {{hiddenOp, {views::NodeMark::Kind::Removed, QStringLiteral("DCE"), QStringLiteral("gone")}},
                             {hiddenOp + 1, {views::NodeMark::Kind::Merged, QStringLiteral("CSE"), QStringLiteral("merged"), 0}}});
    QVERIFY2(group->toolTip().contains(QLatin1String("2 op(s) inside changed by the passes")), qPrintable(group->toolTip()));
    QCOMPARE(group->childItems().size(), 1);

    scene->expandAll();
    QVERIFY(scene->waitForLayout());
    QVERIFY(scene->itemForNode(hiddenOp));
    QVERIFY(scene->itemForNode(hiddenOp)->opacity() < 1);
    QVERIFY(scene->itemForNode(hiddenOp)->toolTip().contains(QLatin1String("gone")));
    QVERIFY(scene->itemForNode(hiddenOp + 1)->opacity() < 1);
    QCOMPARE(marks.linkCount(), 1);

    marks.clear();
    QCOMPARE(overlayItems(scene), 0);
    QCOMPARE(scene->itemForNode(hiddenOp)->opacity(), 1.0);
    QVERIFY(!scene->itemForNode(hiddenOp)->toolTip().contains(QLatin1String("gone")));
    scene->collapseAll();
    QVERIFY(scene->waitForLayout());
    // Cleared marks stay cleared through a relayout.
    QCOMPARE(scene->visibleItemForNode(hiddenOp)->toolTip(), groupTip);
    QCOMPARE(overlayItems(scene), 0);
  }

  void notTracedShowsWhyThereIsNothing() {
    test::Window win(kDemo, kFunction);
    QVERIFY(win.ok);
    win.w.compileViewAction()->trigger();
    CompilePanel* panel = win.w.compilePanel();
    QVERIFY(panel->isVisible());
    QCOMPARE(panel->summaryLabel()->text(), QStringLiteral("Trace the function to see its graph after the passes"));
    QCOMPARE(panel->afterView()->graphScene()->graph(), nullptr);
    // Tracing fills it.
    test::choose(win.w.modePicker(), QStringLiteral("Eager"));
    win.w.traceAction()->trigger();
    win.w.document()->waitForTask();
    QTRY_COMPARE(panel->summaryLabel()->text(), QStringLiteral("DCE removed 5, CSE merged 3, folded 2"));
  }
};

QTEST_MAIN(TestGuiCompile)
#include "test_gui_compile.moc"
