// The Python real torch code is written in: classes (super(), properties, descriptors, dunders,
// MRO), dataclasses, enums, typing, generators, and torch.nn.Module models. Every script in
// tests/data/interp_classes runs in Debian's python3 (with the real torch) and in Polytrace's
// interpreter; what they print must agree — text exactly, numbers within a relative 1e-5
// (float32), so parameter initialisation under torch.manual_seed must reproduce torch's draws.
#include <QTest>

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "TestSupport.h"
#include "interp/Interpreter.h"
#include "ir/TextFormat.h"
#include "ir/Verifier.h"
#include "session/OutputCheck.h"
#include "session/Session.h"
#include "trace/TracedFunction.h"

using namespace pt;

namespace {

const char* const kScripts[] = {"classes", "generators", "dataclass_enum_typing", "nn_mlp", "nn_cnn", "nn_config", "nn_transformer", "nn_state_dict", "named_tuples"};

std::string scriptPath(const std::string& name) { return POLYTRACE_TEST_DATA "/interp_classes/" + name + ".py"; }

struct PolytraceRun {
  std::string output;
  std::string error;
};

PolytraceRun runInPolytrace(const std::string& path) {
  interp::Interpreter in;
  auto main = std::make_shared<interp::ModuleObject>();
  main->name = "__main__";
  main->filename = path;
  main->globals["__name__"] = interp::makeStr("__main__");
  PolytraceRun r;
  try {
    in.execSource(test::readText(path), main, path);
  } catch (const interp::PyException& e) {
    r.error = e.formatted() + (e.reasonCode.empty() ? "" : " [" + e.reasonCode + "]");
  }
  r.output = in.output();
  return r;
}

}  // namespace

// The exception a snippet raises in a fresh interpreter (its generators limited to 1000 values).
interp::PyException raisedBy(const std::string& code) {
  interp::Interpreter in;
  in.limits().maxGeneratorItems = 1000;
  auto main = std::make_shared<interp::ModuleObject>();
  main->name = "__main__";
  try {
    in.execSource(code, main, "<snippet>");
  } catch (const interp::PyException& e) {
    return e;
  }
  qFatal("expected an exception from: %s", code.c_str());
}

class TestInterpClasses : public QObject {
  Q_OBJECT

 private slots:
  void scriptsMatchRealPython_data() {
    QTest::addColumn<QString>("script");
    for (const char* s : kScripts) QTest::newRow(s) << QString(s);
  }
  void scriptsMatchRealPython() {
    QFETCH(QString, script);
    std::string path = scriptPath(script.toStdString());
    auto expected = test::runProcess(DEBIAN_PYTHON3, {QString::fromStdString(path)});
    QVERIFY2(expected.exitCode == 0, expected.err.c_str());
    PolytraceRun actual = runInPolytrace(path);
    QVERIFY2(actual.error.empty(), (actual.error + "\noutput so far:\n" + actual.output).c_str());
    session::CheckOptions tolerance;
    tolerance.relativeTolerance = 1e-5;
    tolerance.absoluteTolerance = 1e-6;
    int numbers = 0;
    std::string why = session::compareText(expected.out, actual.output, tolerance, numbers);
    QVERIFY2(why.empty(), (why + "\n--- python3\n" + expected.out + "\n--- polytrace\n" + actual.output).c_str());
    qInfo("%s: output matches python3 (%d numbers within rtol 1e-5)", script.toUtf8().constData(), numbers);
  }

  // nn.Linear/Conv2d's default initialisation and nn.init's uniform, xavier, kaiming and normal
  // draws: every digit of every value as torch 1.13 prints it.
  void parameterInitIsBitExact() {
    std::string path = scriptPath("nn_init_exact");
    auto expected = test::runProcess(DEBIAN_PYTHON3, {QString::fromStdString(path)});
    QVERIFY2(expected.exitCode == 0, expected.err.c_str());
    PolytraceRun actual = runInPolytrace(path);
    QVERIFY2(actual.error.empty(), actual.error.c_str());
    QCOMPARE(QString::fromStdString(actual.output), QString::fromStdString(expected.out));
    // Each line prints one list: its values are its commas plus one.
    long long values = 0;
    std::istringstream lines(expected.out);
    for (std::string line; std::getline(lines, line);)
      if (auto open = line.find('['); open != std::string::npos) values += std::count(line.begin() + static_cast<long>(open), line.end(), ',') + 1;
    qInfo("%lld initialised values identical to torch's", values);
  }

  // What Polytrace does not do raises a Python exception with a reason code, never a crash.
  void unsupportedIsReportedWithAReason_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("reason");
    QTest::newRow("infinite generator") << "def f():\n    i = 0\n    while True:\n        yield i\n        i += 1\nnext(f())\n"
                                        << "generator-unbounded";
    QTest::newRow("enum.Flag") << "import enum\nenum.Flag" << "unsupported-api";
    QTest::newRow("from typing import unknown") << "from typing import SupportsAbs\nSupportsAbs(1)" << "unsupported-api";
    QTest::newRow("nn layer not modelled") << "import torch.nn as nn\nnn.LSTM(3, 4)" << "unsupported-api";
    QTest::newRow("dropout while training")
        << "import torch\nimport torch.nn as nn\nnn.Dropout(0.5)(torch.ones(3))" << "unsupported-argument";
    QTest::newRow("batch norm while training")
        << "import torch\nimport torch.nn as nn\nnn.BatchNorm2d(2)(torch.ones(1, 2, 3, 3))" << "unsupported-argument";
    QTest::newRow("conv padding mode")
        << "import torch.nn as nn\nnn.Conv2d(1, 1, 3, padding_mode='reflect')" << "unsupported-api";
  }
  void unsupportedIsReportedWithAReason() {
    QFETCH(QString, code);
    QFETCH(QString, reason);
    auto e = raisedBy(code.toStdString());
    QCOMPARE(QString::fromStdString(e.reasonCode), reason);
  }

  // A module's forward traced: parameters enter as constants named as in state_dict() with the
  // module's scope path (run > Net > fc), ops point at the user's line, the cached graph gives the
  // interpreted numbers.
  void tracedModuleNamesItsParameters() {
    session::Session s(scriptPath("net_trace"));
    s.runSetup("import torch\nx = torch.ones(2, 3)");
    trace::TracedFunction f(s.interpreter(), s.function("run"), "run", trace::Mode::Eager);
    auto args = s.evalArgs("x");
    f.traceWith(args);
    const ir::Graph& g = *f.lastTrace()->graph;
    QVERIFY(ir::verify(g).empty());
    std::vector<std::string> names;
    for (const auto& n : g.nodes()) {
      if (n->op == ir::OpKind::Constant && n->attrs.count("name")) {
        std::string name = std::get<std::string>(n->attrs.at("name"));
        names.push_back(name);
        std::string module = name.substr(0, name.find('.'));
        QCOMPARE(n->scope, (std::vector<std::string>{"run", "Net", module}));
      }
      if (n->op == ir::OpKind::MatMul) {
        QVERIFY2(n->loc.file.find("net_trace.py") != std::string::npos, n->loc.file.c_str());
        QCOMPARE(n->loc.line, 14);  // return self.out(self.act(self.fc(x)))
      }
      if (n->op == ir::OpKind::Relu) QCOMPARE(n->scope, (std::vector<std::string>{"run", "Net", "act"}));
    }
    QCOMPARE(names, (std::vector<std::string>{"fc.weight", "fc.bias", "out.weight", "out.bias"}));
    QVERIFY(ir::printGraph(g).find("name=\"fc.weight\"") != std::string::npos);
    interp::Value cached = f.call(args);
    QVERIFY(!f.callLog().back().traced);
    interp::Value direct = s.interpreter().call(s.function("run"), args);
    QCOMPARE(cached.as<interp::TensorObject>()->tensor.toDoubles(), direct.as<interp::TensorObject>()->tensor.toDoubles());
  }

  // A model passed as an argument: its parameters are baked into the graph, so another model, or
  // the same model after its weights changed in place, traces again instead of reusing the graph.
  void modelArgumentRetracesWhenItsWeightsChange() {
    session::Session s(scriptPath("net_trace"));
    s.runSetup("import torch\nfrom net_trace import Net\nx = torch.ones(2, 3)\ntorch.manual_seed(1)\nm1 = Net()\nm2 = Net()\n");
    trace::TracedFunction f(s.interpreter(), s.function("apply"), "apply", trace::Mode::Lazy);
    auto expectMatch = [&](const char* model, bool traced) {
      auto args = s.evalArgs(std::string(model) + ", x");
      interp::Value got = f.call(args);
      QCOMPARE(f.callLog().back().traced, traced);
      interp::Value want = s.interpreter().call(s.function("apply"), args);
      QCOMPARE(got.as<interp::TensorObject>()->tensor.toDoubles(), want.as<interp::TensorObject>()->tensor.toDoubles());
    };
    try {
      expectMatch("m1", true);
    } catch (const interp::PyException& e) {
      QFAIL(e.formatted().c_str());
    }
    expectMatch("m1", false);
    expectMatch("m2", true);
    s.runSetup("with torch.no_grad():\n    m1.out.bias.add_(1.0)\n");
    expectMatch("m1", true);
    expectMatch("m1", false);
  }

  // polytrace-cli traces a function that calls a model, the graph grouped by module.
  void cliTracesAModel() {
    auto r = test::runProcess(POLYTRACE_BIN_DIR "/polytrace-cli",
                              {"trace", QString::fromStdString(scriptPath("net_trace")), "--function", "build_and_run", "--source",
                               "torch", "--setup", "import torch; x = torch.ones(2, 3)", "--args", "x"});
    QVERIFY2(r.exitCode == 0, r.err.c_str());
    QVERIFY2(r.out.find("name=\"out.bias\"") != std::string::npos, r.out.c_str());
    QVERIFY2(r.out.find("in build_and_run > Net > out") != std::string::npos, r.out.c_str());
    // Parameter storage is not part of the computation: no creation ops from the constructors.
    QVERIFY2(r.out.find("= full(") == std::string::npos, r.out.c_str());
    // Initialisation inside the traced function is reported: its random values are baked in.
    QVERIFY2(r.err.find("nn.init drew random numbers while tracing") != std::string::npos, r.err.c_str());
  }

  // A CNN module traced and translated to numpy (trace-based): the generated code, run in real
  // numpy, computes what the module computes in real torch.
  void tracedCnnTranslatesToNumpy() {
    std::string out = test::tempDir("interp-classes") + "/cnn_numpy.py";
    auto r = test::runProcess(POLYTRACE_BIN_DIR "/polytrace-cli",
                              {"transpile", QString::fromStdString(scriptPath("cnn_trace")), "--function", "run", "--source", "torch",
                               "--target", "numpy", "--method", "trace", "--setup",
                               "import torch; torch.manual_seed(5); x = torch.randn(2, 1, 8, 8)", "--args", "x", "-o",
                               QString::fromStdString(out)});
    QVERIFY2(r.exitCode == 0, r.err.c_str());
    std::string generated = test::readText(out);
    QVERIFY2(generated.find("features_0_conv_weight = np.array(") != std::string::npos, generated.c_str());
    auto check = test::runPython(
        "import sys, importlib.util, numpy as np, torch\n"
        "sys.path.insert(0, sys.argv[1])\n"
        "import cnn_trace\n"
        "spec = importlib.util.spec_from_file_location('gen', sys.argv[2])\n"
        "gen = importlib.util.module_from_spec(spec); spec.loader.exec_module(gen)\n"
        "torch.manual_seed(5); x = torch.randn(2, 1, 8, 8)\n"
        "with torch.no_grad(): want = cnn_trace.run(x).numpy()\n"
        "got = gen.run(x.numpy())\n"
        "assert got.dtype == want.dtype and got.shape == want.shape, (got.dtype, got.shape)\n"
        "np.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-6)\n"
        "print('ok', got.size)\n",
        {POLYTRACE_TEST_DATA "/interp_classes", QString::fromStdString(out)});
    QVERIFY2(check.exitCode == 0, (check.out + check.err).c_str());
  }

  void superNeedsAMethod() {
    auto e = raisedBy("def f():\n    return super()\nf()\n");
    QCOMPARE(QString::fromStdString(e.type), QString("RuntimeError"));
  }

  void builtinWithTooFewArgumentsIsATypeError() {
    auto e = raisedBy("import dataclasses\ndataclasses.fields()\n");
    QCOMPARE(QString::fromStdString(e.type), QString("TypeError"));
  }

  void inconsistentMroIsATypeError() {
    auto e = raisedBy("class A: pass\nclass B(A): pass\nclass C(A, B): pass\n");
    QCOMPARE(QString::fromStdString(e.type), QString("TypeError"));
  }
};

QTEST_GUILESS_MAIN(TestInterpClasses)
#include "test_interp_classes.moc"
