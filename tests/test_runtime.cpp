// The ATen runtime: every kernel against real numpy/torch (tests/data/runtime/kernel_oracle.py),
// result types against ir::inferTypes, host conversions, error reporting, the graph executor,
// and that core itself never loads ATen.
#include <QFile>
#include <QProcess>
#include <QTest>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <string>

#include "ir/Graph.h"
#include "ir/TextFormat.h"
#include "ir/TypeRules.h"
#include "runtime/Backend.h"
#include "runtime/GraphExecutor.h"
#include "runtime/HostValues.h"

using namespace pt;
using runtime::RuntimeError;
using runtime::Tensor;
using json = nlohmann::json;

namespace {

json runOracle() {
  QProcess p;
  p.start(DEBIAN_PYTHON3, {POLYTRACE_TEST_DATA "/runtime/kernel_oracle.py"});
  if (!p.waitForFinished(300000) || p.exitCode() != 0)
    qFatal("kernel oracle failed: %s", p.readAllStandardError().constData());
  return json::parse(p.readAllStandardOutput().toStdString());
}

bool processMapsMention(const char* library) {
  QFile maps("/proc/self/maps");
  if (!maps.open(QIODevice::ReadOnly)) qFatal("cannot read /proc/self/maps");
  return maps.readAll().contains(library);
}

QString text(const ir::TensorType& t) { return QString::fromStdString(ir::typeText(t)); }

double fromHex(const std::string& s) { return std::strtod(s.c_str(), nullptr); }

ir::AttrValue decodeAttr(const json& j) {
  const std::string kind = j[0];
  const json& v = j[1];
  if (kind == "none") return ir::NoneAttr{};
  if (kind == "bool") return v.get<bool>();
  if (kind == "int") return v.get<int64_t>();
  if (kind == "float") return fromHex(v.get<std::string>());
  if (kind == "dtype") return *ir::dtypeFromName(v.get<std::string>());
  if (kind == "ints") return v.get<std::vector<int64_t>>();
  if (kind == "floats") {
    std::vector<double> xs;
    for (const auto& x : v) xs.push_back(fromHex(x.get<std::string>()));
    return xs;
  }
  qFatal("unknown attribute kind %s", kind.c_str());
}

struct HostTensor {
  ir::TensorType type;
  std::vector<std::byte> bytes;
};

HostTensor decodeTensor(const json& j) {
  HostTensor t;
  t.type.dtype = *ir::dtypeFromName(j["dtype"].get<std::string>());
  t.type.shape = j["shape"].get<std::vector<int64_t>>();
  const std::string hex = j["hex"];
  for (size_t i = 0; i + 1 < hex.size(); i += 2)
    t.bytes.push_back(static_cast<std::byte>(std::stoi(hex.substr(i, 2), nullptr, 16)));
  return t;
}

std::vector<std::byte> bytesOf(const Tensor& t) {
  std::vector<std::byte> out(static_cast<size_t>(t.numel()) * ir::dtypeSize(t.dtype()));
  runtime::backend().toBuffer(t, out.data());
  return out;
}

// Relative tolerance per dtype unless the case sets one: f64 1e-12, f32 1e-6, f16/bf16 one ulp.
double defaultTolerance(ir::DType d) {
  switch (d) {
    case ir::DType::Float64: return 1e-12;
    case ir::DType::Float32: return 1e-6;
    case ir::DType::Float16: return 1.0 / 1024;
    case ir::DType::BFloat16: return 1.0 / 128;
    default: return 0;
  }
}

// Empty when equal; else the first difference.
std::string compareValues(const HostTensor& want, const std::vector<std::byte>& got, double rtol) {
  const auto n = static_cast<size_t>(want.type.numel());
  if (!ir::isFloating(want.type.dtype)) {
    auto a = runtime::decodeInts(got.data(), n, want.type.dtype), b = runtime::decodeInts(want.bytes.data(), n, want.type.dtype);
    for (size_t i = 0; i < n; ++i)
      if (a[i] != b[i]) return "element " + std::to_string(i) + ": " + std::to_string(a[i]) + " vs " + std::to_string(b[i]);
    return {};
  }
  auto a = runtime::decodeDoubles(got.data(), n, want.type.dtype), b = runtime::decodeDoubles(want.bytes.data(), n, want.type.dtype);
  for (size_t i = 0; i < n; ++i) {
    const bool same = std::isnan(a[i]) ? std::isnan(b[i])
                      : std::isinf(a[i]) || std::isinf(b[i])
                          ? a[i] == b[i]
                          : std::fabs(a[i] - b[i]) <= rtol * std::max(1.0, std::fabs(b[i]));
    if (!same) {
      char buf[160];
      std::snprintf(buf, sizeof buf, "element %zu: %.17g vs %.17g (rtol %g)", i, a[i], b[i], rtol);
      return buf;
    }
  }
  return {};
}

std::unique_ptr<ir::Graph> parse(const char* text) {
  auto parsed = ir::parseGraph(text);
  if (!parsed.graph) qFatal("graph does not parse: %s", parsed.error.c_str());
  return std::move(parsed.graph);
}

Tensor f64(std::vector<double> values, std::vector<int64_t> shape) {
  return runtime::tensorFromDoubles(values, {ir::DType::Float64, std::move(shape)});
}

}  // namespace

class TestRuntime : public QObject {
  Q_OBJECT
  json oracle_;

 private slots:
  void initTestCase() { oracle_ = runOracle(); }

  // Runs first: nothing so far may have pulled libtorch into the process.
  void coreDoesNotLoadAten() {
    QVERIFY(!runtime::backendLoaded());
    QVERIFY(!processMapsMention("libtorch_cpu"));
    runtime::Backend& b = runtime::backend();
    QVERIFY(runtime::backendLoaded());
    QVERIFY(processMapsMention("libtorch_cpu"));
    QVERIFY(processMapsMention("libpolytrace_runtime_aten.so"));
    QVERIFY2(b.versionString().rfind("ATen 1.13", 0) == 0, b.versionString().c_str());
    QCOMPARE(&runtime::backend(), &b);
  }

  // ATen stays behind the plug-in boundary: no other part of core/ may include it.
  void onlyTheAtenFolderIncludesAten() {
    const std::filesystem::path core = POLYTRACE_SOURCE_DIR "/core";
    const std::filesystem::path aten = core / "runtime" / "aten";
    const std::regex include("^\\s*#\\s*include\\s*[<\"](ATen|c10|torch)/");
    int files = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(core)) {
      if (!entry.is_regular_file() || entry.path().parent_path() == aten) continue;
      const auto ext = entry.path().extension();
      if (ext != ".h" && ext != ".cpp" && ext != ".def") continue;
      ++files;
      std::ifstream in(entry.path());
      std::string line;
      while (std::getline(in, line))
        QVERIFY2(!std::regex_search(line, include), (entry.path().string() + ": " + line).c_str());
    }
    QVERIFY(files > 10);
  }

  void everyOpHasAKernelAndAnOracleCase() {
    std::set<std::string> covered;
    for (const auto& c : oracle_["cases"]) covered.insert(c["op"].get<std::string>());
    for (int i = 0; i < ir::kOpCount; ++i) {
      const auto op = static_cast<ir::OpKind>(i);
      const std::string name(ir::opName(op));
      QVERIFY2(runtime::backend().hasKernel(op), name.c_str());
      QVERIFY2(covered.count(name), ("no oracle case for " + name).c_str());
    }
    qInfo("%d ops, %zu oracle cases (torch %s, numpy %s)", ir::kOpCount, oracle_["cases"].size(),
          oracle_["torch"].get<std::string>().c_str(), oracle_["numpy"].get<std::string>().c_str());
  }

  void kernels_data() {
    QTest::addColumn<int>("index");
    std::map<std::string, int> perOp;
    for (size_t i = 0; i < oracle_["cases"].size(); ++i) {
      const json& c = oracle_["cases"][i];
      const std::string op = c["op"];
      std::string row = op + " #" + std::to_string(++perOp[op]);
      if (!c["name"].get<std::string>().empty()) row += " " + c["name"].get<std::string>();
      QTest::newRow(row.c_str()) << int(i);
    }
  }
  void kernels() {
    QFETCH(int, index);
    const json& c = oracle_["cases"][static_cast<size_t>(index)];
    const auto op = ir::opFromName(c["op"].get<std::string>());
    QVERIFY(op);
    ir::Attrs attrs;
    for (const auto& [k, v] : c["attrs"].items()) attrs[k] = decodeAttr(v);
    std::vector<Tensor> inputs;
    std::vector<ir::TensorType> inTypes;
    for (const auto& in : c["inputs"]) {
      HostTensor h = decodeTensor(in);
      inputs.push_back(runtime::backend().fromBuffer(h.type, h.bytes.data()));
      inTypes.push_back(h.type);
    }
    const HostTensor want = decodeTensor(c["expected"]);

    auto inferred = ir::inferTypes(*op, inTypes, attrs);
    QVERIFY2(std::holds_alternative<std::vector<ir::TensorType>>(inferred),
             std::get_if<ir::TypeError>(&inferred) ? std::get<ir::TypeError>(inferred).message.c_str() : "");
    const auto& types = std::get<std::vector<ir::TensorType>>(inferred);
    QCOMPARE(types.size(), size_t{1});
    QCOMPARE(text(types[0]), text(want.type));

    if (!c["seed"].is_null()) runtime::backend().manualSeed(c["seed"].get<uint64_t>());
    std::vector<Tensor> out;
    try {
      out = runtime::backend().execute(*op, attrs, inputs);
    } catch (const RuntimeError& e) {
      QFAIL(e.message.c_str());
    }
    QCOMPARE(out.size(), size_t{1});
    QCOMPARE(text(out[0].type()), text(want.type));
    const double rtol = c["rtol"].is_null() ? defaultTolerance(want.type.dtype) : c["rtol"].get<double>();
    // The CPU generator streams must match torch exactly.
    const double tol = c["seed"].is_null() ? rtol : 0.0;
    const std::string diff = compareValues(want, bytesOf(out[0]), tol);
    QVERIFY2(diff.empty(), diff.c_str());
  }

  void hostConversionsRoundLikeNumpy() {
    for (const auto& conv : oracle_["conversions"]) {
      const ir::DType dtype = *ir::dtypeFromName(conv["dtype"].get<std::string>());
      std::vector<double> values;
      for (const auto& v : conv["values"]) values.push_back(fromHex(v.get<std::string>()));
      const auto bits = conv["bits"].get<std::vector<uint16_t>>();
      Tensor t = runtime::tensorFromDoubles(values, {dtype, {static_cast<int64_t>(values.size())}});
      auto bytes = bytesOf(t);
      for (size_t i = 0; i < values.size(); ++i) {
        uint16_t got;
        std::memcpy(&got, bytes.data() + 2 * i, 2);
        QVERIFY2(got == bits[i], (conv["dtype"].get<std::string>() + " value " + std::to_string(values[i]) + ": bits " +
                                  std::to_string(got) + " vs " + std::to_string(bits[i]))
                                     .c_str());
      }
      // Decoding is exact, so encode(decode(bits)) == bits.
      auto back = t.toDoubles();
      Tensor again = runtime::tensorFromDoubles(back, t.type());
      QCOMPARE(bytesOf(again), bytes);
    }
  }

  void hostValuesAllDTypes() {
    const std::vector<int64_t> ints{-3, 0, 1, 100};
    for (int d = 0; d < ir::kDTypeCount; ++d) {
      const auto dtype = static_cast<ir::DType>(d);
      Tensor t = runtime::tensorFromInts(ints, {dtype, {2, 2}});
      QCOMPARE(t.type(), (ir::TensorType{dtype, {2, 2}}));
      std::vector<int64_t> want = ints;
      if (dtype == ir::DType::Bool) want = {1, 0, 1, 1};
      if (dtype == ir::DType::UInt8) want = {253, 0, 1, 100};
      QCOMPARE(t.toInts(), want);
      std::vector<double> wantD(want.begin(), want.end());
      QCOMPARE(t.toDoubles(), wantD);
    }
    Tensor f = f64({2.9, -2.9, 0.5}, {3});
    QCOMPARE(f.toInts(), (std::vector<int64_t>{2, -2, 0}));
    QVERIFY_THROWS_EXCEPTION(RuntimeError, f64({std::nan("")}, {1}).toInts());
    QVERIFY_THROWS_EXCEPTION(RuntimeError, f64({9.3e18}, {1}).toInts());
    QVERIFY_THROWS_EXCEPTION(RuntimeError, f64({1.0, 2.0}, {3}));
    QCOMPARE(runtime::tensorFromInts({int64_t{1} << 62}, {ir::DType::Int64, {}}).toInts(),
             (std::vector<int64_t>{int64_t{1} << 62}));
  }

  void errorsNameTheOpAndKeepOneLine() {
    auto& b = runtime::backend();
    auto i64 = [](std::vector<int64_t> v) {
      auto n = static_cast<int64_t>(v.size());
      return runtime::tensorFromInts(v, {ir::DType::Int64, {n}});
    };
    auto expectError = [&](ir::OpKind op, const ir::Attrs& attrs, const std::vector<Tensor>& in, const std::string& part) {
      try {
        b.execute(op, attrs, in);
      } catch (const RuntimeError& e) {
        QVERIFY2(e.message.find(part) != std::string::npos, e.message.c_str());
        QVERIFY2(e.message.find('\n') == std::string::npos, e.message.c_str());
        QVERIFY2(e.message.rfind(std::string(ir::opName(op)) + ": ", 0) == 0, e.message.c_str());
        return;
      }
      QFAIL(("no error from " + std::string(ir::opName(op))).c_str());
    };
    expectError(ir::OpKind::FloorDiv, {}, {i64({1, 2}), i64({1, 0})}, "ZeroDivisionError");
    expectError(ir::OpKind::Take, {{"axis", int64_t{0}}}, {i64({1, 2}), i64({2})}, "index");
    expectError(ir::OpKind::Add, {}, {i64({1}), f64({1.0}, {1})}, "dtypes differ");
    expectError(ir::OpKind::Exp, {}, {i64({1})}, "floating-point");
    expectError(ir::OpKind::Std, {{"axes", std::vector<int64_t>{}}}, {f64({1.0, 2.0}, {2})}, "correction");
    expectError(ir::OpKind::Constant, {{"value", std::vector<int64_t>{1, 2}}, {"shape", std::vector<int64_t>{3}},
                                       {"dtype", ir::DType::Int64}},
                {}, "2 values");
  }

  void manualSeedReproducesTheStream() {
    auto& b = runtime::backend();
    const ir::Attrs attrs{{"shape", std::vector<int64_t>{8}}, {"dtype", ir::DType::Float32}};
    b.manualSeed(5);
    auto first = b.execute(ir::OpKind::RandNormal, attrs, {})[0].toDoubles();
    auto second = b.execute(ir::OpKind::RandNormal, attrs, {})[0].toDoubles();
    QVERIFY(first != second);
    b.manualSeed(5);
    QCOMPARE(b.execute(ir::OpKind::RandNormal, attrs, {})[0].toDoubles(), first);
  }

  void executorRunsTheNormalizeGraph() {
    auto g = parse(R"(graph @normalize(%x: f64[4]) -> (f64[4]) {
  %0 = mean(%x) {axes=[], keepdims=false} : f64[]  # example.py:4
  %1 = std(%x) {axes=[], correction=1, keepdims=false} : f64[]  # example.py:5
  %2 = sub(%x, %0) : f64[4]
  %3 = div(%2, %1) : f64[4]
  return %3
}
)");
    const std::vector<double> x{1.0, 2.0, 4.0, 9.0};
    const double mean = 4.0, sd = std::sqrt((9.0 + 4.0 + 0.0 + 25.0) / 3.0);
    auto out = runtime::executeGraph(*g, {f64(x, {4})});
    QCOMPARE(out.size(), size_t{1});
    QCOMPARE(out[0].type(), (ir::TensorType{ir::DType::Float64, {4}}));
    auto v = out[0].toDoubles();
    for (size_t i = 0; i < 4; ++i) QVERIFY(std::fabs(v[i] - (x[i] - mean) / sd) < 1e-15);

    auto all = runtime::executeGraphKeepingAll(*g, {f64(x, {4})});
    QCOMPARE(all.perNode.size(), size_t{4});
    QCOMPARE(all.perNode[0][0].toDoubles(), std::vector<double>{mean});
    QCOMPARE(all.perNode[3][0].toDoubles(), v);
    QCOMPARE(all.outputs[0].toDoubles(), v);

    runtime::ExecutionPlan plan(*g);
    QCOMPARE(plan.run({f64(x, {4})})[0].toDoubles(), v);
    QCOMPARE(plan.run({f64({0.0, 0.0, 0.0, 3.0}, {4})})[0].toDoubles(), (std::vector<double>{-0.5, -0.5, -0.5, 1.5}));
  }

  void executorPassesParamsAndSharedValuesThrough() {
    auto g = parse(R"(graph @f(%x: f64[2], %y: f64[2]) -> (f64[2], f64[2], f64[2]) {
  %0 = mul(%x, %x) : f64[2]
  %1 = add(%0, %0) : f64[2]
  %2 = neg(%y) : f64[2]
  return %1, %x, %1
}
)");
    auto out = runtime::executeGraph(*g, {f64({1.0, 3.0}, {2}), f64({5.0, 6.0}, {2})});
    QCOMPARE(out.size(), size_t{3});
    QCOMPARE(out[0].toDoubles(), (std::vector<double>{2.0, 18.0}));
    QCOMPARE(out[1].toDoubles(), (std::vector<double>{1.0, 3.0}));
    QCOMPARE(out[2].id(), out[0].id());
  }

  void executorErrorsNameTheNode() {
    auto g = parse(R"(graph @f(%a: i64[2], %b: i64[2]) -> (i64[2]) {
  %0 = add(%a, %b) : i64[2]
  %1 = floor_div(%a, %0) : i64[2]  # model.py:7
  return %1
}
)");
    auto ints = [](std::vector<int64_t> v) { return runtime::tensorFromInts(v, {ir::DType::Int64, {2}}); };
    QCOMPARE(runtime::executeGraph(*g, {ints({7, 9}), ints({0, 1})})[0].toInts(), (std::vector<int64_t>{1, 0}));
    try {
      runtime::executeGraph(*g, {ints({7, 9}), ints({-7, 1})});
      QFAIL("expected a division by zero");
    } catch (const RuntimeError& e) {
      QVERIFY2(e.message.find("floor_div (node 1, model.py:7)") == 0, e.message.c_str());
      QVERIFY2(e.message.find("ZeroDivisionError") != std::string::npos, e.message.c_str());
    }
    try {
      runtime::executeGraph(*g, {ints({7, 9}), f64({1.0, 2.0}, {2})});
      QFAIL("expected an input type error");
    } catch (const RuntimeError& e) {
      QVERIFY2(e.message.find("input 1 (%b) should be i64[2], got f64[2]") != std::string::npos, e.message.c_str());
    }
    QVERIFY_THROWS_EXCEPTION(RuntimeError, runtime::executeGraph(*g, {ints({1, 2})}));
  }
};

QTEST_GUILESS_MAIN(TestRuntime)
#include "test_runtime.moc"
