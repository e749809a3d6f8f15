// Document's long operations — trace, run, transpile — as tasks for the TaskRunner: the work runs
// on the worker thread on a Job that holds copies of everything it reads and, while it runs, the
// document's session; the outcome is applied to the document on the UI thread. The synchronous
// trace()/run()/transpile() run the very same task on the calling thread.
#include <QFileInfo>

#include <chrono>
#include <exception>
#include <filesystem>

#include "app/Document.h"
#include "app/DocumentLive.h"
#include "app/FunctionLoader.h"
#include "app/TaskRunner.h"
#include "codegen/GraphCodegen.h"
#include "s2s/Translator.h"

namespace pt::app {

using detail::error;
using detail::qs;

// What a task reads (copied on the UI thread before it starts) and what it produced.
struct Document::Job {
  Operation operation = Operation::Trace;
  int generation = 0;  // Document::generation_ when it started: a later edit makes the outcome stale
  CancelFlag cancel;
  // ---- in
  QString selected;
  session::FunctionInfo info;
  FunctionSettings settings;
  trace::Mode mode = trace::Mode::Eager;
  Method method = Method::SourceToSource;
  std::string path;
  std::map<std::string, std::string> unsaved;
  std::string sourceText, displayName;  // the selected function's file, for source-to-source
  std::shared_ptr<const trace::CachedTrace> shown;  // the trace on screen (read-only)
  bool transpilePending = false;
  // ---- in and out: the session, owned by the task while it runs
  std::unique_ptr<Live> live;
  // ---- out
  OperationResult result;
  bool traced = false;  // graphState, output and the Trace diagnostics below are meant
  GraphState graphState = GraphState::Empty;
  QString output;
  double seconds = 0;  // how long the work ran
  Diagnostics traceDiagnostics;
  bool translated = false;  // generated code and the Transpile diagnostics below are meant
  QString code;
  Method codeMethod = Method::SourceToSource;
  std::vector<int> codeNodeLines;  // trace-based: per graph node, its generated line
  Diagnostics transpileDiagnostics;
};

// ---- worker side: touches only the Job ----------------------------------------------------------

namespace {

// A session kept from an earlier task answers to this task's cancel button.
void watchCancel(Document::Job& job) {
  if (!job.live || !job.live->session) return;
  const CancelFlag flag = job.cancel;
  job.live->session->interpreter().setCancelCheck([flag] { return flag->load(std::memory_order_relaxed); });
}

}  // namespace

bool Document::prepareJob(Job& job) {
  auto live = std::make_unique<Live>();
  Diagnostics& diagnostics = job.traceDiagnostics;
  try {
    live->session = std::make_unique<session::Session>(job.path);
    interp::Interpreter& in = live->session->interpreter();
    const CancelFlag flag = job.cancel;
    in.setCancelCheck([flag] { return flag->load(std::memory_order_relaxed); });
    live->session->runSetup(job.settings.setup.toStdString());
    live->function = loadFunction(*live->session, job.info, job.unsaved);
    const auto pickers = session::parseParamInputs(job.settings.inputs.toStdString());
    live->args = live->session->asFrameworkInputs(
        live->session->evalInputs(job.info.params, job.settings.args.toStdString(), pickers), job.settings.source);
    live->traced = std::make_unique<trace::TracedFunction>(in, live->function, job.info.name, job.mode);
    job.output = qs(in.output());
    in.output().clear();
  } catch (const interp::PyException& e) {
    diagnostics.push_back(session::diagnosticFromException(e));
    job.live = std::move(live);  // destroyed on the UI thread with the rest
    return false;
  } catch (const session::ParamInputError& e) {
    diagnostics.push_back(error("input-invalid", e.message, {"<args>", 1, 1}));
    job.live = std::move(live);
    return false;
  } catch (const std::exception& e) {
    diagnostics.push_back(error("internal-error", e.what()));
    job.live = std::move(live);
    return false;
  }
  job.live = std::move(live);
  return true;
}

// Eager: traces now with the inputs. Lazy: only creates the traced function.
void Document::traceJob(Job& job) {
  OperationResult& result = job.result;
  Diagnostics& diags = job.traceDiagnostics;
  job.traced = true;
  const QString name = job.selected;
  if (prepareJob(job)) {
    if (job.mode == trace::Mode::Lazy) {
      job.graphState = GraphState::NotTracedYet;
      result.ok = true;
      result.message = tr("%1 is ready: the first Run traces it (lazy)").arg(name);
    } else if (job.live->args.empty() && !job.info.params.empty()) {
      std::string params;
      for (const auto& p : job.info.params) params += (params.empty() ? "" : ", ") + p;
      diags.push_back(error("inputs-missing",
                            "eager tracing needs example inputs for " + job.info.name + "(" + params +
                                "): give them under Inputs, or switch to lazy mode",
                            {job.info.file, job.info.line}));
    } else {
      try {
        job.live->traced->traceWith(job.live->args);
        interp::Interpreter& in = job.live->session->interpreter();
        job.output += qs(in.output());
        in.output().clear();
        const trace::CachedTrace* t = job.live->traced->lastTrace();
        for (const auto& g : t->guards) diags.push_back({Severity::Note, "guard", g.description, g.loc});
        for (const auto& p : t->verifierProblems) diags.push_back({Severity::Warning, "verifier", p, {}});
        job.graphState = GraphState::Traced;
        result.ok = true;
        result.message = tr("Traced %1 eagerly: %n op(s), %2 ms", nullptr, static_cast<int>(t->graph->nodes().size()))
                             .arg(name)
                             .arg(job.live->traced->callLog().back().milliseconds, 0, 'f', 1);
      } catch (const interp::PyException& e) {
        diags.push_back(session::diagnosticFromException(e));
      } catch (const std::exception& e) {
        diags.push_back(error("internal-error", e.what()));
      }
    }
  }
  if (!result.ok) {
    job.graphState = GraphState::Failed;
    result.message = tr("Tracing %1 failed: see Problems").arg(name);
  }
  result.diagnostics = diags;
}

// Calls the traced function (created first if there is none) and logs the call.
void Document::runJob(Job& job) {
  OperationResult& result = job.result;
  if (!job.live || !job.live->traced) {
    traceJob(job);
    if (!result.ok) return;
  }
  watchCancel(job);
  job.traced = true;
  Diagnostics diags;
  interp::Interpreter& in = job.live->session->interpreter();
  result.ok = false;
  try {
    interp::Value value = job.live->traced->call(job.live->args);
    job.output = qs(in.output()) + qs(in.repr(value));
    in.output().clear();
    const trace::CallRecord& call = job.live->traced->callLog().back();
    result.ok = true;
    result.message = call.traced ? tr("Call %1: %2 ms — traced (%3)")
                                       .arg(call.index)
                                       .arg(call.milliseconds, 0, 'f', 3)
                                       .arg(qs(call.why))
                                 : tr("Call %1: %2 ms — cached graph").arg(call.index).arg(call.milliseconds, 0, 'f', 3);
  } catch (const interp::PyException& e) {
    job.output = qs(in.output());
    in.output().clear();
    diags.push_back(session::diagnosticFromException(e));
    result.message = tr("Run failed: see Problems");
  } catch (const std::exception& e) {
    diags.push_back(error("internal-error", e.what()));
    result.message = tr("Run failed: see Problems");
  }
  const trace::CachedTrace* after = job.live->traced->lastTrace();
  if (after)
    for (const auto& g : after->guards) diags.push_back({Severity::Note, "guard", g.description, g.loc});
  job.graphState = after ? GraphState::Traced : result.ok ? job.graphState : GraphState::Failed;
  result.diagnostics = diags;
  job.traceDiagnostics = diags;
  if (result.ok && job.transpilePending && after) {
    // Lazy trace-based translation: the first call traced, now the code can be generated.
    job.transpilePending = false;
    OperationResult generated = codegenJob(job, *after);
    result.message += QStringLiteral(" · ") + generated.message;
  }
}

OperationResult Document::codegenJob(Job& job, const trace::CachedTrace& t) {
  OperationResult result{Operation::Transpile};
  Diagnostics& diags = result.diagnostics;
  job.translated = true;
  if (!t.guards.empty()) {
    // Straight-line code would silently drop what the trace depended on.
    for (const auto& g : t.guards)
      diags.push_back(error("trace-specialised",
                            g.description + " (a trace-based translation would drop this dependence; use source-to-source)",
                            g.loc));
  } else {
    codegen::GraphCodegenOptions options;
    options.functionName = job.info.name;
    options.origin = job.info.name + " in " + std::filesystem::path(job.info.file).filename().string() + " (" +
                     std::string(ir::frameworkName(job.settings.source)) + "), traced with " + t.signature;
    options.resultOutputs = t.resultOutputs;
    try {
      codegen::GeneratedCode code = codegen::generateFromGraph(*t.graph, job.settings.target, options);
      diags = code.diagnostics;
      result.ok = code.ok();
      if (result.ok) {
        job.code = qs(code.code);
        job.codeMethod = Method::Trace;
        job.codeNodeLines = std::move(code.nodeLines);
      }
    } catch (const std::exception& e) {
      diags.push_back(error("internal-error", e.what()));
    }
  }
  result.message = result.ok ? tr("Translated %1 from %2 to %3 (trace-based)")
                                   .arg(job.selected, frameworkId(job.settings.source), frameworkId(job.settings.target))
                             : tr("Translating %1 failed: see Problems").arg(job.selected);
  job.transpileDiagnostics = diags;
  return result;
}

// With example inputs, source-to-source translation sees what a run of the function observes at
// each AST node (is this receiver a tensor? this operand an int?), as `transpile --trace-types`.
// A session of its own: the one on screen (and its trace) is not touched. A failing run is a
// note; the translation then goes by annotations and local inference alone.
namespace {

void observeInputTypes(const Document::Job& job, ir::ObservedTypes& observed, Diagnostics& diagnostics) {
  const FunctionSettings& s = job.settings;
  if (s.args.trimmed().isEmpty() && s.inputs.trimmed().isEmpty()) return;
  try {
    session::Session session(job.path);
    const CancelFlag flag = job.cancel;
    if (flag) session.interpreter().setCancelCheck([flag] { return flag->load(std::memory_order_relaxed); });
    session.runSetup(s.setup.toStdString());
    interp::Value function = loadFunction(session, job.info, job.unsaved);
    auto args = session.asFrameworkInputs(
        session.evalInputs(job.info.params, s.args.toStdString(), session::parseParamInputs(s.inputs.toStdString())), s.source);
    if (auto raised = trace::observeTypes(session.interpreter(), function, job.info.name, args, observed)) {
      Diagnostic d = session::diagnosticFromException(*raised);
      d.severity = Severity::Note;
      d.message = "the example run raised " + raised->type + " (" + raised->message + "); types are those observed until then";
      diagnostics.push_back(d);
    }
  } catch (const interp::PyException& e) {
    Diagnostic d = session::diagnosticFromException(e);
    d.severity = Severity::Note;
    d.message = "types not observed (the example inputs failed): " + d.message.substr(0, d.message.find('\n'));
    diagnostics.push_back(d);
  } catch (const session::ParamInputError& e) {
    diagnostics.push_back({Severity::Note, "input-invalid", "types not observed: " + e.message, {}});
  }
}

}  // namespace

void Document::transpileJob(Job& job) {
  OperationResult& result = job.result;
  const FunctionSettings& s = job.settings;
  if (job.method == Method::SourceToSource) {
    job.translated = true;
    s2s::Request request{job.sourceText, job.displayName, job.info.name, s.source, s.target};
    ir::ObservedTypes observed;
    observeInputTypes(job, observed, result.diagnostics);
    request.observed = &observed;
    request.observedPath = job.info.file;
    try {
      s2s::Result translated = s2s::translateFunction(request);
      result.diagnostics.insert(result.diagnostics.end(), translated.diagnostics.begin(), translated.diagnostics.end());
      result.ok = translated.ok();
      if (result.ok) {
        job.code = qs(translated.code);
        job.codeMethod = Method::SourceToSource;
      }
    } catch (const std::exception& e) {
      result.diagnostics.push_back(error("internal-error", e.what()));
    }
    result.message = result.ok ? tr("Translated %1 from %2 to %3 (source-to-source)")
                                     .arg(job.selected, frameworkId(s.source), frameworkId(s.target))
                               : tr("Translating %1 failed: see Problems").arg(job.selected);
    job.transpileDiagnostics = result.diagnostics;
    return;
  }
  // Trace-based: the code is the graph, so there must be one.
  if (job.shown) {
    result = codegenJob(job, *job.shown);
    return;
  }
  if (job.mode == trace::Mode::Lazy) {
    if (!job.live) {
      traceJob(job);
      if (!result.ok) return;
    }
    job.transpilePending = true;
    job.translated = true;  // clears the Transpile diagnostics; the code comes with the first Run
    result.ok = true;
    result.message = tr("Lazy: %1 is translated to %2 on its first Run").arg(job.selected, frameworkId(s.target));
    return;
  }
  traceJob(job);
  if (!result.ok) return;
  result = codegenJob(job, *job.live->traced->lastTrace());
}

// ---- UI side ------------------------------------------------------------------------------------

std::shared_ptr<Document::Job> Document::makeJob(Operation operation) {
  auto job = std::make_shared<Job>();
  job->operation = operation;
  job->result.operation = operation;
  job->generation = generation_;
  job->selected = selected_;
  if (const auto* info = selectedInfo()) job->info = *info;
  job->settings = settings();
  job->mode = mode_;
  job->method = method_;
  job->path = path_.toStdString();
  job->unsaved = unsavedBuffers();
  const QString file = currentFile();
  job->sourceText = sourceText(file).toStdString();
  job->displayName = displayName(file).toStdString();
  job->shown = shown_;
  job->transpilePending = transpilePending_;
  return job;
}

QString Document::describe(Operation operation) const {
  switch (operation) {
    case Operation::Trace: return tr("Tracing %1…").arg(selected_);
    case Operation::Run: return tr("Running %1…").arg(selected_);
    case Operation::Transpile: return tr("Translating %1…").arg(selected_);
    default: return {};
  }
}

OperationResult Document::perform(Operation operation, bool async) {
  if (!selectedInfo()) {
    OperationResult result{operation};
    result.message = operation == Operation::Transpile ? tr("Select a function to transpile") : tr("Select a function first");
    if (operation != Operation::Transpile) result.diagnostics.push_back(error("no-function", "no function selected"));
    setDiagnostics(DiagnosticGroup::Trace, result.diagnostics);
    return finish(result);
  }
  tasks_->cancel();
  tasks_->waitForIdle();
  // Tracing starts afresh; a run continues the session (the task owns it meanwhile); a
  // trace-based translation of the trace on screen needs no session at all.
  if (operation == Operation::Trace) invalidateTrace();
  auto job = makeJob(operation);
  const bool needsSession = operation == Operation::Run ||
                            (operation == Operation::Transpile && method_ == Method::Trace && !shown_);
  if (needsSession) job->live = std::move(live_);
  if (operation == Operation::Transpile && method_ == Method::Trace && !shown_ && mode_ == trace::Mode::Eager)
    job->live.reset();  // an eager trace-based translation traces afresh, like Trace
  auto work = [job](const CancelFlag& cancel) {
    const auto started = std::chrono::steady_clock::now();
    job->cancel = cancel;
    watchCancel(*job);
    switch (job->operation) {
      case Operation::Trace: traceJob(*job); break;
      case Operation::Run: runJob(*job); break;
      case Operation::Transpile: transpileJob(*job); break;
      default: break;
    }
    job->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  };
  auto outcome = std::make_shared<OperationResult>();
  auto done = [this, job, outcome](bool cancelled) {
    *outcome = applyJob(*job, cancelled);
    // Whatever the task held is let go here, on the UI thread, in the documented order.
    job->shown.reset();
    job->live.reset();
  };
  const QString what = describe(operation);
  if (async) {
    tasks_->start(what, work, done);
    return {operation, true, what};
  }
  tasks_->runHere(what, work, done);
  return *outcome;
}

OperationResult Document::runSideTask(Operation operation, const QString& what, const std::function<void(const CancelFlag&)>& work,
                                      const std::function<void(bool)>& done, const std::shared_ptr<OperationResult>& outcome,
                                      bool async) {
  if (async) {
    tasks_->start(what, work, [this, done, outcome](bool cancelled) {
      done(cancelled);
      finish(*outcome);
    });
    return {operation, true, what};
  }
  tasks_->runHere(what, work, done);
  return finish(*outcome);
}

OperationResult Document::applyJob(Job& job, bool cancelled) {
  OperationResult result = std::move(job.result);
  if (job.generation != generation_) {
    // The source, inputs or pickers changed while it ran: its outcome describes something else.
    job.live.reset();
    result.ok = false;
    result.message = tr("%1 stopped: the function or its inputs changed").arg(describe(job.operation));
    result.diagnostics.clear();
    return finish(result);
  }
  if (cancelled) {
    // Stopped between two interpreter steps: the session may be half-way through a call. Start over.
    Diagnostic d{Severity::Warning, "cancelled",
                 "cancelled by the user after " + QString::number(job.seconds, 'f', 1).toStdString() +
                     " s: " + describe(job.operation).toStdString(),
                 {}};
    for (const auto& e : job.traceDiagnostics)
      if (e.code == "cancelled") d.loc = e.loc;  // where the interpreter was when it stopped
    invalidateTrace();  // the graph on screen first: it refers into the session
    job.live.reset();
    graphState_ = GraphState::Cancelled;
    result.ok = false;
    result.diagnostics = {d};
    result.message = tr("Cancelled: %1").arg(describe(job.operation));
    setDiagnostics(DiagnosticGroup::Trace, result.diagnostics);
    emit graphChanged();
    setFunctionState(job.selected, FunctionState::NotTraced);
    return finish(result);
  }
  // A session whose set-up failed has nothing worth keeping.
  if (job.live && job.live->traced) live_ = std::move(job.live);
  job.live.reset();
  if (job.traced) {
    const bool stateMoved = graphState_ != job.graphState;
    graphState_ = job.graphState;
    lastOutput_ = job.output;
    setDiagnostics(DiagnosticGroup::Trace, job.traceDiagnostics);
    auto trace = live_ && live_->traced ? live_->traced->sharedLastTrace() : nullptr;
    const bool graphMoved = trace != shown_ || stateMoved || job.operation == Operation::Trace;
    shown_ = std::move(trace);
    shownLog_ = live_ && live_->traced ? live_->traced->callLog() : std::vector<trace::CallRecord>{};
    if (graphMoved) emit graphChanged();
    emit callLogChanged();
  }
  transpilePending_ = job.transpilePending;
  if (job.translated) {
    if (!job.code.isEmpty()) setGenerated(job.code, job.codeMethod, std::move(job.codeNodeLines));
    setDiagnostics(DiagnosticGroup::Transpile, job.transpileDiagnostics);
  }
  if (job.operation == Operation::Transpile && transpilePending_) emit generatedCodeChanged();
  updateFunctionState(job, result.ok);
  return finish(result);
}

// ---- function states ----------------------------------------------------------------------------

FunctionState Document::functionState(const QString& qualname) const {
  auto it = functionStates_.find(qualname);
  return it == functionStates_.end() ? FunctionState::NotTraced : it->second;
}

void Document::setFunctionState(const QString& qualname, FunctionState state) {
  if (functionState(qualname) == state) return;
  functionStates_[qualname] = state;
  emit functionStateChanged(qualname);
}

void Document::forgetFunctionStates(const QString& file) {
  for (const auto& f : functions_)
    if (QFileInfo(qs(f.file)).absoluteFilePath() == file) setFunctionState(qs(f.qualname), FunctionState::NotTraced);
}

// What a finished task says about its function: a translation outranks a trace (the function
// was traced to get there, or needed none); a failure replaces either.
void Document::updateFunctionState(const Job& job, bool ok) {
  FunctionState state = functionState(job.selected);
  if (!ok) state = FunctionState::Failed;
  else if (job.translated && !job.code.isEmpty()) state = FunctionState::Transpiled;
  else if (graphState_ == GraphState::Traced && state != FunctionState::Transpiled) state = FunctionState::Traced;
  else if (state == FunctionState::Failed) state = FunctionState::NotTraced;
  setFunctionState(job.selected, state);
}

OperationResult Document::trace() { return perform(Operation::Trace, false); }
OperationResult Document::run() { return perform(Operation::Run, false); }
OperationResult Document::transpile() { return perform(Operation::Transpile, false); }
void Document::startTrace() { perform(Operation::Trace, true); }
void Document::startRun() { perform(Operation::Run, true); }
void Document::startTranspile() { perform(Operation::Transpile, true); }
void Document::cancelTask() { tasks_->cancel(); }
bool Document::isBusy() const { return tasks_->isBusy(); }
void Document::waitForTask() { tasks_->waitForIdle(); }

}  // namespace pt::app
