// The diff view and Verify with the real widgets, offscreen: Run > Verify on the walkthrough's
// torch normalize translated to numpy (every op paired and equal, green on both graphs, a click
// selecting the counterpart, the verdict in the status bar); translated to tensorflow, which
// spells torch's std out in a helper (the helper one closed box standing for the std, its ops
// tagged as part of it); a wrong hand-written translation (the first divergence red, ringed and
// selected in both graphs); the key's colours; a picker change forgetting the diff; German.
#include <QtTest>

#include <QLabel>
#include <QStatusBar>
#include <QTemporaryDir>

#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "app/DiffPanel.h"
#include "views/AgreementLegend.h"
#include "views/CompileMarks.h"
#include "views/GraphGroupItem.h"
#include "views/GraphStyle.h"

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

double hueOf(const QColor& c) { return c.hsvHueF() * 360; }

// The function and a hand-written numpy "translation" that uses the biased std.
const char* kWrong = "import numpy as np\nimport torch\n\n\ndef normalize(x):\n    return (x - torch.mean(x)) / torch.std(x)\n\n\n"
                     "def biased(x):\n    return (x - np.mean(x)) / np.std(x)\n";

// The walkthrough's torch normalize traced, then Run > Verify against its `target` translation.
struct VerifiedWindow : TracedWindow {
  explicit VerifiedWindow(const QString& target) : TracedWindow(pt::test::kWalkthrough, kTorchNormalize) {
    if (!ok) return;
    choose(w.targetPicker(), target);
    w.verifyAction()->trigger();
    w.document()->waitForTask();
    ok = w.document()->graphDiff() != nullptr;
  }
};

}  // namespace

class TestGuiDiff : public QObject {
  Q_OBJECT

  QTemporaryDir settingsDir_;

 private slots:
  void initTestCase() { pt::test::useOwnSettings(settingsDir_.path(), QStringLiteral("test_gui_diff")); }

  void verifyShowsEveryOpPairedAndEqual() {
    VerifiedWindow win(QStringLiteral("numpy"));
    QVERIFY(win.ok);
    MainWindow& w = win.w;
    Document* doc = w.document();
    QVERIFY(w.diffViewAction()->isChecked());
    DiffPanel* panel = w.diffPanel();
    QVERIFY(panel->isVisible());
    QVERIFY(doc->graphDiff() && doc->graphDiff()->ok());
    QVERIFY2(panel->summaryLabel()->text().contains(QStringLiteral("4 of 4 ops paired")), qPrintable(panel->summaryLabel()->text()));
    QVERIFY(!panel->summaryLabel()->text().contains(QStringLiteral("only in the translation")));
    QVERIFY(panel->marksOnSource());
    const auto marks = panel->sourceMarkMap();
    QCOMPARE(kinds(marks), std::vector<NodeMark::Kind>(4, NodeMark::Kind::Agrees));
    // Equal values sit at the green end of the scale; no op is ringed as the first divergence.
    for (const auto& [node, mark] : marks) {
      QCOMPARE(mark.level, 0.0);
      QVERIFY(!mark.emphasised);
    }
    const views::GraphStyle& style = w.graphView()->graphScene()->style();
    QVERIFY2(hueOf(style.agreement(0)) > 100 && hueOf(style.agreement(0)) < 150, qPrintable(QString::number(hueOf(style.agreement(0)))));
    QVERIFY(panel->sourceMarks()->isShown());
    QVERIFY(panel->targetMarks()->isShown());
    for (const auto& d : doc->diagnostics()) QVERIFY2(d.code != "numeric-mismatch", d.message.c_str());
    QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("computes the same values (4 of 4 ops paired)")),
             qPrintable(w.statusBar()->currentMessage()));

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

  // TensorFlow has no unbiased std: the translation's helper spells it out in 13 ops. They show as
  // one closed box where the std's counterpart (the sqrt that ends them) is, tagged as part of it.
  void aStepSpeltOutIsOneBoxStandingForIt() {
    VerifiedWindow win(QStringLiteral("tensorflow"));
    QVERIFY(win.ok);
    MainWindow& w = win.w;
    Document* doc = w.document();
    DiffPanel* panel = w.diffPanel();
    QVERIFY(doc->graphDiff() && doc->graphDiff()->ok());
    const auto& diff = *doc->graphDiff();
    const auto& target = *diff.target->graph;
    QVERIFY2(panel->summaryLabel()->text().contains(QStringLiteral("4 of 4 ops paired")), qPrintable(panel->summaryLabel()->text()));
    const int extra = static_cast<int>(target.nodes().size()) - 4;
    QVERIFY2(panel->summaryLabel()->text().contains(QStringLiteral("%1 op(s) only in the translation").arg(extra)),
             qPrintable(panel->summaryLabel()->text()));
    const int sourceStd = 1;
    const int sqrt = diff.match.targetOfSource[sourceStd];
    QCOMPARE(target.nodes()[static_cast<size_t>(sqrt)]->op, ir::OpKind::Sqrt);

    views::GraphScene* scene = panel->sideView()->graphScene();
    QVERIFY(scene->waitForLayout());
    // The helper is closed: no box of its own for the sqrt, a group box instead.
    QVERIFY(!scene->itemForNode(sqrt));
    QGraphicsItem* box = scene->visibleItemForNode(sqrt);
    QVERIFY(box && box->type() == views::GraphGroupItem::Type);
    QCOMPARE(pt::test::nodeLabels(panel->sideView()), (QStringList{"mean", "sub", "div"}));

    // Every op only the translation has is tagged with the function's std.
    const auto targetMarks = panel->targetMarkMap();
    int partOfStd = 0;
    for (const auto& [node, mark] : targetMarks)
      if (diff.match.sourceOfTarget[static_cast<size_t>(node)] < 0) {
        QCOMPARE(mark.kind, NodeMark::Kind::Unpaired);
        QCOMPARE(mark.tag, QStringLiteral("part of std"));
        ++partOfStd;
      }
    QCOMPARE(partOfStd, extra);
    QVERIFY2(targetMarks.at(sqrt).note.contains(QStringLiteral("its sqrt holds the same value")), qPrintable(targetMarks.at(sqrt).note));

    // Clicking the function's std selects the box that stands for it.
    clickItem(w.graphView(), w.graphView()->graphScene()->itemForNode(sourceStd));
    QVERIFY(box->isSelected());
  }

  void aDivergenceIsRedRingedAndSelected() {
    const std::string dir = test::tempDir("gui-diff");
    test::writeText(dir + "/fns.py", kWrong);
    pt::test::Window win(QString::fromStdString(dir + "/fns.py"), QStringLiteral("normalize"));
    QVERIFY(win.ok);
    MainWindow& w = win.w;
    Document* doc = w.document();
    doc->setSetupCode(QStringLiteral("import numpy as np\nimport torch\nnp.random.seed(3)\nx = np.random.rand(6)"));
    doc->setArgs(QStringLiteral("x"));
    QVERIFY(doc->trace().ok);

    session::Session s(dir + "/fns.py");
    s.runSetup("import numpy as np\nimport torch\nnp.random.seed(3)\nx = np.random.rand(6)");
    auto diff = std::make_shared<session::GraphDiff>(session::diffFunctions(
        s, {s.function("normalize"), ir::Framework::Torch, "normalize"}, {s.function("biased"), ir::Framework::Numpy, "biased"},
        s.evalArgs("x")));
    QVERIFY(diff->verify.diagnostics.empty());
    QCOMPARE(diff->firstDivergence, 2);  // std (after mean and sub): torch's is unbiased, numpy's default biased

    w.diffViewAction()->blockSignals(true);  // shown as given, without verifying the real translation
    w.diffViewAction()->setChecked(true);
    w.diffViewAction()->blockSignals(false);
    w.diffPanel()->show();
    w.diffPanel()->showDiff(diff, doc->graph());
    QVERIFY(w.diffPanel()->marksOnSource());
    const auto marks = w.diffPanel()->sourceMarkMap();
    QCOMPARE(kinds(marks), (std::vector<NodeMark::Kind>{NodeMark::Kind::Agrees, NodeMark::Kind::Agrees,
                                                        NodeMark::Kind::Differs, NodeMark::Kind::Differs}));
    QVERIFY2(marks.at(2).tag.startsWith(QStringLiteral("first ✗")), qPrintable(marks.at(2).tag));
    QVERIFY(marks.at(2).emphasised);
    QVERIFY(!marks.at(3).tag.startsWith(QStringLiteral("first")) && !marks.at(3).emphasised);
    // The biased std is ~9% off, four decades beyond float64's tolerance: the red end.
    QCOMPARE(marks.at(2).level, 1.0);
    const views::GraphStyle& style = w.graphView()->graphScene()->style();
    QVERIFY2(hueOf(style.agreement(marks.at(2).level)) < 10, qPrintable(QString::number(hueOf(style.agreement(marks.at(2).level)))));
    QVERIFY(marks.at(0).level < 0.5 && marks.at(1).level < 0.5);
    QVERIFY2(w.diffPanel()->summaryLabel()->text().contains(QStringLiteral("Outputs DIFFER")), qPrintable(w.diffPanel()->summaryLabel()->text()));
    QVERIFY2(w.diffPanel()->summaryLabel()->text().contains(QStringLiteral("first divergence: node 2")),
             qPrintable(w.diffPanel()->summaryLabel()->text()));
    // Where the values part is selected in both graphs.
    QVERIFY(w.graphView()->graphScene()->waitForLayout());
    QCOMPARE(w.graphView()->graphScene()->selectedNode(), 2);
    QCOMPARE(w.diffPanel()->sideView()->graphScene()->selectedNode(), diff->match.targetOfSource[2]);
  }

  // The scale's levels: equal, within, at and beyond the tolerance, and what cannot be measured.
  void levelsOnTheScale() {
    auto level = [](double error, double tolerance, bool ok, std::string note = {}) {
      session::ValueComparison c;
      c.maxError = error;
      c.tolerance = tolerance;
      c.ok = ok;
      c.note = std::move(note);
      return DiffPanel::agreementLevel(c);
    };
    QCOMPARE(level(0, 1e-5, true), 0.0);
    QCOMPARE(level(1e-11, 1e-5, true), 0.0);           // a million times under: as good as equal
    QCOMPARE(level(1e-8, 1e-5, true), 0.25);           // three decades under
    QCOMPARE(level(1e-5, 1e-5, true), 0.5);            // at the tolerance
    QVERIFY(level(1.1e-5, 1e-5, false) > 0.5);         // just beyond: orange, not green
    QVERIFY(level(1.1e-5, 1e-5, false) < 0.6);
    QCOMPARE(level(1e-2, 1e-5, false), 1.0);           // a thousand times beyond
    QCOMPARE(level(0, 1e-5, false, "shapes differ"), 1.0);
    QCOMPARE(level(1, 0, false), 1.0);                 // integers: exact or not
    // Within the tolerance the hue stays green to yellow-green; beyond it jumps to orange.
    const views::GraphStyle style = views::GraphStyle::light(QPalette(), QFont());
    QVERIFY(hueOf(style.agreement(0.5)) > 60);
    QVERIFY(hueOf(style.agreement(0.51)) < 45);
  }

  // The key under the legend: its bar runs green to red, in one row when there is room, two when not.
  void theKeyFollowsTheScale() {
    TracedWindow win(pt::test::kWalkthrough, kTorchNormalize);
    QVERIFY(win.ok);
    MainWindow& w = win.w;
    w.diffViewAction()->setChecked(true);
    w.document()->waitForTask();
    views::AgreementLegend* key = w.diffPanel()->scaleLegend();
    QVERIFY(key->isVisible());
    QVERIFY(QTest::qWaitFor([key] { return key->width() >= key->minimumSizeHint().width(); }));
    const QImage image = key->grab().toImage();
    const QColor left = image.pixelColor(static_cast<int>(3 * key->devicePixelRatioF()), static_cast<int>(5 * key->devicePixelRatioF()));
    const QColor right = image.pixelColor(static_cast<int>(key->minimumSizeHint().width() / 3 * key->devicePixelRatioF()),
                                          static_cast<int>(5 * key->devicePixelRatioF()));
    QVERIFY2(hueOf(left) > 100 && hueOf(left) < 150, qPrintable(left.name()));
    QVERIFY2(hueOf(right) > 60 && hueOf(right) < 150, qPrintable(right.name()));  // a third of the way: still within
    QVERIFY(key->oneRow(key->sizeHint().width()));
    QVERIFY(!key->oneRow(key->minimumSizeHint().width()));
    QVERIFY(key->heightForWidth(key->minimumSizeHint().width()) > key->heightForWidth(key->sizeHint().width()));
    // The header gives it the height its width needs (a second row is not cut off).
    QCOMPARE(key->height(), key->heightForWidth(key->width()));
  }

  // In German the panel, the tags and the key speak German.
  void german() {
    VerifiedWindow win(QStringLiteral("tensorflow"));
    QVERIFY(win.ok);
    MainWindow& w = win.w;
    QVERIFY(pt::test::switchLanguage(QStringLiteral("de")));
    const QString summary = w.diffPanel()->summaryLabel()->text();
    QVERIFY2(summary.contains(QStringLiteral("gepaart")), qPrintable(summary));
    bool tagged = false;
    for (const auto& [node, mark] : w.diffPanel()->targetMarkMap()) tagged |= mark.tag == QStringLiteral("Teil von std");
    QVERIFY(tagged);
    QVERIFY(pt::test::switchLanguage(QStringLiteral("en")));
    QVERIFY(w.diffPanel()->summaryLabel()->text().contains(QStringLiteral("paired")));
  }
};

QTEST_MAIN(TestGuiDiff)
#include "test_gui_diff.moc"
