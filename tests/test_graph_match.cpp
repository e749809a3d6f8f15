// Pairing the nodes of a source graph with its translation's (ir::matchGraphs) and the diff
// built on it (session::diffTranslation): real traces of torch and numpy functions, a translation
// that is deliberately wrong at one node, operands swapped, and steps one framework adds.
#include <QTest>

#include <cmath>

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


def stacked(x: torch.Tensor):
    for _ in range(3):
        x = (x + torch.tanh(x)) * torch.std(x)
    return x


def layer(x, w):
    h = torch.relu(x @ w)
    return torch.sigmoid(h * 3.0 - torch.mean(h))


def layer_np(x, w):
    # relu written as numpy writes it
    h = np.maximum(x @ w, 0)
    return 1 / (1 + np.exp(-(h * 3.0 - np.mean(h))))
)";

// TensorFlow has no unbiased std: a translation spells it out. Right, and with the classic
// mistake (the biased std, tensorflow's reduce_std) that must be flagged at torch's std.
const char* kTensorFlow = R"(import tensorflow as tf


def normalize_tf(x):
    centred = x - tf.reduce_mean(x)
    n = tf.cast(tf.size(x), x.dtype)
    std = tf.sqrt(tf.reduce_sum(tf.square(x - tf.reduce_mean(x))) / (n - 1))
    return centred / std


def normalize_tf_biased(x):
    centred = x - tf.reduce_mean(x)
    std = tf.sqrt(tf.reduce_mean(tf.square(x - tf.reduce_mean(x))))
    return centred / std
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

// "sub>1 (0)" per source node: its pair and the pair's error; for failure messages.
std::string describe(const session::GraphDiff& d) {
  std::string out;
  if (!d.source) return "no source graph";
  for (size_t i = 0; i < d.source->graph->nodes().size(); ++i) {
    out += std::string(ir::opName(d.source->graph->nodes()[i]->op)) + ">" + std::to_string(d.match.targetOfSource[i]);
    const int t = d.match.targetOfSource[i];
    if (t >= 0) out += "=" + std::string(ir::opName(d.target->graph->nodes()[static_cast<size_t>(t)]->op));
    if (d.sourceNodes[i]) out += "(" + std::to_string(d.sourceNodes[i]->maxError) + d.sourceNodes[i]->note + ")";
    out += " ";
  }
  out += "| target:";
  if (d.target)
    for (const auto& n : d.target->graph->nodes()) out += " " + std::string(ir::opName(n->op));
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
    test::writeText(dir_ + "/tf_fns.py", kTensorFlow);
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

  // torch -> tensorflow through the translator: tensorflow writes torch's std as several ops. The
  // forward walk stops there; the results pair, the division's operands pair backwards, and the
  // std pairs with the sqrt that ends tensorflow's version; the ops before it are part of it.
  void aStepWrittenAsSeveralOpsPairsWithItsLastOne() {
    session::Session s(dir_ + "/fns.py");
    s.runSetup("import torch\ntorch.manual_seed(0)\nx = torch.rand(6)");
    session::VerifyRequest r{"normalize", ir::Framework::Torch, ir::Framework::TensorFlow, false, s.evalArgs("x")};
    auto d = session::diffTranslation(s, r);
    QVERIFY2(d.ok(), d.verify.diagnostics.empty() ? "" : d.verify.diagnostics[0].message.c_str());
    const auto& sn = d.source->graph->nodes();
    const auto& tn = d.target->graph->nodes();
    QVERIFY2(tn.size() > sn.size() + 3, qPrintable(QString::number(tn.size())));
    QCOMPARE(d.match.pairs(), 4);
    QCOMPARE(ops(*d.source->graph, d.match.targetOfSource).size(), 4);
    const int std = 1, div = 3;
    QVERIFY2(sn[std]->op == ir::OpKind::Std, describe(d).c_str());
    const auto t = static_cast<size_t>(d.match.targetOfSource[std]);
    QCOMPARE(tn[t]->op, ir::OpKind::Sqrt);
    QCOMPARE(d.match.pairedBy[std], ir::PairedBy::Uses);
    QCOMPARE(tn[static_cast<size_t>(d.match.targetOfSource[div])]->op, ir::OpKind::Div);
    QVERIFY(d.sourceNodes[std] && d.sourceNodes[std]->ok);
    QVERIFY2(QString::fromStdString(d.sourceNodes[std]->what).contains("sqrt in the translation"), d.sourceNodes[std]->what.c_str());
    // Every op tensorflow added flows into the sqrt, and only there.
    int partOfStd = 0;
    for (size_t i = 0; i < tn.size(); ++i)
      if (d.match.sourceOfTarget[i] < 0) {
        QCOMPARE(d.match.targetFeeds[i], static_cast<int>(t));
        ++partOfStd;
      }
    QCOMPARE(partOfStd, static_cast<int>(tn.size()) - 4);
  }

  // Steps tensorflow spells out one after another (a std in every round of a loop): only the
  // backward walk gets past them, through additions whose two operands are both unpaired.
  void stepsSpeltOutInARow() {
    session::Session s(dir_ + "/fns.py");
    s.runSetup("import torch\ntorch.manual_seed(5)\nx = torch.rand(7)");
    session::VerifyRequest r{"stacked", ir::Framework::Torch, ir::Framework::TensorFlow, false, s.evalArgs("x")};
    auto d = session::diffTranslation(s, r);
    QVERIFY2(d.ok(), d.verify.diagnostics.empty() ? describe(d).c_str() : d.verify.diagnostics[0].message.c_str());
    QCOMPARE(static_cast<int>(d.source->graph->nodes().size()), 12);  // tanh, add, std, mul: three times
    QVERIFY2(d.match.pairs() == 12, describe(d).c_str());
    for (size_t i = 0; i < d.source->graph->nodes().size(); ++i)
      if (d.source->graph->nodes()[i]->op == ir::OpKind::Std)
        QCOMPARE(d.target->graph->nodes()[static_cast<size_t>(d.match.targetOfSource[i])]->op, ir::OpKind::Sqrt);
  }

  // A hand-written tensorflow normalize, right and wrong: the wrong one is flagged at torch's
  // std (paired with tensorflow's sqrt), not at the mean or the subtraction before it.
  void aWrongDecompositionDivergesAtTheStep() {
    session::Session s(dir_ + "/fns.py");
    s.runSetup("import torch\ntorch.manual_seed(2)\nx = torch.rand(9)");
    auto tf = s.interpreter().loadModuleSource("tf_fns", dir_ + "/tf_fns.py", test::readText(dir_ + "/tf_fns.py"));
    auto diff = [&](const char* name) {
      return session::diffFunctions(s, {s.function("normalize"), ir::Framework::Torch, "normalize"},
                                    {s.interpreter().getAttr(interp::Value::object(tf), name), ir::Framework::TensorFlow, name},
                                    s.evalArgs("x"));
    };
    auto right = diff("normalize_tf");
    QVERIFY2(right.ok(), right.verify.diagnostics.empty() ? describe(right).c_str() : right.verify.diagnostics[0].message.c_str());
    QCOMPARE(right.match.pairs(), 4);

    auto wrong = diff("normalize_tf_biased");
    QVERIFY(wrong.verify.diagnostics.empty());
    QCOMPARE(wrong.match.pairs(), 4);
    QVERIFY(!wrong.ok());
    QVERIFY(!wrong.verify.outputs.at(0).ok);
    QCOMPARE(wrong.firstDivergence, 1);
    QCOMPARE(wrong.source->graph->nodes()[1]->op, ir::OpKind::Std);
    QCOMPARE(wrong.target->graph->nodes()[static_cast<size_t>(wrong.match.targetOfSource[1])]->op, ir::OpKind::Sqrt);
    QVERIFY(wrong.sourceNodes[0]->ok && wrong.sourceNodes[2]->ok);  // the mean and x - mean
    QVERIFY(!wrong.sourceNodes[3]->ok);                              // and what divides by the std
    // The biased std is sqrt((n - 1) / n) of the unbiased one: the error says by how much.
    const double unbiased = s.evalArgs("float(torch.std(x))")[0].asFloat();
    const double biased = unbiased * std::sqrt(8.0 / 9.0);
    const double expected = (unbiased - biased) / std::max(1.0, biased);  // float32 values: 1e-6 apart at most
    QVERIFY2(std::abs(wrong.sourceNodes[1]->maxError - expected) < 1e-6, qPrintable(QString::number(wrong.sourceNodes[1]->maxError)));
  }

  // numpy writes relu as maximum(h, 0) and sigmoid as a formula: relu pairs with the maximum (the
  // one free op on each side computing from the matmul), so the mean, mul and sub after it pair too.
  void anOpWrittenAsAFormulaOfTheSameOperands() {
    session::Session s(dir_ + "/fns.py");
    s.runSetup("import torch\ntorch.manual_seed(4)\nx = torch.rand(3, 4)\nw = torch.rand(4, 5) - 0.5");
    auto d = session::diffFunctions(s, {s.function("layer"), ir::Framework::Torch, "layer"},
                                    {s.function("layer_np"), ir::Framework::Numpy, "layer_np"}, s.evalArgs("x, w"));
    QVERIFY2(d.ok(), d.verify.diagnostics.empty() ? describe(d).c_str() : d.verify.diagnostics[0].message.c_str());
    const auto& sn = d.source->graph->nodes();
    const auto& tn = d.target->graph->nodes();
    QStringList pairs;
    for (size_t i = 0; i < sn.size(); ++i) {
      const int t = d.match.targetOfSource[i];
      pairs << QString::fromLatin1(ir::opName(sn[i]->op)) + "=" + (t < 0 ? "-" : QString::fromLatin1(ir::opName(tn[static_cast<size_t>(t)]->op)));
    }
    QCOMPARE(pairs, (QStringList{"matmul=matmul", "relu=maximum", "constant=constant", "mul=mul", "mean=mean", "sub=sub",
                                 "sigmoid=div"}));
    QCOMPARE(d.match.pairedBy[1], ir::PairedBy::Operands);
    QCOMPARE(d.match.pairedBy[6], ir::PairedBy::Uses);
    for (const auto& c : d.sourceNodes) QVERIFY(c && c->ok);
  }

  // Nothing in common but the parameters: the results pair by their place (a translation's
  // result must hold its source's value, which the numbers then refute), nothing else.
  void unrelatedGraphsPairOnlyTheirResults() {
    session::Session s(dir_ + "/fns.py");
    s.runSetup("import numpy as np\nx = np.linspace(-2, 2, 5)");
    auto a = traceIt(s, "normalize_np", ir::Framework::Numpy);
    auto b = traceIt(s, "scaled", ir::Framework::Torch);
    const auto& sn = a.trace->graph->nodes();
    auto m = ir::matchGraphs(*a.trace->graph, *b.trace->graph);
    QCOMPARE(m.pairs(), 1);
    QCOMPARE(m.targetOfSource.back(), static_cast<int>(b.trace->graph->nodes().size()) - 1);
    QCOMPARE(m.pairedBy.back(), ir::PairedBy::Uses);
    for (size_t i = 0; i + 1 < sn.size(); ++i) QCOMPARE(m.sourceFeeds[i], static_cast<int>(sn.size()) - 1);
  }
};

QTEST_GUILESS_MAIN(TestGraphMatch)
#include "test_graph_match.moc"
