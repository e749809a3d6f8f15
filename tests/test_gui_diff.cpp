// The diff view and Verify with the real widgets, offscreen: Run > Verify on the walkthrough's
// torch normalize translated to numpy (every op paired and equal, marks on both graphs, a click
// selecting the counterpart), a diff with a wrong translation shown (the first divergence marked
// red), and a picker change forgetting the diff.
#include <QtTest>

#include <QLabel>
#include <QStandardPaths>

#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "app/DiffPanel.h"
#include "app/ProblemsPanel.h"
#include "runtime/GraphExecutor.h"
#include "views/CompileMarks.h"

using namespace pt;
using namespace pt::app;
using pt::test::choose;
using pt::test::clickItem;
using pt::test::TracedWindow;
using views::NodeMark;

namespace {

const QString kTorchNormalize = QStringLiteral("torch_normalize.normalize");

std::vector<NodeMark::Kind> kinds(const std::map<int, NodeMark>& marks) {
  std::vector<NodeMark::Kind> out;
  for (const auto& [node, mark] : marks) out.push_back(mark.kind);
  return out;
}

// The function and a hand-written "translation" that uses the biased std, traced with one input.
std::shared_ptr<session::GraphDiff> wrongTranslation(session::Session& s) {
  s.runSetup("import numpy as np\nimport torch\nnp.random.seed(3)\nx = np.random.rand(6)");
  auto trace = [&](const char* name, ir::Framework fw) {
    auto args = s.asFrameworkInputs(s.evalArgs("x"), fw);
    trace::TracedFunction f(s.interpreter(), s.function(name), name, trace::Mode::Eager);
    f.traceWith(args);
    return std::make_pair(f.sharedLastTrace(), f.lastTrace()->plan->runKeepingAll(trace::graphInputs(args)));
  };
  auto [source, sourceValues] = trace("normalize", ir::Framework::Torch);
  auto [target, targetValues] = trace("biased", ir::Framework::Numpy);
  auto d = std::make_shared<session::GraphDiff>();
  d->source = source;
  d->target = target;
  d->match = ir::matchGraphs(*source->graph, *target->graph);
  for (size_t i = 0; i < source->graph->nodes().size(); ++i) {
    const auto t = static_cast<size_t>(d->match.targetOfSource[i]);
    d->sourceNodes.push_back(session::compareValues("node " + std::to_string(i),
                                                    s.interpreter().wrapTensor(sourceValues.perNode[i][0], ir::Framework::Torch),
                                                    s.interpreter().wrapTensor(targetValues.perNode[t][0], ir::Framework::Numpy)));
    if (!d->sourceNodes.back()->ok && d->firstDivergence < 0) d->firstDivergence = static_cast<int>(i);
  }
  return d;
}

}  // namespace

class TestGuiDiff : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

  void verifyShowsEveryOpPairedAndEqual() {
    TracedWindow win(pt::test::kWalkthrough, kTorchNormalize);
    QVERIFY(win.ok);
    MainWindow& w = win.w;
    Document* doc = w.document();
    choose(w.targetPicker(), QStringLiteral("numpy"));
    w.verifyAction()->trigger();
    doc->waitForTask();
    QVERIFY(w.diffViewAction()->isChecked());
    DiffPanel* panel = w.diffPanel();
    QVERIFY(panel->isVisible());
    QVERIFY(doc->graphDiff() && doc->graphDiff()->ok());
    QVERIFY2(panel->summaryLabel()->text().contains(QStringLiteral("4 of 4 ops paired")), qPrintable(panel->summaryLabel()->text()));
    QVERIFY(panel->marksOnSource());
    QCOMPARE(kinds(panel->sourceMarkMap()), std::vector<NodeMark::Kind>(4, NodeMark::Kind::Agrees));
    QVERIFY(panel->sourceMarks()->isShown());
    QVERIFY(panel->targetMarks()->isShown());
    for (const auto& d : doc->diagnostics()) QVERIFY2(d.code != "numeric-mismatch", d.message.c_str());

    // A click on the translation's std selects the function's std, and the other way round.
    const auto& match = doc->graphDiff()->match;
    const int sourceStd = 1;
    const int targetStd = match.targetOfSource[sourceStd];
    QVERIFY(targetStd >= 0);
    clickItem(panel->sideView(), panel->sideView()->graphScene()->itemForNode(targetStd));
    QCOMPARE(w.graphView()->graphScene()->selectedNode(), sourceStd);
    clickItem(w.graphView(), w.graphView()->graphScene()->itemForNode(0));
    QCOMPARE(panel->sideView()->graphScene()->selectedNode(), match.targetOfSource[0]);

    // Another target: the diff compared another translation, so it goes.
    choose(w.targetPicker(), QStringLiteral("jax"));
    QVERIFY(!doc->graphDiff());
    QVERIFY(panel->summaryLabel()->text().contains(QStringLiteral("Verify")));
  }

  void aDivergenceIsMarkedWhereItStarts() {
    const std::string dir = test::tempDir("gui-diff");
    test::writeText(dir + "/fns.py",
                    "import numpy as np\nimport torch\n\n\ndef normalize(x):\n    return (x - torch.mean(x)) / torch.std(x)\n\n\n"
                    "def biased(x):\n    return (x - np.mean(x)) / np.std(x)\n");
    session::Session s(dir + "/fns.py");
    auto diff = wrongTranslation(s);
    QCOMPARE(diff->firstDivergence, 2);  // std (after mean and sub): torch's is unbiased, numpy's default biased

    pt::test::Window win(QString::fromStdString(dir + "/fns.py"), QStringLiteral("normalize"));
    QVERIFY(win.ok);
    MainWindow& w = win.w;
    w.diffViewAction()->blockSignals(true);  // shown as given, without verifying the real translation
    w.diffViewAction()->setChecked(true);
    w.diffViewAction()->blockSignals(false);
    w.diffPanel()->show();
    w.diffPanel()->showDiff(diff, diff->source->graph.get());
    const auto marks = w.diffPanel()->sourceMarkMap();
    QCOMPARE(kinds(marks), (std::vector<NodeMark::Kind>{NodeMark::Kind::Agrees, NodeMark::Kind::Agrees,
                                                        NodeMark::Kind::Differs, NodeMark::Kind::Differs}));
    QVERIFY2(marks.at(2).tag.startsWith(QStringLiteral("first ✗")), qPrintable(marks.at(2).tag));
    QVERIFY(!marks.at(3).tag.startsWith(QStringLiteral("first")));
    QVERIFY2(w.diffPanel()->summaryLabel()->text().contains(QStringLiteral("first divergence: node 2")),
             qPrintable(w.diffPanel()->summaryLabel()->text()));
  }
};

QTEST_MAIN(TestGuiDiff)
#include "test_gui_diff.moc"
