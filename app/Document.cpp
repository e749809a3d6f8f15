#include "app/Document.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUndoStack>

#include <chrono>
#include <cmath>
#include <exception>
#include <filesystem>
#include <set>
#include <tuple>

#include "app/DocumentCommands.h"
#include "app/FunctionLoader.h"
#include "codegen/GraphCodegen.h"
#include "ir/TextFormat.h"
#include "runtime/Backend.h"
#include "runtime/GraphExecutor.h"
#include "interp/Interpreter.h"
#include "s2s/Translator.h"
#include "syntax/Parser.h"

namespace pt::app {

// The core objects behind the selected function. Declaration order is destruction order in
// reverse: the traced function and the values go before the interpreter they live in.
struct Document::Live {
  std::unique_ptr<session::Session> session;
  interp::Value function;
  std::vector<interp::Value> args;
  std::unique_ptr<trace::TracedFunction> traced;
};

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

Diagnostic error(std::string code, std::string message, SourceLocation loc = {}) {
  return {Severity::Error, std::move(code), std::move(message), std::move(loc)};
}

// Writes through a temporary file and a rename: a failure never leaves half a file behind.
bool writeAtomically(const QString& path, const QString& text, QString& why) {
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly)) {
    why = file.errorString();
    return false;
  }
  const QByteArray bytes = text.toUtf8();
  if (file.write(bytes) != bytes.size()) {
    why = file.errorString();
    file.cancelWriting();
    return false;
  }
  if (!file.commit()) {
    why = file.errorString();
    return false;
  }
  return true;
}

const std::vector<trace::CallRecord> kNoCalls;

}  // namespace

Document::Document(QObject* parent) : QObject(parent), undoStack_(new QUndoStack(this)) {
  qRegisterMetaType<pt::app::OperationResult>();
  // Values belong to one graph and one set of inputs: any change of graph makes them stale.
  connect(this, &Document::graphChanged, this, [this] {
    if (nodeValues_) {
      nodeValues_.reset();
      emit nodeValuesChanged();
    }
  });
}

Document::~Document() {
  // Commands refer to the document, and clearing the stack announces itself: go first, silently.
  undoStack_->blockSignals(true);
  delete undoStack_;
  // The traced function refers into its session's interpreter: tear down in order.
  live_.reset();
}

// ---- project ------------------------------------------------------------------------------------

void Document::clear() {
  invalidateTrace();
  undoStack_->clear();
  path_.clear();
  isFolder_ = false;
  config_ = {};
  functions_.clear();
  selected_.clear();
  buffers_.clear();
  settings_.clear();
  generated_ = {};
  transpilePending_ = false;
  diagnostics_.clear();
  syntax_.clear();
}

OperationResult Document::open(const QString& path) {
  OperationResult result{Operation::Open};
  clear();
  const QFileInfo info(path);
  if (!info.exists()) {
    result.diagnostics.push_back(error("no-source", "no such file or folder: " + path.toStdString(), {path.toStdString()}));
    result.message = tr("Cannot open %1: no such file or folder").arg(path);
    setDiagnostics(DiagnosticGroup::Project, result.diagnostics);
    emit projectOpened();
    emit functionsChanged();
    emit selectedFunctionChanged(selected_);
    emit pickersChanged();
    emit inputsChanged();
    emit generatedCodeChanged();
    return finish(result);
  }
  path_ = info.canonicalFilePath();
  isFolder_ = info.isDir();
  Diagnostics diags;
  config_ = ProjectConfig::load(rootDir(), diags);
  functions_ = session::listFunctions(path_.toStdString(), diags);
  // Syntax errors are kept per file, so fixing the buffer clears them.
  Diagnostics project;
  for (auto& d : diags) {
    if (d.code == "syntax-error") syntax_[resolveFile(d.loc.file)].push_back(d);
    else project.push_back(d);
  }
  setDiagnostics(DiagnosticGroup::Project, project);
  result.diagnostics = diags;
  emit projectOpened();
  emit functionsChanged();

  QString start = config_.start;
  if (!function(start) && !functions_.empty()) start = qs(functions_.front().qualname);
  if (!start.isEmpty()) selectFunction(start);
  else {
    emit selectedFunctionChanged(selected_);
    emit pickersChanged();
    emit inputsChanged();
    emit generatedCodeChanged();
  }
  result.ok = !functions_.empty();
  result.message = result.ok ? tr("Opened %1: %n function(s)", nullptr, static_cast<int>(functions_.size())).arg(title())
                             : tr("No functions found in %1").arg(path_);
  return finish(result);
}

QString Document::rootDir() const {
  if (path_.isEmpty()) return {};
  return isFolder_ ? path_ : QFileInfo(path_).absolutePath();
}

QString Document::title() const {
  if (!config_.title.isEmpty()) return config_.title;
  return QFileInfo(path_).fileName();
}

const session::FunctionInfo* Document::function(const QString& qualname) const {
  if (qualname.isEmpty()) return nullptr;
  const std::string q = qualname.toStdString();
  for (const auto& f : functions_)
    if (f.qualname == q) return &f;
  return nullptr;
}

bool Document::selectFunction(const QString& qualname) {
  if (qualname == selected_) return function(qualname) != nullptr;
  if (!function(qualname)) return false;
  invalidateTrace();
  selected_ = qualname;
  if (!settings_.count(qualname)) settings_[qualname] = settingsFor(qualname);
  generated_ = {};
  transpilePending_ = false;
  diagnostics_.erase(DiagnosticGroup::Trace);
  diagnostics_.erase(DiagnosticGroup::Transpile);
  diagnostics_.erase(DiagnosticGroup::Export);
  emit selectedFunctionChanged(selected_);
  emit pickersChanged();
  emit inputsChanged();
  emit generatedCodeChanged();
  emit diagnosticsChanged();
  return true;
}

// ---- source buffers -----------------------------------------------------------------------------

QString Document::currentFile() const {
  const auto* info = selectedInfo();
  return info ? QFileInfo(qs(info->file)).absoluteFilePath() : QString();
}

Document::Buffer& Document::buffer(const QString& file) const {
  auto it = buffers_.find(file);
  if (it != buffers_.end()) return it->second;
  Buffer b;
  QFile f(file);
  if (f.open(QIODevice::ReadOnly)) b.text = b.saved = QString::fromUtf8(f.readAll());
  return buffers_.emplace(file, b).first->second;
}

QString Document::sourceText(const QString& file) const {
  if (file.isEmpty()) return {};
  return buffer(file).text;
}

void Document::setSourceText(const QString& file, const QString& text) {
  if (file.isEmpty() || text == sourceText(file)) return;
  undoStack_->push(new EditSourceCommand(this, file, sourceText(file), text));
}

void Document::applySourceText(const QString& file, const QString& text) {
  showFile(file);
  Buffer& b = buffer(file);
  const bool wasModified = b.text != b.saved;
  b.text = text;
  reparse(file);
  // The trace and its diagnostics describe the old text: drop them; the next trace uses the edit.
  invalidateTrace();
  diagnostics_.erase(DiagnosticGroup::Trace);
  diagnostics_.erase(DiagnosticGroup::Transpile);
  markGeneratedStale();
  emit sourceTextChanged(file);
  if (wasModified != (b.text != b.saved)) emit modifiedChanged(file, b.text != b.saved);
  emit diagnosticsChanged();
}

void Document::showFile(const QString& file) {
  if (file == currentFile()) return;
  for (const auto& f : functions_)
    if (QFileInfo(qs(f.file)).absoluteFilePath() == file) {
      selectFunction(qs(f.qualname));
      return;
    }
}

void Document::reparse(const QString& file) {
  const Buffer& b = buffer(file);
  auto parsed = syntax::parseModule(b.text.toStdString(), displayName(file).toStdString());
  syntax_[file] = parsed.diagnostics();
}

bool Document::isModified(const QString& file) const {
  auto it = buffers_.find(file);
  return it != buffers_.end() && it->second.text != it->second.saved;
}

QStringList Document::modifiedFiles() const {
  QStringList files;
  for (const auto& [file, b] : buffers_)
    if (b.text != b.saved) files << file;
  return files;
}

std::map<std::string, std::string> Document::unsavedBuffers() const {
  std::map<std::string, std::string> out;
  for (const auto& [file, b] : buffers_)
    if (b.text != b.saved) out[file.toStdString()] = b.text.toStdString();
  return out;
}

OperationResult Document::save() {
  OperationResult result{Operation::Save, true};
  const QStringList files = modifiedFiles();
  for (const QString& file : files) {
    Buffer& b = buffers_.at(file);
    QString why;
    if (!writeAtomically(file, b.text, why)) {
      result.ok = false;
      result.diagnostics.push_back(error("write-failed", "cannot write " + file.toStdString() + ": " + why.toStdString(),
                                         {file.toStdString()}));
      continue;
    }
    b.saved = b.text;
    emit modifiedChanged(file, false);
  }
  if (!files.isEmpty()) {
    // Functions may have been added, renamed or moved by the edits.
    Diagnostics ignored;  // syntax errors are already shown per buffer
    functions_ = session::listFunctions(path_.toStdString(), ignored);
    emit functionsChanged();
    if (!function(selected_) && !functions_.empty()) selectFunction(qs(functions_.front().qualname));
  }
  setDiagnostics(DiagnosticGroup::Export, result.diagnostics);
  result.message = result.ok ? tr("Saved %n file(s)", nullptr, static_cast<int>(files.size())) : tr("Saving failed");
  return finish(result);
}

QString Document::displayName(const QString& file) const {
  const QString root = rootDir();
  if (root.isEmpty()) return file;
  return QDir(root).relativeFilePath(file);
}

QString Document::resolveFile(const std::string& locationFile) const {
  if (locationFile.empty() || locationFile.front() == '<' || path_.isEmpty()) return {};
  const QString name = qs(locationFile);
  const QFileInfo direct(name);
  if (direct.isAbsolute()) return direct.exists() ? direct.absoluteFilePath() : QString();
  const QFileInfo relative(QDir(rootDir()).filePath(name));
  return relative.exists() ? relative.absoluteFilePath() : QString();
}

// ---- pickers and inputs -------------------------------------------------------------------------

FunctionSettings Document::settingsFor(const QString& qualname) const {
  if (auto it = settings_.find(qualname); it != settings_.end()) return it->second;
  FunctionSettings s;
  const auto* info = function(qualname);
  // polytrace.json names functions as under a source root; a single file's functions by stem.name.
  FunctionDefaults d = config_.functions.value(qualname);
  if (!isFolder_ && !config_.functions.contains(qualname) && info)
    d = config_.functions.value(QFileInfo(path_).completeBaseName() + QLatin1Char('.') + qualname);
  s.source = d.source.value_or(info && info->framework ? *info->framework : ir::Framework::Torch);
  s.target = d.target.value_or(s.source == ir::Framework::TensorFlow ? ir::Framework::Torch : ir::Framework::TensorFlow);
  s.setup = d.setup;
  s.args = d.args;
  return s;
}

void Document::setSourceFramework(ir::Framework fw) {
  if (selected_.isEmpty() || settings().source == fw) return;
  undoStack_->push(new SetFunctionSettingCommand(this, selected_, Field::Source, static_cast<int>(settings().source),
                                                 static_cast<int>(fw)));
}

void Document::setTargetFramework(ir::Framework fw) {
  if (selected_.isEmpty() || settings().target == fw) return;
  undoStack_->push(new SetFunctionSettingCommand(this, selected_, Field::Target, static_cast<int>(settings().target),
                                                 static_cast<int>(fw)));
}

void Document::setSetupCode(const QString& code) {
  if (selected_.isEmpty() || settings().setup == code) return;
  undoStack_->push(new SetFunctionSettingCommand(this, selected_, Field::Setup, settings().setup, code));
}

void Document::setArgs(const QString& exprs) {
  if (selected_.isEmpty() || settings().args == exprs) return;
  undoStack_->push(new SetFunctionSettingCommand(this, selected_, Field::Args, settings().args, exprs));
}

void Document::setMode(trace::Mode mode) {
  if (mode == mode_) return;
  undoStack_->push(new SetModeCommand(this, mode_, mode));
}

void Document::setMethod(Method method) {
  if (method == method_) return;
  undoStack_->push(new SetMethodCommand(this, method_, method));
}

void Document::applySetting(const QString& qualname, Field field, const QVariant& value) {
  if (!selectFunction(qualname)) return;
  FunctionSettings& s = settings_[qualname];
  switch (field) {
    case Field::Source: s.source = static_cast<ir::Framework>(value.toInt()); break;
    case Field::Target: s.target = static_cast<ir::Framework>(value.toInt()); break;
    case Field::Setup: s.setup = value.toString(); break;
    case Field::Args: s.args = value.toString(); break;
  }
  // The target only changes the translation; everything else changes what is traced.
  if (field != Field::Target) invalidateTrace();
  markGeneratedStale();
  if (field == Field::Source || field == Field::Target) emit pickersChanged();
  else emit inputsChanged();
}

void Document::applyMode(trace::Mode mode) {
  mode_ = mode;
  invalidateTrace();
  emit pickersChanged();
}

void Document::applyMethod(Method method) {
  method_ = method;
  transpilePending_ = false;
  markGeneratedStale();
  emit pickersChanged();
}

// ---- results ------------------------------------------------------------------------------------

const trace::CachedTrace* Document::lastTrace() const {
  return live_ && live_->traced ? live_->traced->lastTrace() : nullptr;
}

const ir::Graph* Document::graph() const {
  const auto* t = lastTrace();
  return t ? t->graph.get() : nullptr;
}

const std::vector<trace::CallRecord>& Document::callLog() const {
  return live_ && live_->traced ? live_->traced->callLog() : kNoCalls;
}

Diagnostics Document::diagnostics() const {
  Diagnostics all;
  std::set<std::tuple<std::string, std::string, int, std::string>> seen;
  auto add = [&](const Diagnostic& d) {
    // A syntax error reported by the live parse comes back from the trace: show it once.
    const std::string firstLine = d.message.substr(0, d.message.find('\n'));
    if (seen.emplace(d.code, resolveFile(d.loc.file).toStdString(), d.loc.line, firstLine).second) all.push_back(d);
  };
  for (const auto& [file, diags] : syntax_)
    for (const auto& d : diags) add(d);
  for (const auto& [group, diags] : diagnostics_)
    for (const auto& d : diags) add(d);
  return all;
}

QString Document::graphText() const {
  const ir::Graph* g = graph();
  return g ? qs(ir::printGraph(*g)) : QString();
}

void Document::computeNodeValues() {
  auto values = std::make_shared<NodeValues>();
  const trace::CachedTrace* t = lastTrace();
  const ir::Graph* g = t ? t->graph.get() : nullptr;
  bool random = false;
  if (g)
    for (const auto& n : g->nodes()) random = random || (ir::opInfo(n->op).traits & ir::kRandom);
  if (!g || !live_) {
    values->note = tr("Run the function to see the values of its nodes.");
  } else if (random) {
    values->note = tr("This graph draws random numbers: running it again would show other values than the call "
                      "produced, and move the generator on.");
  } else {
    try {
      const auto started = std::chrono::steady_clock::now();
      values->params = trace::graphInputs(live_->args);
      runtime::NodeResults results = runtime::executeGraphKeepingAll(*g, values->params);
      values->perNode = std::move(results.perNode);
      values->milliseconds = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
      values->ok = true;
    } catch (const runtime::RuntimeError& e) {
      values->note = tr("Running the graph again failed: %1").arg(qs(e.message));
    } catch (const std::exception& e) {
      values->note = tr("Running the graph again failed: %1").arg(qs(e.what()));
    }
  }
  if (values->ok) {
    // Which values hold NaN/Inf, and the first node that made some out of finite inputs.
    auto bad = [](const runtime::Tensor& tensor) {
      if (!tensor.defined() || !ir::isFloating(tensor.dtype())) return false;
      for (double v : tensor.toDoubles())
        if (!std::isfinite(v)) return true;
      return false;
    };
    std::map<const ir::Value*, bool> badValue;
    for (size_t i = 0; i < g->params().size() && i < values->params.size(); ++i) badValue[g->params()[i]] = bad(values->params[i]);
    int firstAny = -1;
    values->nonFinite.assign(g->nodes().size(), false);
    for (size_t i = 0; i < g->nodes().size() && i < values->perNode.size(); ++i) {
      const ir::Node& n = *g->nodes()[i];
      bool out = false;
      for (size_t k = 0; k < n.outputs.size() && k < values->perNode[i].size(); ++k) {
        const bool b = bad(values->perNode[i][k]);
        badValue[n.outputs[k]] = b;
        out = out || b;
      }
      values->nonFinite[i] = out;
      if (!out) continue;
      if (firstAny < 0) firstAny = static_cast<int>(i);
      bool inputs = false;
      for (const ir::Value* in : n.inputs) inputs = inputs || badValue[in];
      if (!inputs && values->firstNonFinite < 0) values->firstNonFinite = static_cast<int>(i);
    }
    if (values->firstNonFinite < 0) values->firstNonFinite = firstAny;
  }
  nodeValues_ = std::move(values);
  emit nodeValuesChanged();
}

void Document::setDiagnostics(DiagnosticGroup group, Diagnostics diagnostics) {
  if (diagnostics.empty() && !diagnostics_.count(group)) return;
  diagnostics_[group] = std::move(diagnostics);
  emit diagnosticsChanged();
}

void Document::invalidateTrace() {
  transpilePending_ = false;
  if (!live_ && graphState_ == GraphState::Empty) return;
  // Keep the old objects alive until the views have let go of the graph they showed.
  std::unique_ptr<Live> old = std::move(live_);
  graphState_ = GraphState::Empty;
  lastOutput_.clear();
  emit graphChanged();
  emit callLogChanged();
}

void Document::markGeneratedStale() {
  if (generated_.code.isEmpty() || generated_.stale) return;
  generated_.stale = true;
  emit generatedCodeChanged();
}

void Document::setGenerated(const QString& code, Method method, std::vector<int> nodeLines) {
  generated_ = {code, selected_, method, settings().target, false, std::move(nodeLines)};
  emit generatedCodeChanged();
}

OperationResult Document::finish(OperationResult result) {
  emit operationFinished(result);
  return result;
}

// ---- operations ---------------------------------------------------------------------------------

bool Document::prepare(Diagnostics& diagnostics) {
  const auto* info = selectedInfo();
  if (!info) {
    diagnostics.push_back(error("no-function", "no function selected"));
    return false;
  }
  const FunctionSettings s = settings();
  auto live = std::make_unique<Live>();
  try {
    live->session = std::make_unique<session::Session>(path_.toStdString());
    interp::Interpreter& in = live->session->interpreter();
    live->session->runSetup(s.setup.toStdString());
    live->function = loadFunction(*live->session, *info, unsavedBuffers());
    live->args = live->session->asFrameworkInputs(live->session->evalArgs(s.args.toStdString()), s.source);
    live->traced = std::make_unique<trace::TracedFunction>(in, live->function, info->name, mode_);
    lastOutput_ = qs(in.output());
    in.output().clear();
  } catch (const interp::PyException& e) {
    diagnostics.push_back(session::diagnosticFromException(e));
    return false;
  } catch (const std::exception& e) {
    diagnostics.push_back(error("internal-error", e.what()));
    return false;
  }
  live_ = std::move(live);
  return true;
}

OperationResult Document::trace() {
  OperationResult result{Operation::Trace};
  invalidateTrace();
  const auto* info = selectedInfo();
  Diagnostics diags;
  const QString name = selected_;
  if (prepare(diags)) {
    if (mode_ == trace::Mode::Lazy) {
      graphState_ = GraphState::NotTracedYet;
      result.ok = true;
      result.message = tr("%1 is ready: the first Run traces it (lazy)").arg(name);
    } else if (live_->args.empty() && info && !info->params.empty()) {
      std::string params;
      for (const auto& p : info->params) params += (params.empty() ? "" : ", ") + p;
      diags.push_back(error("inputs-missing",
                            "eager tracing needs example inputs for " + info->name + "(" + params +
                                "): give them under Inputs, or switch to lazy mode",
                            {info->file, info->line}));
    } else {
      try {
        live_->traced->traceWith(live_->args);
        interp::Interpreter& in = live_->session->interpreter();
        lastOutput_ += qs(in.output());
        in.output().clear();
        const trace::CachedTrace* t = live_->traced->lastTrace();
        for (const auto& g : t->guards) diags.push_back({Severity::Note, "guard", g.description, g.loc});
        for (const auto& p : t->verifierProblems) diags.push_back({Severity::Warning, "verifier", p, {}});
        graphState_ = GraphState::Traced;
        result.ok = true;
        result.message = tr("Traced %1 eagerly: %n op(s), %2 ms", nullptr, static_cast<int>(t->graph->nodes().size()))
                             .arg(name)
                             .arg(live_->traced->callLog().back().milliseconds, 0, 'f', 1);
      } catch (const interp::PyException& e) {
        diags.push_back(session::diagnosticFromException(e));
      } catch (const std::exception& e) {
        diags.push_back(error("internal-error", e.what()));
      }
    }
  }
  if (!result.ok) {
    graphState_ = GraphState::Failed;
    result.message = tr("Tracing %1 failed: see Problems").arg(name);
  }
  result.diagnostics = diags;
  setDiagnostics(DiagnosticGroup::Trace, diags);
  emit graphChanged();
  emit callLogChanged();
  return finish(result);
}

OperationResult Document::run() {
  OperationResult result{Operation::Run};
  if (!live_ || !live_->traced) {
    OperationResult traced = trace();
    if (!traced.ok) {
      result.diagnostics = traced.diagnostics;
      result.message = traced.message;
      return finish(result);
    }
  }
  const trace::CachedTrace* before = live_->traced->lastTrace();
  Diagnostics diags;
  interp::Interpreter& in = live_->session->interpreter();
  try {
    interp::Value value = live_->traced->call(live_->args);
    lastOutput_ = qs(in.output()) + qs(in.repr(value));
    in.output().clear();
    const trace::CallRecord& call = live_->traced->callLog().back();
    result.ok = true;
    result.message = call.traced ? tr("Call %1: %2 ms — traced (%3)")
                                       .arg(call.index)
                                       .arg(call.milliseconds, 0, 'f', 3)
                                       .arg(qs(call.why))
                                 : tr("Call %1: %2 ms — cached graph").arg(call.index).arg(call.milliseconds, 0, 'f', 3);
  } catch (const interp::PyException& e) {
    lastOutput_ = qs(in.output());
    in.output().clear();
    diags.push_back(session::diagnosticFromException(e));
    result.message = tr("Run failed: see Problems");
  } catch (const std::exception& e) {
    diags.push_back(error("internal-error", e.what()));
    result.message = tr("Run failed: see Problems");
  }
  const trace::CachedTrace* after = live_->traced->lastTrace();
  if (after) {
    for (const auto& g : after->guards) diags.push_back({Severity::Note, "guard", g.description, g.loc});
  }
  const GraphState state = after ? GraphState::Traced : result.ok ? graphState_ : GraphState::Failed;
  const bool graphMoved = after != before || state != graphState_;
  graphState_ = state;
  result.diagnostics = diags;
  setDiagnostics(DiagnosticGroup::Trace, diags);
  if (graphMoved) emit graphChanged();
  emit callLogChanged();
  if (result.ok && transpilePending_ && after) {
    // Lazy trace-based translation: the first call traced, now the code can be generated.
    transpilePending_ = false;
    OperationResult generated = generateFromTrace();
    result.message += QStringLiteral(" · ") + generated.message;
  }
  return finish(result);
}

OperationResult Document::transpile() {
  OperationResult result{Operation::Transpile};
  const auto* info = selectedInfo();
  if (!info) {
    result.message = tr("Select a function to transpile");
    return finish(result);
  }
  const FunctionSettings s = settings();
  if (method_ == Method::SourceToSource) {
    const QString file = currentFile();
    s2s::Request request{sourceText(file).toStdString(), displayName(file).toStdString(), info->name, s.source, s.target};
    try {
      s2s::Result translated = s2s::translateFunction(request);
      result.diagnostics = translated.diagnostics;
      result.ok = translated.ok();
      if (result.ok) setGenerated(qs(translated.code), Method::SourceToSource);
    } catch (const std::exception& e) {
      result.diagnostics.push_back(error("internal-error", e.what()));
    }
    result.message = result.ok ? tr("Translated %1 from %2 to %3 (source-to-source)")
                                     .arg(selected_, frameworkId(s.source), frameworkId(s.target))
                               : tr("Translating %1 failed: see Problems").arg(selected_);
    setDiagnostics(DiagnosticGroup::Transpile, result.diagnostics);
    return finish(result);
  }

  // Trace-based: the code is the graph, so there must be one.
  if (!lastTrace()) {
    if (mode_ == trace::Mode::Lazy) {
      if (!live_) {
        OperationResult traced = trace();
        if (!traced.ok) {
          result.diagnostics = traced.diagnostics;
          result.message = traced.message;
          return finish(result);
        }
      }
      transpilePending_ = true;
      setDiagnostics(DiagnosticGroup::Transpile, {});
      result.ok = true;
      result.message = tr("Lazy: %1 is translated to %2 on its first Run").arg(selected_, frameworkId(s.target));
      return finish(result);
    }
    OperationResult traced = trace();
    if (!traced.ok) {
      result.diagnostics = traced.diagnostics;
      result.message = traced.message;
      return finish(result);
    }
  }
  return finish(generateFromTrace());
}

OperationResult Document::generateFromTrace() {
  OperationResult result{Operation::Transpile};
  const auto* info = selectedInfo();
  const trace::CachedTrace* t = lastTrace();
  const FunctionSettings s = settings();
  Diagnostics& diags = result.diagnostics;
  if (!t || !info) {
    diags.push_back(error("not-traced", "nothing traced to translate"));
  } else if (!t->guards.empty()) {
    // Straight-line code would silently drop what the trace depended on.
    for (const auto& g : t->guards)
      diags.push_back(error("trace-specialised",
                            g.description + " (a trace-based translation would drop this dependence; use source-to-source)",
                            g.loc));
  } else {
    codegen::GraphCodegenOptions options;
    options.functionName = info->name;
    options.origin = info->name + " in " + std::filesystem::path(info->file).filename().string() + " (" +
                     std::string(ir::frameworkName(s.source)) + "), traced with " + t->signature;
    options.resultOutputs = t->resultOutputs;
    try {
      codegen::GeneratedCode code = codegen::generateFromGraph(*t->graph, s.target, options);
      diags = code.diagnostics;
      result.ok = code.ok();
      if (result.ok) setGenerated(qs(code.code), Method::Trace, std::move(code.nodeLines));
    } catch (const std::exception& e) {
      diags.push_back(error("internal-error", e.what()));
    }
  }
  result.message = result.ok ? tr("Translated %1 from %2 to %3 (trace-based)")
                                   .arg(selected_, frameworkId(s.source), frameworkId(s.target))
                             : tr("Translating %1 failed: see Problems").arg(selected_);
  setDiagnostics(DiagnosticGroup::Transpile, diags);
  return result;
}

OperationResult Document::exportCode(const QString& path) {
  OperationResult result{Operation::Export};
  if (generated_.code.isEmpty()) {
    result.diagnostics.push_back(error("nothing-to-export", "nothing to export: transpile first"));
    result.message = tr("Nothing to export: transpile first");
  } else {
    QString why;
    result.ok = writeAtomically(path, generated_.code, why);
    if (!result.ok)
      result.diagnostics.push_back(error("write-failed", "cannot write " + path.toStdString() + ": " + why.toStdString(),
                                         {path.toStdString()}));
    result.message = result.ok ? tr("Exported %1").arg(QDir::toNativeSeparators(path))
                               : tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why);
  }
  setDiagnostics(DiagnosticGroup::Export, result.diagnostics);
  return finish(result);
}

}  // namespace pt::app
