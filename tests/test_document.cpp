// app/Document without widgets: the walkthrough's trace/run/transpile steps, lazy vs eager,
// undo of pickers, inputs and source edits, unsaved edits reaching the tracer, diagnostics
// instead of crashes, atomic export and save.
#include <QtTest>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

#include "app/Document.h"
#include "ir/Graph.h"
#include "ir/Op.h"

using namespace pt;
using namespace pt::app;

namespace {

const QString kWalkthrough = QStringLiteral(POLYTRACE_SOURCE_DIR "/resources/examples/lazy_vs_eager");

QStringList opNames(const ir::Graph* g) {
  QStringList names;
  if (!g) return names;
  for (const auto& n : g->nodes()) names << QString::fromUtf8(ir::opName(n->op).data(), ir::opName(n->op).size());
  return names;
}

bool hasDiagnostic(const Diagnostics& diags, const std::string& code) {
  return std::any_of(diags.begin(), diags.end(), [&](const Diagnostic& d) { return d.code == code; });
}

QString readAll(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// A writable copy of the walkthrough, for tests that save.
QString copyWalkthrough(const QTemporaryDir& dir) {
  const QString to = dir.filePath(QStringLiteral("lazy_vs_eager"));
  QDirIterator it(kWalkthrough, QDir::Files, QDirIterator::Subdirectories);
  while (it.hasNext()) {
    const QString from = it.next();
    const QString target = QDir(to).filePath(QDir(kWalkthrough).relativeFilePath(from));
    QDir().mkpath(QFileInfo(target).absolutePath());
    QFile::copy(from, target);
    QFile(target).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
  }
  return to;
}

}  // namespace

class TestDocument : public QObject {
  Q_OBJECT

 private slots:
  void opensTheWalkthroughWithItsDefaults() {
    Document doc;
    QSignalSpy functions(&doc, &Document::functionsChanged);
    const OperationResult r = doc.open(kWalkthrough);
    QVERIFY(r.ok);
    QCOMPARE(functions.count(), 1);
    QStringList names;
    for (const auto& f : doc.functions()) names << QString::fromStdString(f.qualname);
    for (const char* q : {"ivy_normalize.normalize", "torch_normalize.normalize", "imgkit.color.rgb_to_grayscale",
                          "imgkit.color.bgr_to_grayscale"})
      QVERIFY2(names.contains(QLatin1String(q)), q);
    // polytrace.json's start function and its defaults.
    QCOMPARE(doc.selectedFunction(), QStringLiteral("ivy_normalize.normalize"));
    QCOMPARE(doc.settings().source, ir::Framework::Ivy);
    QCOMPARE(doc.settings().target, ir::Framework::TensorFlow);
    QVERIFY(doc.settings().setup.contains(QLatin1String("ivy.set_backend(\"tensorflow\")")));
    QCOMPARE(doc.settings().args, QStringLiteral("x"));
    QVERIFY(doc.sourceText(doc.currentFile()).contains(QLatin1String("ivy.mean(x)")));
    QCOMPARE(doc.graphState(), GraphState::Empty);
    QVERIFY(doc.diagnostics().empty());
  }

  void missingPathIsADiagnostic() {
    Document doc;
    const OperationResult r = doc.open(QStringLiteral("/nonexistent/polytrace/project"));
    QVERIFY(!r.ok);
    QVERIFY(hasDiagnostic(doc.diagnostics(), "no-source"));
    QVERIFY(!doc.trace().ok);  // nothing selected: still no crash
  }

  void eagerTraceThenRunIsCached() {
    Document doc;
    doc.open(kWalkthrough);
    QCOMPARE(doc.mode(), trace::Mode::Eager);
    QSignalSpy graph(&doc, &Document::graphChanged);
    const OperationResult traced = doc.trace();
    QVERIFY2(traced.ok, qPrintable(traced.message));
    QCOMPARE(doc.graphState(), GraphState::Traced);
    QCOMPARE(opNames(doc.graph()), (QStringList{"mean", "std", "sub", "div"}));
    QVERIFY(graph.count() >= 1);
    QCOMPARE(doc.callLog().size(), size_t{1});
    QVERIFY(doc.callLog()[0].traced);
    QCOMPARE(doc.callLog()[0].why, std::string("eager trace at creation"));

    graph.clear();
    const OperationResult ran = doc.run();
    QVERIFY2(ran.ok, qPrintable(ran.message));
    QCOMPARE(doc.callLog().size(), size_t{2});
    QVERIFY(!doc.callLog()[1].traced);
    QCOMPARE(graph.count(), 0);  // a cached call leaves the graph (and its layout) alone
    // The walkthrough's numbers (ivy.std: correction 0).
    QVERIFY2(doc.lastOutput().contains(QLatin1String("-0.36293708")), qPrintable(doc.lastOutput()));
    QVERIFY(doc.lastOutput().contains(QLatin1String("1.88587438")));
  }

  void lazyTracesOnTheFirstRun() {
    Document doc;
    doc.open(kWalkthrough);
    doc.setMode(trace::Mode::Lazy);
    QVERIFY(doc.trace().ok);
    QCOMPARE(doc.graphState(), GraphState::NotTracedYet);
    QVERIFY(doc.graph() == nullptr);
    QVERIFY(doc.callLog().empty());

    QSignalSpy graph(&doc, &Document::graphChanged);
    QVERIFY(doc.run().ok);
    QCOMPARE(graph.count(), 1);
    QCOMPARE(doc.graphState(), GraphState::Traced);
    QCOMPARE(opNames(doc.graph()), (QStringList{"mean", "std", "sub", "div"}));
    QVERIFY(doc.run().ok);
    QCOMPARE(doc.callLog().size(), size_t{2});
    QVERIFY(doc.callLog()[0].traced);
    QCOMPARE(doc.callLog()[0].why, std::string("first call"));
    QVERIFY(!doc.callLog()[1].traced);
  }

  void runWithoutTraceCreatesTheTracedFunction() {
    Document doc;
    doc.open(kWalkthrough);
    QVERIFY(doc.run().ok);  // eager: traced at creation, then one cached call
    QCOMPARE(doc.callLog().size(), size_t{2});
    QVERIFY(doc.callLog()[0].traced);
    QVERIFY(!doc.callLog()[1].traced);
  }

  void sourceToSourceTorchToTensorflow() {
    Document doc;
    doc.open(kWalkthrough);
    QVERIFY(doc.selectFunction(QStringLiteral("torch_normalize.normalize")));
    QCOMPARE(doc.settings().source, ir::Framework::Torch);
    QCOMPARE(doc.method(), Method::SourceToSource);
    const OperationResult r = doc.transpile();
    QVERIFY2(r.ok, qPrintable(r.message));
    // torch.std is unbiased: the translation must say so explicitly.
    QVERIFY2(doc.generated().code.contains(QLatin1String("_std(x, correction=1)")), qPrintable(doc.generated().code));
    QCOMPARE(doc.generated().method, Method::SourceToSource);
    QCOMPARE(doc.generated().target, ir::Framework::TensorFlow);
    QVERIFY(!doc.generated().stale);
    QCOMPARE(doc.graphState(), GraphState::Empty);  // no inputs needed, nothing traced
  }

  void traceBasedEagerTracesFirst() {
    Document doc;
    doc.open(kWalkthrough);
    doc.setMethod(Method::Trace);
    const OperationResult r = doc.transpile();
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(doc.graphState(), GraphState::Traced);
    QVERIFY(doc.generated().code.contains(QLatin1String("tf.math.reduce_mean(x)")));
    QVERIFY(doc.generated().code.contains(QLatin1String("# ivy_normalize.py:6")));
    QCOMPARE(doc.generated().method, Method::Trace);
  }

  void traceBasedLazyTranslatesOnFirstRun() {
    Document doc;
    doc.open(kWalkthrough);
    doc.setMethod(Method::Trace);
    doc.setMode(trace::Mode::Lazy);
    QVERIFY(doc.transpile().ok);
    QVERIFY(doc.transpilePending());
    QVERIFY(doc.generated().code.isEmpty());
    QCOMPARE(doc.graphState(), GraphState::NotTracedYet);
    QVERIFY(doc.run().ok);
    QVERIFY(!doc.transpilePending());
    QVERIFY(doc.generated().code.contains(QLatin1String("tf.math.reduce_std(x)")));
  }

  void targetChangeMarksCodeStale() {
    Document doc;
    doc.open(kWalkthrough);
    QVERIFY(doc.transpile().ok);
    doc.setTargetFramework(ir::Framework::Numpy);
    QVERIFY(doc.generated().stale);
    QVERIFY(doc.transpile().ok);
    QVERIFY(!doc.generated().stale);
    QVERIFY(doc.generated().code.contains(QLatin1String("import numpy as np")));
  }

  void undoRedoPickers() {
    Document doc;
    doc.open(kWalkthrough);
    QSignalSpy pickers(&doc, &Document::pickersChanged);
    doc.setTargetFramework(ir::Framework::Jax);
    doc.setMode(trace::Mode::Lazy);
    doc.setMethod(Method::Trace);
    QCOMPARE(doc.undoStack()->count(), 3);
    doc.undoStack()->undo();
    QCOMPARE(doc.method(), Method::SourceToSource);
    doc.undoStack()->undo();
    QCOMPARE(doc.mode(), trace::Mode::Eager);
    doc.undoStack()->undo();
    QCOMPARE(doc.settings().target, ir::Framework::TensorFlow);
    doc.undoStack()->redo();
    QCOMPARE(doc.settings().target, ir::Framework::Jax);
    QVERIFY(pickers.count() >= 5);
    doc.setTargetFramework(ir::Framework::Jax);  // no change, no command
    QCOMPARE(doc.undoStack()->index(), 1);
  }

  void undoReselectsTheFunctionItChanged() {
    Document doc;
    doc.open(kWalkthrough);
    doc.setTargetFramework(ir::Framework::Numpy);
    doc.selectFunction(QStringLiteral("torch_normalize.normalize"));
    QCOMPARE(doc.settings().target, ir::Framework::TensorFlow);  // per-function pickers
    doc.undoStack()->undo();
    QCOMPARE(doc.selectedFunction(), QStringLiteral("ivy_normalize.normalize"));
    QCOMPARE(doc.settings().target, ir::Framework::TensorFlow);
  }

  void typingMergesIntoOneUndoStep() {
    Document doc;
    doc.open(kWalkthrough);
    const QString before = doc.settings().args;
    doc.setArgs(QStringLiteral("x,"));
    doc.setArgs(QStringLiteral("x, x"));
    QCOMPARE(doc.undoStack()->count(), 1);
    doc.undoStack()->undo();
    QCOMPARE(doc.settings().args, before);
  }

  void inputErrorsPointAtTheSetup() {
    Document doc;
    doc.open(kWalkthrough);
    doc.setSetupCode(QStringLiteral("import numpy as np\ny = undefined_name + 1"));
    const OperationResult r = doc.trace();
    QVERIFY(!r.ok);
    QCOMPARE(doc.graphState(), GraphState::Failed);
    const auto diags = doc.diagnostics();
    auto it = std::find_if(diags.begin(), diags.end(), [](const Diagnostic& d) { return d.loc.file == "<setup>"; });
    QVERIFY(it != diags.end());
    QCOMPARE(it->loc.line, 2);
    QVERIFY(QString::fromStdString(it->message).contains(QLatin1String("NameError")));
  }

  void eagerWithoutInputsSaysSo() {
    Document doc;
    doc.open(kWalkthrough);
    doc.setArgs(QString());
    QVERIFY(!doc.trace().ok);
    QVERIFY(hasDiagnostic(doc.diagnostics(), "inputs-missing"));
  }

  void syntaxErrorInAnEditIsADiagnostic() {
    Document doc;
    doc.open(kWalkthrough);
    const QString file = doc.currentFile();
    const QString original = doc.sourceText(file);
    QVERIFY(doc.trace().ok);
    doc.setSourceText(file, QString(original).replace(QLatin1String("std = ivy.std(x)"), QLatin1String("std = ivy.std(x")));
    QVERIFY(doc.isModified(file));
    QCOMPARE(doc.graphState(), GraphState::Empty);  // the old graph described the old text
    const auto diags = doc.diagnostics();
    auto it = std::find_if(diags.begin(), diags.end(), [](const Diagnostic& d) { return d.code == "syntax-error"; });
    QVERIFY(it != diags.end());
    QCOMPARE(doc.resolveFile(it->loc.file), file);
    QVERIFY(it->loc.line >= 7);
    QVERIFY(!doc.trace().ok);  // reported, not thrown
    QCOMPARE(doc.graphState(), GraphState::Failed);
    QVERIFY(!doc.transpile().ok);
    doc.undoStack()->undo();
    QCOMPARE(doc.sourceText(file), original);
    QVERIFY(!doc.isModified(file));
    QVERIFY(!hasDiagnostic(doc.diagnostics(), "syntax-error"));
    QVERIFY(doc.trace().ok);
  }

  void unsavedEditsAreTraced() {
    // Under a source root: the edited module replaces the file on disk for the trace.
    Document doc;
    doc.open(kWalkthrough);
    const QString file = doc.currentFile();
    doc.setSourceText(file, doc.sourceText(file).replace(QLatin1String("ivy.divide(ivy.subtract(x, mean), std)"),
                                                         QLatin1String("ivy.subtract(x, mean)")));
    QVERIFY(doc.trace().ok);
    QCOMPARE(opNames(doc.graph()), (QStringList{"mean", "std", "sub"}));
    // Source-to-source reads the buffer too.
    QVERIFY(doc.transpile().ok);
    QVERIFY(doc.generated().code.contains(QLatin1String("return x - mean")));
    // The file itself is untouched.
    QVERIFY(readAll(file).contains(QLatin1String("ivy.divide")));
  }

  void unsavedEditsAreTracedInASingleFile() {
    Document doc;
    QVERIFY(doc.open(kWalkthrough + QStringLiteral("/torch_normalize.py")).ok);
    QCOMPARE(doc.selectedFunction(), QStringLiteral("normalize"));
    // A single file finds its defaults under "<stem>.<function>".
    QCOMPARE(doc.settings().args, QStringLiteral("x"));
    const QString file = doc.currentFile();
    doc.setSourceText(file, doc.sourceText(file).replace(QLatin1String("torch.div(torch.sub(x, mean), std)"),
                                                         QLatin1String("torch.sub(x, mean)")));
    const OperationResult r = doc.trace();
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(opNames(doc.graph()), (QStringList{"mean", "std", "sub"}));
  }

  void unsavedEditsInAPackageModule() {
    Document doc;
    doc.open(kWalkthrough);
    QVERIFY(doc.selectFunction(QStringLiteral("imgkit.color.rgb_to_grayscale")));
    const QString file = doc.currentFile();
    QVERIFY(file.endsWith(QLatin1String("imgkit/color.py")));
    doc.setSourceText(file, doc.sourceText(file).replace(QLatin1String("return 0.299 * r + 0.587 * g + 0.114 * b"),
                                                         QLatin1String("return -(0.299 * r + 0.587 * g + 0.114 * b)")));
    const OperationResult r = doc.trace();
    QVERIFY2(r.ok, qPrintable(r.message));
    QVERIFY(opNames(doc.graph()).contains(QLatin1String("neg")));
  }

  void exportWritesAtomically() {
    QTemporaryDir dir;
    Document doc;
    doc.open(kWalkthrough);
    const QString out = dir.filePath(QStringLiteral("normalize_tf.py"));
    QVERIFY(!doc.exportCode(out).ok);  // nothing generated yet
    QVERIFY(!QFile::exists(out));
    QVERIFY(doc.transpile().ok);
    QVERIFY(doc.exportCode(out).ok);
    QCOMPARE(readAll(out), doc.generated().code);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("normalize_tf.py")});
    QVERIFY(!doc.exportCode(dir.filePath(QStringLiteral("missing/dir/x.py"))).ok);
    QVERIFY(hasDiagnostic(doc.diagnostics(), "write-failed"));
  }

  void saveWritesEditedFiles() {
    QTemporaryDir dir;
    const QString project = copyWalkthrough(dir);
    Document doc;
    QVERIFY(doc.open(project).ok);
    const QString file = doc.currentFile();
    QSignalSpy modified(&doc, &Document::modifiedChanged);
    const QString edited = doc.sourceText(file) + QStringLiteral("\n\ndef twice(x):\n    return x * 2\n");
    doc.setSourceText(file, edited);
    QCOMPARE(doc.modifiedFiles(), QStringList{file});
    QVERIFY(doc.save().ok);
    QCOMPARE(readAll(file), edited);
    QVERIFY(doc.modifiedFiles().isEmpty());
    QCOMPARE(modified.count(), 2);
    QVERIFY(doc.function(QStringLiteral("ivy_normalize.twice")));  // the list follows the saved file
  }
};

QTEST_GUILESS_MAIN(TestDocument)
#include "test_document.moc"
