// Source-to-source translation and types: what annotations, local inference and the types observed
// while the function ran (a trace with example inputs) decide, and what stays unknown and is
// reported. Generated numpy code runs in Debian's real numpy next to the torch source (dtype exact).
#include <QTest>

#include <algorithm>

#include "ApiNameCheck.h"
#include "TestSupport.h"
#include "s2s/Translator.h"
#include "session/CaseRunner.h"
#include "session/Session.h"

using namespace pt;

namespace {
const std::string kCases = POLYTRACE_TEST_DATA "/transpile/cases.py";

// The same inputs on both sides: torch values built by the setup, handed to the generated code as
// numpy arrays (lists and numbers as they are).
const char* kCompare = R"py(
import importlib.util, sys
import numpy as np
import torch

def load(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module

cases, generated, function, setup, args = sys.argv[1:6]
scope = {"np": np, "torch": torch}
exec(setup, scope)
values = eval("(" + args + ",)", scope)
expected = getattr(load(cases, "cases"), function)(*values).numpy()
as_numpy = lambda v: v.numpy().copy() if isinstance(v, torch.Tensor) else v
actual = np.asarray(getattr(load(generated, "generated"), function)(*[as_numpy(v) for v in values]))
print(f"dtype {expected.dtype}/{actual.dtype} shape {expected.shape}/{actual.shape}")
ok = expected.dtype == actual.dtype and expected.shape == actual.shape and np.allclose(actual, expected, rtol=1e-6)
sys.exit(0 if ok else 1)
)py";

const char* kUint8Setup =
    "np.random.seed(0)\n"
    "img = torch.from_numpy((np.random.rand(3, 4, 5) * 255).astype(np.uint8))\n"
    "img2 = torch.from_numpy((np.random.rand(3, 4, 5) * 255).astype(np.uint8))\n"
    "fimg = torch.from_numpy(np.random.rand(3, 4, 5).astype(np.float32))\n";

s2s::Result translate(const std::string& function, ir::Framework target, const ir::ObservedTypes* observed = nullptr) {
  s2s::Request r{test::readText(kCases), "cases.py", function, ir::Framework::Torch, target};
  r.observed = observed;
  r.observedPath = kCases;
  return s2s::translateFunction(r);
}

ir::ObservedTypes observe(const std::string& function, const std::string& args) {
  ir::ObservedTypes types;
  Diagnostics diags;
  bool ok = session::observeCaseTypes({kCases, function, ir::Framework::Torch, std::string("import numpy as np\nimport torch\n") + kUint8Setup, args},
                                      types, diags);
  if (!ok) qWarning("%s", diags.empty() ? "observation failed" : diags[0].format().c_str());
  return types;
}

std::string errors(const s2s::Result& r) {
  std::string out;
  for (const auto& d : r.diagnostics) out += d.format() + "\n";
  return out;
}

// Runs the generated numpy code and the torch source on the same inputs; "" when they agree.
std::string compareInRealNumpy(const std::string& function, const std::string& code, const std::string& args) {
  std::string file = test::tempDir("s2s-types") + "/" + function + "_numpy.py";
  test::writeText(file, code);
  auto r = test::runPython(kCompare, {QString::fromStdString(kCases), QString::fromStdString(file), QString::fromStdString(function),
                                      kUint8Setup, QString::fromStdString(args)});
  return r.exitCode == 0 ? "" : r.out + r.err + "\n" + code;
}
}  // namespace

class TestS2sTypes : public QObject {
  Q_OBJECT

 private slots:
  // numpy 1.24 gives `uint8_array & -16` int16; torch keeps uint8. The Python int `mask` is known
  // to be an int from `-int(...)` alone, and is cast to the tensor's dtype.
  void posterizeKeepsUint8() {
    auto r = translate("posterize", ir::Framework::Numpy);
    QVERIFY2(r.ok(), errors(r).c_str());
    QVERIFY2(r.code.find("return img & np.asarray(mask).astype(img.dtype)") != std::string::npos, r.code.c_str());
    std::string mismatch = compareInRealNumpy("posterize", r.code, "img");
    QVERIFY2(mismatch.empty(), mismatch.c_str());
    std::string diff;
    QVERIFY2(test::matchesGolden(r.code, POLYTRACE_TEST_DATA "/transpile/golden/posterize.numpy.py", diff), diff.c_str());

    auto halved = translate("posterize_halved", ir::Framework::Numpy);
    QVERIFY2(halved.ok(), errors(halved).c_str());
    QVERIFY2(halved.code.find("return _with_python_int(lambda a, b: a & b, img // 2, -int(2 ** (8 - bits)))") != std::string::npos,
             halved.code.c_str());
    mismatch = compareInRealNumpy("posterize_halved", halved.code, "img");
    QVERIFY2(mismatch.empty(), mismatch.c_str());

    auto tf = translate("posterize", ir::Framework::TensorFlow);
    QVERIFY2(tf.ok(), errors(tf).c_str());
    QVERIFY2(tf.code.find("return img & tf.cast(mask, img.dtype)") != std::string::npos, tf.code.c_str());
    test::ApiList api(std::string(POLYTRACE_SHARED_DIR) + "/api/tensorflow.txt");
    auto problems = api.check(tf.code);
    QVERIFY2(problems.empty(), (problems.empty() ? "" : problems[0]).c_str());
  }

  // torch.tensor(list_the_code_built): the dtype torch infers (float32) is kept by a helper; the
  // bare list, which is what passing it through would give, broadcasts as float64 in numpy.
  void pythonDataBecomesTensorsWithTorchDtypes() {
    auto r = translate("weights_from_list", ir::Framework::Numpy);
    QVERIFY2(r.ok(), errors(r).c_str());
    QVERIFY2(r.code.find("w = _tensor_from_python([1.0 / (i + 1) for i in range(n)])") != std::string::npos, r.code.c_str());
    std::string mismatch = compareInRealNumpy("weights_from_list", r.code, "fimg");
    QVERIFY2(mismatch.empty(), mismatch.c_str());
    // Where a list meets an API that wants a tensor, it is reported, not passed through.
    std::string src = "import torch\n\ndef f(x: torch.Tensor, xs: list):\n    return torch.maximum(x, xs)\n";
    auto bad = s2s::translateFunction({src, "lists.py", "f", ir::Framework::Torch, ir::Framework::Numpy});
    QVERIFY(!bad.ok());
    QCOMPARE(bad.diagnostics.at(0).loc.line, 4);
  }

  // Item writes on immutable targets: jax rebinds the name through .at[].set() (and says what that
  // does not cover); TensorFlow has no spelling and is reported at the write. A float compared with
  // a possibly-integer tensor is promoted first for TensorFlow (it refuses to convert 128.0 to uint8).
  void immutableTargetsAndFloatComparisons() {
    std::string src =
        "import torch\n\ndef erase(img: torch.Tensor, v: torch.Tensor):\n    img = img.clone()\n    img[..., 1:3] = v\n    return img\n\n"
        "def solarize(img: torch.Tensor, threshold: float):\n    return torch.where(img >= threshold, 255 - img, img)\n";
    auto jax = s2s::translateFunction({src, "w.py", "erase", ir::Framework::Torch, ir::Framework::Jax});
    QVERIFY2(jax.ok(), errors(jax).c_str());
    QVERIFY2(jax.code.find("    img = img.at[..., 1:3].set(v)\n") != std::string::npos, jax.code.c_str());
    QVERIFY(std::any_of(jax.diagnostics.begin(), jax.diagnostics.end(),
                        [](const Diagnostic& d) { return d.severity == Severity::Note && d.message.find(".at[...].set") != std::string::npos; }));
    auto tf = s2s::translateFunction({src, "w.py", "erase", ir::Framework::Torch, ir::Framework::TensorFlow});
    QVERIFY(!tf.ok());
    QCOMPARE(QString::fromStdString(tf.diagnostics.at(0).code), QString("unsupported-syntax"));
    QCOMPARE(tf.diagnostics[0].loc.line, 5);
    auto cmp = s2s::translateFunction({src, "w.py", "solarize", ir::Framework::Torch, ir::Framework::TensorFlow});
    QVERIFY2(cmp.ok(), errors(cmp).c_str());
    QVERIFY2(cmp.code.find("_promote_for_python_float(img) >= threshold") != std::string::npos, cmp.code.c_str());
    // _rgb2hsv's `(maxc == r) * (bc - gc)`: a bool tensor in arithmetic, which TensorFlow refuses.
    std::string hsv = "import torch\n\ndef hue(maxc: torch.Tensor, r: torch.Tensor, d: torch.Tensor):\n    return (maxc == r) * d\n";
    auto h = s2s::translateFunction({hsv, "hsv.py", "hue", ir::Framework::Torch, ir::Framework::TensorFlow});
    QVERIFY2(h.ok(), errors(h).c_str());
    QVERIFY2(h.code.find("return _with_bool_operand(lambda a, b: a * b, maxc == r, d)") != std::string::npos, h.code.c_str());
    test::ApiList api(std::string(POLYTRACE_SHARED_DIR) + "/api/tensorflow.txt");
    for (const auto* code : {&cmp.code, &h.code}) {
      auto problems = api.check(*code);
      QVERIFY2(problems.empty(), (problems.empty() ? "" : problems[0]).c_str());
    }
  }

  // A method of the source's tensors on a receiver nothing types is reported with its reason code
  // and location, never guessed: a name, and an expression.
  void unknownReceiverIsReported() {
    std::string src =
        "import torch\n\ndef f(x):\n    return x.mean()\n\ndef g(xs):\n    return xs[0].sum(dim=0)\n\n"
        "def h(x: torch.Tensor, n: int):\n    return x.sum() + n.bit_length()\n";
    auto f = s2s::translateFunction({src, "recv.py", "f", ir::Framework::Torch, ir::Framework::Numpy});
    QVERIFY(!f.ok());
    QCOMPARE(QString::fromStdString(f.diagnostics.at(0).code), QString("type-unknown"));
    QCOMPARE(f.diagnostics[0].loc.file, std::string("recv.py"));
    QCOMPARE(f.diagnostics[0].loc.line, 4);
    QCOMPARE(f.diagnostics[0].loc.col, 12);
    QVERIFY(QString::fromStdString(f.diagnostics[0].message).contains("'x'"));
    auto g = s2s::translateFunction({src, "recv.py", "g", ir::Framework::Torch, ir::Framework::Numpy});
    QVERIFY(!g.ok());
    QCOMPARE(QString::fromStdString(g.diagnostics.at(0).code), QString("type-unknown"));
    QCOMPARE(g.diagnostics[0].loc.line, 7);
    QVERIFY(QString::fromStdString(g.diagnostics[0].message).contains("'xs[0]'"));
    // An int's methods are not a tensor's: `n: int` is known not to be a tensor.
    auto h = s2s::translateFunction({src, "recv.py", "h", ir::Framework::Torch, ir::Framework::Numpy});
    QVERIFY2(h.ok(), errors(h).c_str());
    QVERIFY2(h.code.find("np.sum(x) + n.bit_length()") != std::string::npos, h.code.c_str());
  }

  // Without annotations nothing says `img` is a tensor; a run with example inputs does, and the
  // translation then matches torch in real numpy.
  void observedTypesDecideReceivers() {
    auto plain = translate("channel_sum", ir::Framework::Numpy);
    QVERIFY(!plain.ok());
    QCOMPARE(QString::fromStdString(plain.diagnostics.at(0).code), QString("type-unknown"));
    auto types = observe("channel_sum", "fimg, [0.5, 0.25]");
    QVERIFY(!types.empty());
    auto r = translate("channel_sum", ir::Framework::Numpy, &types);
    QVERIFY2(r.ok(), errors(r).c_str());
    QVERIFY2(r.code.find("r, g, b = tuple(np.moveaxis(img, -3, 0))") != std::string::npos, r.code.c_str());
    QVERIFY2(r.code.find("np.mean(b)") != std::string::npos, r.code.c_str());
    std::string mismatch = compareInRealNumpy("channel_sum", r.code, "fimg, [0.5, 0.25]");
    QVERIFY2(mismatch.empty(), mismatch.c_str());
  }

  // _blend on uint8 images: torch computes `ratio * img1` in float32, numpy would in float64.
  // Observed integer tensors meeting a Python float are converted as torch does (a helper that
  // keeps float tensors as they are), so the same code is right for float inputs too.
  void observedIntegerTensorsMeetingFloatsPromoteLikeTorch() {
    auto types = observe("blend", "img, img2");
    auto r = translate("blend", ir::Framework::Numpy, &types);
    QVERIFY2(r.ok(), errors(r).c_str());
    QVERIFY2(r.code.find("ratio * _promote_for_python_float(img1)") != std::string::npos, r.code.c_str());
    QVERIFY2(r.code.find(".astype(img1.dtype)") != std::string::npos, r.code.c_str());
    for (const char* args : {"img, img2", "fimg, fimg * 0.5", "img, img2, 0.7"}) {
      std::string mismatch = compareInRealNumpy("blend", r.code, args);
      QVERIFY2(mismatch.empty(), (std::string(args) + ": " + mismatch).c_str());
    }
    std::string diff;
    QVERIFY2(test::matchesGolden(r.code, POLYTRACE_TEST_DATA "/transpile/golden/blend.typed.numpy.py", diff), diff.c_str());
  }

  // A Python int meeting a tensor that was bool when the function ran: torch gives int64, the cast
  // spelling would keep bool. Reported with where, not translated.
  void contradictedAssumptionIsAnError() {
    std::string dir = test::tempDir("s2s-bool");
    std::string file = dir + "/masks.py";
    test::writeText(file, "import torch\n\ndef count(m: torch.Tensor, k: int):\n    return m * k\n");
    ir::ObservedTypes types;
    Diagnostics diags;
    QVERIFY(session::observeCaseTypes({file, "count", ir::Framework::Torch, "import torch", "torch.tensor([True, False]), 300"}, types, diags));
    s2s::Request req{test::readText(file), file, "count", ir::Framework::Torch, ir::Framework::Numpy};
    req.observed = &types;
    auto r = s2s::translateFunction(req);
    QVERIFY(!r.ok());
    QCOMPARE(QString::fromStdString(r.diagnostics.at(0).code), QString("dtype-unfaithful"));
    QCOMPARE(r.diagnostics[0].loc.line, 4);
    QVERIFY(QString::fromStdString(r.diagnostics[0].message).contains("tensor bool"));
  }
};

QTEST_GUILESS_MAIN(TestS2sTypes)
#include "test_s2s_types.moc"
