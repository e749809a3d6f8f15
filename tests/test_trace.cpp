// Tracing: the walkthrough's numbers and call log (lazy traces on the first call, eager at
// creation), caching by signature, value guards, and the IR golden files of traced functions.
#include <QTest>

#include "TestSupport.h"
#include "ir/TextFormat.h"
#include "ir/Verifier.h"
#include "passes/Passes.h"
#include "session/Session.h"
#include "trace/TracedFunction.h"

using namespace pt;
using interp::Value;

namespace {
const std::string kExample = POLYTRACE_SOURCE_DIR "/resources/examples/lazy_vs_eager";
const char* kTfSetup =
    "import numpy as np\nimport tensorflow as tf\nimport ivy\nivy.set_backend('tensorflow')\n"
    "np.random.seed(0)\nx = tf.constant(np.random.uniform(size=10))\n";
// From the walkthrough (ivy.std has correction 0).
const double kIvyExpected[] = {-0.36293708, 0.53895184, -0.07048605, -0.38424253, -1.04139636,
                               0.16331669,  -0.96587166, 1.49617496, 1.88587438,  -1.25938418};

std::vector<double> values(const Value& v) {
  auto* t = v.as<interp::TensorObject>();
  if (!t) qFatal("not a tensor");
  return t->tensor.toDoubles();
}
}  // namespace

class TestTrace : public QObject {
  Q_OBJECT

 private slots:
  void walkthroughLazy() {
    session::Session s(kExample);
    s.runSetup(kTfSetup);
    trace::TracedFunction f(s.interpreter(), s.function("ivy_normalize.normalize"), "normalize", trace::Mode::Lazy);
    QCOMPARE(f.cacheSize(), size_t{0});
    auto args = s.evalArgs("x");
    Value first = f.call(args);
    Value second = f.call(args);
    QCOMPARE(f.callLog().size(), size_t{2});
    QVERIFY(f.callLog()[0].traced);
    QCOMPARE(QString::fromStdString(f.callLog()[0].why), QString("first call"));
    QVERIFY(!f.callLog()[1].traced);
    for (const Value& v : {first, second}) {
      QCOMPARE(v.as<interp::TensorObject>()->framework, ir::Framework::TensorFlow);
      auto got = values(v);
      for (size_t i = 0; i < 10; ++i) QVERIFY(std::abs(got[i] - kIvyExpected[i]) < 5e-9);
    }
    QCOMPARE(QString::fromStdString(s.interpreter().repr(second)),
             QString("<tf.Tensor: shape=(10,), dtype=float64, numpy=\n"
                     "array([-0.36293708,  0.53895184, -0.07048605, -0.38424253, -1.04139636,\n"
                     "        0.16331669, -0.96587166,  1.49617496,  1.88587438, -1.25938418])>"));
  }

  void walkthroughEager() {
    session::Session s(kExample);
    s.runSetup(kTfSetup);
    trace::TracedFunction f(s.interpreter(), s.function("ivy_normalize.normalize"), "normalize", trace::Mode::Eager);
    auto args = s.evalArgs("x");
    f.traceWith(args);
    QCOMPARE(f.cacheSize(), size_t{1});
    f.call(args);
    Value v = f.call(args);
    QCOMPARE(f.callLog().size(), size_t{3});
    QVERIFY(f.callLog()[0].traced);  // at creation
    QVERIFY(!f.callLog()[1].traced);
    QVERIFY(!f.callLog()[2].traced);
    auto got = values(v);
    for (size_t i = 0; i < 10; ++i) QVERIFY(std::abs(got[i] - kIvyExpected[i]) < 5e-9);
  }

  // A loop over tensors that never ends grows the graph (and the tensors it keeps) without ever
  // exhausting the step budget quickly: tracing stops at the graph's own budgets, with a reason.
  void runawayTracingStopsWithAMessage_data() {
    QTest::addColumn<int>("maxNodes");
    QTest::addColumn<int>("maxKiB");
    QTest::addColumn<QString>("reason");
    QTest::newRow("nodes") << 1000 << (1 << 20) << "graph-budget";
    QTest::newRow("bytes") << 1000000 << 1024 << "memory-budget";
  }
  void runawayTracingStopsWithAMessage() {
    QFETCH(int, maxNodes);
    QFETCH(int, maxKiB);
    QFETCH(QString, reason);
    const std::string dir = test::tempDir("runaway");
    test::writeText(dir + "/spin.py", "def spin(x):\n    while True:\n        x = x + 1\n    return x\n");
    session::Session s(dir);
    s.runSetup("import torch\nx = torch.ones(1000)\n");
    s.interpreter().limits().maxGraphNodes = static_cast<size_t>(maxNodes);
    s.interpreter().limits().maxRecordedBytes = int64_t{maxKiB} << 10;
    trace::TracedFunction f(s.interpreter(), s.function("spin.spin"), "spin", trace::Mode::Lazy);
    try {
      f.call(s.evalArgs("x"));
      QFAIL("the runaway trace was not stopped");
    } catch (const interp::PyException& e) {
      QCOMPARE(QString::fromStdString(e.reasonCode), reason);
      QVERIFY2(QString::fromStdString(e.message).contains("never ends"), e.message.c_str());
    }
  }

  void newSignatureRetracesAndKeepsBoth() {
    session::Session s(kExample);
    s.runSetup("import torch\na = torch.rand(10, dtype=torch.float64)\nb = torch.rand(4, 3)\n");
    trace::TracedFunction f(s.interpreter(), s.function("torch_normalize.normalize"), "normalize", trace::Mode::Lazy);
    f.call(s.evalArgs("a"));
    f.call(s.evalArgs("b"));
    f.call(s.evalArgs("a"));
    QCOMPARE(f.cacheSize(), size_t{2});
    QVERIFY(f.callLog()[1].traced);
    QCOMPARE(QString::fromStdString(f.callLog()[1].why), QString("new input signature"));
    QVERIFY(!f.callLog()[2].traced);
    QCOMPARE(QString::fromStdString(f.callLog()[1].signature), QString("torch:f32[4,3]"));
  }

  void valueGuardsRetraceWhenDataChangesTheBranch() {
    std::string dir = test::tempDir("guards");
    test::writeText(dir + "/branchy.py",
                    "import torch\n\ndef f(x):\n    if x.sum() > 0:\n        return x * 2\n    return x - 1\n");
    session::Session s(dir + "/branchy.py");
    s.runSetup("import torch\npos = torch.tensor([1.0, 2.0])\nneg = torch.tensor([-1.0, -2.0])\n");
    trace::TracedFunction f(s.interpreter(), s.function("f"), "f", trace::Mode::Lazy);
    auto r1 = values(f.call(s.evalArgs("pos")));
    QCOMPARE(f.lastTrace()->guards.size(), size_t{1});
    auto r2 = values(f.call(s.evalArgs("neg")));
    QCOMPARE(r1, (std::vector<double>{2.0, 4.0}));
    QCOMPARE(r2, (std::vector<double>{-2.0, -3.0}));  // not the cached x * 2 branch
    QVERIFY(f.callLog()[1].traced);
    QCOMPARE(QString::fromStdString(f.callLog()[1].why), QString("a value the trace depended on changed"));
  }

  // Tensors from outside the call (a global, a model's parameter) are constants of the graph; a
  // cached call after they were written in place or rebound would return stale numbers, so it
  // traces again and says why. Untouched, the graph is reused.
  void capturedTensorsRetraceWhenChanged() {
    std::string dir = test::tempDir("captured");
    test::writeText(dir + "/glob.py",
                    "import torch\nimport torch.nn as nn\n\nw = torch.ones(2)\nnet = nn.Linear(2, 1, bias=False)\n\n"
                    "def f(x):\n    return x * w\n\ndef g(x):\n    return net(x)\n");
    session::Session s(dir + "/glob.py");
    s.runSetup("import torch\nx = torch.tensor([1.0, 2.0])\n");
    trace::TracedFunction f(s.interpreter(), s.function("f"), "f", trace::Mode::Lazy);
    interp::Interpreter& in = s.interpreter();
    QCOMPARE(values(f.call(s.evalArgs("x"))), (std::vector<double>{1.0, 2.0}));
    QCOMPARE(values(f.call(s.evalArgs("x"))), (std::vector<double>{1.0, 2.0}));
    QVERIFY(!f.callLog()[1].traced);
    in.execSource("import glob\nglob.w.mul_(3)\n", s.scope(), "<setup>");
    QCOMPARE(values(f.call(s.evalArgs("x"))), (std::vector<double>{3.0, 6.0}));
    QVERIFY(f.callLog()[2].traced);
    QCOMPARE(QString::fromStdString(f.callLog()[2].why), QString("a tensor the graph holds as a constant was written in place since the trace"));
    in.execSource("glob.w = torch.tensor([10.0, 0.5])\n", s.scope(), "<setup>");
    QCOMPARE(values(f.call(s.evalArgs("x"))), (std::vector<double>{10.0, 1.0}));
    QCOMPARE(QString::fromStdString(f.callLog()[3].why), QString("a tensor the graph holds as a constant was replaced since the trace"));
    f.call(s.evalArgs("x"));
    QVERIFY(!f.callLog()[4].traced);  // unchanged since: the new graph is reused

    trace::TracedFunction g(in, s.function("g"), "g", trace::Mode::Lazy);
    const double before = values(g.call(s.evalArgs("x")))[0];
    in.execSource("with torch.no_grad():\n    glob.net.weight.mul_(2)\n", s.scope(), "<setup>");
    QCOMPARE(values(g.call(s.evalArgs("x")))[0], 2 * before);
    QCOMPARE(QString::fromStdString(g.callLog()[1].why), QString("'weight' was written in place since the trace"));
  }

  void tracedGraphsMatchGoldenFiles_data() {
    QTest::addColumn<QString>("function");
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("args");
    QTest::addColumn<QString>("golden");
    QTest::newRow("ivy normalize") << "ivy_normalize.normalize" << kTfSetup << "x" << "walkthrough_ivy_normalize.ir";
    QTest::newRow("torch normalize") << "torch_normalize.normalize"
                                     << "import torch\nx = torch.rand(10, dtype=torch.float64)\n"
                                     << "x" << "walkthrough_torch_normalize.ir";
    QTest::newRow("bgr to grayscale") << "imgkit.color.bgr_to_grayscale" << "import torch\nimage = torch.rand(2, 3, 4, 5)\n"
                                      << "image" << "imgkit_bgr_to_grayscale.ir";
  }
  void tracedGraphsMatchGoldenFiles() {
    QFETCH(QString, function);
    QFETCH(QString, setup);
    QFETCH(QString, args);
    QFETCH(QString, golden);
    session::Session s(kExample);
    s.runSetup(setup.toStdString());
    trace::TracedFunction f(s.interpreter(), s.function(function.toStdString()), function.section('.', -1).toStdString(),
                            trace::Mode::Eager);
    f.traceWith(s.evalArgs(args.toStdString()));
    QVERIFY(f.lastTrace()->verifierProblems.empty());
    std::string diff;
    QVERIFY2(test::matchesGolden(ir::printGraph(*f.lastTrace()->graph), POLYTRACE_TEST_DATA "/ir/" + golden.toStdString(), diff),
             diff.c_str());
  }

  void constantFoldingUsesTheRuntime() {
    std::string dir = test::tempDir("fold");
    test::writeText(dir + "/fold.py", "import torch\n\ndef f(x):\n    k = torch.tensor([1.0, 2.0]) * 3.0\n    return x + k\n");
    session::Session s(dir + "/fold.py");
    s.runSetup("import torch\nx = torch.ones(2)\n");
    trace::TracedFunction f(s.interpreter(), s.function("f"), "f", trace::Mode::Eager);
    f.traceWith(s.evalArgs("x"));
    auto g = f.lastTrace()->graph->clone();
    auto reports = passes::optimize(*g, session::evaluateConstantOp);
    QCOMPARE(reports[2].folded, 1);
    QVERIFY(ir::verify(*g).empty());
    QCOMPARE(g->nodes().size(), size_t{2});
    QCOMPARE(ir::attrFloats(g->nodes()[0]->attrs, "value"), (std::vector<double>{3.0, 6.0}));
  }

  void torchRandomStreamsMatchTorch() {
    session::Session s(kExample);
    s.runSetup("import torch\ntorch.manual_seed(7)\na = torch.rand(3)\nb = torch.randn(2, dtype=torch.float64)\n");
    auto r = test::runPython("import torch\ntorch.manual_seed(7)\nprint([float.hex(v) for v in torch.rand(3).tolist()] + "
                             "[float.hex(v) for v in torch.randn(2, dtype=torch.float64).tolist()])");
    QCOMPARE(r.exitCode, 0);
    std::vector<double> ours = values(s.evalArgs("a")[0]);
    auto b = values(s.evalArgs("b")[0]);
    ours.insert(ours.end(), b.begin(), b.end());
    QString py = QString::fromStdString(r.out).trimmed();
    py.remove('[').remove(']').remove('\'');
    QStringList parts = py.split(", ");
    QCOMPARE(parts.size(), int(ours.size()));
    // float.hex on both sides: bit-identical, not just close.
    for (int i = 0; i < parts.size(); ++i) QCOMPARE(std::strtod(parts[i].toStdString().c_str(), nullptr), ours[size_t(i)]);
  }

  void numpyRandomStreamMatchesTheWalkthrough() {
    session::Session s(kExample);
    s.runSetup("import numpy as np\nnp.random.seed(0)\nx = np.random.uniform(size=10)\n");
    auto got = values(s.evalArgs("x")[0]);
    QCOMPARE(got[0], 0.5488135039273248);
    QCOMPARE(got[1], 0.7151893663724195);
    QCOMPARE(got[9], 0.3834415188257777);
  }
};

QTEST_GUILESS_MAIN(TestTrace)
#include "test_trace.moc"
