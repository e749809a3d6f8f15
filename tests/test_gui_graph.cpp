// The main window's graph features with real widgets, offscreen: the inspector showing the values
// of the last run (tables, histograms), the first node that produced a NaN/Inf marked on the graph
// and in the inspector, a source line selecting all its nodes, searching from Ctrl+F, the expand /
// collapse actions, exporting the view in every format and the graph as IR text, the dark theme.
#include <QtTest>

#include <QApplication>
#include <QDockWidget>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>

#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "ViewTestSupport.h"
#include "app/InspectorPanel.h"
#include "ir/Graph.h"
#include "views/CodeEditor.h"
#include "views/GraphGroupItem.h"
#include "views/GraphSearchBar.h"
#include "views/InspectorView.h"

#include <Qsci/qscilexerpython.h>

using namespace pt;
using namespace pt::app;
using pt::test::choose;
using pt::test::clickItem;
using pt::test::meanLightness;
using pt::test::nodeLabels;
using pt::test::switchLanguage;
using pt::test::TracedWindow;
using pt::test::Window;

namespace {

// A project whose function makes a NaN and an -Inf in its second op (log of -2 and of 0); the
// ops after it only pass them on.
const char* kNanSource =
    "import torch\n"
    "\n"
    "\n"
    "def f(x):\n"
    "    a = x * 2.0\n"
    "    y = torch.log(a)\n"
    "    z = torch.sqrt(x + 1.0)\n"
    "    return y * z\n";

const char* kNanConfig = R"json({
  "start": "nan_demo.f",
  "functions": {
    "nan_demo.f": {"source": "torch", "target": "numpy",
                   "setup": "import torch\nx = torch.tensor([1.0, -1.0, 2.0, 0.0])", "args": "x"}
  }
})json";

int nodeWithOp(const ir::Graph& g, ir::OpKind op) {
  for (size_t i = 0; i < g.nodes().size(); ++i)
    if (g.nodes()[i]->op == op) return static_cast<int>(i);
  return -1;
}

QByteArray readFile(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

}  // namespace

class TestGuiGraph : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

  void inspectorShowsTheValuesOfTheLastRun() {
    TracedWindow win;
    QVERIFY(win.ok);
    MainWindow& w = win.w;
    QCOMPARE(nodeLabels(w.graphView()), (QStringList{"mean", "std", "sub", "div"}));
    views::InspectorView* inspector = w.inspectorPanel()->view();
    QVERIFY(inspector->tables().isEmpty());
    QVERIFY(inspector->headerLabel()->text().contains(QLatin1String("Select a node")));
    // The graph runs again after it is on screen, keeping every node's values.
    QTRY_VERIFY(w.document()->nodeValues() && w.document()->nodeValues()->ok);
    views::GraphScene* scene = w.graphView()->graphScene();
    QCOMPARE(scene->problemNode(), -1);

    // std: its op, attributes, input with dtype and shape, source line; a 0-d value as a 1x1 table.
    clickItem(w.graphView(), scene->itemForNode(1));
    QCOMPARE(w.inspectorPanel()->shown(), (views::ViewEntry{views::ViewEntry::Kind::Op, 1}));
    QVERIFY(inspector->headerLabel()->text().contains(QLatin1String("std")));
    const QString details = inspector->detailsLabel()->text();
    QVERIFY2(details.contains(QLatin1String("correction=0")), qPrintable(details));  // ivy.std: population
    QVERIFY2(details.contains(QStringLiteral("f64[10] ← x")), qPrintable(details));
    QVERIFY2(details.contains(QLatin1String("ivy_normalize.py:7")), qPrintable(details));
    QCOMPARE(inspector->tables().size(), 1);
    QCOMPARE(inspector->tables()[0]->rowCount() * inspector->tables()[0]->columnCount(), 1);

    // div: the function's result, the numbers the walkthrough prints (README, call log).
    clickItem(w.graphView(), scene->itemForNode(3));
    QCOMPARE(inspector->tables().size(), 1);
    QTableWidget* table = inspector->tables()[0];
    QCOMPARE(table->columnCount(), 10);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("-0.362937"));
    QCOMPARE(table->item(0, 7)->text(), QStringLiteral("1.49617"));
    QVERIFY(inspector->statsLabels()[0]->text().contains(QLatin1String("no NaN or Inf")));
    QVERIFY(!inspector->headerLabel()->text().contains(QLatin1String("NaN/Inf")));

    // The parameter x: its values too; a new trace drops the old values until the next run.
    clickItem(w.graphView(), scene->nodeItems().first());
    QCOMPARE(inspector->tables().size(), 1);
    QCOMPARE(inspector->tables()[0]->columnCount(), 10);
    QSignalSpy values(w.document(), &Document::nodeValuesChanged);
    w.traceAction()->trigger();
    w.document()->waitForTask();  // the task ran on the worker
    QTRY_VERIFY(values.count() >= 2);  // dropped, then computed again
    QVERIFY(w.document()->nodeValues() && w.document()->nodeValues()->ok);
  }

  void firstNanIsMarkedOnTheGraph() {
    QTemporaryDir dir;
    test::writeText(dir.filePath(QStringLiteral("nan_demo.py")).toStdString(), kNanSource);
    test::writeText(dir.filePath(QStringLiteral("polytrace.json")).toStdString(), kNanConfig);
    TracedWindow win(dir.path(), QStringLiteral("nan_demo.f"));
    QVERIFY(win.ok);
    MainWindow& w = win.w;
    const ir::Graph* g = w.document()->graph();
    QVERIFY(g);
    const int log = nodeWithOp(*g, ir::OpKind::Log);
    const int product = static_cast<int>(g->nodes().size()) - 1;  // y * z: NaN in, NaN out
    QVERIFY(log > 0);  // x * 2.0 comes first and is finite
    QCOMPARE(g->nodes()[static_cast<size_t>(product)]->op, ir::OpKind::Mul);

    views::GraphScene* scene = w.graphView()->graphScene();
    QTRY_COMPARE(scene->problemNode(), log);
    const auto values = w.document()->nodeValues();
    QCOMPARE(values->firstNonFinite, log);
    QVERIFY(values->nonFinite[static_cast<size_t>(product)]);
    QVERIFY(!values->nonFinite[0]);
    QVERIFY(scene->itemForNode(log)->isProblem());
    QVERIFY(!scene->itemForNode(product)->isProblem());

    views::InspectorView* inspector = w.inspectorPanel()->view();
    clickItem(w.graphView(), scene->itemForNode(log));
    QVERIFY(inspector->headerLabel()->text().contains(QLatin1String("First node that produced NaN/Inf")));
    QTableWidget* table = inspector->tables()[0];
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("nan"));   // log(-2)
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("-inf"));  // log(0)
    QVERIFY(table->item(0, 1)->background() != table->item(0, 0)->background());
    QVERIFY(inspector->statsLabels()[0]->text().contains(QLatin1String("NaN: 1")));
    clickItem(w.graphView(), scene->itemForNode(product));
    QVERIFY(!inspector->headerLabel()->text().contains(QLatin1String("First node")));
    QVERIFY(inspector->statsLabels()[0]->text().contains(QLatin1String("NaN: 1")));
  }

  void aSourceLineSelectsAllItsNodes() {
    TracedWindow win;
    QVERIFY(win.ok);
    MainWindow& w = win.w;
    views::GraphScene* scene = w.graphView()->graphScene();
    choose(w.methodPicker(), QStringLiteral("Trace-based"));
    w.transpileAction()->trigger();
    w.document()->waitForTask();  // the task ran on the worker
    // The generated line of each node: codegen's own record, one line per node.
    auto generatedLine = [&](const char* text) {
      for (int l = 0; l < w.generatedEditor()->lines(); ++l)
        if (w.generatedEditor()->text(l).contains(QLatin1String(text))) return l + 1;
      return 0;
    };
    const int subLine = generatedLine("sub = x - mean"), divLine = generatedLine("div = sub / std");
    const int meanLine = generatedLine("reduce_mean");
    QVERIFY2(subLine > 0 && divLine > 0 && meanLine > 0, qPrintable(w.generatedEditor()->text()));
    // Line 8 makes two nodes: ivy.subtract and ivy.divide.
    w.sourceEditor()->setCursorPosition(7, 12);
    QTRY_COMPARE_WITH_TIMEOUT(scene->selectedNodes(), (std::vector<int>{2, 3}), 30000);
    QVERIFY(scene->itemForNode(2)->isSelected() && scene->itemForNode(3)->isSelected());
    QVERIFY(!scene->itemForNode(0)->isSelected());
    QVERIFY(w.generatedEditor()->isLineHighlighted(subLine) && w.generatedEditor()->isLineHighlighted(divLine));
    QVERIFY(!w.generatedEditor()->isLineHighlighted(meanLine));
    // A line without nodes clears the selection.
    w.sourceEditor()->setCursorPosition(1, 0);
    QTRY_VERIFY_WITH_TIMEOUT(scene->selectedItems().isEmpty(), 30000);
    // And the other way: clicking a node highlights its line.
    clickItem(w.graphView(), scene->itemForNode(0));
    QVERIFY(w.sourceEditor()->isLineHighlighted(6));
    QVERIFY(!w.sourceEditor()->isLineHighlighted(8));
    QVERIFY(w.generatedEditor()->isLineHighlighted(meanLine));
    QVERIFY(!w.generatedEditor()->isLineHighlighted(subLine));
  }

  void findInGraphFromTheKeyboard() {
    TracedWindow win;
    QVERIFY(win.ok);
    MainWindow& w = win.w;
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    views::GraphSearchBar* bar = w.graphSearchBar();
    QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(bar->field()));
    QTest::keyClicks(bar->field(), QStringLiteral("op:std"));
    QCOMPARE(static_cast<int>(bar->matches().size()), 1);
    QTest::keyClick(bar->field(), Qt::Key_Return);
    views::GraphScene* scene = w.graphView()->graphScene();
    QCOMPARE(scene->selectedNode(), 1);
    QVERIFY(w.sourceEditor()->isLineHighlighted(7));  // the found node's line, as a click would
    QCOMPARE(w.inspectorPanel()->shown(), (views::ViewEntry{views::ViewEntry::Kind::Op, 1}));
    // Shapes and dtypes: the scalar results of mean and std.
    bar->field()->setText(QStringLiteral("shape:[]"));
    QCOMPARE(static_cast<int>(bar->matches().size()), 2);
  }

  void groupActionsOpenAndCloseCalls() {
    TracedWindow win(test::kWalkthrough, QStringLiteral("imgkit.color.bgr_to_grayscale"));
    QVERIFY(win.ok);
    MainWindow& w = win.w;
    views::GraphScene* scene = w.graphView()->graphScene();
    QVERIFY(scene->waitForLayout());
    // bgr_to_grayscale calls rgb_to_grayscale: a group, open because the graph is small.
    QCOMPARE(scene->groupItems().size(), 1);
    views::GraphGroupItem* group = scene->groupItems().first();
    QCOMPARE(group->title(), QStringLiteral("rgb_to_grayscale"));
    QVERIFY(group->isOpen());
    const int ops = static_cast<int>(w.document()->graph()->nodes().size());
    w.collapseAllAction()->trigger();
    QVERIFY(scene->waitForLayout());
    QVERIFY(!scene->groupItems().first()->isOpen());
    QVERIFY(static_cast<int>(nodeLabels(w.graphView()).size()) < ops);
    // The inspector describes a closed group.
    clickItem(w.graphView(), scene->groupItems().first());
    QVERIFY(w.inspectorPanel()->view()->headerLabel()->text().contains(QLatin1String("rgb_to_grayscale")));
    QVERIFY(w.inspectorPanel()->view()->detailsLabel()->text().contains(QLatin1String("op")));
    w.expandAllAction()->trigger();
    QVERIFY(scene->waitForLayout());
    QVERIFY(scene->groupItems().first()->isOpen());
    QCOMPARE(static_cast<int>(nodeLabels(w.graphView()).size()), ops);
  }

  void exportsTheViewInEveryFormat() {
    Window win;
    QVERIFY(win.ok);
    MainWindow& w = win.w;
    QVERIFY(!w.exportGraphTo(QDir::temp().filePath(QStringLiteral("nothing.svg"))));  // not traced yet
    choose(w.modePicker(), QStringLiteral("Eager"));
    w.traceAction()->trigger();
    w.document()->waitForTask();  // the task ran on the worker
    QTemporaryDir dir;
    auto path = [&](const char* name) { return dir.filePath(QLatin1String(name)); };

    QVERIFY(w.exportGraphTo(path("g.svg")));
    const QByteArray svg = readFile(path("g.svg"));
    QVERIFY(svg.contains("<svg") && svg.contains(">std<"));
    QVERIFY(w.exportGraphTo(path("g.png")));
    QVERIFY(!QImage(path("g.png")).isNull());
    QVERIFY(w.exportGraphTo(path("g.dot")));
    QVERIFY(readFile(path("g.dot")).startsWith("digraph \"normalize\""));
    QVERIFY(w.exportGraphTo(path("g.json")));
    const QJsonObject json = QJsonDocument::fromJson(readFile(path("g.json"))).object();
    QCOMPARE(json[QStringLiteral("nodes")].toArray().size(), 6);  // x, four ops, the output
    QVERIFY(w.exportGraphTo(path("g.ir")));
    const QByteArray ir = readFile(path("g.ir"));
    QCOMPARE(QString::fromUtf8(ir), w.document()->graphText());
    QVERIFY(ir.startsWith("graph @normalize("));
    QVERIFY(ir.contains("std(%x)"));

    // An unknown suffix, and the selection while nothing is selected: refused with a message.
    QVERIFY(!w.exportGraphTo(path("g.pdf")));
    QVERIFY(w.statusBar()->currentMessage().contains(QLatin1String("pdf")));
    QVERIFY(!w.exportGraphTo(path("part.json"), true));
    QVERIFY(!QFile::exists(path("part.json")));
    // std and div selected: two boxes and the edge between them.
    w.graphView()->graphScene()->selectNodes({1, 3});
    QVERIFY(w.exportGraphTo(path("part.json"), true));
    const QJsonObject part = QJsonDocument::fromJson(readFile(path("part.json"))).object();
    QCOMPARE(part[QStringLiteral("nodes")].toArray().size(), 2);
    QCOMPARE(part[QStringLiteral("edges")].toArray().size(), 1);
  }

  void graphTextsAreTranslated() {
    TracedWindow win;
    QVERIFY(win.ok);
    MainWindow& w = win.w;
    QVERIFY(switchLanguage(QStringLiteral("de")));
    QCOMPARE(w.expandAllAction()->text(), QStringLiteral("Alle Gruppen au&fklappen"));
    QCOMPARE(w.findChild<QDockWidget*>(QStringLiteral("inspectorDock"))->windowTitle(), QStringLiteral("Inspektor"));
    QVERIFY(w.inspectorPanel()->view()->headerLabel()->text().contains(QStringLiteral("Wählen Sie einen Knoten")));
    QVERIFY(w.graphSearchBar()->field()->placeholderText().startsWith(QStringLiteral("Im Graphen suchen")));
    QVERIFY(switchLanguage(QStringLiteral("zh_CN")));
    QCOMPARE(w.findChild<QDockWidget*>(QStringLiteral("inspectorDock"))->windowTitle(), QStringLiteral("检查器"));
    QVERIFY(switchLanguage(QStringLiteral("en")));
    QCOMPARE(w.expandAllAction()->text(), QStringLiteral("E&xpand All Groups"));
  }

  void highDpiScreenshotHasDevicePixels() {
    // `polytrace --screenshot` at a scale factor of 2, as on a high-DPI screen: the picture has
    // twice the pixels, and the graph pane is drawn (not left blank) at that density.
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("hidpi.png"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_SCALE_FACTOR"), QStringLiteral("2"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(POLYTRACE_BIN_DIR "/polytrace"),
            {QStringLiteral(POLYTRACE_SOURCE_DIR "/docs/graph-view-demo"), QStringLiteral("--function"), QStringLiteral("tiny_model.model"),
             QStringLiteral("--mode"), QStringLiteral("eager"), QStringLiteral("--method"), QStringLiteral("trace"),
             QStringLiteral("--select-node"), QStringLiteral("17"),
             QStringLiteral("--screenshot"), out, QStringLiteral("--size"), QStringLiteral("1200x800")});
    QVERIFY(p.waitForFinished(120000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    const QImage image(out);
    QCOMPARE(image.size(), QSize(2400, 1600));
    // Amber: the selected node's ring and the highlight bars of its lines, drawn at that density.
    int amber = 0;
    for (int y = 0; y < image.height(); y += 2)
      for (int x = 0; x < image.width(); x += 2) {
        const QColor c = image.pixelColor(x, y);
        amber += c.red() > 220 && c.green() > 140 && c.green() < 180 && c.blue() < 40;
      }
    QVERIFY2(amber > 50, qPrintable(QString::number(amber)));
  }

  void darkThemeRecoloursEveryPane() {
    TracedWindow win;
    QVERIFY(win.ok);
    MainWindow& w = win.w;
    views::GraphScene* scene = w.graphView()->graphScene();
    QVERIFY(!w.isDarkTheme());
    QVERIFY(!scene->style().isDark);
    const double light = meanLightness(w.graphView()->grab().toImage());
    w.darkThemeAction()->trigger();
    QVERIFY(w.isDarkTheme());
    QVERIFY(scene->style().isDark);
    QVERIFY(QApplication::palette().color(QPalette::Base).lightness() < 64);
    QVERIFY(w.sourceEditor()->pythonLexer()->paper(QsciLexerPython::Default).lightness() < 64);
    QVERIFY(w.generatedEditor()->pythonLexer()->paper(QsciLexerPython::Default).lightness() < 64);
    const double dark = meanLightness(w.graphView()->grab().toImage());
    QVERIFY2(dark < light - 80, qPrintable(QStringLiteral("%1 vs %2").arg(dark).arg(light)));
    QCOMPARE(nodeLabels(w.graphView()), (QStringList{"mean", "std", "sub", "div"}));  // same graph
    w.darkThemeAction()->trigger();
    QVERIFY(!scene->style().isDark);
    QVERIFY(w.sourceEditor()->pythonLexer()->paper(QsciLexerPython::Default).lightness() > 200);
  }
};

QTEST_MAIN(TestGuiGraph)
#include "test_gui_graph.moc"
