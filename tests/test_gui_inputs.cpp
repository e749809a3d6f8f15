// The inputs panel's per-parameter pickers, driven as a user does: a random tensor with shape,
// dtype and distribution, a .npy file, undo, the session, and a bad file reported in Problems.
#include <QtTest>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QUndoStack>

#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "app/Document.h"
#include "app/InputsPanel.h"
#include "app/MainWindow.h"
#include "app/ParamInputRow.h"
#include "session/ParamInput.h"

using pt::app::Document;
using pt::app::MainWindow;
using pt::app::ParamInputRow;
using pt::test::choose;
using pt::test::Window;

namespace {

const QString kTorchNormalize = QStringLiteral("torch_normalize.normalize");

ParamInputRow* rowFor(MainWindow& w, const QString& param) {
  for (ParamInputRow* row : w.inputsPanel()->paramRows())
    if (row->param() == param) return row;
  return nullptr;
}

void typeInto(QLineEdit* edit, const QString& text) {
  edit->selectAll();
  QTest::keyClick(edit, Qt::Key_Delete);
  QTest::keyClicks(edit, text);
}

QString paramType(const Document* doc) {
  const auto* g = doc->graph();
  return g && !g->params().empty() ? QString::fromStdString(pt::ir::typeText(g->params()[0]->type)) : QString();
}

}  // namespace

class TestGuiInputs : public QObject {
  Q_OBJECT

  QTemporaryDir settingsDir_;

 private slots:
  void initTestCase() {
    pt::test::useOwnSettings(settingsDir_.path(), QStringLiteral("test_gui_inputs"));
  }

  // A random tensor picked for x: the trace sees its shape and dtype, the row shows the numpy
  // expression, and one undo puts the typed argument back.
  void aPickedRandomTensorIsTraced() {
    Window win(pt::test::kWalkthrough, kTorchNormalize);
    QVERIFY(win.ok);
    MainWindow& w = win.w;
    Document* doc = w.document();
    choose(w.modePicker(), QStringLiteral("Eager"));
    ParamInputRow* x = rowFor(w, QStringLiteral("x"));
    QVERIFY(x);
    QVERIFY(!x->input());
    x->kindBox()->setCurrentIndex(1);
    typeInto(x->shapeEdit(), QStringLiteral("4, 5"));
    x->dtypeBox()->setCurrentIndex(x->dtypeBox()->findText(QStringLiteral("float64")));
    x->distributionBox()->setCurrentIndex(x->distributionBox()->findText(QStringLiteral("normal")));
    QCOMPARE(x->preview()->text(), QStringLiteral("= np.random.RandomState(0).normal(0.0, 1.0, size=(4, 5)).astype(np.float64)"));
    const auto stored = pt::session::parseParamInputs(doc->settings().inputs.toStdString());
    QCOMPARE(stored.size(), size_t{1});
    QCOMPARE(stored.at("x").shape, (std::vector<int64_t>{4, 5}));
    QCOMPARE(stored.at("x").dtype, pt::ir::DType::Float64);

    w.traceAction()->trigger();
    doc->waitForTask();
    QCOMPARE(paramType(doc), QStringLiteral("f64[4,5]"));

    // The picker edits merged into one step: one undo and x is typed again.
    doc->undoStack()->undo();
    QVERIFY(!x->input());
    QVERIFY(doc->settings().inputs.isEmpty());
  }

  // A .npy file picked for x is read by Polytrace (not by sandboxed user code); a missing file
  // is a problem naming it, not a crash.
  void aPickedNpyFileIsTracedAndAMissingOneReported() {
    QTemporaryDir dir;
    const auto r = pt::test::runPython("import numpy as np, sys\nnp.save(sys.argv[1], np.arange(12, dtype=np.float32).reshape(3, 4))",
                                       {dir.filePath(QStringLiteral("x.npy"))});
    QVERIFY2(r.exitCode == 0, r.err.c_str());
    Window win(pt::test::kWalkthrough, kTorchNormalize);
    QVERIFY(win.ok);
    MainWindow& w = win.w;
    Document* doc = w.document();
    choose(w.modePicker(), QStringLiteral("Eager"));
    ParamInputRow* x = rowFor(w, QStringLiteral("x"));
    x->kindBox()->setCurrentIndex(2);
    typeInto(x->pathEdit(), dir.filePath(QStringLiteral("x.npy")));
    w.traceAction()->trigger();
    doc->waitForTask();
    QCOMPARE(paramType(doc), QStringLiteral("f32[3,4]"));

    typeInto(x->pathEdit(), dir.filePath(QStringLiteral("gone.npy")));
    w.traceAction()->trigger();
    doc->waitForTask();
    QVERIFY(!doc->graph());
    bool reported = false;
    for (const auto& d : doc->diagnostics())
      reported = reported || (d.code == "input-invalid" && d.message.find("gone.npy: cannot open the file") != std::string::npos);
    QVERIFY(reported);
  }

  // The pickers come back with the session.
  void pickedInputsAreRestored() {
    QSettings().clear();
    const QString json = QStringLiteral(R"({"x":{"kind":"random","shape":[2,2],"dtype":"int64","distribution":"integers","low":0,"high":9,"seed":4}})");
    {
      Window win(pt::test::kWalkthrough, kTorchNormalize);
      QVERIFY(win.ok);
      win.w.document()->setInputs(json);
      QVERIFY(win.w.close());
    }
    MainWindow w;
    QVERIFY(w.restoreSession());
    ParamInputRow* x = rowFor(w, QStringLiteral("x"));
    QVERIFY(x && x->input());
    QCOMPARE(x->input()->distribution, pt::session::Distribution::Integers);
    QCOMPARE(x->shapeEdit()->text(), QStringLiteral("2, 2"));
    QCOMPARE(x->preview()->text(), QStringLiteral("= np.random.RandomState(4).randint(0, 9, size=(2, 2)).astype(np.int64)"));
  }

  // An untyped function translates source-to-source once it has example inputs: what a run
  // observes at each AST node (w is a tensor) settles what annotations would have.
  void inputsLetSourceToSourceSeeTypes() {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("g.py"));
    pt::test::writeText(file.toStdString(), "import torch\n\n\ndef scale(x, w):\n    return x * w.sum()\n");
    Window win(file, QStringLiteral("scale"));
    QVERIFY(win.ok);
    MainWindow& w = win.w;
    Document* doc = w.document();
    choose(w.targetPicker(), QStringLiteral("numpy"));
    choose(w.methodPicker(), QStringLiteral("Source-to-source"));
    w.transpileAction()->trigger();
    doc->waitForTask();
    bool typeUnknown = false;
    for (const auto& d : doc->diagnostics()) typeUnknown = typeUnknown || d.code == "type-unknown";
    QVERIFY(typeUnknown);

    doc->setInputs(QStringLiteral(R"({"x":{"kind":"random","shape":[3]},"w":{"kind":"random","shape":[3],"distribution":"ones"}})"));
    w.transpileAction()->trigger();
    doc->waitForTask();
    QVERIFY2(doc->generated().code.contains(QStringLiteral("return x * np.sum(w)")), qPrintable(doc->generated().code));
  }

  void shapesParseAsUsersTypeThem() {
    using Shape = std::optional<std::vector<int64_t>>;
    QCOMPARE(pt::app::parseShapeText(QStringLiteral("3, 224, 224")), Shape(std::vector<int64_t>{3, 224, 224}));
    QCOMPARE(pt::app::parseShapeText(QStringLiteral("(2,3)")), Shape(std::vector<int64_t>{2, 3}));
    QCOMPARE(pt::app::parseShapeText(QStringLiteral("[4]")), Shape(std::vector<int64_t>{4}));
    QCOMPARE(pt::app::parseShapeText(QStringLiteral("2x3")), Shape(std::vector<int64_t>{2, 3}));
    QCOMPARE(pt::app::parseShapeText(QString()), Shape(std::vector<int64_t>{}));
    QCOMPARE(pt::app::parseShapeText(QStringLiteral("2, -1")), Shape());
    QCOMPARE(pt::app::parseShapeText(QStringLiteral("a, b")), Shape());
  }
};

QTEST_MAIN(TestGuiInputs)
#include "test_gui_inputs.moc"
