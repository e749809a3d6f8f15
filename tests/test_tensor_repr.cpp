// Tensor printing reproduced byte for byte: every case of tests/data/repr/tensor_repr_oracle.py
// (hand-picked corner cases and random arrays over all dtypes, 0-d to 4-d, empty and summarised)
// formatted by pt::interp and compared with what the real numpy 1.24 (repr and str) and torch 1.13
// (repr) print for the same values.
//
// TensorFlow, jax and ivy are not installed. Their goldens come from two places:
//  - the oracle re-states their repr layers (read from tensorflow/python/framework/ops.py
//    _EagerTensorBase.__repr__/numpy_text, tensor_shape.py TensorShape.__str__; jax/_src/array.py
//    ArrayImpl.__repr__; ivy/data_classes/array/array.py Array.__repr__ and ivy/__init__.py
//    vec_sig_fig) and runs them on the real numpy arrays;
//  - hand-written strings below: one copied from a real notebook's output (tf), the others derived
//    by hand from those sources.
#include <QProcess>
#include <QTest>

#include <cstdlib>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "interp/TensorRepr.h"

using json = nlohmann::json;
using pt::interp::ArrayData;
using pt::ir::DType;

namespace {

json runOracle() {
  QProcess p;
  p.start(DEBIAN_PYTHON3, {POLYTRACE_TEST_DATA "/repr/tensor_repr_oracle.py"});
  if (!p.waitForFinished(300000) || p.exitCode() != 0)
    qFatal("repr oracle failed: %s", p.readAllStandardError().constData());
  return json::parse(p.readAllStandardOutput().toStdString());
}

ArrayData fromCase(const json& c) {
  ArrayData a;
  a.type.dtype = *pt::ir::dtypeFromLongName(c["dtype"].get<std::string>());
  a.type.shape = c["shape"].get<std::vector<int64_t>>();
  for (const json& v : c["values"]) {
    if (v.is_string())
      a.floats.push_back(std::strtod(v.get<std::string>().c_str(), nullptr));  // float.hex, "nan", "inf"
    else
      a.ints.push_back(v.get<int64_t>());
  }
  return a;
}

ArrayData floats(DType dt, std::vector<int64_t> shape, std::vector<double> values) {
  ArrayData a;
  a.type = {dt, std::move(shape)};
  a.floats = std::move(values);
  return a;
}

ArrayData ints(DType dt, std::vector<int64_t> shape, std::vector<int64_t> values) {
  ArrayData a;
  a.type = {dt, std::move(shape)};
  a.ints = std::move(values);
  return a;
}

}  // namespace

class TestTensorRepr : public QObject {
  Q_OBJECT
  json oracle_;

  // Compares one format over every oracle case holding a golden for it; reports all mismatches.
  void compareAll(const char* key, std::string (*format)(const ArrayData&)) {
    int checked = 0, failed = 0;
    for (const json& c : oracle_["cases"]) {
      if (!c.contains(key)) continue;
      ++checked;
      const std::string want = c[key].get<std::string>();
      const std::string got = format(fromCase(c));
      if (got != want) {
        ++failed;
        if (failed <= 15)
          qWarning("%s mismatch in case '%s':\n--- expected\n%s\n--- got\n%s", key,
                   c["name"].get<std::string>().c_str(), want.c_str(), got.c_str());
      }
    }
    qInfo("%s: %d/%d oracle cases match", key, checked - failed, checked);
    QVERIFY(checked >= 150);
    QCOMPARE(failed, 0);
  }

 private slots:
  void initTestCase() {
    oracle_ = runOracle();
    QCOMPARE(QString::fromStdString(oracle_["numpy"]), QStringLiteral("1.24.2"));
    QVERIFY(QString::fromStdString(oracle_["torch"]).startsWith(QStringLiteral("1.13")));
    QVERIFY(oracle_["cases"].size() >= 150);
  }

  void numpyRepr() { compareAll("numpy_repr", &pt::interp::numpyRepr); }
  void numpyStr() { compareAll("numpy_str", &pt::interp::numpyStr); }
  void torchRepr() { compareAll("torch_repr", &pt::interp::torchRepr); }
  void tfRepr() { compareAll("tf_repr", &pt::interp::tfRepr); }
  void jaxRepr() { compareAll("jax_repr", &pt::interp::jaxRepr); }
  void ivyRepr() { compareAll("ivy_repr", &pt::interp::ivyRepr); }

  // Every finite float16 and thousands of random float32/float64 bit patterns: shortest digits
  // in the value's own type (0-d str), the 8-digit cutoff and exponent layout (1-element repr),
  // and torch's Python-float formatting.
  void digitSweep() {
    int checked = 0, failed = 0, torchChecked = 0;
    auto check = [&](const std::string& want, const std::string& got, const json& e, const char* what) {
      ++checked;
      if (got == want) return;
      if (++failed <= 15)
        qWarning("%s of %s %s: expected '%s', got '%s'", what, e["dtype"].get<std::string>().c_str(),
                 e["value"].get<std::string>().c_str(), want.c_str(), got.c_str());
    };
    for (const json& e : oracle_["sweep"]) {
      const DType dt = *pt::ir::dtypeFromLongName(e["dtype"].get<std::string>());
      const double v = std::strtod(e["value"].get<std::string>().c_str(), nullptr);
      check(e["str0d"], pt::interp::numpyStr(floats(dt, {}, {v})), e, "str(0-d)");
      check(e["repr1"], pt::interp::numpyRepr(floats(dt, {1}, {v})), e, "repr([v])");
      if (e.contains("torch1")) {
        ++torchChecked;
        check(e["torch1"], pt::interp::torchRepr(floats(dt, {1}, {v})), e, "torch repr([v])");
      }
    }
    qInfo("digit sweep: %d/%d strings match (%zu values, %d torch)", checked - failed, checked,
          oracle_["sweep"].size(), torchChecked);
    QVERIFY(oracle_["sweep"].size() > 60000);
    QCOMPARE(failed, 0);
  }

  void tfNotebookGroundTruth() {
    // Copied from a real notebook (TensorFlow, numpy 1.x): the array text goes on its own line.
    const ArrayData a = floats(DType::Float64, {10},
                               {-0.36293708, 0.53895184, -0.07048605, -0.38424253, -1.04139636, 0.16331669,
                                -0.96587166, 1.49617496, 1.88587438, -1.25938418});
    QCOMPARE(pt::interp::tfRepr(a),
             std::string("<tf.Tensor: shape=(10,), dtype=float64, numpy=\n"
                         "array([-0.36293708,  0.53895184, -0.07048605, -0.38424253, -1.04139636,\n"
                         "        0.16331669, -0.96587166,  1.49617496,  1.88587438, -1.25938418])>"));
  }

  void handDerivedGoldens() {
    // tf: single-line numpy text stays on the same line; 0-d tensors show the numpy scalar's repr.
    QCOMPARE(pt::interp::tfRepr(floats(DType::Float32, {2}, {1.0, 2.0})),
             std::string("<tf.Tensor: shape=(2,), dtype=float32, numpy=array([1., 2.], dtype=float32)>"));
    QCOMPARE(pt::interp::tfRepr(floats(DType::Float32, {}, {1.5})),
             std::string("<tf.Tensor: shape=(), dtype=float32, numpy=1.5>"));
    QCOMPARE(pt::interp::tfRepr(ints(DType::Int32, {2, 2}, {1, 2, 3, 4})),
             std::string("<tf.Tensor: shape=(2, 2), dtype=int32, numpy=\narray([[1, 2],\n       [3, 4]], dtype=int32)>"));
    QCOMPARE(pt::interp::tfRepr(ints(DType::Bool, {}, {1})), std::string("<tf.Tensor: shape=(), dtype=bool, numpy=True>"));
    // jax: the dtype is always shown.
    QCOMPARE(pt::interp::jaxRepr(floats(DType::Float32, {2}, {1.0, 2.0})), std::string("Array([1., 2.], dtype=float32)"));
    QCOMPARE(pt::interp::jaxRepr(floats(DType::Float32, {0}, {})), std::string("Array([], shape=(0,), dtype=float32)"));
    QCOMPARE(pt::interp::jaxRepr(ints(DType::Int32, {}, {3})), std::string("Array(3, dtype=int32)"));
    // ivy: numpy's repr without the dtype.
    QCOMPARE(pt::interp::ivyRepr(floats(DType::Float32, {2}, {1.0, 2.0})), std::string("ivy.array([1., 2.])"));
    QCOMPARE(pt::interp::ivyRepr(ints(DType::Int32, {3}, {1, -2, 3})), std::string("ivy.array([ 1, -2,  3])"));
  }

  void bfloat16ThroughMlDtypes() {
    // numpy has no bfloat16; jax/tf arrays of it are ml_dtypes arrays, which numpy prints through
    // the scalars' repr (C++ ostream, 6 significant digits) without padding (inferred from
    // ml_dtypes' PyCustomFloat_Repr and numpy's fallback formatter; jax issue #18820 shows
    // "[0.333984]").
    const ArrayData a = floats(DType::BFloat16, {3}, {1.0, 0.333984375, 1008.0});
    QCOMPARE(pt::interp::jaxRepr(a), std::string("Array([1, 0.333984, 1008], dtype=bfloat16)"));
    QCOMPARE(pt::interp::numpyStr(a), std::string("[1 0.333984 1008]"));
  }
};

QTEST_GUILESS_MAIN(TestTensorRepr)
#include "test_tensor_repr.moc"
