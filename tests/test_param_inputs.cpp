// Picked inputs (session/ParamInput.h, session/NpyFormat.h): every random/constant tensor equals,
// byte for byte, what real numpy computes from the expression Polytrace shows for it; .npy files
// written by real numpy (every dtype, Fortran order, format 2.0, 0-d) read back exactly; bad files
// and bad specs give one clear error each; pickers and typed arguments fill the parameters in order.
#include <QTest>

#include <filesystem>

#include "TestSupport.h"
#include "runtime/Backend.h"
#include "session/NpyFormat.h"
#include "session/ParamInput.h"
#include "session/Session.h"

using namespace pt;
using session::Distribution;
using session::InputKind;
using session::ParamInput;

namespace {

std::string bytesOf(const runtime::Tensor& t) {
  std::string data(static_cast<size_t>(t.numel()) * ir::dtypeSize(t.dtype()), '\0');
  if (!data.empty()) runtime::backend().toBuffer(t, data.data());
  return data;
}

ParamInput random(std::vector<int64_t> shape, ir::DType dtype, Distribution d, double low, double high, uint32_t seed) {
  ParamInput in;
  in.shape = std::move(shape);
  in.dtype = dtype;
  in.distribution = d;
  in.low = low;
  in.high = high;
  in.seed = seed;
  return in;
}

std::string writeFile(const std::string& dir, const std::string& name, const std::string& text) {
  const std::string path = dir + "/" + name;
  test::writeText(path, text);
  return path;
}

}  // namespace

class TestParamInputs : public QObject {
  Q_OBJECT

 private slots:
  void randomInputsEqualNumpyExpressions() {
    using D = ir::DType;
    const std::vector<ParamInput> specs = {
        random({2, 3}, D::Float32, Distribution::Uniform, 0, 1, 0),
        random({4}, D::Float64, Distribution::Uniform, -2.5, 7, 123),
        random({3, 2, 2}, D::Float32, Distribution::Normal, 0, 1, 3),
        random({5}, D::Float64, Distribution::Normal, 10, 0.5, 42),
        random({2, 5}, D::Float16, Distribution::Normal, 0, 3, 7),
        random({6}, D::Int64, Distribution::Integers, -5, 5, 1),
        random({3, 3}, D::UInt8, Distribution::Integers, 0, 256, 9),
        random({4}, D::Int32, Distribution::Uniform, 0, 100, 11),
        random({2, 2}, D::Bool, Distribution::Integers, 0, 2, 5),
        random({}, D::Float64, Distribution::Normal, 0, 1, 8),
        random({0, 3}, D::Float32, Distribution::Uniform, 0, 1, 0),
        random({2, 3}, D::Int16, Distribution::Arange, 0, 1, 0),
        random({3}, D::Float32, Distribution::Ones, 0, 1, 0),
        random({2, 2}, D::Int8, Distribution::Zeros, 0, 1, 0),
    };
    const std::string dir = test::tempDir("param-inputs");
    std::string code = "import numpy as np\n";
    for (size_t i = 0; i < specs.size(); ++i)
      code += "np.save(r'" + dir + "/expected" + std::to_string(i) + ".npy', " + session::pythonEquivalent(specs[i]) + ")\n";
    const auto r = test::runPython(code);
    QVERIFY2(r.exitCode == 0, r.err.c_str());

    session::Session s(dir);
    for (size_t i = 0; i < specs.size(); ++i) {
      const auto expected = session::readNpy(dir + "/expected" + std::to_string(i) + ".npy", 1 << 20);
      const interp::Value v = s.materialize(specs[i]);
      const auto* t = v.as<interp::TensorObject>();
      QVERIFY(t);
      const std::string what = session::pythonEquivalent(specs[i]);
      QVERIFY2(t->framework == ir::Framework::Numpy, what.c_str());
      QVERIFY2(t->tensor.dtype() == expected.dtype, what.c_str());
      QVERIFY2(t->tensor.shape() == expected.shape, what.c_str());
      QVERIFY2(bytesOf(t->tensor) == expected.data, what.c_str());
    }
  }

  void npyFilesFromNumpyReadExactly() {
    const std::string dir = test::tempDir("npy-read");
    const auto r = test::runPython(R"(
import sys
import numpy as np
d = sys.argv[1]
rng = np.random.RandomState(0)
arrays = {
  'f32': rng.randn(3, 4).astype(np.float32), 'f64': rng.randn(5), 'f16': rng.randn(2, 2).astype(np.float16),
  'i8': np.arange(-4, 4, dtype=np.int8), 'i16': np.arange(6, dtype=np.int16).reshape(2, 3),
  'i32': np.array([-7, 2**31 - 1], dtype=np.int32), 'i64': np.array([[-2**62, 5]]), 'u8': np.arange(250, 256, dtype=np.uint8),
  'b': np.array([True, False, True]), 'scalar': np.array(3.25), 'empty': np.zeros((0, 2), np.float32),
  'fortran2': np.asfortranarray(np.arange(6, dtype=np.float64).reshape(2, 3)),
  'fortran3': np.asfortranarray(np.arange(24, dtype=np.int32).reshape(2, 3, 4)),
}
for name, a in arrays.items():
    np.save(f'{d}/{name}.npy', a)
    np.ascontiguousarray(a).tofile(f'{d}/{name}.raw')
with open(f'{d}/v2.npy', 'wb') as f:
    np.lib.format.write_array(f, arrays['i16'], version=(2, 0))
np.save(f'{d}/big.npy', np.arange(3, dtype='>f8'))
np.save(f'{d}/object.npy', np.array([{}, 1], dtype=object), allow_pickle=True)
np.save(f'{d}/complex.npy', np.ones(2, np.complex64))
)",
                                   {QString::fromStdString(dir)});
    QVERIFY2(r.exitCode == 0, r.err.c_str());
    for (const char* name : {"f32", "f64", "f16", "i8", "i16", "i32", "i64", "u8", "b", "scalar", "empty", "fortran2", "fortran3"}) {
      const auto a = session::readNpy(dir + "/" + name + ".npy", 1 << 20);
      QVERIFY2(a.data == test::readText(dir + "/" + name + ".raw"), name);
    }
    QCOMPARE(session::readNpy(dir + "/fortran3.npy", 1 << 20).shape, (std::vector<int64_t>{2, 3, 4}));
    QVERIFY(session::readNpy(dir + "/scalar.npy", 1 << 20).shape.empty());
    const auto v2 = session::readNpy(dir + "/v2.npy", 1 << 20);
    QCOMPARE(v2.data, test::readText(dir + "/i16.raw"));
    QCOMPARE(v2.dtype, ir::DType::Int16);

    auto errorOf = [](const std::string& path, uint64_t budget = 1 << 20) -> std::string {
      try {
        session::readNpy(path, budget);
      } catch (const session::NpyError& e) {
        return e.message;
      }
      return "";
    };
    QVERIFY(errorOf(dir + "/big.npy").find("big-endian") != std::string::npos);
    QVERIFY(errorOf(dir + "/object.npy").find("'|O' is not supported") != std::string::npos);
    QVERIFY(errorOf(dir + "/complex.npy").find("'<c8' is not supported") != std::string::npos);
    QVERIFY(errorOf(dir + "/missing.npy").find("cannot open") != std::string::npos);
    QVERIFY(errorOf(writeFile(dir, "text.npy", "x = 1\n")).find("not a .npy file") != std::string::npos);
    const std::string whole = test::readText(dir + "/f64.npy");
    QVERIFY(errorOf(writeFile(dir, "cut.npy", whole.substr(0, whole.size() - 3))).find("truncated: 37 of 40 bytes") !=
            std::string::npos);
    QVERIFY(errorOf(dir + "/f64.npy", 16).find("memory budget") != std::string::npos);
  }

  void specsRoundTripAndBadSpecsAreNamed() {
    session::ParamInputs inputs;
    inputs["x"] = random({3, 224, 224}, ir::DType::Float32, Distribution::Normal, 0.5, 2, 7);
    ParamInput npy;
    npy.kind = InputKind::Npy;
    npy.path = "data/w.npy";
    inputs["w"] = npy;
    QCOMPARE(session::parseParamInputs(session::paramInputsToJson(inputs)), inputs);
    QVERIFY(session::parseParamInputs("").empty());

    auto errorOf = [](const std::string& json) -> std::string {
      try {
        session::parseParamInputs(json);
      } catch (const session::ParamInputError& e) {
        return e.message;
      }
      return "";
    };
    QCOMPARE(errorOf(R"({"x": {"kind": "file"}})"), std::string("inputs: parameter 'x': unknown kind 'file' (random or npy)"));
    QCOMPARE(errorOf(R"({"x": {"dtype": "float128"}})"), std::string("inputs: parameter 'x': unknown dtype 'float128'"));
    QCOMPARE(errorOf(R"({"x": {"shape": [2, -1]}})"), std::string("inputs: parameter 'x': 'shape' must hold sizes >= 0"));
    QCOMPARE(errorOf(R"({"x": {"distribution": "integers", "low": 3, "high": 3}})"),
             std::string("inputs: parameter 'x': integers need whole bounds with low < high"));
    QCOMPARE(errorOf(R"({"x": {"kind": "npy", "path": 3}})"), std::string("inputs: parameter 'x': 'path' must be a string"));
    QCOMPARE(errorOf("[1, 2]"), std::string("inputs: expected a JSON object {\"param\": {...}}"));
  }

  void pickersAndTypedArgumentsFillParametersInOrder() {
    const std::string dir = test::tempDir("param-order");
    session::Session s(dir);
    s.runSetup("a = 5\nb = 'text'");
    // Typed arguments are positional; a picked input takes its parameter's place.
    session::ParamInputs pickers;
    pickers["w"] = random({2}, ir::DType::Float64, Distribution::Ones, 0, 1, 0);
    auto args = s.evalInputs({"x", "w", "k"}, "a, None, b", pickers);
    QCOMPARE(args.size(), size_t{3});
    QCOMPARE(args[0].asInt(), int64_t{5});
    QVERIFY(args[1].as<interp::TensorObject>());
    QCOMPARE(s.interpreter().repr(args[2]), std::string("'text'"));
    // After the last picked parameter, the rest may keep their defaults.
    QCOMPARE(s.evalInputs({"x", "w", "k"}, "a", pickers).size(), size_t{2});
    QCOMPARE(s.evalInputs({"x", "w", "k"}, "a, 1, 2, 3", pickers).size(), size_t{4});  // *args
    try {
      s.evalInputs({"x", "w", "k"}, "", pickers);
      QFAIL("a parameter before a picked one has no value");
    } catch (const interp::PyException& e) {
      QVERIFY2(e.formatted().find("parameter 'x' has no value") != std::string::npos, e.formatted().c_str());
    }
    session::ParamInputs unknown;
    unknown["y"] = pickers["w"];
    try {
      s.evalInputs({"x"}, "", unknown);
      QFAIL("no parameter y");
    } catch (const interp::PyException& e) {
      QVERIFY2(e.formatted().find("no parameter 'y'") != std::string::npos, e.formatted().c_str());
    }
    session::ParamInputs unchosen;
    unchosen["x"] = session::parseParamInputs(R"({"x": {"kind": "npy"}})").at("x");
    try {
      s.evalInputs({"x"}, "", unchosen);
      QFAIL("no file chosen yet");
    } catch (const interp::PyException& e) {
      QVERIFY2(e.formatted().find("no .npy file chosen") != std::string::npos, e.formatted().c_str());
    }
    pickers["w"].shape = {1 << 20, 1 << 20};
    try {
      s.evalInputs({"x", "w"}, "a", pickers);
      QFAIL("a 4 TiB input must be refused");
    } catch (const interp::PyException& e) {
      QVERIFY2(e.formatted().find("exceeds the memory budget") != std::string::npos, e.formatted().c_str());
    }
  }
};

QTEST_GUILESS_MAIN(TestParamInputs)
#include "test_param_inputs.moc"
