// Pairing the nodes of a source graph with its translation's (ir::matchGraphs) and the diff
// built on it (session::diffTranslation): real traces of torch and numpy functions, a translation
// that is deliberately wrong at one node, operands swapped, and steps one framework adds.
#include <QTest>

#include "TestSupport.h"
#include "ir/GraphMatch.h"
#include "runtime/GraphExecutor.h"
#include "session/GraphDiff.h"
#include "session/Session.h"
#include "trace/TracedFunction.h"

using namespace pt;

namespace {

const char* kFunctions = R"(import numpy as np
import torch


def normalize(x):
    mean = torch.mean(x)
    std = torch.std(x)
    return torch.div(torch.sub(x, mean), std)


def normalize_np(x):
    return (x - np.mean(x)) / np.std(x, ddof=1)


def normalize_biased(x):
    # the classic mistake: numpy's default std is the biased one
    return (x - np.mean(x)) / np.std(x)


def scaled(x):
    return torch.relu(x * 2.0 + 1.0)


def scaled_swapped(x):
    return np.maximum(1.0 + 2.0 * x.astype(np.float32), 0)
)";

struct Traced {
  std::shared_ptr<const trace::CachedTrace> trace;
  runtime::NodeResults values;
};

Traced traceIt(session::Session& s, const std::string& name, ir::Framework fw) {
  auto args = s.asFrameworkInputs(s.evalArgs("x"), fw);
  trace::TracedFunction f(s.interpreter(), s.function(name), name, trace::Mode::Eager);
  f.traceWith(args);
  return {f.sharedLastTrace(), f.lastTrace()->plan->runKeepingAll(trace::graphInputs(args))};
}

QStringList ops(const ir::Graph& g, const std::vector<int>& pairs) {
  QStringList out;
  for (size_t i = 0; i < g.nodes().size(); ++i)
    out << QString("%1>%2").arg(QString::fromLatin1(ir::opName(g.nodes()[i]->op))).arg(pairs[i]);
  return out;
}

}  // namespace

class TestGraphMatch : public QObject {
  Q_OBJECT

  std::string dir_;

 private slots:
  void initTestCase() {
    dir_ = test::tempDir("graph-match");
    test::writeText(dir_ + "/fns.py", kFunctions);
  }

  void sameComputationPairsEveryNode() {
    session::Session s(dir_ + "/fns.py");
    s.runSetup("import numpy as np\nnp.random.seed(0)\nx = np.random.rand(7)");
    auto a = traceIt(s, "normalize", ir::Framework::Torch);
    auto b = traceIt(s, "normalize_np", ir::Framework::Numpy);
    auto m = ir::matchGraphs(*a.trace->graph, *b.trace->graph);
    QCOMPARE(m.pairs(), 4);
    // numpy code subtracts before it takes the std: the pairs follow the data, not the order
    QCOMPARE(ops(*a.trace->graph, m.targetOfSource), (QStringList{"mean>0", "std>2", "sub>1", "div>3"}));
  }

  // The biased std pairs with the unbiased one (same op, same input) and is where the values part.
  void aWrongTranslationDivergesAtTheRightNode() {
    session::Session s(dir_ + "/fns.py");
    s.runSetup("import numpy as np\nnp.random.seed(1)\nx = np.random.rand(7)");
    auto a = traceIt(s, "normalize", ir::Framework::Torch);
    auto b = traceIt(s, "normalize_biased", ir::Framework::Numpy);
    auto m = ir::matchGraphs(*a.trace->graph, *b.trace->graph);
    QCOMPARE(m.pairs(), 4);
    std::vector<bool> ok;
    interp::Interpreter& in = s.interpreter();
    for (size_t i = 0; i < a.trace->graph->nodes().size(); ++i) {
      auto t = static_cast<size_t>(m.targetOfSource[i]);
      ok.push_back(session::compareValues("n", in.wrapTensor(a.values.perNode[i][0], ir::Framework::Torch),
                                          in.wrapTensor(b.values.perNode[t][0], ir::Framework::Numpy))
                       .ok);
    }
    QCOMPARE(ok, (std::vector<bool>{true, false, true, false}));  // std differs, and what divides by it
  }

  // Operands in the other order pair (commutative ops); the cast numpy code adds to keep float32
  // (same dtype: a no-op) and the Python-number constants do not break the chain.
  void swappedOperandsAndExtraStepsStillPair() {
    session::Session s(dir_ + "/fns.py");
    s.runSetup("import numpy as np\nx = np.linspace(-2, 2, 5).astype(np.float32)");
    auto a = traceIt(s, "scaled", ir::Framework::Torch);
    auto b = traceIt(s, "scaled_swapped", ir::Framework::Numpy);
    auto m = ir::matchGraphs(*a.trace->graph, *b.trace->graph);
    const auto& sn = a.trace->graph->nodes();
    int mulAt = -1, addAt = -1;
    for (size_t i = 0; i < sn.size(); ++i) {
      if (sn[i]->op == ir::OpKind::Mul) mulAt = static_cast<int>(i);
      if (sn[i]->op == ir::OpKind::Add) addAt = static_cast<int>(i);
    }
    QVERIFY(mulAt >= 0 && addAt >= 0);
    QVERIFY2(m.targetOfSource[static_cast<size_t>(mulAt)] >= 0, qPrintable(ops(*a.trace->graph, m.targetOfSource).join(' ')));
    QVERIFY2(m.targetOfSource[static_cast<size_t>(addAt)] >= 0, qPrintable(ops(*a.trace->graph, m.targetOfSource).join(' ')));
  }

  // The whole diff through the translator: torch -> numpy, source-to-source, every node paired and equal.
  void diffOfARealTranslation() {
    session::Session s(dir_ + "/fns.py");
    s.runSetup("import torch\ntorch.manual_seed(0)\nx = torch.rand(6)");
    session::VerifyRequest r{"normalize", ir::Framework::Torch, ir::Framework::Numpy, false, s.evalArgs("x")};
    auto d = session::diffTranslation(s, r);
    QVERIFY2(d.ok(), d.verify.diagnostics.empty() ? "" : d.verify.diagnostics[0].message.c_str());
    QCOMPARE(d.match.pairs(), 4);
    QCOMPARE(d.firstDivergence, -1);
    for (const auto& c : d.sourceNodes) QVERIFY(c && c->ok);
  }
};

QTEST_GUILESS_MAIN(TestGraphMatch)
#include "test_graph_match.moc"
