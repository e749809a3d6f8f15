#pragma once
// The model the main window renders: one project (a .py file or a source root), its functions,
// the editable source buffers, the pickers and example inputs of each function, and what the
// operations produced — the traced function with its call log and graph, the generated code and
// the diagnostics. Widget-free: every operation returns an OperationResult and announces its
// effects through typed signals. Trace, run and transpile run as tasks on a worker thread
// (start*(), cancelTask(); see TaskRunner) or, for scripts and tests, synchronously.
//
// Picker, input and source edits go through the document's QUndoStack.
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <vector>

#include "app/Pickers.h"
#include "app/ProjectConfig.h"
#include "base/Diagnostic.h"
#include "session/GraphDiff.h"
#include "session/Session.h"
#include "trace/TracedFunction.h"

class QUndoStack;

namespace pt::app {

class TaskRunner;

enum class GraphState {
  Empty,         // nothing traced since the last change
  NotTracedYet,  // lazy: the traced function exists, its first Run traces
  Traced,
  Failed,        // the last trace or run raised; see diagnostics()
  Cancelled,     // the user stopped the last trace or run (Cancel) before it finished
};

// What the user chose for one function. Frameworks and inputs belong to the function (the
// walkthrough's ivy and torch versions differ); mode and method are how the user works, global.
struct FunctionSettings {
  ir::Framework source = ir::Framework::Torch;
  ir::Framework target = ir::Framework::TensorFlow;
  QString setup;  // Python run before the call, like polytrace-cli --setup
  QString args;   // comma-separated Python expressions, like --args
  QString inputs; // per-parameter picked inputs as JSON (session/ParamInput.h), like --inputs
};

// What happened to a function in this session, for the project tree.
enum class FunctionState { NotTraced, Traced, Transpiled, Failed };

enum class Operation { Open, Trace, Run, Transpile, Export, Save, TranspileAll, Verify, ExportPackage };

struct OperationResult {
  Operation operation = Operation::Open;
  bool ok = false;
  QString message;          // one line for the status bar
  Diagnostics diagnostics;  // what this operation reported (also in Document::diagnostics())
};

struct GeneratedCode {
  QString code;
  QString function;  // qualified name it was generated for
  Method method = Method::SourceToSource;
  ir::Framework target = ir::Framework::TensorFlow;
  bool stale = false;  // the source, pickers or inputs changed since
  // Trace-based: per node of the graph it came from, the 1-based line computing it (0: inlined).
  std::vector<int> nodeLines;
};

// Every node's results when the traced graph runs again on the last inputs: what the inspector
// shows and where the first NaN/Inf came from.
struct NodeValues {
  bool ok = false;
  QString note;                                       // why there are none (shown to the user)
  std::vector<runtime::Tensor> params;                // the inputs used
  std::vector<std::vector<runtime::Tensor>> perNode;  // indexed like graph()->nodes()
  std::vector<bool> nonFinite;                        // per node: an output holds NaN or Inf
  int firstNonFinite = -1;  // the first node whose outputs hold NaN/Inf while its inputs do not
  double milliseconds = 0;
};

class Document : public QObject {
  Q_OBJECT

 public:
  enum class Field { Source, Target, Setup, Args, Inputs };  // of FunctionSettings, for the undo commands

  explicit Document(QObject* parent = nullptr);
  ~Document() override;

  // ---- project -------------------------------------------------------------------------------
  // Opens a file, a notebook (.ipynb: its code cells as one module) or a source root and selects polytrace.json's start function (else the first).
  OperationResult open(const QString& path);
  bool isOpen() const { return !path_.isEmpty(); }
  QString path() const { return path_; }
  bool isFolder() const { return isFolder_; }
  QString rootDir() const;  // the folder, or the file's folder
  QString title() const;    // polytrace.json's title, else the file or folder name
  const ProjectConfig& config() const { return config_; }
  const std::vector<session::FunctionInfo>& functions() const { return functions_; }
  const session::FunctionInfo* function(const QString& qualname) const;
  bool selectFunction(const QString& qualname);  // not undoable: a view change
  QString selectedFunction() const { return selected_; }
  const session::FunctionInfo* selectedInfo() const { return function(selected_); }

  // ---- source buffers (keyed by absolute path) -----------------------------------------------
  QString currentFile() const;  // the selected function's file
  QString sourceText(const QString& file) const;
  void setSourceText(const QString& file, const QString& text);  // undoable
  bool isModified(const QString& file) const;
  QStringList modifiedFiles() const;
  OperationResult save();  // writes every modified buffer atomically
  QString displayName(const QString& file) const;  // as core names it in locations: relative to the root
  // A diagnostic's or node's location file as an absolute project path; empty for "<setup>",
  // "<args>" and files outside the project.
  QString resolveFile(const std::string& locationFile) const;

  // ---- pickers and inputs (undoable) ---------------------------------------------------------
  FunctionSettings settings() const { return settingsFor(selected_); }
  FunctionSettings settingsFor(const QString& qualname) const;
  QStringList visitedFunctions() const;  // selected at least once: their settings are the user's
  // The outcome of the function's last trace, run or translation; an edit of its file resets it.
  FunctionState functionState(const QString& qualname) const;
  trace::Mode mode() const { return mode_; }
  Method method() const { return method_; }
  void setSourceFramework(ir::Framework fw);
  void setTargetFramework(ir::Framework fw);
  void setMode(trace::Mode mode);
  void setMethod(Method method);
  void setSetupCode(const QString& code);
  void setArgs(const QString& exprs);
  void setInputs(const QString& json);  // the pickers' JSON; "" = none

  // ---- results -------------------------------------------------------------------------------
  GraphState graphState() const { return graphState_; }
  const ir::Graph* graph() const;  // owned by the traced function; valid until graphChanged()
  const trace::CachedTrace* lastTrace() const;
  const std::vector<trace::CallRecord>& callLog() const;
  QString lastOutput() const { return lastOutput_; }  // what the last Run printed and returned
  const GeneratedCode& generated() const { return generated_; }
  bool transpilePending() const { return transpilePending_; }  // lazy trace-based: on the first Run
  Diagnostics diagnostics() const;  // all current ones, deduplicated; syntax first
  // Node values of the current graph on the last inputs; nullptr until computeNodeValues().
  // Cleared whenever graphChanged() is emitted.
  std::shared_ptr<const NodeValues> nodeValues() const { return nodeValues_; }
  QUndoStack* undoStack() const { return undoStack_; }

  // ---- operations ----------------------------------------------------------------------------
  // Eager: traces now with the inputs. Lazy: creates the traced function; the graph stays
  // "not traced yet" until the first run(). Always starts a new session (current source and inputs).
  OperationResult trace();
  // Calls the traced function with the inputs (creating it first if needed) and logs the call.
  OperationResult run();
  // Source-to-source: translates the (edited) source. Trace-based: from the current trace,
  // tracing first in eager mode; in lazy mode before the first run, on the first run.
  OperationResult transpile();
  OperationResult exportCode(const QString& path);  // the generated code, written atomically
  // Runs the current graph again on the last inputs keeping every node's results (not for
  // graphs that draw random numbers: a re-run would show other numbers than the call did).
  void computeNodeValues();
  // The current graph as IR text (DESIGN.md's format).
  QString graphText() const;

  // ---- the same operations off the UI thread -------------------------------------------------
  // Each returns at once; the outcome arrives with operationFinished(). One task runs at a time:
  // starting one cancels the one running. While a task runs, the graph and call log shown stay
  // those of the last finished operation, and an edit that makes its outcome stale cancels it.
  void startTrace();
  void startRun();
  void startTranspile();
  // Every function of the project translated source-to-source to its target (its picker's), one
  // after the other with progress n/N; each function's state tells how it went, failures go to
  // Problems, the selected function's code to the generated pane. Cancel keeps what was done.
  void startTranspileAll();
  OperationResult transpileAll();
  // The selected function and its translation (its target and method) run on the same inputs in
  // a session of their own, the translation re-traced through the target's frontend, the two
  // graphs' nodes paired and compared (session::diffTranslation). graphDiff() has it until the
  // function, its inputs or pickers change; a divergence is a "numeric-mismatch" problem.
  void startVerify();
  OperationResult verify();
  // A folder project translated module by module (source-to-source, whole modules, to the selected
  // function's target) into a mirrored tree under `dir`, with progress and cancel; the report's
  // failures go to Problems. Translations are cached on disk like polytrace-cli's.
  void startExportPackage(const QString& dir);
  OperationResult exportPackage(const QString& dir);
  std::shared_ptr<const session::GraphDiff> graphDiff() const { return diff_; }
  void cancelTask();  // the interpreter stops at its next step; the outcome says "cancelled"
  bool isBusy() const;
  void waitForTask();  // blocks until the running task (if any) has finished and been applied
  TaskRunner* tasks() const { return tasks_; }

 signals:
  void projectOpened();
  void functionsChanged();
  void selectedFunctionChanged(const QString& qualname);
  void sourceTextChanged(const QString& file);
  void modifiedChanged(const QString& file, bool modified);
  void pickersChanged();
  void inputsChanged();
  void graphChanged();  // graph() and graphState(); the previous graph is gone after this
  void callLogChanged();
  void generatedCodeChanged();
  void diagnosticsChanged();
  void nodeValuesChanged();
  void operationFinished(const pt::app::OperationResult& result);
  void functionStateChanged(const QString& qualname);
  void graphDiffChanged();

 private:
  friend class SetFunctionSettingCommand;
  friend class SetModeCommand;
  friend class SetMethodCommand;
  friend class EditSourceCommand;

  enum class DiagnosticGroup { Project, Trace, Transpile, Export, Verify };
  struct Buffer {
    QString text;
    QString saved;
  };

 public:
  struct Live;  // the session and traced function of the selected function
  struct Job;   // one task's inputs and outcome (DocumentTasks.cpp)

 private:

  // Applied by the undo commands.
  void applySetting(const QString& qualname, Field field, const QVariant& value);
  void applyMode(trace::Mode mode);
  void applyMethod(Method method);
  void applySourceText(const QString& file, const QString& text);
  void showFile(const QString& file);  // selects a function of `file` unless one is selected

  Buffer& buffer(const QString& file) const;
  std::map<std::string, std::string> unsavedBuffers() const;
  void reparse(const QString& file);
  void invalidateTrace();
  void forgetDiff();  // the diff compared with another translation or other inputs
  void markGeneratedStale();
  // Tasks (DocumentTasks.cpp): the static ones run on the worker and touch only the Job.
  std::shared_ptr<Job> makeJob(Operation operation);
  OperationResult perform(Operation operation, bool async);
  OperationResult applyJob(Job& job, bool cancelled);
  QString describe(Operation operation) const;
  void setFunctionState(const QString& qualname, FunctionState state);
  void updateFunctionState(const Job& job, bool ok);
  void forgetFunctionStates(const QString& file);  // its functions' code changed
  static bool prepareJob(Job& job);
  static void traceJob(Job& job);
  static void runJob(Job& job);
  static void transpileJob(Job& job);
  static OperationResult codegenJob(Job& job, const trace::CachedTrace& trace);
  OperationResult performTranspileAll(bool async);  // DocumentTranspileAll.cpp
  OperationResult performVerify(bool async);        // DocumentVerify.cpp
  OperationResult performExportPackage(const QString& dir, bool async);  // DocumentExportPackage.cpp
  // A task outside the trace/run/transpile job: `done` fills `outcome` on the UI thread, which
  // is then finished (async: when the worker is done; else at once, run on this thread).
  OperationResult runSideTask(Operation operation, const QString& what, const std::function<void(const std::shared_ptr<std::atomic<bool>>&)>& work,
                              const std::function<void(bool)>& done, const std::shared_ptr<OperationResult>& outcome, bool async);
  void setGenerated(const QString& code, Method method, std::vector<int> nodeLines = {});
  void setDiagnostics(DiagnosticGroup group, Diagnostics diagnostics);
  OperationResult finish(OperationResult result);
  void clear();

  QString path_;
  bool isFolder_ = false;
  ProjectConfig config_;
  std::vector<session::FunctionInfo> functions_;
  QString selected_;
  mutable std::map<QString, Buffer> buffers_;
  std::map<QString, FunctionSettings> settings_;
  trace::Mode mode_ = trace::Mode::Eager;
  Method method_ = Method::SourceToSource;

  std::unique_ptr<Live> live_;  // moved into a task while it runs
  // What the views show: the last finished operation's trace and call log. Shared, so a run on
  // the worker that replaces the cache entry cannot free a graph on screen.
  std::shared_ptr<const trace::CachedTrace> shown_;
  std::vector<trace::CallRecord> shownLog_;
  std::map<QString, FunctionState> functionStates_;
  int generation_ = 0;  // bumped by invalidateTrace(): tasks started before are stale
  TaskRunner* tasks_;
  GraphState graphState_ = GraphState::Empty;
  QString lastOutput_;
  GeneratedCode generated_;
  bool transpilePending_ = false;

  std::map<DiagnosticGroup, Diagnostics> diagnostics_;
  std::map<QString, Diagnostics> syntax_;  // per file: parse errors of the current buffer text
  QUndoStack* undoStack_;
  std::shared_ptr<const NodeValues> nodeValues_;
  std::shared_ptr<const session::GraphDiff> diff_;
};

}  // namespace pt::app
