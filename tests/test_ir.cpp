// The IR: the text format round-trips, the verifier finds broken graphs, JSON is deterministic,
// and the op list is complete: every op has a name, a type rule and, for every target, an
// emitter rule or an explicit "unsupported, because".
#include <QTest>

#include <filesystem>
#include <set>

#include "TestSupport.h"
#include "codegen/Emitters.h"
#include "ir/Graph.h"
#include "ir/GraphJson.h"
#include "ir/TextFormat.h"
#include "ir/TypeRules.h"
#include "ir/Verifier.h"
#include "passes/Passes.h"

using namespace pt;

class TestIr : public QObject {
  Q_OBJECT

  static std::unique_ptr<ir::Graph> normalizeGraph() {
    auto g = std::make_unique<ir::Graph>("normalize");
    ir::TensorType vec{ir::DType::Float64, {10}}, scalar{ir::DType::Float64, {}};
    ir::Value* x = g->addParam("x", vec);
    ir::Node* mean = g->addNode(ir::OpKind::Mean, {x}, {{"axes", std::vector<int64_t>{}}, {"keepdims", false}}, {scalar});
    mean->loc = {"example.py", 4, 12, 4, 25};
    mean->scope = {"normalize"};
    ir::Node* std = g->addNode(ir::OpKind::Std, {x},
                               {{"axes", std::vector<int64_t>{}}, {"correction", int64_t{1}}, {"keepdims", false}}, {scalar});
    std->loc = {"example.py", 5, 11, 5, 23};
    std->scope = {"normalize", "helper"};
    ir::Node* sub = g->addNode(ir::OpKind::Sub, {x, mean->outputs[0]}, {}, {vec});
    ir::Node* div = g->addNode(ir::OpKind::Div, {sub->outputs[0], std->outputs[0]}, {}, {vec});
    g->setOutputs({div->outputs[0]});
    return g;
  }

 private slots:
  void printsTheDesignFormat() {
    std::string text = ir::printGraph(*normalizeGraph());
    std::string expected =
        "graph @normalize(%x: f64[10]) -> (f64[10]) {\n"
        "  %0 = mean(%x) {axes=[], keepdims=false} : f64[]                       # example.py:4\n"
        "  %1 = std(%x) {axes=[], correction=1, keepdims=false} : f64[]          # example.py:5 in normalize > helper\n"
        "  %2 = sub(%x, %0) : f64[10]\n"
        "  %3 = div(%2, %1) : f64[10]\n"
        "  return %3\n"
        "}\n";
    QCOMPARE(QString::fromStdString(text), QString::fromStdString(expected));
  }

  void roundTripsGoldenFiles_data() {
    QTest::addColumn<QString>("path");
    for (const auto& e : std::filesystem::directory_iterator(POLYTRACE_TEST_DATA "/ir"))
      if (e.path().extension() == ".ir") QTest::newRow(e.path().filename().c_str()) << QString::fromStdString(e.path().string());
  }
  void roundTripsGoldenFiles() {
    QFETCH(QString, path);
    std::string text = test::readText(path.toStdString());
    auto parsed = ir::parseGraph(text);
    QVERIFY2(parsed.graph, parsed.error.c_str());
    QCOMPARE(QString::fromStdString(ir::printGraph(*parsed.graph)), QString::fromStdString(text));
    auto problems = ir::verify(*parsed.graph);
    QVERIFY2(problems.empty(), problems.empty() ? "" : problems[0].c_str());
  }

  void parserKeepsValuesExactly() {
    std::string text =
        "graph @g(%a: f32[2,3]) -> (f32[2,3]) {\n"
        "  %0 = constant() {dtype=f32, shape=[], value=[0.1], weak=true} : f32[]\n"
        "  %1 = mul(%a, %0) : f32[2,3]\n"
        "  return %1\n"
        "}\n";
    auto parsed = ir::parseGraph(text);
    QVERIFY2(parsed.graph, parsed.error.c_str());
    const ir::Node& c = *parsed.graph->nodes()[0];
    QCOMPARE(ir::attrFloats(c.attrs, "value").at(0), 0.1);
    QCOMPARE(ir::attrBool(c.attrs, "weak"), true);
  }

  void parserReportsErrorsWithLines_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown op") << "graph @g(%a: f32[2]) -> (f32[2]) {\n  %0 = frobnicate(%a) : f32[2]\n  return %0\n}\n"
                                << "line 2: unknown op 'frobnicate'";
    QTest::newRow("undefined value") << "graph @g(%a: f32[2]) -> (f32[2]) {\n  %0 = neg(%b) : f32[2]\n  return %0\n}\n"
                                     << "line 2: undefined value %b";
    QTest::newRow("bad dtype") << "graph @g(%a: q7[2]) -> (f32[2]) {\n}\n" << "line 1: unknown dtype 'q7'";
    QTest::newRow("return mismatch") << "graph @g(%a: f32[2]) -> (f64[2]) {\n  return %a\n}\n"
                                     << "line 2: return type differs from the signature";
  }
  void parserReportsErrorsWithLines() {
    QFETCH(QString, text);
    QFETCH(QString, message);
    auto parsed = ir::parseGraph(text.toStdString());
    QVERIFY(!parsed.graph);
    QCOMPARE(QString::fromStdString(parsed.error), message);
  }

  void verifierFindsBrokenGraphs() {
    ir::Graph g("bad");
    ir::Value* a = g.addParam("a", {ir::DType::Float32, {3}});
    ir::Value* b = g.addParam("b", {ir::DType::Float64, {3}});
    ir::Node* add = g.addNode(ir::OpKind::Add, {a, b}, {}, {{ir::DType::Float32, {3}}});
    ir::Node* mean = g.addNode(ir::OpKind::Mean, {a}, {{"axes", std::vector<int64_t>{0}}}, {{ir::DType::Float32, {3}}});
    g.setOutputs({add->outputs[0], mean->outputs[0]});
    auto problems = ir::verify(g);
    QCOMPARE(problems.size(), size_t{2});
    QVERIFY(QString::fromStdString(problems[0]).contains("dtypes differ"));
    QVERIFY(QString::fromStdString(problems[1]).contains("recorded as f32[3] but infers as f32[]"));
  }

  void typeRulesFollowNumpyBroadcasting() {
    std::vector<int64_t> out;
    QVERIFY(ir::broadcastShapes({2, 1, 4}, {3, 1}, out));
    QCOMPARE(out, (std::vector<int64_t>{2, 3, 4}));
    QVERIFY(!ir::broadcastShapes({2, 3}, {4}, out));
    auto r = ir::inferTypes(ir::OpKind::MatMul, {{ir::DType::Float32, {5, 2, 3}}, {ir::DType::Float32, {3}}}, {});
    QCOMPARE(std::get<std::vector<ir::TensorType>>(r)[0].shape, (std::vector<int64_t>{5, 2}));
    auto s = ir::inferTypes(ir::OpKind::Slice, {{ir::DType::Float32, {10}}},
                            {{"axes", std::vector<int64_t>{0}}, {"starts", std::vector<int64_t>{-3}},
                             {"stops", std::vector<int64_t>{100}}, {"steps", std::vector<int64_t>{2}}});
    QCOMPARE(std::get<std::vector<ir::TensorType>>(s)[0].shape, (std::vector<int64_t>{2}));
  }

  void jsonIsDeterministic() {
    std::string a = ir::graphToJson(*normalizeGraph()), b = ir::graphToJson(*normalizeGraph());
    QCOMPARE(a, b);
    QVERIFY(QString::fromStdString(a).contains("\"op\": \"std\""));
    QVERIFY(QString::fromStdString(a).contains("\"correction\": 1"));
    QVERIFY(QString::fromStdString(a).contains("\"scope\": [\n        \"normalize\",\n        \"helper\""));
  }

  void passesRemoveDeadAndMergeCommonNodes() {
    auto parsed = ir::parseGraph(
        "graph @f(%x: f32[2]) -> (f32[2]) {\n"
        "  %0 = exp(%x) : f32[2]\n"
        "  %1 = exp(%x) : f32[2]\n"
        "  %2 = sin(%x) : f32[2]\n"
        "  %3 = rand_uniform() {dtype=f32, shape=[2]} : f32[2]\n"
        "  %4 = add(%0, %1) : f32[2]\n"
        "  return %4\n"
        "}\n");
    QVERIFY2(parsed.graph, parsed.error.c_str());
    auto reports = passes::optimize(*parsed.graph);
    QVERIFY(ir::verify(*parsed.graph).empty());
    QCOMPARE(reports[0].removed, 1);  // sin is dead; the random draw stays (it advances the generator)
    QCOMPARE(reports[1].merged, 1);   // the second exp
    QCOMPARE(QString::fromStdString(ir::printGraph(*parsed.graph)),
             QString("graph @f(%x: f32[2]) -> (f32[2]) {\n"
                     "  %0 = exp(%x) : f32[2]\n"
                     "  %1 = rand_uniform() {dtype=f32, shape=[2]} : f32[2]\n"
                     "  %2 = add(%0, %0) : f32[2]\n"
                     "  return %2\n"
                     "}\n"));
  }

  void opListIsComplete() {
    std::set<std::string> names;
    for (int i = 0; i < ir::kOpCount; ++i) {
      auto op = static_cast<ir::OpKind>(i);
      QVERIFY2(names.insert(std::string(ir::opName(op))).second, "duplicate op name");
      QCOMPARE(ir::opFromName(ir::opName(op)), std::optional<ir::OpKind>(op));
      for (ir::Framework fw : ir::kAllFrameworks) {
        std::string reason;
        auto coverage = codegen::emitterCoverage(fw, op, &reason);
        QVERIFY2(coverage != codegen::Coverage::Missing,
                 qPrintable(QString("op %1 has no %2 emitter rule and no unsupported entry")
                                .arg(QString::fromStdString(std::string(ir::opName(op))),
                                     QString::fromStdString(std::string(ir::frameworkName(fw))))));
        if (coverage == codegen::Coverage::Unsupported) QVERIFY(!reason.empty());
      }
    }
  }
};

QTEST_APPLESS_MAIN(TestIr)
#include "test_ir.moc"
