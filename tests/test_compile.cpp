// "Compile": the passes report which nodes each removed, merged and folded, by the node's index
// in the graph before the passes, and compile() turns that into every node's fate and the graph
// after. A traced function with dead code, a repeated subexpression and a constant expression.
#include <QTest>

#include "TestSupport.h"
#include "ir/TextFormat.h"
#include "ir/Verifier.h"
#include "passes/Compile.h"
#include "session/Session.h"
#include "trace/TracedFunction.h"

using namespace pt;
using Pairs = std::vector<std::pair<int, int>>;
using Ids = std::vector<int>;
using Fate = passes::NodeFate::Kind;

namespace {

// Traced (torch, x = ones(3)):
//   %0 sin  %1 const 2  %2 mul      <- dead: `unused` is never used
//   %3 exp  %4 exp                  <- the same exp twice: %4 merges into %3
//   %5 const [1,2,3]  %6 const 3  %7 mul  %8 const 1  %9 add   <- constant: %7 then %9 fold
//   %10 mul(%4, %9)  %11 add(%3, %10)
const char* kSource =
    "import torch\n"
    "\n"
    "\n"
    "def f(x):\n"
    "    unused = torch.sin(x) * 2.0\n"
    "    a = torch.exp(x)\n"
    "    b = torch.exp(x)\n"
    "    k = torch.tensor([1.0, 2.0, 3.0]) * 3.0 + 1.0\n"
    "    return a + b * k\n";

std::unique_ptr<ir::Graph> traced(const std::string& name) {
  const std::string dir = test::tempDir(name);
  test::writeText(dir + "/compile_demo.py", kSource);
  session::Session s(dir + "/compile_demo.py");
  s.runSetup("import torch\nx = torch.ones(3)\n");
  trace::TracedFunction f(s.interpreter(), s.function("f"), "f", trace::Mode::Eager);
  f.traceWith(s.evalArgs("x"));
  return f.lastTrace()->graph->clone();
}

}  // namespace

class TestCompile : public QObject {
  Q_OBJECT

 private slots:
  void passesReportTheNodesTheyChanged() {
    auto g = traced("passes");
    QCOMPARE(g->nodes().size(), size_t{12});
    // Each pass on its own: ids are positions in the graph it was given.
    const passes::PassReport dce = passes::eliminateDeadCode(*g);
    QCOMPARE(dce.kind, passes::PassKind::DeadCode);
    QCOMPARE(dce.removedNodes, (Ids{0, 1, 2}));
    QVERIFY(ir::verify(*g).empty());
    const passes::PassReport cse = passes::eliminateCommonSubexpressions(*g);
    QCOMPARE(cse.kind, passes::PassKind::CommonSubexpressions);
    QCOMPARE(cse.mergedNodes, (Pairs{{1, 0}}));  // the second exp (was %4) into the first (was %3)
    QCOMPARE(cse.merged, 1);
    QVERIFY(ir::verify(*g).empty());
    const passes::PassReport fold = passes::foldConstants(*g, session::evaluateConstantOp);
    QCOMPARE(fold.kind, passes::PassKind::ConstantFolding);
    QCOMPARE(fold.foldedNodes, (Ids{3, 5}));  // mul, then the add it feeds (were %7, %9)
    QVERIFY(ir::verify(*g).empty());
  }

  void compileReportsEveryNodeByItsIdBefore() {
    auto before = traced("compile");
    const std::string beforeText = ir::printGraph(*before);
    const passes::Compiled c = passes::compile(*before, session::evaluateConstantOp);
    QCOMPARE(ir::printGraph(*before), beforeText);  // compile() works on a copy
    QVERIFY(ir::verify(*c.after).empty());

    QCOMPARE(c.passes.size(), size_t{4});
    QCOMPARE(c.passes[0].removedNodes, (Ids{0, 1, 2}));
    QCOMPARE(c.passes[1].mergedNodes, (Pairs{{4, 3}}));
    QCOMPARE(c.passes[2].foldedNodes, (Ids{7, 9}));
    // Folding left the constants it read (and the folded mul the add absorbed) unused.
    QCOMPARE(c.passes[3].kind, passes::PassKind::DeadCode);
    QCOMPARE(c.passes[3].removedNodes, (Ids{5, 6, 7, 8}));
    QCOMPARE(c.removed, 7);
    QCOMPARE(c.merged, 1);
    QCOMPARE(c.folded, 2);

    QCOMPARE(c.origin, (Ids{3, 9, 10, 11}));
    QCOMPARE(QString::fromStdString(ir::printGraph(*c.after)),
             QStringLiteral("graph @f(%x: f32[3]) -> (f32[3]) {\n"
                            "  %0 = exp(%x) : f32[3]                                                 # compile_demo.py:6\n"
                            "  %1 = constant() {dtype=f32, shape=[3], value=[4.0, 7.0, 10.0]} : f32[3]  # compile_demo.py:8\n"
                            "  %2 = mul(%0, %1) : f32[3]                                             # compile_demo.py:9\n"
                            "  %3 = add(%0, %2) : f32[3]                                             # compile_demo.py:9\n"
                            "  return %3\n"
                            "}\n"));

    const std::vector<Fate> kinds{Fate::Removed, Fate::Removed, Fate::Removed, Fate::Kept,    Fate::Merged,  Fate::Removed,
                                  Fate::Removed, Fate::Removed, Fate::Removed, Fate::Folded, Fate::Kept, Fate::Kept};
    QCOMPARE(c.fates.size(), kinds.size());
    for (size_t i = 0; i < kinds.size(); ++i) QCOMPARE(c.fates[i].kind, kinds[i]);
    QCOMPARE(c.fates[0].pass, 0);
    QCOMPARE(c.fates[4].pass, 1);
    QCOMPARE(c.fates[4].survivor, 3);
    QCOMPARE(c.fates[7].pass, 3);  // folded first, then unused
    QCOMPARE(c.fates[9].pass, 2);
    QCOMPARE(c.fates[9].after, 1);
    QCOMPARE(c.fates[3].after, 0);
    QCOMPARE(c.fates[11].after, 3);
    QCOMPARE(c.fates[4].after, -1);
  }

  // polytrace-cli trace --optimize says the same, node by node (docs/compile-demo).
  void cliListsTheNodesOfEachPass() {
    const test::ProcessResult r = test::runProcess(
        QStringLiteral(POLYTRACE_BIN_DIR "/polytrace-cli"),
        {QStringLiteral("trace"), QStringLiteral(POLYTRACE_SOURCE_DIR "/docs/compile-demo"), QStringLiteral("--source"),
         QStringLiteral("torch"), QStringLiteral("--function"), QStringLiteral("features.gated_features"), QStringLiteral("--setup"),
         QStringLiteral("import torch\nx = torch.ones(3, 4)\nw = torch.ones(4, 4)"), QStringLiteral("--args"), QStringLiteral("x, w"),
         QStringLiteral("--optimize")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QString::fromStdString(r.err),
             QStringLiteral("dead code elimination: 2 removed (nodes 10, 11), 0 merged, 0 folded\n"
                            "common subexpression elimination: 0 removed, 3 merged (8 into 1, 15 into 13, 16 into 12), 0 folded\n"
                            "constant folding: 0 removed, 0 merged, 2 folded (nodes 2, 4)\n"
                            "dead code elimination: 3 removed (nodes 0, 2, 3), 0 merged, 0 folded\n"));
  }

  void withoutAnEvaluatorNothingFolds() {
    auto before = traced("nofold");
    const passes::Compiled c = passes::compile(*before);
    QCOMPARE(c.passes.size(), size_t{3});
    QCOMPARE(c.folded, 0);
    QCOMPARE(c.removed, 3);
    QCOMPARE(c.merged, 1);
    QCOMPARE(c.origin, (Ids{3, 5, 6, 7, 8, 9, 10, 11}));
  }
};

QTEST_GUILESS_MAIN(TestCompile)
#include "test_compile.moc"
