// polytrace-cli as a user runs it: the walkthrough's numbers, the call log, exit codes,
// --save-outputs read back by real numpy, and a package translated to jax and run again.
#include <QTest>

#include <filesystem>

#include "TestSupport.h"

using namespace pt;

namespace {
const QString kCli = POLYTRACE_BIN_DIR "/polytrace-cli";
const QString kExample = POLYTRACE_SOURCE_DIR "/resources/examples/lazy_vs_eager";
const QString kTfSetup =
    "import numpy as np\nimport tensorflow as tf\nimport ivy\nivy.set_backend('tensorflow')\nnp.random.seed(0)\n"
    "x = tf.constant(np.random.uniform(size=10))";
const char* kIvyOutput =
    "<tf.Tensor: shape=(10,), dtype=float64, numpy=\n"
    "array([-0.36293708,  0.53895184, -0.07048605, -0.38424253, -1.04139636,\n"
    "        0.16331669, -0.96587166,  1.49617496,  1.88587438, -1.25938418])>\n";
const char* kTorchToTfOutput =
    "<tf.Tensor: shape=(10,), dtype=float64, numpy=\n"
    "array([-0.34431235,  0.51129461, -0.06686894, -0.36452447, -0.98795534,\n"
    "        0.15493582, -0.91630631,  1.41939619,  1.78909753, -1.19475674])>\n";

test::ProcessResult cli(const QStringList& args) { return test::runProcess(kCli, args); }

QStringList lines(const std::string& s) { return QString::fromStdString(s).split('\n', Qt::SkipEmptyParts); }
}  // namespace

class TestCli : public QObject {
  Q_OBJECT

 private slots:
  void walkthroughLazyTracesOnFirstCall() {
    auto r = cli({"run", kExample, "--function", "ivy_normalize.normalize", "--source", "ivy", "--setup", kTfSetup, "--args",
                  "x", "--mode", "lazy"});
    QVERIFY2(r.exitCode == 0, r.err.c_str());
    QStringList out = lines(r.out);
    QVERIFY(out[0].startsWith("call 1: ") && out[0].endsWith("[traced: first call]"));
    QVERIFY(out[1].startsWith("call 2: ") && out[1].endsWith("[cached graph]"));
    QVERIFY(QString::fromStdString(r.out).endsWith(kIvyOutput));
  }

  void walkthroughEagerTracesAtCreation() {
    auto r = cli({"run", kExample, "--function", "ivy_normalize.normalize", "--source", "ivy", "--setup", kTfSetup, "--args",
                  "x", "--mode", "eager"});
    QVERIFY2(r.exitCode == 0, r.err.c_str());
    QStringList out = lines(r.out);
    QVERIFY(out[0].startsWith("trace 0: ") && out[0].endsWith("[traced: eager trace at creation]"));
    QVERIFY(out[1].endsWith("[cached graph]"));
    QVERIFY(out[2].endsWith("[cached graph]"));
    QVERIFY(QString::fromStdString(r.out).endsWith(kIvyOutput));
  }

  void torchNormalizeTranspiledToTensorFlowRuns() {
    std::string dir = test::tempDir("cli");
    QString out = QString::fromStdString(dir + "/normalize_tf.py");
    auto t = cli({"transpile", kExample + "/torch_normalize.py", "--function", "normalize", "--source", "torch", "--target",
                  "tensorflow", "-o", out});
    QVERIFY2(t.exitCode == 0, t.err.c_str());
    auto r = cli({"run", out, "--function", "normalize", "--source", "tensorflow", "--setup",
                  "import numpy as np\nimport tensorflow as tf\nnp.random.seed(0)\nx = tf.constant(np.random.uniform(size=10))",
                  "--args", "x"});
    QVERIFY2(r.exitCode == 0, r.err.c_str());
    QVERIFY2(QString::fromStdString(r.out).endsWith(kTorchToTfOutput), r.out.c_str());
  }

  void traceBasedTranspileToTensorFlowRunsToo() {
    std::string dir = test::tempDir("cli-trace");
    QString out = QString::fromStdString(dir + "/normalize_tf_trace.py");
    auto t = cli({"transpile", kExample + "/torch_normalize.py", "--function", "normalize", "--source", "torch", "--target",
                  "tensorflow", "--method", "trace", "--setup",
                  "import numpy as np\nimport torch\nnp.random.seed(0)\nx = torch.tensor(np.random.uniform(size=10))", "--args",
                  "x", "-o", out});
    QVERIFY2(t.exitCode == 0, t.err.c_str());
    auto r = cli({"run", out, "--function", "normalize", "--source", "tensorflow", "--setup",
                  "import numpy as np\nimport tensorflow as tf\nnp.random.seed(0)\nx = tf.constant(np.random.uniform(size=10))",
                  "--args", "x"});
    QVERIFY2(r.exitCode == 0, r.err.c_str());
    QVERIFY2(QString::fromStdString(r.out).endsWith(kTorchToTfOutput), r.out.c_str());
  }

  void savedOutputsLoadInNumpy() {
    std::string dir = test::tempDir("npy");
    auto r = cli({"run", kExample, "--function", "ivy_normalize.normalize", "--source", "ivy", "--setup", kTfSetup, "--args",
                  "x", "--save-outputs", QString::fromStdString(dir)});
    QVERIFY2(r.exitCode == 0, r.err.c_str());
    auto py = test::runPython("import numpy as np, sys\na = np.load(sys.argv[1])\nprint(a.dtype, a.shape, '%.8f' % a[0], '%.8f' % a[9])",
                              {QString::fromStdString(dir + "/out0.npy")});
    QCOMPARE(QString::fromStdString(py.out).trimmed(), QString("float64 (10,) -0.36293708 -1.25938418"));
  }

  void packageTranspiledToJaxRuns() {
    std::string dir = test::tempDir("pkg");
    auto t = cli({"transpile", kExample, "--module", "imgkit", "--source", "torch", "--target", "jax", "--out-dir",
                  QString::fromStdString(dir)});
    QVERIFY2(t.exitCode == 0, (t.out + t.err).c_str());
    QCOMPARE(QString::fromStdString(t.out).trimmed(), QString("translated 2 function(s), 0 failed"));
    auto r = cli({"run", QString::fromStdString(dir), "--function", "imgkit.color.bgr_to_grayscale", "--source", "jax",
                  "--setup", "import numpy as np\nimport jax\nnp.random.seed(0)\ninput = jax.numpy.array(np.random.rand(2, 3, 4, 5))",
                  "--args", "input"});
    QVERIFY2(r.exitCode == 0, r.err.c_str());
    QVERIFY2(QString::fromStdString(r.out).contains("Array([[[["), r.out.c_str());
    QVERIFY2(QString::fromStdString(r.out).contains("dtype=float64)"), r.out.c_str());
  }

  // The package translation is kept on disk: a second run reads every module back byte for byte,
  // an edited module alone is translated again, and a damaged entry is replaced, not trusted.
  void packageTranslationsAreCachedOnDisk() {
    namespace fs = std::filesystem;
    const std::string root = test::tempDir("cached-pkg"), cacheDir = root + "/cache";
    fs::remove_all(root + "/src");
    fs::copy(kExample.toStdString(), root + "/src", fs::copy_options::recursive);
    const QByteArray savedCacheDir = qgetenv("POLYTRACE_CACHE_DIR");
    qputenv("POLYTRACE_CACHE_DIR", QByteArray::fromStdString(cacheDir));
    auto translate = [&](const std::string& out) {
      return cli({"transpile", QString::fromStdString(root + "/src"), "--module", "imgkit", "--source", "torch", "--target",
                  "numpy", "--out-dir", QString::fromStdString(root + "/" + out), "--stats"});
    };
    auto cacheLine = [](const test::ProcessResult& r) {
      for (const QString& line : lines(r.out))
        if (line.startsWith("cache: ")) return line.section(" in ", 0, 0);
      return QString("no cache line in: ") + QString::fromStdString(r.out + r.err);
    };
    auto first = translate("out1");
    QVERIFY2(first.exitCode == 0, (first.out + first.err).c_str());
    const int modules = static_cast<int>(test::sourceFileCount(root + "/src/imgkit"));
    QVERIFY(modules >= 2);
    QCOMPARE(cacheLine(first), QString("cache: 0 hit(s), %1 miss(es)").arg(modules));
    auto second = translate("out2");
    QCOMPARE(cacheLine(second), QString("cache: %1 hit(s), 0 miss(es)").arg(modules));
    for (const auto& f : fs::recursive_directory_iterator(root + "/out1"))
      if (f.is_regular_file())
        QCOMPARE(test::readText((root + "/out2/" + fs::relative(f.path(), root + "/out1").string())), test::readText(f.path()));

    test::writeText(root + "/src/imgkit/color.py", test::readText(root + "/src/imgkit/color.py") + "\n# edited\n");
    QCOMPARE(cacheLine(translate("out3")), QString("cache: %1 hit(s), 1 miss(es)").arg(modules - 1));
    for (const auto& f : fs::recursive_directory_iterator(cacheDir))
      if (f.is_regular_file()) test::writeText(f.path().string(), "{ not json");
    auto damaged = translate("out4");
    QCOMPARE(cacheLine(damaged), QString("cache: 0 hit(s), %1 miss(es)").arg(modules));
    QCOMPARE(test::readText(root + "/out4/imgkit/color.py"), test::readText(root + "/out3/imgkit/color.py"));
    qputenv("POLYTRACE_CACHE_DIR", savedCacheDir);
  }

  // A script that never ends stops at --time-limit with a Python-style error, whatever the command.
  void runawayScriptsStopAtTheTimeLimit() {
    const std::string dir = test::tempDir("spin");
    test::writeText(dir + "/spin.py", "import torch\nx = torch.ones(3)\nwhile True:\n    x = x + 1\n");
    auto r = cli({"exec", QString::fromStdString(dir + "/spin.py"), "--time-limit", "0.5"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(QString::fromStdString(r.err).contains("TimeoutError: the run passed its time limit of 0.5 s"), r.err.c_str());
    QVERIFY2(QString::fromStdString(r.err).contains("line 4"), r.err.c_str());
    QCOMPARE(cli({"exec", QString::fromStdString(dir + "/spin.py"), "--time-limit", "soon"}).exitCode, 2);
  }

  void syntaxErrorsHaveFileLineColumn() {
    std::string dir = test::tempDir("syntax");
    test::writeText(dir + "/broken.py", "def f(x):\n    return (x +\n");
    auto r = cli({"parse", QString::fromStdString(dir + "/broken.py")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(QString::fromStdString(r.err).startsWith(QString::fromStdString(dir + "/broken.py:2:12: SyntaxError: ")), r.err.c_str());
  }

  void verifyComparesOutputsAndNodes_data() {
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("method");
    for (const char* t : {"numpy", "jax", "tensorflow", "ivy"})
      for (const char* m : {"source", "trace"}) QTest::newRow((std::string(t) + " " + m).c_str()) << QString(t) << QString(m);
  }
  void verifyComparesOutputsAndNodes() {
    QFETCH(QString, target);
    QFETCH(QString, method);
    auto r = cli({"verify", kExample, "--function", "torch_normalize.normalize", "--source", "torch", "--target", target,
                  "--method", method, "--setup",
                  "import numpy as np\nimport torch\nnp.random.seed(0)\nx = torch.tensor(np.random.uniform(size=10))", "--args", "x"});
    QVERIFY2(r.exitCode == 0, (r.out + r.err).c_str());
    QVERIFY(QString::fromStdString(r.out).contains("output 0: f64[10] vs f64[10]"));
    QVERIFY(QString::fromStdString(r.out).endsWith("verified: equal within tolerance\n"));
    if (method == "trace") QVERIFY(QString::fromStdString(r.out).contains("nodes compared: "));
  }

  void coverageTableIsUpToDate() {
    auto r = cli({"coverage"});
    QCOMPARE(r.exitCode, 0);
    std::string diff;
    QVERIFY2(test::matchesGolden(r.out, POLYTRACE_SOURCE_DIR "/docs/coverage.md", diff),
             "docs/coverage.md is stale: regenerate it with `polytrace-cli coverage > docs/coverage.md`");
  }

  // Without annotations `x.mean()` cannot be translated (exit 2, the reason at the call);
  // --trace-types runs the example first, and the observed types let it translate.
  void traceTypesLetSourceToSourceTranslate() {
    std::string dir = test::tempDir("cli-types");
    std::string src = dir + "/scale.py";
    test::writeText(src, "import torch\n\ndef scale(x, k):\n    return x.mean() * k\n");
    QString out = QString::fromStdString(dir + "/scale_np.py");
    QStringList base{"transpile", QString::fromStdString(src), "--function", "scale", "--source", "torch", "--target", "numpy", "-o", out};
    auto plain = cli(base);
    QCOMPARE(plain.exitCode, 2);
    QVERIFY2(QString::fromStdString(plain.err).contains("scale.py:4:12: error[type-unknown]"), plain.err.c_str());
    auto noArgs = cli(base + QStringList{"--trace-types"});
    QCOMPARE(noArgs.exitCode, 2);
    QVERIFY(QString::fromStdString(noArgs.err).contains("--trace-types needs example inputs"));
    auto typed = cli(base + QStringList{"--trace-types", "--setup", "import torch\nx = torch.ones(3)", "--args", "x, 2"});
    QVERIFY2(typed.exitCode == 0, typed.err.c_str());
    QVERIFY(QString::fromStdString(test::readText(out.toStdString())).contains("return np.mean(x) * k"));
  }

  void badUsageExitsWithTwo() {
    QCOMPARE(cli({"run"}).exitCode, 2);
    QCOMPARE(cli({"frobnicate"}).exitCode, 2);
    auto r = cli({"transpile", kExample + "/torch_normalize.py", "--function", "normalize", "--source", "torch", "--target",
                  "fortran", "-o", "/tmp/x.py"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(QString::fromStdString(r.err).contains("unknown framework 'fortran'"));
  }

  void pythonErrorsShowATraceback() {
    auto r = cli({"run", kExample, "--function", "imgkit.color.bgr_to_grayscale", "--source", "torch", "--setup",
                  "import torch\nimage = torch.rand(2, 4, 4)", "--args", "image"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(QString::fromStdString(r.err).contains("ValueError: expected an image shaped (*, 3, H, W), got (2, 4, 4)"), r.err.c_str());
    QVERIFY(QString::fromStdString(r.err).contains("imgkit/color.py\", line 18, in bgr_to_grayscale"));
  }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
