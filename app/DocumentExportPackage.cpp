// Document::exportPackage: the whole project (a source root) translated source-to-source into a
// mirrored tree in a folder, module by module on the worker with progress n/N and cancel; what was
// written before a cancel stays. Source and target are the selected function's pickers.
#include "app/Document.h"
#include "app/DocumentLive.h"
#include "app/TaskRunner.h"
#include "session/PackageTranslation.h"
#include "session/TranslationCache.h"

namespace pt::app {

using detail::error;
using detail::qs;

OperationResult Document::performExportPackage(const QString& dir, bool async) {
  OperationResult none{Operation::ExportPackage};
  if (!isFolder_) {
    none.message = tr("Export Package needs a folder (a source root) open");
    return finish(none);
  }
  tasks_->cancel();
  tasks_->waitForIdle();
  const FunctionSettings s = settings();
  auto report = std::make_shared<session::PackageReport>();
  const std::string root = path_.toStdString(), out = dir.toStdString();
  auto work = [report, root, out, s](const CancelFlag& cancel) {
    session::TranslationCache cache(session::TranslationCache::defaultDir());
    *report = session::translatePackage(root, session::packageSources(root, ""), s.source, s.target, out, &cache,
                                        [&cancel](size_t done, size_t total) {
                                          TaskRunner::reportProgress(static_cast<int>(done), static_cast<int>(total));
                                          return !cancel->load();
                                        });
  };
  const QString what = tr("Exporting the package to %1 (%2)…").arg(dir, frameworkId(s.target));
  auto outcome = std::make_shared<OperationResult>();
  auto done = [this, report, what, outcome, dir](bool cancelled) {
    OperationResult& result = *outcome;
    result.operation = Operation::ExportPackage;
    result.diagnostics = report->diagnostics;
    setDiagnostics(DiagnosticGroup::Export, result.diagnostics);
    result.ok = !cancelled && !report->stopped && report->failed == 0;
    const QString counts = tr("%n module(s) written, %1 function(s) translated, %2 failed", nullptr,
                              static_cast<int>(report->written.size()))
                               .arg(report->translated)
                               .arg(report->failed);
    result.message = cancelled || report->stopped ? tr("Export cancelled: %1").arg(counts) : tr("Exported to %1: %2").arg(dir, counts);
  };
  return runSideTask(Operation::ExportPackage, what, work, done, outcome, async);
}

OperationResult Document::exportPackage(const QString& dir) { return performExportPackage(dir, false); }
void Document::startExportPackage(const QString& dir) { performExportPackage(dir, true); }

}  // namespace pt::app
