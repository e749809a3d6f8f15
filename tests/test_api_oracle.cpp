// The API oracle: several hundred expressions (ops x dtypes x corner cases, promotion rules,
// reductions, shapes, indexing) evaluated by the real numpy/torch (tests/data/oracle/api_oracle.py)
// and by Polytrace's interpreter on bit-identical inputs. Dtypes and shapes must be equal, integer
// and boolean values exact, floats within 1e-12 (float64) / 1e-6 (float32) relative to magnitude,
// and where the real framework raises, Polytrace must raise the same exception type.
#include <QTest>

#include <cmath>
#include <nlohmann/json.hpp>

#include "TestSupport.h"
#include "ir/DType.h"
#include "session/Session.h"

using namespace pt;
using json = nlohmann::json;

namespace {

std::vector<uint8_t> fromHex(const std::string& hex) {
  std::vector<uint8_t> out;
  for (size_t i = 0; i + 1 < hex.size(); i += 2) out.push_back(static_cast<uint8_t>(std::stoi(hex.substr(i, 2), nullptr, 16)));
  return out;
}

std::vector<double> decode(const json& e, ir::DType d) {
  auto bytes = fromHex(e["hex"].get<std::string>());
  std::vector<double> out;
  size_t n = ir::dtypeSize(d);
  for (size_t i = 0; i + n <= bytes.size(); i += n) {
    const uint8_t* p = &bytes[i];
    switch (d) {
      case ir::DType::Float64: { double v; std::memcpy(&v, p, 8); out.push_back(v); break; }
      case ir::DType::Float32: { float v; std::memcpy(&v, p, 4); out.push_back(v); break; }
      case ir::DType::Int64: { int64_t v; std::memcpy(&v, p, 8); out.push_back(double(v)); break; }
      case ir::DType::Int32: { int32_t v; std::memcpy(&v, p, 4); out.push_back(v); break; }
      case ir::DType::Int16: { int16_t v; std::memcpy(&v, p, 2); out.push_back(v); break; }
      case ir::DType::Float16: {
        uint16_t h = static_cast<uint16_t>(p[0] | (p[1] << 8));
        int exponent = (h >> 10) & 0x1f, mantissa = h & 0x3ff;
        double v = exponent == 0 ? std::ldexp(mantissa, -24)
                   : exponent == 31 ? (mantissa ? NAN : INFINITY)
                                    : std::ldexp(mantissa + 1024, exponent - 25);
        out.push_back(h & 0x8000 ? -v : v);
        break;
      }
      case ir::DType::Int8: out.push_back(static_cast<int8_t>(*p)); break;
      case ir::DType::UInt8:
      case ir::DType::Bool: out.push_back(*p); break;
      default: out.push_back(NAN);
    }
  }
  return out;
}

// Empty when equal; otherwise what differs.
std::string compare(interp::Interpreter& in, const json& expected, const interp::Value& actual) {
  // Tuples (torch.max(x, 1)) and lists (np.split) compare item by item.
  for (const char* kind : {"tuple", "list"}) {
    if (!expected.contains(kind)) continue;
    const std::vector<interp::Value>* items = nullptr;
    if (auto* t = actual.as<interp::TupleObject>(); t && std::string(kind) == "tuple") items = &t->items;
    if (auto* l = actual.as<interp::ListObject>(); l && std::string(kind) == "list") items = &l->items;
    if (!items || items->size() != expected[kind].size())
      return std::string("expected a ") + kind + " of " + std::to_string(expected[kind].size());
    for (size_t i = 0; i < items->size(); ++i)
      if (auto d = compare(in, expected[kind][i], (*items)[i]); !d.empty()) return "item " + std::to_string(i) + ": " + d;
    return {};
  }
  if (expected.contains("python")) {
    std::string got = in.repr(actual);
    return got == expected["python"].get<std::string>() ? "" : "got " + got;
  }
  auto* t = actual.as<interp::TensorObject>();
  if (!t) return "expected a tensor, got " + in.repr(actual);
  auto dtype = ir::dtypeFromName(expected["dtype"].get<std::string>());
  if (!dtype) return "the real result is " + expected["dtype"].get<std::string>() + ", which the IR lacks: Polytrace must refuse";
  if (t->tensor.dtype() != *dtype)
    return "dtype " + std::string(ir::dtypeName(t->tensor.dtype())) + ", expected " + std::string(ir::dtypeName(*dtype));
  if (t->tensor.shape() != expected["shape"].get<std::vector<int64_t>>())
    return "shape " + ir::typeText(t->tensor.type()) + ", expected " + expected["shape"].dump();
  auto want = decode(expected, *dtype);
  auto got = t->tensor.toDoubles();
  double rtol = *dtype == ir::DType::Float32 ? 1e-6 : *dtype == ir::DType::Float64 ? 1e-12 : *dtype == ir::DType::Float16 ? 1e-3 : 0.0;
  for (size_t i = 0; i < got.size(); ++i) {
    if (std::isnan(want[i]) && std::isnan(got[i])) continue;
    if (want[i] == got[i]) continue;
    if (std::abs(want[i] - got[i]) <= rtol * std::max(1.0, std::abs(want[i]))) continue;
    return "element " + std::to_string(i) + ": " + std::to_string(got[i]) + ", expected " + std::to_string(want[i]);
  }
  return {};
}

}  // namespace

class TestApiOracle : public QObject {
  Q_OBJECT

 private slots:
  void matchesNumpyAndTorch() {
    auto oracle = test::runProcess(DEBIAN_PYTHON3, {POLYTRACE_TEST_DATA "/oracle/api_oracle.py"});
    QVERIFY2(oracle.exitCode == 0, oracle.err.c_str());
    json data = json::parse(oracle.out);
    session::Session s(POLYTRACE_TEST_DATA "/oracle");
    s.runSetup(data["setup"].get<std::string>());
    std::vector<std::string> failures;
    size_t count = 0;
    for (const auto& c : data["cases"]) {
      ++count;
      std::string expr = c["expr"];
      const json& expected = c["expected"];
      std::string problem;
      try {
        interp::Value v = s.interpreter().evalSource(expr, s.scope(), "<oracle>");
        problem = expected.contains("error") ? "real framework raises " + expected["error"].get<std::string>() + ", got " +
                                                   s.interpreter().repr(v).substr(0, 60)
                                             : compare(s.interpreter(), expected, v);
      } catch (const interp::PyException& e) {
        // A dtype the IR does not have (numpy's uint16 from value-based casting) must be refused.
        bool refusedUnknownDtype = e.reasonCode == "unsupported-dtype" && expected.contains("dtype") &&
                                   !ir::dtypeFromName(expected["dtype"].get<std::string>());
        if (refusedUnknownDtype) continue;
        if (!expected.contains("error")) problem = "raised " + e.type + ": " + e.message;
        // numpy's UFuncTypeError is a TypeError: the Python type Polytrace raises for it.
        else if (e.type != expected["error"].get<std::string>() &&
                 !(expected["error"] == "UFuncTypeError" && e.type == "TypeError"))
          problem = "raised " + e.type + ", the real framework raises " + expected["error"].get<std::string>() + " (" + e.message + ")";
      }
      if (!problem.empty()) failures.push_back(c["framework"].get<std::string>() + ": " + expr + " -> " + problem);
    }
    std::fprintf(stderr, "%zu oracle cases, %zu failures\n", count, failures.size());
    for (const auto& f : failures) std::fprintf(stderr, "  %s\n", f.c_str());
    QVERIFY2(count >= 300, "too few oracle cases");
    QVERIFY2(failures.empty(), "oracle failures (listed above)");
  }
};

QTEST_GUILESS_MAIN(TestApiOracle)
#include "test_api_oracle.moc"
