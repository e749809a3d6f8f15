// The tutorial's own API inside the interpreter — ivy.trace_graph, ivy.transpile, ivy.unify,
// ivy.compile, as calls and as decorators — and notebooks: `polytrace-cli exec` runs scripts and
// notebooks as Jupyter would, and replays the seed notebook with every saved output matched.
#include <QRegularExpression>
#include <QTest>

#include "TestSupport.h"
#include "session/CellRunner.h"
#include "session/IvyApi.h"
#include "session/LazyTranspile.h"
#include "session/Notebook.h"
#include "session/OutputCheck.h"
#include "session/Session.h"

using namespace pt;
using interp::Value;
using session::IvyKind;

namespace {
const QString kCli = POLYTRACE_BIN_DIR "/polytrace-cli";
const std::string kSeedNotebook = POLYTRACE_SHARED_DIR "/seeds/lazy_vs_eager.ipynb";
const std::string kPackageRoot = POLYTRACE_TEST_DATA "/notebook";  // holds the pure-torch `kornia` stand-in

const char* kSetup =
    "import numpy as np\nimport tensorflow as tf\nimport torch\nimport jax\nimport ivy\n"
    "ivy.set_backend('tensorflow')\nnp.random.seed(0)\nx = tf.constant(np.random.uniform(size=10))\n";
const char* kIvyNormalize =
    "def normalize(x):\n"
    "    mean = ivy.mean(x)\n"
    "    std = ivy.std(x)\n"
    "    return ivy.divide(ivy.subtract(x, mean), std)\n";
const char* kTorchNormalize =
    "def tnormalize(x):\n"
    "    mean = torch.mean(x)\n"
    "    std = torch.std(x)\n"
    "    return torch.div(torch.sub(x, mean), std)\n";
// The walkthrough's outputs (ivy.std has correction 0, torch.std correction 1).
const char* kIvyOutput =
    "<tf.Tensor: shape=(10,), dtype=float64, numpy=\n"
    "array([-0.36293708,  0.53895184, -0.07048605, -0.38424253, -1.04139636,\n"
    "        0.16331669, -0.96587166,  1.49617496,  1.88587438, -1.25938418])>";
const char* kTorchToTfOutput =
    "<tf.Tensor: shape=(10,), dtype=float64, numpy=\n"
    "array([-0.34431235,  0.51129461, -0.06686894, -0.36452447, -0.98795534,\n"
    "        0.15493582, -0.91630631,  1.41939619,  1.78909753, -1.19475674])>";
// The seed notebook's cells whose saved outputs hold numbers or text Python printed.
const int kNumericCells[] = {13, 14, 17, 18, 24};
const int kStdoutCells[] = {23, 30};

test::ProcessResult cli(const QStringList& args) { return test::runProcess(kCli, args); }

QString repr(session::Session& s, const std::string& expr) {
  return QString::fromStdString(s.interpreter().repr(s.evalArgs(expr).at(0)));
}

std::shared_ptr<session::IvyCallable> callable(session::Session& s, size_t i) {
  auto all = s.ivyApi().callables();
  if (i >= all.size()) qFatal("the ivy API created only %zu callables", all.size());
  return all[i];
}

std::string pythonError(session::Session& s, const std::string& code) {
  try {
    s.runSetup(code);
  } catch (const interp::PyException& e) {
    return e.type + ": " + e.message;
  }
  return "";
}

QStringList lines(const std::string& s) { return QString::fromStdString(s).split('\n', Qt::SkipEmptyParts); }

std::string writeNotebook(const std::string& name, const std::string& cellsJson) {
  std::string path = test::tempDir("notebook") + "/" + name;
  test::writeText(path, "{\"nbformat\": 4, \"nbformat_minor\": 5, \"metadata\": {\"kernelspec\": {\"language\": \"python\"}},"
                        " \"cells\": [" + cellsJson + "]}");
  return path;
}

std::string codeCell(const std::string& sourceJson, const std::string& outputsJson = "") {
  return "{\"cell_type\": \"code\", \"metadata\": {}, \"execution_count\": 1, \"source\": " + sourceJson +
         ", \"outputs\": [" + outputsJson + "]}";
}
}  // namespace

class TestNotebook : public QObject {
  Q_OBJECT

 private slots:
  // ---- the ivy API in the interpreter ----------------------------------------------------------

  void traceGraphLazyTracesOnFirstCall() {
    session::Session s(kPackageRoot);
    s.runSetup(std::string(kSetup) + kIvyNormalize + "norm = ivy.trace_graph(normalize)\n");
    auto norm = callable(s, 0);
    QCOMPARE(norm->kind(), IvyKind::TraceGraph);
    QVERIFY(norm->callLog().empty());  // lazy: nothing traced yet
    QCOMPARE(repr(s, "norm(x)"), QString(kIvyOutput));
    QCOMPARE(repr(s, "norm(x)"), QString(kIvyOutput));
    const auto& log = norm->callLog();
    QCOMPARE(log.size(), size_t{2});
    QVERIFY(log[0].traced);
    QCOMPARE(QString::fromStdString(log[0].why), QString("first call"));
    QVERIFY(!log[1].traced);
    QCOMPARE(norm->traced()->cacheSize(), size_t{1});
  }

  void traceGraphEagerTracesAtCreation() {
    session::Session s(kPackageRoot);
    s.runSetup(std::string(kSetup) + kIvyNormalize + "norm = ivy.trace_graph(normalize, args=(x,))\n");
    auto norm = callable(s, 0);
    QCOMPARE(norm->callLog().size(), size_t{1});
    QCOMPARE(QString::fromStdString(norm->callLog()[0].why), QString("eager trace at creation"));
    QCOMPARE(repr(s, "norm(x)"), QString(kIvyOutput));
    QCOMPARE(repr(s, "norm(x)"), QString(kIvyOutput));
    QCOMPARE(norm->callLog().size(), size_t{3});
    QVERIFY(!norm->callLog()[1].traced);  // both calls run the cached graph
    QVERIFY(!norm->callLog()[2].traced);
  }

  void traceGraphAsDecorator() {
    session::Session s(kPackageRoot);
    s.runSetup(std::string(kSetup) + "@ivy.trace_graph\n" + kIvyNormalize + "a = normalize(x)\nb = normalize(x)\n");
    auto norm = callable(s, 0);
    QCOMPARE(norm->name(), std::string("normalize"));
    QCOMPARE(norm->callLog().size(), size_t{2});
    QVERIFY(norm->callLog()[0].traced && !norm->callLog()[1].traced);
    QCOMPARE(repr(s, "b"), QString(kIvyOutput));
    // With options, the decorator form takes them first.
    s.runSetup("@ivy.trace_graph(args=(x,))\n" + std::string(kIvyNormalize));
    QCOMPARE(callable(s, 1)->callLog().size(), size_t{1});
    QVERIFY(callable(s, 1)->callLog()[0].traced);
  }

  void transpileFunctionTorchToTensorFlow() {
    session::Session s(kPackageRoot);
    s.runSetup(std::string(kSetup) + kTorchNormalize + "t = ivy.transpile(tnormalize, source='torch', target='tensorflow')\n");
    auto t = callable(s, 0);
    QCOMPARE(t->kind(), IvyKind::Transpile);
    // Source-to-source is eager: the translation is done (and logged) before the first call.
    QCOMPARE(t->callLog().size(), size_t{1});
    QVERIFY(t->callLog()[0].traced);
    QVERIFY(QString::fromStdString(t->translatedCode()).contains("tf.math.reduce_std") ||
            QString::fromStdString(t->translatedCode()).contains("tf."));
    QVERIFY(!QString::fromStdString(t->translatedCode()).contains("torch."));
    QCOMPARE(QString::fromStdString(s.interpreter().output()), QString("Transpilation of tnormalize complete.\n"));
    QCOMPARE(repr(s, "t(x)"), QString(kTorchToTfOutput));
    QCOMPARE(t->callLog().size(), size_t{2});
    QVERIFY(!t->callLog()[1].traced);
    // `to=` is the tutorial's other spelling.
    s.runSetup("t2 = ivy.transpile(tnormalize, source='torch', to='tensorflow')\n");
    QCOMPARE(repr(s, "t2(x)"), QString(kTorchToTfOutput));
    // A constant defined by earlier code (another cell) is carried over; module-level code that
    // assigns a name the function shadows (`x = ...` next to `def f(x)`) is not translated.
    session::runCell(s, "SCALE = 2.0\n", "<cell 1>");
    auto cell = session::runCell(s, "x = tf.constant([1.0, 3.0])\ndef scaled(x):\n    return torch.mul(x, SCALE)\n"
                                    "ivy.transpile(scaled, source='torch', to='tensorflow')(x)", "<cell 2>");
    QVERIFY2(!cell.error, cell.error ? cell.error->formatted().c_str() : "");
    QCOMPARE(QString::fromStdString(cell.displayed.value_or("")),
             QString("<tf.Tensor: shape=(2,), dtype=float32, numpy=array([2., 6.], dtype=float32)>"));
  }

  void transpileAsDecorator() {
    session::Session s(kPackageRoot);
    s.runSetup(std::string(kSetup) + "@ivy.transpile(source='torch', to='tensorflow')\n" + kTorchNormalize);
    QCOMPARE(callable(s, 0)->kind(), IvyKind::Transpile);
    // The decorator is not part of the translation (it would be applied again).
    QVERIFY(!QString::fromStdString(callable(s, 0)->translatedCode()).contains("transpile"));
    QCOMPARE(repr(s, "tnormalize(x)"), QString(kTorchToTfOutput));
  }

  void transpileWithArgsIsTraceBased() {
    session::Session s(kPackageRoot);
    s.runSetup(std::string(kSetup) + kTorchNormalize +
               "t = ivy.transpile(tnormalize, source='torch', to='tensorflow', args=(x,))\n");
    auto t = callable(s, 0);
    QCOMPARE(t->kind(), IvyKind::TranspileTrace);
    QVERIFY(QString::fromStdString(t->translatedCode()).contains("traced with"));
    QCOMPARE(repr(s, "t(x)"), QString(kTorchToTfOutput));
  }

  void unifyTranslatesToIvy() {
    session::Session s(kPackageRoot);
    s.runSetup(std::string(kSetup) + kTorchNormalize + "u = ivy.unify(tnormalize, source='torch')\n");
    auto u = callable(s, 0);
    QCOMPARE(u->kind(), IvyKind::Unify);
    QVERIFY(QString::fromStdString(u->translatedCode()).contains("ivy."));
    QVERIFY(!QString::fromStdString(u->translatedCode()).contains("torch."));
    // Run with the tensorflow backend, the ivy code gives tensorflow tensors: the same numbers.
    QCOMPARE(repr(s, "u(x)"), QString(kTorchToTfOutput));
    s.runSetup("@ivy.unify(source='torch', args=(x,))\n" + std::string(kTorchNormalize));
    QCOMPARE(callable(s, 1)->kind(), IvyKind::Unify);
    QCOMPARE(repr(s, "tnormalize(x)"), QString(kTorchToTfOutput));
  }

  void compileRunsTheGraphPasses() {
    session::Session s(kPackageRoot);
    // The mean is computed twice: CSE merges it in the compiled graph.
    s.runSetup(std::string(kSetup) +
               "def twice(x):\n    return ivy.subtract(x, ivy.mean(x)) + ivy.subtract(x, ivy.mean(x))\n"
               "c = ivy.compile(twice)\n");
    auto c = std::dynamic_pointer_cast<session::TracedCallable>(callable(s, 0));
    QVERIFY(c);
    QCOMPARE(c->kind(), IvyKind::Compile);
    QVERIFY(c->compiled().empty());  // lazy
    QString first = repr(s, "c(x)");
    QCOMPARE(repr(s, "c(x)"), first);
    QCOMPARE(repr(s, "twice(x)"), first);
    QCOMPARE(c->compiled().size(), size_t{1});
    const auto& compiled = c->compiled().begin()->second;
    int merged = 0;
    for (const auto& r : compiled.reports) merged += r.merged;
    QVERIFY(merged >= 2);  // mean and subtract
    QVERIFY(c->traced()->lastTrace()->graph->nodes().size() < compiled.before->nodes().size());
    QVERIFY(c->callLog()[0].traced && !c->callLog()[1].traced);
    // Eager, and of an already traced function (its Python is traced into the outer graph).
    s.runSetup("t = ivy.trace_graph(twice)\nc2 = ivy.compile(t, args=(x,))\n");
    QCOMPARE(repr(s, "c2(x)"), first);
    auto c2 = std::dynamic_pointer_cast<session::TracedCallable>(callable(s, 2));
    QVERIFY(c2->traced()->lastTrace()->graph->nodes().size() > 2);
  }

  void lazyModuleTranspileTranslatesOnFirstCall() {
    session::Session s(kPackageRoot);
    s.runSetup(std::string(kSetup) + "import kornia\njk = ivy.transpile(kornia, source='torch', to='jax')\n");
    QVERIFY(s.ivyApi().translatedModules().empty());  // nothing translated at ivy.transpile
    s.runSetup("f = jk.color.bgr_to_grayscale\ng = jk.color.bgr_to_grayscale\n");
    QVERIFY(s.ivyApi().translatedModules().empty());  // nor by looking a function up
    QVERIFY(s.evalArgs("f is g").at(0).asBool());
    s.runSetup("img = np.random.rand(2, 3, 4, 5)\ngray = f(jax.numpy.array(img))\n");
    QCOMPARE(s.ivyApi().translatedModules().size(), size_t{1});
    QCOMPARE(QString::fromStdString(s.ivyApi().translatedModules()[0]), QString("kornia.color: torch -> jax"));
    s.runSetup("gray2 = f(jax.numpy.array(img))\ngray3 = jk.color.rgb_to_grayscale(jax.numpy.array(img))\n");
    QCOMPARE(s.ivyApi().translatedModules().size(), size_t{1});  // cached: the whole file was translated once
    auto fn = std::dynamic_pointer_cast<session::ModuleFunction>(callable(s, 0));
    QVERIFY(fn && fn->isTranslated());
    QCOMPARE(fn->callLog().size(), size_t{2});
    QVERIFY(fn->callLog()[0].traced);
    QCOMPARE(QString::fromStdString(fn->callLog()[0].why), QString("translated kornia.color on first call"));
    QVERIFY(!fn->callLog()[1].traced);
    QVERIFY(QString::fromStdString(fn->translatedCode()).contains("jnp.flip"));
    QCOMPARE(repr(s, "type(gray)"), QString("<class 'jaxlib.xla_extension.ArrayImpl'>"));
    QCOMPARE(repr(s, "gray.shape"), QString("(2, 1, 4, 5)"));
    // The same numbers as the original torch function on the same image.
    s.runSetup("ref = kornia.color.bgr_to_grayscale(torch.tensor(img))\n");
    auto got = s.evalArgs("gray").at(0).as<interp::TensorObject>()->tensor.toDoubles();
    auto want = s.evalArgs("ref").at(0).as<interp::TensorObject>()->tensor.toDoubles();
    QCOMPARE(got.size(), size_t{40});
    for (size_t i = 0; i < got.size(); ++i) QVERIFY(std::abs(got[i] - want[i]) <= 1e-12 * std::max(1.0, std::abs(want[i])));
    QVERIFY(repr(s, "jk").contains("transpiled lazily, torch -> jax"));
  }

  void apiErrorsAreTypeErrors() {
    session::Session s(kPackageRoot);
    s.runSetup(kSetup);
    QCOMPARE(QString::fromStdString(pythonError(s, "ivy.transpile(lambda v: v, source='torch', to='jax')")).left(19),
             QString("NotImplementedError"));
    QVERIFY(QString::fromStdString(pythonError(s, "ivy.trace_graph(abs, frobnicate=1)"))
                .contains("unexpected keyword argument 'frobnicate'"));
    QVERIFY(QString::fromStdString(pythonError(s, std::string(kTorchNormalize) + "ivy.transpile(tnormalize, source='torch')"))
                .contains("target= or to="));
    QVERIFY(QString::fromStdString(pythonError(s, "ivy.transpile(abs, source='torch', to='mxnet')")).startsWith("ValueError"));
  }

  void typeOfTensorsPrintsTheFrameworkClass() {
    session::Session s(kPackageRoot);
    s.runSetup(kSetup);
    QCOMPARE(repr(s, "type(torch.ones(2))"), QString("<class 'torch.Tensor'>"));
    QCOMPARE(repr(s, "type(np.ones(2))"), QString("<class 'numpy.ndarray'>"));
    QCOMPARE(repr(s, "type(x)"), QString("<class 'tensorflow.python.framework.ops.EagerTensor'>"));
    QCOMPARE(repr(s, "type(jax.numpy.ones(2))"), QString("<class 'jaxlib.xla_extension.ArrayImpl'>"));
    QVERIFY(s.evalArgs("type(torch.ones(2)) is torch.Tensor").at(0).asBool());
    QVERIFY(s.evalArgs("isinstance(x, type(x))").at(0).asBool());
    QCOMPARE(repr(s, "type(x).__name__"), QString("'EagerTensor'"));
  }

  // ---- cells as Jupyter runs them ------------------------------------------------------------------

  void cellDisplaysItsLastExpression_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("displayed");  // "-" for nothing
    QTest::newRow("expression") << "a = 2\na * 3" << "6";
    QTest::newRow("semicolon") << "a = 2\na * 3;" << "-";
    QTest::newRow("semicolon and comment") << "a = 2\na * 3;  # quiet" << "-";
    QTest::newRow("comment after") << "a = 2\na * 3  # shown" << "6";
    QTest::newRow("None") << "None" << "-";
    QTest::newRow("assignment last") << "a = 2" << "-";
    QTest::newRow("two on a line") << "a = 2; a + 1" << "3";
    QTest::newRow("string") << "'hi'" << "'hi'";
    QTest::newRow("multi-line") << "(1 +\n 2)" << "3";
  }
  void cellDisplaysItsLastExpression() {
    QFETCH(QString, code);
    QFETCH(QString, displayed);
    session::Session s(kPackageRoot);
    auto r = session::runCell(s, code.toStdString(), "<cell 1>");
    QVERIFY(!r.error);
    QCOMPARE(r.displayed ? QString::fromStdString(*r.displayed) : QString("-"), displayed);
  }

  void ipythonLinesAreSkippedOrUnwrapped() {
    auto ipy = session::stripIPythonSyntax("!pip install ivy\nif True:\n    %matplotlib inline\n%time y = 3\n%timeit -n 10 -r 2 f(y)\n");
    QCOMPARE(QString::fromStdString(ipy.code), QString("pass\nif True:\n    pass\ny = 3\nf(y)\n"));
    QCOMPARE(ipy.skipped.size(), size_t{2});
    QCOMPARE(ipy.untimed.size(), size_t{2});
    QVERIFY(ipy.cellMagic.empty());
    QCOMPARE(QString::fromStdString(session::stripIPythonSyntax("# setup\n%%bash\necho hi\n").cellMagic), QString("%%bash"));
    QVERIFY(session::stripIPythonSyntax("%%time\nx = 1\n").cellMagic.empty());
    session::Session s(kPackageRoot);
    auto shell = session::runCell(s, "!pip install ivy\n# comment\n", "<cell 3>");
    QVERIFY(shell.skipped);
    QCOMPARE(QString::fromStdString(shell.skipReason), QString("shell"));
    auto timed = session::runCell(s, "%%time\nz = 5\nz * 2\n", "<cell 4>");
    QVERIFY(!timed.skipped && !timed.error);
    QCOMPARE(QString::fromStdString(timed.displayed.value_or("")), QString("10"));
  }

  // ---- editing a notebook as its module -------------------------------------------------------------

  // The seed notebook's module, unedited, writes back the same cells (every cell byte for byte);
  // edits land in their cells with the IPython lines the module shows as `pass` restored.
  void editedModuleGoesBackIntoTheCells() {
    const std::string json = test::readText(kSeedNotebook);
    std::string error;
    const auto nb = session::parseNotebook(json, error);
    QVERIFY2(nb, error.c_str());
    const std::string module = session::notebookAsModule(*nb);
    const auto same = session::notebookWithModule(json, module, error);
    QVERIFY2(same, error.c_str());
    const auto reread = session::parseNotebook(*same, error);
    QVERIFY(reread && reread->cells.size() == nb->cells.size());
    for (size_t i = 0; i < nb->cells.size(); ++i) {
      QCOMPARE(reread->cells[i].source, nb->cells[i].source);
      QCOMPARE(reread->cells[i].outputs.size(), nb->cells[i].outputs.size());
    }

    const std::string cells = R"({"nbformat": 4, "nbformat_minor": 5, "metadata": {"kernelspec": {"language": "python"}},
      "cells": [{"cell_type": "code", "metadata": {}, "outputs": [], "source": ["!pip install torch\n", "import torch\n", "%time y = 2"]},
                {"cell_type": "markdown", "metadata": {}, "source": "Text"},
                {"cell_type": "code", "metadata": {}, "outputs": [], "source": "%%bash\necho hi"},
                {"cell_type": "code", "metadata": {}, "outputs": [], "source": ""}]})";
    const auto small = session::parseNotebook(cells, error);
    const std::string shown = session::notebookAsModule(*small);
    QCOMPARE(shown, std::string("# %% [cell 0]\npass\nimport torch\ny = 2\n\n# %% [cell 2]\n# %%bash\n# echo hi\n\n# %% [cell 3]\n"));
    // Lines inserted around the IPython lines, one deleted, a new cell body, a comment in the magic cell.
    std::string edited = "# %% [cell 0]\nimport numpy\npass\ny = 2\nz = y + 1\n\n# %% [cell 2]\n# %%bash\n# echo hi\n# echo bye\n\n# %% [cell 3]\nw = 1\n";
    const auto written = session::notebookWithModule(cells, edited, error);
    QVERIFY2(written, error.c_str());
    const auto back = session::parseNotebook(*written, error);
    QCOMPARE(back->cells[0].source, std::string("import numpy\n!pip install torch\n%time y = 2\nz = y + 1"));
    QCOMPARE(back->cells[1].source, std::string("Text"));
    QCOMPARE(back->cells[2].source, std::string("%%bash\necho hi\necho bye"));
    QCOMPARE(back->cells[3].source, std::string("w = 1"));
    QCOMPARE(session::notebookAsModule(*back), edited);  // shows again exactly as edited
    QVERIFY(written->find("\"source\": \"Text\"") != std::string::npos);  // the string form stays a string

    auto refused = [&](const std::string& text) {
      std::string why;
      return session::notebookWithModule(cells, text, why) ? std::string() : why;
    };
    QVERIFY(refused("# %% [cell 0]\nx = 1\n").find("no longer match the notebook's 3 code cells") != std::string::npos);
    QVERIFY(refused("x = 0\n" + shown).find("line 1 is above the first") != std::string::npos);
    std::string magic = shown;
    magic.replace(magic.find("# echo hi"), 9, "# echo hi\necho bye");
    QVERIFY(refused(magic).find("cell 2 is a cell magic (%%bash)") != std::string::npos);
  }

  // ---- comparing with saved outputs ----------------------------------------------------------------

  void comparingOutputs_data() {
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("actual");
    QTest::addColumn<bool>("match");
    QTest::newRow("same") << "tensor([1.5000, 2.0000])" << "tensor([1.5000, 2.0000])" << true;
    QTest::newRow("within 1e-6") << "array([0.12345678])" << "array([0.12345679])" << true;
    QTest::newRow("beyond 1e-6") << "array([0.1234])" << "array([0.1235])" << false;
    QTest::newRow("wrapped differently") << "array([1., 2.,\n       3.])" << "array([1., 2., 3.])" << true;
    QTest::newRow("dtype differs") << "tensor([1.], dtype=torch.float64)" << "tensor([1.], dtype=torch.float32)" << false;
    QTest::newRow("text differs") << "<class 'jaxlib.xla_extension.ArrayImpl'>" << "<class 'jax.Array'>" << false;
    QTest::newRow("missing tail") << "(2, 1, 4, 5)" << "(2, 1, 4)" << false;
    QTest::newRow("exponent") << "1e-05" << "1.0000001e-05" << true;
  }
  void comparingOutputs() {
    QFETCH(QString, expected);
    QFETCH(QString, actual);
    QFETCH(bool, match);
    int numbers = 0;
    std::string why = session::compareText(expected.toStdString(), actual.toStdString(), {}, numbers);
    QVERIFY2(why.empty() == match, why.c_str());
  }

  void streamNoiseIsNotPythonOutput() {
    std::string saved =
        "2024-10-19 02:11:29.834162: I tensorflow/core/util/port.cc:153] oneDNN custom operations are on.\n"
        "WARNING:root:Some binaries seem to be missing\n"
        "I0000 00:00:1729285894.477775  848849 cuda_executor.cc:1001] could not open file\n"
        "Transpilation of normalize complete.                      \n"
        "\n"
        "progress 10%\rprogress 100%\n"
        "CPU times: user 2 ms, sys: 0 ns, total: 2 ms\n";
    int logLines = 0;
    auto kept = session::pythonOutputLines(saved, &logLines);
    QCOMPARE(kept.size(), size_t{2});
    QCOMPARE(QString::fromStdString(kept[0]), QString("Transpilation of normalize complete."));
    QCOMPARE(QString::fromStdString(kept[1]), QString("progress 100%"));
    QCOMPARE(logLines, 4);
  }

  // ---- polytrace-cli exec --------------------------------------------------------------------------

  void seedNotebookReplaysWithEveryOutputMatched() {
    auto r = cli({"exec", QString::fromStdString(kSeedNotebook), "--path", QString::fromStdString(kPackageRoot), "--check"});
    QVERIFY2(r.exitCode == 0, (r.out + r.err).c_str());
    QStringList out = lines(r.out);
    for (const QString& line : out)
      if (line.startsWith("cell ")) QVERIFY2(line.contains(": ok (") || line.contains(": skipped ("), qPrintable(line));
    QVERIFY(out.contains("cell 3: skipped (shell)"));
    for (int cell : kNumericCells) {
      QString prefix = QString("cell %1: ok (execute_result; 11 numbers within tolerance").arg(cell);
      QVERIFY2(std::any_of(out.begin(), out.end(), [&](const QString& l) { return l.startsWith(prefix); }), qPrintable(prefix));
    }
    for (int cell : kStdoutCells) QVERIFY(out.contains(QString("cell %1: ok (stdout)").arg(cell)));
    QVERIFY2(out.last().startsWith("checked 16 code cells: 15 ok, 1 skipped, 0 mismatched; 55 numbers"), qPrintable(out.last()));
  }

  void seedNotebookPrintsWhatJupyterShows() {
    auto r = cli({"exec", QString::fromStdString(kSeedNotebook), "--path", QString::fromStdString(kPackageRoot)});
    QVERIFY2(r.exitCode == 0, r.err.c_str());
    QString out = QString::fromStdString(r.out);
    QVERIFY(out.contains(QString("--- cell 13 ---\n") + kIvyOutput + "\n"));
    QVERIFY(out.contains(QString("--- cell 24 ---\n") + kTorchToTfOutput + "\n"));
    QVERIFY(out.contains("--- cell 23 ---\nTranspilation of normalize complete.\n"));
    QVERIFY(out.endsWith("--- cell 30 ---\n<class 'jaxlib.xla_extension.ArrayImpl'>\n"));
    QVERIFY(QString::fromStdString(r.err).contains("cell 3: skipped (shell): !pip install ivy"));
  }

  void mismatchingSavedOutputFailsTheCheck() {
    std::string nb = test::readText(kSeedNotebook);
    // One digit of cell 24's saved result changed beyond the tolerance.
    size_t at = nb.find("-0.34431235");
    QVERIFY(at != std::string::npos);
    nb.replace(at, 11, "-0.34431299");
    std::string path = test::tempDir("notebook") + "/mismatch.ipynb";
    test::writeText(path, nb);
    auto r = cli({"exec", QString::fromStdString(path), "--path", QString::fromStdString(kPackageRoot), "--check"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(QString::fromStdString(r.out).contains("cell 24: MISMATCH\n  execute_result: number 2: expected -0.34431299, got -0.34431235"),
             r.out.c_str());
    QVERIFY(QString::fromStdString(r.out).contains("cell 30: ok"));  // the other cells are still checked
    QVERIFY(QString::fromStdString(r.out).contains("1 mismatched"));
  }

  void scriptRunsAsMain() {
    std::string path = test::tempDir("notebook") + "/script.py";
    test::writeText(path, std::string(kSetup) + kTorchNormalize +
                              "t = ivy.transpile(tnormalize, source='torch', to='tensorflow')\n"
                              "t(x)  # not displayed: a script is not a notebook\n"
                              "print(__name__, t(x).shape)\n");
    auto r = cli({"exec", QString::fromStdString(path)});
    QVERIFY2(r.exitCode == 0, r.err.c_str());
    QCOMPARE(QString::fromStdString(r.out), QString("Transpilation of tnormalize complete.\n__main__ (10,)\n"));
  }

  void cellErrorPrintsTracebackAndStops() {
    std::string path = writeNotebook(
        "error.ipynb", codeCell("[\"print('first')\"]") + ", " +
                           codeCell("[\"def h(v):\\n\", \"    return v + undefined_name\\n\", \"h(1)\"]") + ", " +
                           codeCell("[\"print('never')\"]"));
    auto r = cli({"exec", QString::fromStdString(path)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(QString::fromStdString(r.out).contains("first"));
    QVERIFY(!QString::fromStdString(r.out).contains("never"));
    QCOMPARE(QString::fromStdString(r.err),
             QString("Traceback (most recent call last):\n"
                     "  File \"<cell 1>\", line 3, in <module>\n"
                     "  File \"<cell 1>\", line 2, in h\n"
                     "NameError: name 'undefined_name' is not defined\n"));
    auto checked = cli({"exec", QString::fromStdString(path), "--check"});
    QCOMPARE(checked.exitCode, 1);
    QVERIFY(QString::fromStdString(checked.out).contains("cell 1: ERROR NameError"));
  }

  void usageErrors() {
    QCOMPARE(cli({"exec"}).exitCode, 2);
    QCOMPARE(cli({"exec", "/nonexistent.ipynb"}).exitCode, 2);
    QCOMPARE(cli({"exec", QString::fromStdString(kSeedNotebook), "--frobnicate"}).exitCode, 2);
    std::string script = test::tempDir("notebook") + "/plain.py";
    test::writeText(script, "print(1)\n");
    QCOMPARE(cli({"exec", QString::fromStdString(script), "--check"}).exitCode, 2);
    std::string bad = test::tempDir("notebook") + "/bad.ipynb";
    test::writeText(bad, "{not json");
    auto r = cli({"exec", QString::fromStdString(bad)});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(QString::fromStdString(r.err).contains("not valid JSON"));
  }
};

QTEST_GUILESS_MAIN(TestNotebook)
#include "test_notebook.moc"
