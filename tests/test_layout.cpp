// core/layout: Graphviz dot through cgraph/gvc — placement, splines, DOT/SVG export, bad input.
#include <QtTest>

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <clocale>
#include <cmath>
#include <fstream>
#include <sstream>
#include <thread>

#include "TestGraphs.h"
#include "ir/Graph.h"
#include "layout/GraphLayout.h"

using namespace pt;
using namespace pt::layout;
using pt::test::normalizeGraph;

namespace {

GraphSpec chain(int n) {
  GraphSpec spec;
  spec.name = "chain";
  for (int i = 0; i < n; ++i) spec.nodes.push_back({"c" + std::to_string(i), "op " + std::to_string(i), 0, 0, "op"});
  for (int i = 0; i + 1 < n; ++i) spec.edges.push_back({"c" + std::to_string(i), "c" + std::to_string(i + 1), "f32[4]"});
  return spec;
}

const PlacedNode& placed(const Layout& l, const std::string& id) {
  for (const PlacedNode& n : l.nodes)
    if (n.id == id) return n;
  static PlacedNode none;
  return none;
}

// Distance from p to the node's box (0 inside).
double distanceToBox(const PlacedNode& n, Point p) {
  const double dx = std::max(0.0, std::abs(p.x - n.center.x) - n.width / 2);
  const double dy = std::max(0.0, std::abs(p.y - n.center.y) - n.height / 2);
  return std::hypot(dx, dy);
}

std::string readFile(const QString& path) {
  std::ifstream in(path.toStdString(), std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

class TestLayout : public QObject {
  Q_OBJECT

 private slots:
  void chainFlowsTopToBottom() {
    const Layout l = layoutGraph(chain(5));
    QVERIFY2(l.error.empty(), l.error.c_str());
    QCOMPARE(l.nodes.size(), size_t{5});
    for (size_t i = 1; i < l.nodes.size(); ++i) {
      QVERIFY(l.nodes[i].center.y > l.nodes[i - 1].center.y + l.nodes[i - 1].height / 2);
      QVERIFY(std::abs(l.nodes[i].center.x - l.nodes[0].center.x) < 1.0);
    }
  }

  void leftToRightWhenAsked() {
    GraphSpec spec = chain(3);
    spec.rankdir = "LR";
    const Layout l = layoutGraph(spec);
    QVERIFY2(l.error.empty(), l.error.c_str());
    QVERIFY(l.nodes[1].center.x > l.nodes[0].center.x);
    QVERIFY(l.nodes[2].center.x > l.nodes[1].center.x);
  }

  void nodesLieInsideTheBoundingBox() {
    const Layout l = layoutGraph(graphSpecFromIr(*normalizeGraph()));
    QVERIFY2(l.error.empty(), l.error.c_str());
    QVERIFY(l.width > 0 && l.height > 0);
    for (const PlacedNode& n : l.nodes) {
      QVERIFY(n.width > 0 && n.height > 0);
      QVERIFY2(n.center.x - n.width / 2 >= -0.5 && n.center.x + n.width / 2 <= l.width + 0.5, n.id.c_str());
      QVERIFY2(n.center.y - n.height / 2 >= -0.5 && n.center.y + n.height / 2 <= l.height + 0.5, n.id.c_str());
    }
  }

  void givenSizesAreKept() {
    GraphSpec spec = chain(2);
    spec.nodes[0].width = 100;
    spec.nodes[0].height = 30;
    spec.nodes[0].label = "a label much too long for a box of one hundred points";
    const Layout l = layoutGraph(spec);
    QVERIFY2(l.error.empty(), l.error.c_str());
    QVERIFY(std::abs(l.nodes[0].width - 100) < 0.1);
    QVERIFY(std::abs(l.nodes[0].height - 30) < 0.1);
  }

  void resultsFollowSpecOrder() {
    // Spec order deliberately opposite to rank order.
    GraphSpec spec;
    spec.nodes = {{"last", "last", 0, 0, "output"}, {"mid", "mid", 0, 0, "op"}, {"first", "first", 0, 0, "input"}};
    spec.edges = {{"mid", "last", "b"}, {"first", "mid", "a"}};
    const Layout l = layoutGraph(spec);
    QVERIFY2(l.error.empty(), l.error.c_str());
    QCOMPARE(l.nodes[0].id, std::string("last"));
    QCOMPARE(l.nodes[2].id, std::string("first"));
    QCOMPARE(l.edges[0].from, std::string("mid"));
    QCOMPARE(l.edges[1].from, std::string("first"));
    QVERIFY(l.nodes[2].center.y < l.nodes[1].center.y);
    QVERIFY(l.nodes[1].center.y < l.nodes[0].center.y);
  }

  void edgesRunFromTailToHead() {
    const Layout l = layoutGraph(graphSpecFromIr(*normalizeGraph()));
    QVERIFY2(l.error.empty(), l.error.c_str());
    QCOMPARE(l.edges.size(), size_t{7});
    for (const PlacedEdge& e : l.edges) {
      QVERIFY(e.spline.size() >= 4);
      QCOMPARE((e.spline.size() - 1) % 3, size_t{0});
      QVERIFY2(distanceToBox(placed(l, e.from), e.spline.front()) < 2.0, e.from.c_str());
      // The arrow tip: on the head's border, not short of it.
      QVERIFY2(distanceToBox(placed(l, e.to), e.spline.back()) < 2.0, e.to.c_str());
      QVERIFY(e.spline.back().y > e.spline.front().y);
      QVERIFY(e.hasLabel);
      QVERIFY(e.labelPos.x >= 0 && e.labelPos.x <= l.width && e.labelPos.y >= 0 && e.labelPos.y <= l.height);
    }
  }

  void unlabelledEdgesHaveNoLabel() {
    GraphSpec spec = chain(2);
    spec.edges[0].label.clear();
    const Layout l = layoutGraph(spec);
    QVERIFY2(l.error.empty(), l.error.c_str());
    QVERIFY(!l.edges[0].hasLabel);
  }

  void parallelEdgesAreKept() {
    // mul(x, x): two uses of one value are two edges.
    GraphSpec spec = chain(2);
    spec.edges.push_back(spec.edges[0]);
    const Layout l = layoutGraph(spec);
    QVERIFY2(l.error.empty(), l.error.c_str());
    QCOMPARE(l.edges.size(), size_t{2});
    QVERIFY(!l.edges[1].spline.empty());
  }

  void specFromIr() {
    const GraphSpec spec = graphSpecFromIr(*normalizeGraph());
    QCOMPARE(spec.name, std::string("normalize"));
    QCOMPARE(spec.nodes.size(), size_t{6});
    QCOMPARE(spec.nodes[0].id, std::string("in0"));
    QCOMPARE(spec.nodes[0].label, std::string("x: f64[10]"));
    QCOMPARE(spec.nodes[0].kind, std::string("input"));
    const char* ops[] = {"mean", "std", "sub", "div"};
    for (int i = 0; i < 4; ++i) {
      QCOMPARE(spec.nodes[1 + i].id, "n" + std::to_string(i));
      QCOMPARE(spec.nodes[1 + i].label, std::string(ops[i]));
      QCOMPARE(spec.nodes[1 + i].kind, std::string("op"));
    }
    QCOMPARE(spec.nodes[5].id, std::string("out0"));
    QCOMPARE(spec.nodes[5].label, std::string("output 0"));
    QCOMPARE(spec.nodes[5].kind, std::string("output"));
    const std::vector<std::array<std::string, 3>> expected = {
        {"in0", "n0", "f64[10]"}, {"in0", "n1", "f64[10]"}, {"in0", "n2", "f64[10]"}, {"n0", "n2", "f64[]"},
        {"n2", "n3", "f64[10]"},  {"n1", "n3", "f64[]"},    {"n3", "out0", "f64[10]"}};
    QCOMPARE(spec.edges.size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i) {
      QCOMPARE(spec.edges[i].from, expected[i][0]);
      QCOMPARE(spec.edges[i].to, expected[i][1]);
      QCOMPARE(spec.edges[i].label, expected[i][2]);
    }
  }

  void dotMatchesGolden() {
    const std::string dot = renderDot(graphSpecFromIr(*normalizeGraph()));
    const QString path = QStringLiteral(POLYTRACE_TEST_DATA "/layout/normalize.dot");
    if (qEnvironmentVariableIsSet("POLYTRACE_UPDATE_GOLDEN")) std::ofstream(path.toStdString(), std::ios::binary) << dot;
    QCOMPARE(QString::fromStdString(dot), QString::fromStdString(readFile(path)));
    QCOMPARE(renderDot(graphSpecFromIr(*normalizeGraph())), dot);
  }

  void dotEscapesLabelsAndIds() {
    GraphSpec spec;
    spec.name = "odd \"name\"";
    spec.nodes = {{"a\"b", "say \"hi\"\nthere", 0, 0, "op"}, {"c\\", "back\\slash", 72, 36, "input"}};
    spec.edges = {{"a\"b", "c\\", "q\"e"}};
    const std::string dot = renderDot(spec);
    QVERIFY(dot.find("digraph \"odd \\\"name\\\"\" {") == 0);
    QVERIFY(dot.find("\"a\\\"b\" [label=\"say \\\"hi\\\"\\nthere\"") != std::string::npos);
    QVERIFY(dot.find("\"c\\\\\" [label=\"back\\\\slash\"") != std::string::npos);
    QVERIFY(dot.find("width=\"1\", height=\"0.5\", fixedsize=\"true\"") != std::string::npos);
    QVERIFY(dot.find("\"a\\\"b\" -> \"c\\\\\" [label=\"q\\\"e\"];") != std::string::npos);
    const Layout l = layoutGraph(spec);
    QVERIFY2(l.error.empty(), l.error.c_str());
    const std::string svg = renderSvg(spec);
    QVERIFY(svg.find("say &quot;hi&quot;") != std::string::npos);
    QVERIFY(svg.find("back\\slash") != std::string::npos);
  }

  void svgShowsTheLabels() {
    std::string error = "stale";
    const std::string svg = renderSvg(graphSpecFromIr(*normalizeGraph()), &error);
    QVERIFY2(error.empty(), error.c_str());
    QVERIFY(svg.find("<svg") != std::string::npos);
    for (const char* text : {">x: f64[10]<", ">mean<", ">std<", ">sub<", ">div<", ">output 0<", ">f64[10]<", ">f64[]<"})
      QVERIFY2(svg.find(text) != std::string::npos, text);
  }

  void badSpecs_data() {
    QTest::addColumn<int>("which");
    QTest::newRow("no nodes") << 0;
    QTest::newRow("duplicate id") << 1;
    QTest::newRow("edge from unknown") << 2;
    QTest::newRow("edge to unknown") << 3;
    QTest::newRow("empty id") << 4;
    QTest::newRow("unknown rankdir") << 5;
    QTest::newRow("negative size") << 6;
  }
  void badSpecs() {
    QFETCH(int, which);
    GraphSpec spec = chain(3);
    switch (which) {
      case 0: spec = GraphSpec{}; break;
      case 1: spec.nodes[2].id = "c0"; break;
      case 2: spec.edges[0].from = "nowhere"; break;
      case 3: spec.edges[1].to = "nowhere"; break;
      case 4: spec.nodes[1].id.clear(); break;
      case 5: spec.rankdir = "sideways"; break;
      case 6: spec.nodes[0].width = -5; break;
    }
    const Layout l = layoutGraph(spec);
    QVERIFY(!l.error.empty());
    QVERIFY(l.nodes.empty() && l.edges.empty());
    std::string error;
    QVERIFY(renderSvg(spec, &error).empty());
    QCOMPARE(error, l.error);
    error.clear();
    QVERIFY(renderDot(spec, &error).empty());
    QCOMPARE(error, l.error);
  }

  void concurrentCallsAreSerialised() {
    const GraphSpec spec = graphSpecFromIr(*normalizeGraph());
    const Layout reference = layoutGraph(spec);
    std::vector<std::thread> threads;
    std::atomic<int> failures{0};
    for (int t = 0; t < 4; ++t)
      threads.emplace_back([&] {
        for (int i = 0; i < 5; ++i) {
          const Layout l = layoutGraph(spec);
          if (!l.error.empty() || l.nodes.size() != reference.nodes.size() || l.width != reference.width ||
              l.nodes[3].center.x != reference.nodes[3].center.x)
            ++failures;
          if (renderSvg(spec).empty()) ++failures;
        }
      });
    for (auto& t : threads) t.join();
    QCOMPARE(failures.load(), 0);
  }

  void numbersIgnoreTheUserLocale() {
    // Qt applications run with the user's LC_NUMERIC. Graphviz switches to "C" around layout and
    // rendering itself (2.42's gv_fixLocale); renderDot must not print "1,5" either.
    const char* previous = std::setlocale(LC_NUMERIC, nullptr);
    const std::string saved = previous ? previous : "C";
    const QByteArray savedLocPath = qgetenv("LOCPATH");
    QTemporaryDir dir;
    bool german = std::setlocale(LC_NUMERIC, "de_DE.UTF-8") != nullptr;
    if (!german) {
      // Minimal Debian images carry no locales: compile one with glibc's localedef.
      const QString localedef = QStandardPaths::findExecutable("localedef");
      if (!localedef.isEmpty() &&
          QProcess::execute(localedef, {"-i", "de_DE", "-f", "UTF-8", dir.path() + "/de_DE.UTF-8"}) == 0) {
        qputenv("LOCPATH", dir.path().toLocal8Bit());
        german = std::setlocale(LC_NUMERIC, "de_DE.UTF-8") != nullptr;
      }
    }
    // The quick start installs Debian's `locales` (the de_DE source localedef compiles).
    QVERIFY2(german, "no locale with a decimal comma could be made: is Debian's `locales` package installed?");
    const bool comma = std::string(std::localeconv()->decimal_point) == ",";
    GraphSpec spec = chain(2);
    spec.nodes[0].width = 108;
    spec.nodes[0].height = 36;
    const Layout l = layoutGraph(spec);
    const std::string svg = renderSvg(spec);
    const std::string dot = renderDot(spec);
    std::setlocale(LC_NUMERIC, saved.c_str());
    if (savedLocPath.isNull()) qunsetenv("LOCPATH");
    else qputenv("LOCPATH", savedLocPath);
    QVERIFY(comma);
    QVERIFY2(l.error.empty(), l.error.c_str());
    QVERIFY(std::abs(l.nodes[0].width - 108) < 0.1);
    QVERIFY(std::abs(l.nodes[0].height - 36) < 0.1);
    QVERIFY(dot.find("width=\"1.5\", height=\"0.5\"") != std::string::npos);
    QVERIFY(svg.find("viewBox=\"0.00 0.00 ") != std::string::npos);
  }

  void chainOf200() {
    const GraphSpec spec = chain(200);
    QElapsedTimer timer;
    timer.start();
    const Layout l = layoutGraph(spec);
    const qint64 ms = timer.elapsed();
    QVERIFY2(l.error.empty(), l.error.c_str());
    QCOMPARE(l.nodes.size(), size_t{200});
    qInfo("dot layout of a 200-node chain with edge labels: %lld ms", ms);
    QVERIFY(ms < 20000);

    // A traced program is rarely a chain: 200 ops reading one or two recent values each.
    GraphSpec dag;
    uint32_t seed = 1;
    auto next = [&seed] { return seed = seed * 1664525u + 1013904223u; };
    for (int i = 0; i < 200; ++i) {
      dag.nodes.push_back({"n" + std::to_string(i), "op", 0, 0, "op"});
      for (int k = 0; i > 0 && k < 1 + static_cast<int>(next() >> 31); ++k)
        dag.edges.push_back({"n" + std::to_string(std::max(0, i - 1 - static_cast<int>(next() % 8))),
                             "n" + std::to_string(i), "f32[4,4]"});
    }
    timer.restart();
    const Layout d = layoutGraph(dag);
    const qint64 dagMs = timer.elapsed();
    QVERIFY2(d.error.empty(), d.error.c_str());
    qInfo("dot layout of a 200-node DAG with %zu labelled edges: %lld ms", dag.edges.size(), dagMs);
    QVERIFY(dagMs < 20000);
  }
};

QTEST_GUILESS_MAIN(TestLayout)
#include "test_layout.moc"
