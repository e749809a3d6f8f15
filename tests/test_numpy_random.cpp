// numpy's legacy RandomState reproduced bit for bit: every stream of
// tests/data/runtime/numpy_random_oracle.py (seeds × rand/uniform/randn/normal/randint, interleaved)
// replayed through pt::runtime::NumpyRandomState and compared exactly.
#include <QProcess>
#include <QTest>

#include <cmath>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>

#include "runtime/Backend.h"
#include "runtime/NumpyRandom.h"

using pt::runtime::NumpyRandomState;
using json = nlohmann::json;

namespace {

json runOracle() {
  QProcess p;
  p.start(DEBIAN_PYTHON3, {POLYTRACE_TEST_DATA "/runtime/numpy_random_oracle.py"});
  if (!p.waitForFinished(120000) || p.exitCode() != 0)
    qFatal("numpy oracle failed: %s", p.readAllStandardError().constData());
  return json::parse(p.readAllStandardOutput().toStdString());
}

double fromHex(const std::string& s) { return std::strtod(s.c_str(), nullptr); }

std::string hex(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%a", v);
  return buf;
}

// Replays one call; returns the values as strings in the oracle's notation.
std::vector<std::string> replay(NumpyRandomState& rs, const json& call) {
  const std::string kind = call["kind"];
  const int64_t n = call["size"].is_null() ? 1 : call["size"].get<int64_t>();
  std::vector<std::string> out;
  auto addFloats = [&](const std::vector<double>& xs) {
    for (double x : xs) out.push_back(hex(x));
  };
  if (kind == "rand") {
    for (int64_t i = 0; i < n; ++i) out.push_back(hex(rs.randomDouble()));
  } else if (kind == "uniform") {
    addFloats(rs.uniform(call["low"], call["high"], n));
  } else if (kind == "randn") {
    addFloats(rs.standardNormal(n));
  } else if (kind == "normal") {
    addFloats(rs.normal(call["loc"], call["scale"], n));
  } else if (kind == "randint") {
    for (int64_t v : rs.randint(call["low"], call["high"], n)) out.push_back(std::to_string(v));
  } else {
    qFatal("unknown call kind %s", kind.c_str());
  }
  return out;
}

std::vector<std::string> expected(const json& call) {
  std::vector<std::string> out;
  for (const auto& v : call["values"])
    out.push_back(v.is_string() ? hex(fromHex(v.get<std::string>())) : std::to_string(v.get<int64_t>()));
  return out;
}

}  // namespace

class TestNumpyRandom : public QObject {
  Q_OBJECT
  json oracle_;

 private slots:
  void initTestCase() {
    oracle_ = runOracle();
    QCOMPARE(QString::fromStdString(oracle_["numpy"]), QStringLiteral("1.24.2"));
  }

  void firstValuesOfSeedZero() {
    NumpyRandomState rs;
    rs.seed(0);
    QCOMPARE(rs.uniform(0.0, 1.0, 2), (std::vector<double>{0.5488135039273248, 0.7151893663724195}));
  }

  void streams_data() {
    QTest::addColumn<int>("index");
    for (size_t i = 0; i < oracle_["streams"].size(); ++i)
      QTest::newRow(("seed " + std::to_string(oracle_["streams"][i]["seed"].get<uint64_t>())).c_str()) << int(i);
  }
  void streams() {
    QFETCH(int, index);
    const json& stream = oracle_["streams"][static_cast<size_t>(index)];
    NumpyRandomState rs;
    rs.standardNormal(1);  // state left over from before the seed must not matter (cached gauss included)
    rs.seed(stream["seed"].get<uint32_t>());
    size_t values = 0;
    for (size_t c = 0; c < stream["calls"].size(); ++c) {
      const json& call = stream["calls"][c];
      auto got = replay(rs, call), want = expected(call);
      QVERIFY2(got == want, ("call " + std::to_string(c) + " " + call.dump().substr(0, 120) + ": first value " +
                             (got.empty() ? "-" : got[0]) + " vs " + (want.empty() ? "-" : want[0]))
                                .c_str());
      values += got.size();
    }
    qInfo("%zu calls, %zu values bit-identical", stream["calls"].size(), values);
  }

  void reseedingRestartsTheStream() {
    NumpyRandomState rs;
    rs.seed(7);
    auto first = rs.standardNormal(3);  // leaves a cached gauss behind
    rs.seed(7);
    QCOMPARE(rs.standardNormal(3), first);
  }

  void randintRejectsEmptyRange() {
    NumpyRandomState rs;
    QVERIFY_THROWS_EXCEPTION(pt::runtime::RuntimeError, rs.randint(3, 3, 1));
  }

  void globalStateIsShared() {
    pt::runtime::globalNumpyRandom().seed(0);
    QCOMPARE(pt::runtime::globalNumpyRandom().randomDouble(), 0.5488135039273248);
    QVERIFY(!pt::runtime::backendLoaded());  // numpy's RNG is pure C++: no ATen
  }
};

QTEST_GUILESS_MAIN(TestNumpyRandom)
#include "test_numpy_random.moc"
