// Document::transpileAll: every function of the project translated source-to-source, as one task
// on the TaskRunner that counts its steps (n/N in the status bar) and can be cancelled between
// two functions; what was translated before a cancel is kept.
#include "app/Document.h"
#include "app/DocumentLive.h"
#include "app/TaskRunner.h"
#include "s2s/Translator.h"

namespace pt::app {

using detail::error;
using detail::qs;

namespace {

// One function to translate (copied on the UI thread) and how it went (filled on the worker).
struct AllItem {
  QString qualname;
  s2s::Request request;
  bool done = false;
  bool ok = false;
  QString code;
  Diagnostics diagnostics;
};

}  // namespace

OperationResult Document::performTranspileAll(bool async) {
  OperationResult empty{Operation::TranspileAll};
  if (functions_.empty()) {
    empty.message = tr("No functions to transpile");
    return finish(empty);
  }
  tasks_->cancel();
  tasks_->waitForIdle();
  auto items = std::make_shared<std::vector<AllItem>>();
  for (const auto& f : functions_) {
    const QString qualname = qs(f.qualname);
    const QString file = resolveFile(f.file);
    const FunctionSettings s = settingsFor(qualname);
    items->push_back({qualname, {sourceText(file).toStdString(), displayName(file).toStdString(), f.name, s.source, s.target}});
  }
  auto work = [items](const CancelFlag& cancel) {
    const int total = static_cast<int>(items->size());
    for (int i = 0; i < total; ++i) {
      if (cancel->load()) return;
      TaskRunner::reportProgress(i, total);
      AllItem& item = (*items)[static_cast<size_t>(i)];
      try {
        s2s::Result r = s2s::translateFunction(item.request);
        item.ok = r.ok();
        item.code = qs(r.code);
        item.diagnostics = std::move(r.diagnostics);
      } catch (const std::exception& e) {
        item.diagnostics.push_back(error("internal-error", e.what()));
      }
      item.done = true;
    }
    TaskRunner::reportProgress(total, total);
  };
  const int generation = generation_;
  const QString what = tr("Translating all %1 functions…").arg(items->size());
  auto outcome = std::make_shared<OperationResult>();
  auto done = [this, items, generation, what, outcome](bool cancelled) {
    OperationResult& result = *outcome;
    result.operation = Operation::TranspileAll;
    int translated = 0, finished = 0;
    for (const AllItem& item : *items) {
      if (!item.done) continue;
      ++finished;
      translated += item.ok;
      // Kept only while it still describes the source (an edit meanwhile makes it stale).
      if (generation != generation_) continue;
      setFunctionState(item.qualname, item.ok ? FunctionState::Transpiled : FunctionState::Failed);
      if (!item.ok) result.diagnostics.insert(result.diagnostics.end(), item.diagnostics.begin(), item.diagnostics.end());
      if (item.ok && item.qualname == selected_ && method_ == Method::SourceToSource) setGenerated(item.code, Method::SourceToSource);
    }
    if (generation != generation_) {
      result.message = tr("%1 stopped: the function or its inputs changed").arg(what);
      return;
    }
    setDiagnostics(DiagnosticGroup::Transpile, result.diagnostics);
    result.ok = !cancelled && translated == static_cast<int>(items->size());
    result.message = cancelled ? tr("Cancelled after %1 of %2 functions: %3 translated").arg(finished).arg(items->size()).arg(translated)
                               : tr("Translated %1 of %2 functions (source-to-source)").arg(translated).arg(items->size());
  };
  return runSideTask(Operation::TranspileAll, what, work, done, outcome, async);
}

OperationResult Document::transpileAll() { return performTranspileAll(false); }
void Document::startTranspileAll() { performTranspileAll(true); }

}  // namespace pt::app
