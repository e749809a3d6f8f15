// Translation, checked against the real frameworks. Generated numpy and torch code runs in
// Debian's python3 next to the torch source and must compute the same numbers (dtype and shape
// exact). Generated jax and tensorflow code, which cannot run here, is re-traced through
// Polytrace's own jax/tf frontends and compared with real torch, and every jax/tf name and
// keyword it uses is checked against the API lists taken from the real libraries.
#include <QTest>

#include <nlohmann/json.hpp>

#include "ApiNameCheck.h"
#include "TestSupport.h"
#include "codegen/GraphCodegen.h"
#include "s2s/Translator.h"
#include "session/Session.h"
#include "trace/TracedFunction.h"

using namespace pt;
using json = nlohmann::json;

namespace {
const std::string kCases = POLYTRACE_TEST_DATA "/transpile/cases.py";

struct Case {
  const char* function;
  const char* setup;  // numpy code, run identically by python3 and by Polytrace (bit-exact RNG)
  const char* args;
  bool sourceToSource = true;  // false: only a trace knows enough (checked to be reported instead)
};
const Case kAllCases[] = {
    {"normalize", "np.random.seed(0)\na = np.random.uniform(size=10)", "a"},
    {"standardize_rows", "np.random.seed(1)\na = np.random.rand(4, 5).astype(np.float32)", "a"},
    {"softmax_scores", "np.random.seed(2)\na = np.random.rand(3, 4)\nb = np.random.rand(4, 5)", "a, b"},
    {"activations", "np.random.seed(3)\na = np.random.randn(2, 6).astype(np.float32)", "a"},
    {"clamp_and_round", "np.random.seed(4)\na = np.random.rand(3, 4)", "a"},
    {"reductions", "np.random.seed(5)\na = np.random.rand(3, 4)", "a"},
    {"reshape_ops", "np.random.seed(6)\na = np.random.rand(3, 4).astype(np.float32)", "a"},
    {"where_ops", "np.random.seed(7)\na = np.random.rand(5)", "a"},
    {"weighted_sum", "np.random.seed(8)\na = np.random.rand(2, 3).astype(np.float32)", "a"},
    {"swap_dims", "np.random.seed(9)\na = np.random.rand(2, 3, 4)", "a", false},
    {"trigonometry", "np.random.seed(10)\na = np.random.randn(3, 4).astype(np.float32)", "a"},
    {"bits_and_products", "np.random.seed(11)\na = np.random.randn(3, 4)\nb = np.random.randint(-9, 9, size=(3, 4)).astype(np.int32)",
     "a, b", false},
    {"decompositions", "np.random.seed(12)\na = np.random.randn(3, 4).astype(np.float32)", "a", false},
};

std::string generate(const Case& c, ir::Framework target, const QString& method, std::string& error) {
  if (method == "source") {
    auto r = s2s::translateFunction({test::readText(kCases), "cases.py", c.function, ir::Framework::Torch, target});
    for (const auto& d : r.diagnostics) error += d.format() + "\n";
    return r.ok() ? r.code : "";
  }
  session::Session s(kCases);
  s.runSetup(std::string("import numpy as np\n") + c.setup);
  trace::TracedFunction f(s.interpreter(), s.function(c.function), c.function, trace::Mode::Eager);
  f.traceWith(s.asFrameworkInputs(s.evalArgs(c.args), ir::Framework::Torch));
  codegen::GraphCodegenOptions options;
  options.resultOutputs = f.lastTrace()->resultOutputs;
  options.origin = std::string(c.function) + " in cases.py (torch)";
  auto g = codegen::generateFromGraph(*f.lastTrace()->graph, target, options);
  for (const auto& d : g.diagnostics) error += d.format() + "\n";
  return g.ok() ? g.code : "";
}

void flatten(interp::Interpreter& in, const interp::Value& v, std::vector<interp::Value>& out) {
  if (auto* t = v.as<interp::TupleObject>())
    for (const auto& i : t->items) flatten(in, i, out);
  else if (auto* l = v.as<interp::ListObject>())
    for (const auto& i : l->items) flatten(in, i, out);
  else
    out.push_back(v);
}
}  // namespace

class TestTranspile : public QObject {
  Q_OBJECT

  static void addRows(std::initializer_list<ir::Framework> targets) {
    QTest::addColumn<int>("caseIndex");
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("method");
    for (size_t i = 0; i < std::size(kAllCases); ++i)
      for (ir::Framework t : targets)
        for (const char* m : {"source", "trace"})
          if (kAllCases[i].sourceToSource || std::string(m) == "trace")
          QTest::newRow((std::string(kAllCases[i].function) + " " + std::string(ir::frameworkName(t)) + " " + m).c_str())
              << int(i) << int(t) << QString(m);
  }

 private slots:
  void runsInRealNumpyAndTorch_data() { addRows({ir::Framework::Numpy, ir::Framework::Torch}); }
  void runsInRealNumpyAndTorch() {
    QFETCH(int, caseIndex);
    QFETCH(int, target);
    QFETCH(QString, method);
    const Case& c = kAllCases[caseIndex];
    auto fw = static_cast<ir::Framework>(target);
    std::string error;
    std::string code = generate(c, fw, method, error);
    QVERIFY2(!code.empty(), error.c_str());
    std::string dir = test::tempDir("transpile");
    std::string file = dir + "/" + c.function + "_" + std::string(ir::frameworkName(fw)) + "_" + method.toStdString() + ".py";
    test::writeText(file, code);
    auto r = test::runProcess(DEBIAN_PYTHON3, {POLYTRACE_TEST_DATA "/transpile/check_generated.py", QString::fromStdString(kCases),
                                               c.function, QString::fromStdString(file),
                                               QString::fromStdString(std::string(ir::frameworkName(fw))), c.setup, c.args});
    QVERIFY2(r.exitCode == 0, (r.out + r.err + "\n" + code).c_str());
  }

  void retracesAsJaxAndTensorFlow_data() { addRows({ir::Framework::Jax, ir::Framework::TensorFlow}); }
  void retracesAsJaxAndTensorFlow() {
    QFETCH(int, caseIndex);
    QFETCH(int, target);
    QFETCH(QString, method);
    const Case& c = kAllCases[caseIndex];
    auto fw = static_cast<ir::Framework>(target);
    std::string error;
    std::string code = generate(c, fw, method, error);
    QVERIFY2(!code.empty(), error.c_str());

    test::ApiList api(std::string(POLYTRACE_SHARED_DIR) + (fw == ir::Framework::Jax ? "/api/jax.txt" : "/api/tensorflow.txt"));
    QVERIFY2(api.loaded(), "the API lists in ../shared/api are missing");
    auto problems = api.check(code);
    QVERIFY2(problems.empty(), (problems.empty() ? "" : problems[0] + "\n" + code).c_str());

    auto ref = test::runProcess(DEBIAN_PYTHON3, {POLYTRACE_TEST_DATA "/transpile/reference.py", QString::fromStdString(kCases),
                                                 c.function, c.setup, c.args});
    QVERIFY2(ref.exitCode == 0, ref.err.c_str());
    json expected = json::parse(ref.out);

    std::string dir = test::tempDir("retrace");
    std::string file = dir + "/generated_" + c.function + ".py";
    test::writeText(file, code);
    session::Session s(file);
    std::vector<interp::Value> outputs;
    try {
      s.runSetup(std::string("import numpy as np\n") + c.setup);
      auto args = s.asFrameworkInputs(s.evalArgs(c.args), fw);
      flatten(s.interpreter(), s.interpreter().call(s.function(c.function), args), outputs);
    } catch (const interp::PyException& e) {
      QFAIL((e.formatted() + "\n" + code).c_str());
    }
    QCOMPARE(outputs.size(), expected.size());
    for (size_t i = 0; i < outputs.size(); ++i) {
      auto* t = outputs[i].as<interp::TensorObject>();
      QVERIFY(t);
      QCOMPARE(t->framework, fw);
      std::string dtype(ir::dtypeLongName(t->tensor.dtype()));
      // §12/§2: jax's integer results are int32 where torch's are int64 (x64 off); values agree.
      bool jaxInt = fw == ir::Framework::Jax && expected[i]["dtype"] == "int64" && dtype == "int32";
      QVERIFY2(dtype == expected[i]["dtype"].get<std::string>() || jaxInt, (dtype + " vs " + expected[i]["dtype"].dump()).c_str());
      QCOMPARE(t->tensor.shape(), expected[i]["shape"].get<std::vector<int64_t>>());
      auto got = t->tensor.toDoubles();
      auto want = expected[i]["values"].get<std::vector<double>>();
      double tol = dtype == "float32" ? 1e-5 : 1e-12;
      for (size_t k = 0; k < got.size(); ++k)
        QVERIFY2(std::abs(got[k] - want[k]) <= tol * std::max(1.0, std::abs(want[k])),
                 qPrintable(QString("output %1[%2]: %3 vs %4").arg(i).arg(k).arg(got[k], 0, 'g', 17).arg(want[k], 0, 'g', 17)));
    }
  }

  void sourceToSourceMatchesGoldenFiles_data() {
    QTest::addColumn<QString>("function");
    QTest::addColumn<int>("target");
    for (const char* f : {"normalize", "standardize_rows", "weighted_sum"})
      for (ir::Framework t : ir::kAllFrameworks)
        if (t != ir::Framework::Torch || std::string(f) == "normalize")
          QTest::newRow((std::string(f) + " " + std::string(ir::frameworkName(t))).c_str()) << QString(f) << int(t);
  }
  void sourceToSourceMatchesGoldenFiles() {
    QFETCH(QString, function);
    QFETCH(int, target);
    auto fw = static_cast<ir::Framework>(target);
    auto r = s2s::translateFunction({test::readText(kCases), "cases.py", function.toStdString(), ir::Framework::Torch, fw});
    QVERIFY(r.ok());
    std::string diff;
    QVERIFY2(test::matchesGolden(r.code, POLYTRACE_TEST_DATA "/transpile/golden/" + function.toStdString() + "." +
                                             std::string(ir::frameworkName(fw)) + ".py", diff),
             diff.c_str());
    // Deterministic: the same input gives the same bytes.
    auto again = s2s::translateFunction({test::readText(kCases), "cases.py", function.toStdString(), ir::Framework::Torch, fw});
    QCOMPARE(again.code, r.code);
  }

  void untranslatableCodeIsReportedNotGuessed() {
    std::string src =
        "import torch\n\ndef f(x, n):\n    y = torch.frobnicate(x)\n    return torch.sum(x, dim=n)\n\n"
        "def g(x):\n    return x.mean()\n";
    auto r = s2s::translateFunction({src, "bad.py", "f", ir::Framework::Torch, ir::Framework::Numpy});
    QVERIFY(!r.ok());
    QVERIFY(r.code.empty());
    QCOMPARE(r.diagnostics.size(), size_t{2});
    QCOMPARE(QString::fromStdString(r.diagnostics[0].code), QString("unsupported-api"));
    QCOMPARE(r.diagnostics[0].loc.line, 4);
    QCOMPARE(r.diagnostics[0].loc.col, 9);
    QCOMPARE(QString::fromStdString(r.diagnostics[1].code), QString("non-literal-argument"));
    auto g = s2s::translateFunction({src, "bad.py", "g", ir::Framework::Torch, ir::Framework::Numpy});
    QVERIFY(!g.ok());
    QCOMPARE(QString::fromStdString(g.diagnostics.at(0).code), QString("type-unknown"));
    auto swap = s2s::translateFunction({test::readText(kCases), "cases.py", "swap_dims", ir::Framework::Torch, ir::Framework::Jax});
    QVERIFY(!swap.ok());
    QCOMPARE(QString::fromStdString(swap.diagnostics.at(0).code), QString("type-unknown"));
    QCOMPARE(swap.diagnostics.at(0).loc.line, 45);
  }

  void localsShadowModuleNames() {
    std::string src = "import torch\n\nx = torch.frobnicate(3)\n\ndef f(x):\n    return torch.exp(x)\n";
    auto r = s2s::translateFunction({src, "shadow.py", "f", ir::Framework::Torch, ir::Framework::Numpy});
    QVERIFY2(r.ok(), r.diagnostics.empty() ? "" : r.diagnostics[0].format().c_str());
    QVERIFY(!QString::fromStdString(r.code).contains("frobnicate"));
  }

  void helpersAreTranslatedToo() {
    std::string src =
        "import torch\n\nEPS = 1e-6\n\n# scale to unit range\ndef unit(x):\n    return x / (torch.amax(x) + EPS)\n\n"
        "def top(x):\n    return unit(x) * 2.0\n";
    auto r = s2s::translateFunction({src, "pkg.py", "top", ir::Framework::Torch, ir::Framework::Numpy});
    QVERIFY(r.ok());
    QCOMPARE(r.translatedFunctions, (std::vector<std::string>{"unit", "top"}));
    QVERIFY(QString::fromStdString(r.code).contains("EPS = 1e-6\n"));
    QVERIFY(QString::fromStdString(r.code).contains("# scale to unit range\ndef unit(x):\n    return x / (np.max(x) + EPS)"));
  }
};

QTEST_GUILESS_MAIN(TestTranspile)
#include "test_transpile.moc"
