// Real code no one here wrote: torchvision.transforms.functional_tensor from Debian's
// python3-torchvision, interpreted from its installed source. A fast fixed subset of
// bench/torchvision_functional_tensor.py (tests/data/torchvision/cases.py): every case is traced
// and compared with real torchvision on the same inputs; some are translated trace-based and run
// in real numpy/torch, or re-traced as jax/tensorflow by Polytrace. Also the import behaviour the
// package needs: lazy package __init__s, compiled extensions and unmodelled framework names
// reported only when used.
#include <QTest>

#include <cmath>
#include <map>
#include <nlohmann/json.hpp>

#include "TestSupport.h"
#include "interp/FrameworkBridge.h"
#include "session/CaseRunner.h"
#include "session/Session.h"
#include "trace/TracedFunction.h"

using namespace pt;
using json = nlohmann::json;

namespace {
const QString kCases = POLYTRACE_TEST_DATA "/torchvision/cases.py";
const std::string kRoot = "/usr/lib/python3/dist-packages";
const std::string kModule = "torchvision.transforms.functional_tensor";

json python(const QStringList& args) {
  auto r = test::runProcess(DEBIAN_PYTHON3, QStringList{kCases} + args);
  if (r.exitCode != 0) qFatal("cases.py failed: %s", r.err.c_str());
  return json::parse(r.out);
}

std::string setupCode() {
  // The SETUP string of cases.py, read from the file so both sides use the very same code.
  std::string text = test::readText(kCases.toStdString());
  size_t begin = text.find("SETUP = \"\"\"") + 11;
  return text.substr(begin, text.find("\"\"\"", begin) - begin);
}

double asNumber(const json& v) {
  if (v.is_string()) {
    std::string s = v.get<std::string>();
    return s == "nan" ? NAN : s == "inf" ? INFINITY : -INFINITY;
  }
  return v.get<double>();
}

// Empty when equal within tolerance (float32 1e-5, float64 1e-10 relative to max(1, |expected|),
// integers and bools exact; jax may give int32 for torch's int64).
std::string compare(const json& want, const json& got, bool jax, const std::string& path = "result") {
  if (want["kind"] != got["kind"]) return path + ": " + got["kind"].get<std::string>() + ", expected " + want["kind"].get<std::string>();
  std::string kind = want["kind"];
  if (kind == "tensor") {
    std::string wd = want["dtype"], gd = got["dtype"];
    if (wd != gd && !(jax && wd == "int64" && gd == "int32")) return path + ": dtype " + gd + ", expected " + wd;
    if (want["shape"] != got["shape"]) return path + ": shape " + got["shape"].dump() + ", expected " + want["shape"].dump();
    double tol = wd == "float32" ? 1e-5 : wd == "float64" ? 1e-10 : 0;
    for (size_t i = 0; i < want["data"].size(); ++i) {
      double w = asNumber(want["data"][i]), g = asNumber(got["data"][i]);
      bool same = (std::isnan(w) && std::isnan(g)) || w == g || std::abs(w - g) <= tol * std::max(1.0, std::abs(w));
      if (!same) return path + "[" + std::to_string(i) + "]: " + std::to_string(g) + ", expected " + std::to_string(w);
    }
    return "";
  }
  if (kind == "list" || kind == "tuple") {
    if (want["items"].size() != got["items"].size()) return path + ": item count differs";
    for (size_t i = 0; i < want["items"].size(); ++i)
      if (auto d = compare(want["items"][i], got["items"][i], jax, path + "[" + std::to_string(i) + "]"); !d.empty()) return d;
    return "";
  }
  return want == got ? "" : path + ": " + got.dump() + ", expected " + want.dump();
}

std::string judge(const json& want, const json& got, bool jax = false) {
  if (!want["ok"].get<bool>()) {
    if (got["ok"].get<bool>()) return "expected " + want["error"]["type"].get<std::string>() + ", got a result";
    return got["error"]["type"] == want["error"]["type"] ? "" : "raised " + got["error"].dump();
  }
  if (!got["ok"].get<bool>()) return "raised " + got["error"].dump();
  return compare(want["result"], got["result"], jax);
}

}  // namespace

class TestTorchvision : public QObject {
  Q_OBJECT

  json cases_, reference_;
  // Trace-based numpy/torch translations, run in one python3 process: key → {code, outcome}.
  std::map<std::string, std::pair<std::string, json>> generated_;

  const json& caseAt(int i) const { return cases_.at(static_cast<size_t>(i)); }
  session::CaseSpec spec(const json& c) const {
    return {kRoot, kModule + "." + c["function"].get<std::string>(), ir::Framework::Torch, setupCode(), c["args"]};
  }

 private slots:
  void initTestCase() {
    cases_ = python({"list"});
    reference_ = python({"reference"});
    QVERIFY(cases_.size() >= 15);
    // Translate every trace-based numpy/torch case first, then run them all in one python3 process.
    json jobs = json::array();
    std::string dir = test::tempDir("torchvision");
    for (const auto& c : cases_)
      for (const auto& check : c["checks"])
        if (check == "trace")
          for (const char* t : {"numpy", "torch"}) {
            std::string key = c["id"].get<std::string>() + " " + t;
            session::CaseTranslation tr = session::translateCase(spec(c), *ir::frameworkFromName(t), "trace");
            std::string why;
            for (const auto& d : tr.diagnostics) why += d.format() + "\n";
            generated_[key] = {tr.code.empty() ? why : tr.code, json()};
            if (tr.code.empty()) continue;
            std::string file = dir + "/" + c["function"].get<std::string>() + "_" + c["id"].get<std::string>().substr(c["id"].get<std::string>().find('#') + 1) + "_" + t + ".py";
            test::writeText(file, tr.code);
            jobs.push_back({{"key", key}, {"file", file}, {"name", c["function"]}, {"target", t}, {"method", "trace"}, {"id", c["id"]}});
          }
    test::writeText(dir + "/jobs.json", jobs.dump());
    json outcomes = python({"run-generated", QString::fromStdString(dir + "/jobs.json")});
    for (auto& [key, value] : generated_)
      if (outcomes.contains(key)) value.second = outcomes[key];
  }

  void tracesLikeTorchvision_data() {
    QTest::addColumn<int>("index");
    for (size_t i = 0; i < cases_.size(); ++i)
      QTest::newRow((cases_[i]["id"].get<std::string>() + " " + cases_[i]["args"].get<std::string>()).c_str()) << int(i);
  }
  void tracesLikeTorchvision() {
    QFETCH(int, index);
    const json& c = caseAt(index);
    json got = json::parse(session::runCase(spec(c), true));
    std::string diff = judge(reference_.at(c["id"].get<std::string>()), got);
    QVERIFY2(diff.empty(), diff.c_str());
  }

  void traceBasedCodeRunsInRealNumpyAndTorch_data() {
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("target");
    for (size_t i = 0; i < cases_.size(); ++i)
      for (const auto& check : cases_[i]["checks"])
        if (check == "trace")
          for (const char* t : {"numpy", "torch"})
            QTest::newRow((cases_[i]["id"].get<std::string>() + " " + t).c_str()) << int(i) << QString(t);
  }
  void traceBasedCodeRunsInRealNumpyAndTorch() {
    QFETCH(int, index);
    QFETCH(QString, target);
    const json& c = caseAt(index);
    const auto& [code, got] = generated_.at(c["id"].get<std::string>() + " " + target.toStdString());
    QVERIFY2(!got.is_null(), ("not translated:\n" + code).c_str());
    std::string diff = judge(reference_.at(c["id"].get<std::string>()), got);
    QVERIFY2(diff.empty(), (diff + "\n" + code).c_str());
  }

  void traceBasedJaxAndTensorFlowRetrace_data() {
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("target");
    for (size_t i = 0; i < cases_.size(); ++i)
      for (const auto& check : cases_[i]["checks"])
        if (check == "retrace")
          for (const char* t : {"jax", "tensorflow"})
            QTest::newRow((cases_[i]["id"].get<std::string>() + " " + t).c_str()) << int(i) << QString(t);
  }
  void traceBasedJaxAndTensorFlowRetrace() {
    QFETCH(int, index);
    QFETCH(QString, target);
    const json& c = caseAt(index);
    auto fw = *ir::frameworkFromName(target.toStdString());
    session::CaseTranslation t = session::translateCase(spec(c), fw, "trace");
    QVERIFY2(!t.code.empty(), t.diagnostics.empty() ? "" : t.diagnostics[0].format().c_str());
    std::string file = test::tempDir("torchvision-retrace") + "/generated_" + c["function"].get<std::string>() + ".py";
    test::writeText(file, t.code);
    session::Session s(file);
    json got;
    try {
      s.runSetup(setupCode());
      // The generated function's parameters are the distinct tensor leaves of the arguments.
      std::vector<interp::Value> leaves;
      for (const auto& tensor : trace::graphInputs(s.evalArgs(c["args"].get<std::string>())))
        leaves.push_back(s.interpreter().wrapTensor(tensor, fw));
      interp::Value result = s.interpreter().call(s.function(c["function"].get<std::string>()), leaves);
      got = {{"ok", true}, {"result", json::parse(session::valueToJson(s.interpreter(), result))}};
    } catch (const interp::PyException& e) {
      QFAIL((e.formatted() + "\n" + t.code).c_str());
    }
    std::string diff = judge(reference_.at(c["id"].get<std::string>()), got, fw == ir::Framework::Jax);
    QVERIFY2(diff.empty(), (diff + "\n" + t.code).c_str());
  }

  // Loading functional_tensor must not run torchvision/__init__.py (it imports datasets, models
  // and C extensions): package __init__s run only when something asks them for a name.
  void packageInitsRunLazily() {
    session::Session s(kRoot);
    s.function(kModule + ".vflip");
    interp::Value pkg = s.interpreter().importModule("torchvision");
    auto* m = pkg.as<interp::ModuleObject>();
    QVERIFY(m && m->initPending);
    QVERIFY(m->globals.count("transforms"));
    QVERIFY(!m->globals.count("datasets"));
  }

  void compiledExtensionsAndUnmodelledNamesAreReportedWhenUsed() {
    std::string dir = test::tempDir("torchvision-lazy");
    test::writeText(dir + "/pkg/__init__.py", "raise RuntimeError('the package init must not run')\n");
    test::writeText(dir + "/pkg/_C.cpython-311-x86_64-linux-gnu.so", "not really a shared object");
    test::writeText(dir + "/pkg/mod.py",
                    "import torch\nfrom torch.nn.functional import frobnicate\nfrom . import _C\n\n"
                    "def fine(x):\n    return x + 1\n\n"
                    "def uses_name(x):\n    return frobnicate(x)\n\n"
                    "def uses_extension(x):\n    return _C.nms(x)\n");
    session::Session s(dir);
    s.runSetup("import torch\nx = torch.ones(2)");
    auto args = s.evalArgs("x");
    QCOMPARE(s.interpreter().call(s.function("pkg.mod.fine"), args).as<interp::TensorObject>()->tensor.toDoubles(),
             (std::vector<double>{2, 2}));
    for (auto [fn, reason] : {std::pair{"pkg.mod.uses_name", "unsupported-api"}, {"pkg.mod.uses_extension", "c-extension"}}) {
      try {
        s.interpreter().call(s.function(fn), args);
        QFAIL("expected an error");
      } catch (const interp::PyException& e) {
        QCOMPARE(QString::fromStdString(e.reasonCode), QString(reason));
      }
    }
  }

  // The in-place semantics the torchvision code relies on, against real torch: aliases see writes,
  // a view writes through to its base, a view read after its base changed shows the new data,
  // and a float result cannot be written into an integer tensor.
  void inPlaceWritesMatchTorch() {
    const char* code =
        "import torch\n"
        "def f():\n"
        "    x = torch.zeros(2, 3)\n"
        "    alias = x\n"
        "    alias += 1\n"
        "    row = x[1]\n"
        "    row.fill_(5)\n"
        "    col = x[:, 0]\n"
        "    x[0, 0] = 7\n"
        "    x[..., 1:3].copy_(torch.tensor([8.0, 9.0]))\n"
        "    g = torch.linspace(0, 1, 4).unsqueeze_(-1)\n"
        "    m = x > 6\n"
        "    x[m] = -1\n"
        "    y = torch.arange(6).view(2, 3)\n"
        "    y.view(-1)[2] = 40\n"
        "    try:\n"
        "        y += 0.5\n"
        "        err = 'none'\n"
        "    except RuntimeError:\n"
        "        err = 'RuntimeError'\n"
        "    return x, col, g, y, err\n";
    std::string dir = test::tempDir("torchvision-inplace");
    test::writeText(dir + "/inplace.py", code);
    auto real = test::runPython(std::string(code) + "\nimport json, sys\nsys.path.insert(0, '" + POLYTRACE_TEST_DATA +
                                "/torchvision')\nfrom cases import tree\nprint(json.dumps({'ok': True, 'result': tree(f())}))\n");
    QVERIFY2(real.exitCode == 0, real.err.c_str());
    session::Session s(dir + "/inplace.py");
    json got = {{"ok", true}, {"result", json::parse(session::valueToJson(s.interpreter(), s.interpreter().call(s.function("f"), {})))}};
    std::string diff = judge(json::parse(real.out), got);
    QVERIFY2(diff.empty(), diff.c_str());
  }
};

QTEST_GUILESS_MAIN(TestTorchvision)
#include "test_torchvision.moc"
