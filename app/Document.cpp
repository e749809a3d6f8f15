#include "app/Document.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUndoStack>

#include <chrono>
#include <cmath>
#include <exception>
#include <filesystem>
#include <set>
#include <tuple>

#include "app/DocumentCommands.h"
#include "app/DocumentLive.h"
#include "app/TaskRunner.h"
#include "app/AtomicFile.h"
#include "ir/TextFormat.h"
#include "runtime/Backend.h"
#include "runtime/GraphExecutor.h"
#include "interp/Interpreter.h"
#include "session/Notebook.h"
#include "syntax/Parser.h"

namespace pt::app {

using detail::error;
using detail::qs;

Document::Document(QObject* parent) : QObject(parent), tasks_(new TaskRunner(this)), undoStack_(new QUndoStack(this)) {
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
  // The traced function refers into its session's interpreter: tear down in order. A running
  // task is stopped; its outcome, never applied, goes with the runner.
  shown_.reset();
  tasks_->cancel();
  delete tasks_;
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
  functionStates_.clear();
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
  // A notebook reads as its code cells in one module, as core traces it.
  if (auto text = session::readPythonSource(file.toStdString())) b.text = b.saved = qs(*text);
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
  forgetFunctionStates(file);
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
    QByteArray bytes = b.text.toUtf8();
    // A notebook is shown as one module of its code cells: the edits go back into those cells.
    if (file.endsWith(QLatin1String(".ipynb"), Qt::CaseInsensitive)) {
      std::string notebookError;
      QFile notebookFile(file);
      std::optional<std::string> original;
      if (notebookFile.open(QIODevice::ReadOnly)) original = notebookFile.readAll().toStdString();
      const auto updated = original ? session::notebookWithModule(*original, b.text.toStdString(), notebookError) : std::nullopt;
      if (!updated) {
        result.ok = false;
        result.diagnostics.push_back(error("notebook-not-saved",
                                           "cannot save " + file.toStdString() + ": " +
                                               (original ? notebookError : std::string("the notebook can no longer be read")),
                                           {file.toStdString()}));
        continue;
      }
      bytes = QByteArray::fromStdString(*updated);
    }
    if (!writeFileAtomically(file, bytes, &why)) {
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
  s.inputs = d.inputs;
  return s;
}

QStringList Document::visitedFunctions() const {
  QStringList names;
  for (const auto& [qualname, s] : settings_) names << qualname;
  return names;
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

void Document::setInputs(const QString& json) {
  if (selected_.isEmpty() || settings().inputs == json) return;
  undoStack_->push(new SetFunctionSettingCommand(this, selected_, Field::Inputs, settings().inputs, json));
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
    case Field::Inputs: s.inputs = value.toString(); break;
  }
  // The target only changes the translation; everything else changes what is traced.
  if (field != Field::Target) invalidateTrace();
  else forgetDiff();  // it compared with the other target's translation
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
  forgetDiff();
  markGeneratedStale();
  emit pickersChanged();
}

// ---- results ------------------------------------------------------------------------------------

const trace::CachedTrace* Document::lastTrace() const { return shown_.get(); }

const ir::Graph* Document::graph() const {
  const auto* t = lastTrace();
  return t ? t->graph.get() : nullptr;
}

const std::vector<trace::CallRecord>& Document::callLog() const { return shownLog_; }

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

void Document::forgetDiff() {
  if (!diff_) return;
  diff_.reset();
  diagnostics_.erase(DiagnosticGroup::Verify);
  emit graphDiffChanged();
  emit diagnosticsChanged();
}

void Document::invalidateTrace() {
  transpilePending_ = false;
  ++generation_;
  tasks_->cancel();  // what it computes no longer applies
  forgetDiff();
  if (!live_ && !shown_ && graphState_ == GraphState::Empty) return;
  // Keep the old objects alive until the views have let go of the graph they showed, and the
  // graph (it refers into the session) goes before the session.
  std::unique_ptr<Live> old = std::move(live_);
  std::shared_ptr<const trace::CachedTrace> oldTrace = std::move(shown_);
  shownLog_.clear();
  graphState_ = GraphState::Empty;
  lastOutput_.clear();
  emit graphChanged();
  emit callLogChanged();
  oldTrace.reset();
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

// ---- operations (trace, run, transpile: DocumentTasks.cpp) ----------------------------------------

OperationResult Document::exportCode(const QString& path) {
  OperationResult result{Operation::Export};
  if (generated_.code.isEmpty()) {
    result.diagnostics.push_back(error("nothing-to-export", "nothing to export: transpile first"));
    result.message = tr("Nothing to export: transpile first");
  } else {
    QString why;
    result.ok = writeFileAtomically(path, generated_.code.toUtf8(), &why);
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
