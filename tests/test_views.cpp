// views/: the graph scene renders a real ir::Graph through Graphviz; the view zooms, pans and
// reports clicks; the code editor highlights lines and shows diagnostics.
#include <QtTest>

#include <QApplication>
#include <QGraphicsSceneMouseEvent>
#include <QScrollBar>
#include <Qsci/qscilexerpython.h>

#include "TestGraphs.h"
#include "ir/Graph.h"
#include "views/CodeEditor.h"
#include "views/GraphEdgeItem.h"
#include "views/GraphNodeItem.h"
#include "views/GraphScene.h"
#include "views/GraphView.h"

using namespace pt;
using namespace pt::views;
using pt::test::normalizeGraph;

namespace {

std::unique_ptr<ir::Graph> chainGraph(int length) {
  auto g = std::make_unique<ir::Graph>("chain");
  const ir::TensorType t{ir::DType::Float32, {4, 4}};
  ir::Value* v = g->addParam("x", t);
  for (int i = 0; i < length; ++i) v = g->addNode(i % 2 ? ir::OpKind::Exp : ir::OpKind::Neg, {v}, {}, {t})->outputs[0];
  g->setOutputs({v});
  return g;
}

QRectF sceneBox(const GraphNodeItem* item) { return item->mapRectToScene(item->box()); }

// Pixels of `image` inside `rect` that differ from the colour at its top-left corner.
int inkPixels(const QImage& image, const QRect& rect) {
  const QRgb background = image.pixel(rect.topLeft());
  int ink = 0;
  for (int y = rect.top(); y <= rect.bottom(); ++y)
    for (int x = rect.left(); x <= rect.right(); ++x) ink += image.pixel(x, y) != background;
  return ink;
}

void sendWheel(QWidget* viewport, QPoint pos, int delta) {
  QWheelEvent wheel(pos, viewport->mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier,
                    Qt::NoScrollPhase, false);
  QApplication::sendEvent(viewport, &wheel);
}

}  // namespace

class TestViews : public QObject {
  Q_OBJECT

 private slots:
  void placeholderUntilTraced() {
    GraphView view;
    view.resize(400, 300);
    QVERIFY(view.graphScene()->isEmpty());
    QVERIFY(!view.placeholderText().isEmpty());
    const QImage shown = view.grab().toImage();
    const QRect middle(100, 110, 200, 80);
    QVERIFY(inkPixels(shown, middle) > 20);

    view.setPlaceholderText(QString());
    QCOMPARE(inkPixels(view.grab().toImage(), middle), 0);

    auto g = normalizeGraph();
    view.setPlaceholderText(QStringLiteral("nothing here"));
    view.setGraph(g.get());
    QVERIFY(!view.graphScene()->isEmpty());
    view.setGraph(nullptr);
    QVERIFY(view.graphScene()->isEmpty());
    QVERIFY(view.graphScene()->items().isEmpty());
    QVERIFY(view.graphScene()->nodeItems().isEmpty());
  }

  void sceneShowsTheGraph() {
    auto g = normalizeGraph();
    GraphScene scene;
    QSignalSpy changed(&scene, &GraphScene::graphChanged);
    scene.setGraph(g.get());
    QCOMPARE(changed.count(), 1);
    QVERIFY2(scene.layoutError().isEmpty(), qPrintable(scene.layoutError()));
    QCOMPARE(scene.graph(), g.get());

    const auto& nodes = scene.nodeItems();
    QCOMPARE(nodes.size(), 6);
    const QStringList labels{"x: f64[10]", "mean", "std", "sub", "div", "output 0"};
    for (int i = 0; i < nodes.size(); ++i) QCOMPARE(nodes[i]->label(), labels[i]);
    QCOMPARE(nodes[0]->role(), NodeRole::Input);
    QCOMPARE(nodes[0]->nodeIndex(), -1);
    for (int i = 1; i <= 4; ++i) {
      QCOMPARE(nodes[i]->role(), NodeRole::Op);
      QCOMPARE(nodes[i]->nodeIndex(), i - 1);
      QCOMPARE(scene.itemForNode(i - 1), nodes[i]);
    }
    QCOMPARE(nodes[5]->role(), NodeRole::Output);
    QCOMPARE(nodes[5]->nodeIndex(), -1);
    QVERIFY(!scene.itemForNode(4));
    QVERIFY(!scene.itemForNode(-1));
    QVERIFY(nodes[1]->toolTip().contains("example.py:4:12"));
    QVERIFY(nodes[2]->toolTip().contains("correction=1"));

    // Every box big enough for its text, none overlapping.
    for (const GraphNodeItem* n : nodes) {
      const QFont& font = n->role() == NodeRole::Op ? scene.style().nodeFont : scene.style().ioFont;
      QVERIFY(QFontMetricsF(font).horizontalAdvance(n->label()) < n->box().width());
    }
    for (int i = 0; i < nodes.size(); ++i)
      for (int j = i + 1; j < nodes.size(); ++j)
        QVERIFY2(!sceneBox(nodes[i]).intersects(sceneBox(nodes[j])), qPrintable(nodes[i]->label() + " / " + nodes[j]->label()));

    // Data flows down: x above mean/std above sub above div above the output.
    auto y = [&](int i) { return nodes[i]->scenePos().y(); };
    QVERIFY(y(0) < y(1) && y(0) < y(2));
    QVERIFY(y(1) < y(3) && y(3) < y(4) && y(2) < y(4) && y(4) < y(5));
    QVERIFY(scene.sceneRect().contains(scene.itemsBoundingRect()));
  }

  void edgesCarryTypesAndPointAtTheirHead() {
    auto g = normalizeGraph();
    GraphScene scene;
    scene.setGraph(g.get());
    const auto& edges = scene.edgeItems();
    QCOMPARE(edges.size(), 7);
    int vectors = 0, scalars = 0;
    for (const GraphEdgeItem* e : edges) {
      vectors += e->label() == "f64[10]";
      scalars += e->label() == "f64[]";
      QVERIFY(e->labelPos().has_value());
      const auto* from = qgraphicsitem_cast<const GraphNodeItem*>(e->fromItem());
      const auto* to = qgraphicsitem_cast<const GraphNodeItem*>(e->toItem());
      QVERIFY(from && to);
      QVERIFY(sceneBox(from).adjusted(-2, -2, 2, 2).contains(e->path().pointAtPercent(0)));
      QVERIFY(sceneBox(to).adjusted(-2, -2, 2, 2).contains(e->arrowTip()));
      QVERIFY(!sceneBox(to).adjusted(2, 2, -2, -2).contains(e->arrowTip()));  // on the border, not inside
    }
    QCOMPARE(vectors, 5);
    QCOMPARE(scalars, 2);
    // mean -> sub carries the scalar mean.
    const GraphEdgeItem* meanToSub = nullptr;
    for (const GraphEdgeItem* e : edges)
      if (e->fromItem() == scene.nodeItems()[1] && e->toItem() == scene.nodeItems()[3]) meanToSub = e;
    QVERIFY(meanToSub);
    QCOMPARE(meanToSub->label(), QStringLiteral("f64[]"));
  }

  void clickingANodeSelectsIt() {
    auto g = normalizeGraph();
    GraphView view;
    view.resize(600, 500);
    view.setGraph(g.get());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    GraphScene* scene = view.graphScene();
    QSignalSpy selected(scene, &GraphScene::nodeSelected);

    auto clickAt = [&](QPointF scenePos) {
      QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::NoModifier, view.mapFromScene(scenePos));
    };
    clickAt(scene->itemForNode(1)->scenePos());  // std
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.takeFirst().at(0).toInt(), 1);
    QCOMPARE(scene->selectedNode(), 1);
    QVERIFY(scene->itemForNode(1)->isSelected());

    clickAt(scene->itemForNode(3)->scenePos());  // div
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.takeFirst().at(0).toInt(), 3);
    int emphasized = 0;
    for (const GraphEdgeItem* e : scene->edgeItems()) emphasized += e->isEmphasized();
    QCOMPARE(emphasized, 3);  // sub -> div, std -> div, div -> output

    clickAt(scene->nodeItems().first()->scenePos());  // the parameter: no IR node
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.takeFirst().at(0).toInt(), -1);
    QVERIFY(scene->nodeItems().first()->isSelected());

    clickAt(scene->itemForNode(0)->scenePos());
    selected.clear();
    clickAt(scene->sceneRect().topLeft() + QPointF(3, 3));  // background
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.takeFirst().at(0).toInt(), -1);
    QVERIFY(scene->selectedItems().isEmpty());
  }

  void selectingFromOutsideDoesNotEcho() {
    auto g = normalizeGraph();
    GraphScene scene;
    scene.setGraph(g.get());
    QSignalSpy selected(&scene, &GraphScene::nodeSelected);
    scene.selectNode(2);
    QVERIFY(scene.itemForNode(2)->isSelected());
    QCOMPARE(scene.selectedNode(), 2);
    QCOMPARE(selected.count(), 0);
    int emphasized = 0;
    for (const GraphEdgeItem* e : scene.edgeItems()) emphasized += e->isEmphasized();
    QCOMPARE(emphasized, 3);  // x -> sub, mean -> sub, sub -> div
    scene.selectNode(-1);
    QVERIFY(scene.selectedItems().isEmpty());
    QCOMPARE(scene.selectedNode(), -1);
    scene.selectNode(99);
    QVERIFY(scene.selectedItems().isEmpty());
    QCOMPARE(selected.count(), 0);

    // A new graph starts unselected.
    scene.selectNode(1);
    auto other = normalizeGraph();
    scene.setGraph(other.get());
    QCOMPARE(scene.selectedNode(), -1);
    QVERIFY(scene.selectedItems().isEmpty());
  }

  void followsThePalette() {
    auto g = normalizeGraph();
    GraphScene scene;
    scene.setGraph(g.get());
    scene.selectNode(1);
    QPalette dark = scene.palette();
    dark.setColor(QPalette::Base, QColor(30, 32, 36));
    scene.setPalette(dark);
    QCOMPARE(scene.backgroundBrush().color(), QColor(30, 32, 36));
    QCOMPARE(scene.nodeItems().size(), 6);
    QCOMPARE(scene.selectedNode(), 1);
    QVERIFY(scene.itemForNode(1)->isSelected());
  }

  void zoomAndFit() {
    auto g = chainGraph(12);
    GraphView view;
    view.resize(500, 400);
    view.setGraph(g.get());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const qreal fitted = view.zoom();
    QVERIFY(fitted > GraphView::kMinZoom && fitted <= 1.25);
    // Fitted: the whole scene is visible.
    QVERIFY(view.mapToScene(view.viewport()->rect()).boundingRect().adjusted(-1, -1, 1, 1).contains(view.sceneRect()));

    QSignalSpy zoomed(&view, &GraphView::zoomChanged);
    QTest::keyClick(&view, Qt::Key_Equal, Qt::ControlModifier);
    QVERIFY(view.zoom() > fitted * 1.2);
    QTest::keyClick(&view, Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(qAbs(view.zoom() - fitted) < 1e-6);
    QCOMPARE(zoomed.count(), 2);

    // The wheel zooms around the cursor: the scene point under it stays put — vertically, since
    // the chain is taller than the view but narrower, and a narrow scene stays centred.
    view.setZoom(1.0);
    const QPoint cursor(150, 120);
    const QPointF before = view.mapToScene(cursor);
    sendWheel(view.viewport(), cursor, 120);
    QVERIFY(view.zoom() > 1.2);
    QVERIFY(qAbs(view.mapToScene(cursor).y() - before.y()) < 2.0);
    sendWheel(view.viewport(), cursor, -240);
    QVERIFY(view.zoom() < 1.0);

    for (int i = 0; i < 60; ++i) sendWheel(view.viewport(), cursor, -120);
    QCOMPARE(view.zoom(), GraphView::kMinZoom);

    QTest::keyClick(&view, Qt::Key_0, Qt::ControlModifier);
    QVERIFY(qAbs(view.zoom() - fitted) < 1e-6);
    QVERIFY(view.transform().isScaling());
  }

  void dragPans() {
    auto g = chainGraph(30);
    GraphView view;
    view.resize(400, 300);
    view.setGraph(g.get());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setZoom(1.5);
    QCOMPARE(view.dragMode(), QGraphicsView::ScrollHandDrag);
    const int before = view.verticalScrollBar()->value();
    // Grab the background right of the chain and drag upwards.
    const QPoint start(view.viewport()->width() - 10, view.viewport()->height() - 20);
    QTest::mousePress(view.viewport(), Qt::LeftButton, Qt::NoModifier, start);
    for (int step = 1; step <= 10; ++step) {
      QMouseEvent move(QEvent::MouseMove, start - QPoint(0, step * 15), view.viewport()->mapToGlobal(start - QPoint(0, step * 15)),
                       Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
      QApplication::sendEvent(view.viewport(), &move);
    }
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, Qt::NoModifier, start - QPoint(0, 150));
    QVERIFY(view.verticalScrollBar()->value() > before + 100);
  }

  void longChainLaysOutQuickly() {
    auto g = chainGraph(200);
    GraphScene scene;
    QElapsedTimer timer;
    timer.start();
    scene.setGraph(g.get());
    QVERIFY(scene.waitForLayout());  // 202 boxes: above the at-once limit, laid out on the worker
    const qint64 ms = timer.elapsed();
    QCOMPARE(scene.nodeItems().size(), 202);
    QCOMPARE(scene.edgeItems().size(), 201);
    qInfo("scene for a 200-op chain (layout included): %lld ms", ms);
    QVERIFY(ms < 20000);
  }

  void codeEditorShowsPython() {
    CodeEditor editor;
    QVERIFY(qobject_cast<QsciLexerPython*>(editor.lexer()));
    QVERIFY(editor.isUtf8());
    const QString source = QStringLiteral("import torch\n\n\ndef normalize(x):  # µ, σ\n    mean = torch.mean(x)\n"
                                          "    std = torch.std(x)\n    return (x - mean) / std\n");
    editor.setText(source);
    QCOMPARE(editor.text(), source);
    QCOMPARE(editor.lines(), 8);
    QVERIFY(editor.marginWidth(0) > 0);
    QVERIFY(editor.lexer()->font(QsciLexerPython::Keyword).fixedPitch() ||
            QFontInfo(editor.lexer()->font(QsciLexerPython::Keyword)).fixedPitch());

    editor.highlightLines(5, 6);
    QVERIFY(!editor.isLineHighlighted(4));
    QVERIFY(editor.isLineHighlighted(5));
    QVERIFY(editor.isLineHighlighted(6));
    QVERIFY(!editor.isLineHighlighted(7));
    editor.highlightLines(7, 7);  // replaces, does not add
    QVERIFY(!editor.isLineHighlighted(5));
    QVERIFY(editor.isLineHighlighted(7));
    editor.highlightLines(6, 1000);  // clamped
    QVERIFY(editor.isLineHighlighted(8));
    editor.clearHighlightedLines();
    for (int line = 1; line <= editor.lines(); ++line) QVERIFY(!editor.isLineHighlighted(line));
  }

  void codeEditorReadOnly() {
    CodeEditor editor;
    editor.setReadOnly(true);
    editor.setText(QStringLiteral("def f(x):\n    return x\n"));
    QCOMPARE(editor.text(), QStringLiteral("def f(x):\n    return x\n"));
    QVERIFY(editor.isReadOnly());
    editor.setCursorPosition(0, 0);
    QTest::keyClicks(&editor, "zz");
    QCOMPARE(editor.text(), QStringLiteral("def f(x):\n    return x\n"));
    editor.highlightLines(2, 2);
    QVERIFY(editor.isLineHighlighted(2));
    editor.setText(QStringLiteral("y = 1\n"));  // new text: old highlights are meaningless
    QVERIFY(!editor.isLineHighlighted(1));
  }

  void codeEditorDiagnostics() {
    CodeEditor editor;
    editor.setText(QStringLiteral("def f(x):\n    return torch.frobnicate(x)\n"));
    Diagnostic error;
    error.code = "unsupported-api";
    error.message = "torch.frobnicate is not supported";
    error.loc = {"f.py", 2, 12, 2, 28};
    Diagnostic beyond = error;
    beyond.loc.line = 40;
    Diagnostic unknown = error;
    unknown.loc = {};
    editor.setDiagnostics({error, beyond, unknown});
    QVERIFY(!editor.hasDiagnosticMarker(1));
    QVERIFY(editor.hasDiagnosticMarker(2));
    QVERIFY(editor.annotation(1).contains("torch.frobnicate is not supported"));
    QVERIFY(editor.annotation(1).contains("unsupported-api"));
    editor.clearDiagnostics();
    QVERIFY(!editor.hasDiagnosticMarker(2));
    QVERIFY(editor.annotation(1).isEmpty());
  }
};

QTEST_MAIN(TestViews)
#include "test_views.moc"
