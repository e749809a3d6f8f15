// The Python real torch code is written in: classes (super(), properties, descriptors, dunders,
// MRO), dataclasses, enums, typing, generators, and torch.nn.Module models. Every script in
// tests/data/interp_classes runs in Debian's python3 (with the real torch) and in Polytrace's
// interpreter; what they print must agree — text exactly, numbers within a relative 1e-5
// (float32), so parameter initialisation under torch.manual_seed must reproduce torch's draws.
#include <QTest>

#include <filesystem>

#include "TestSupport.h"
#include "interp/Interpreter.h"
#include "session/OutputCheck.h"

using namespace pt;

namespace {

const char* const kScripts[] = {"classes", "generators", "dataclass_enum_typing"};

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

  // What Polytrace does not do raises a Python exception with a reason code, never a crash.
  void unsupportedIsReportedWithAReason_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("reason");
    QTest::newRow("infinite generator") << "def f():\n    i = 0\n    while True:\n        yield i\n        i += 1\nnext(f())\n"
                                        << "generator-unbounded";
    QTest::newRow("enum.Flag") << "import enum\nenum.Flag" << "unsupported-api";
    QTest::newRow("from typing import unknown") << "from typing import SupportsAbs\nSupportsAbs(1)" << "unsupported-api";
  }
  void unsupportedIsReportedWithAReason() {
    QFETCH(QString, code);
    QFETCH(QString, reason);
    auto e = raisedBy(code.toStdString());
    QCOMPARE(QString::fromStdString(e.reasonCode), reason);
  }

  void superNeedsAMethod() {
    auto e = raisedBy("def f():\n    return super()\nf()\n");
    QCOMPARE(QString::fromStdString(e.type), QString("RuntimeError"));
  }

  void inconsistentMroIsATypeError() {
    auto e = raisedBy("class A: pass\nclass B(A): pass\nclass C(A, B): pass\n");
    QCOMPARE(QString::fromStdString(e.type), QString("TypeError"));
  }
};

QTEST_GUILESS_MAIN(TestInterpClasses)
#include "test_interp_classes.moc"
