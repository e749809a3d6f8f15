// Document::verify: the selected function against its translation, as one task on the
// TaskRunner (cancellable between interpreter steps), in a session of its own so the trace on
// screen is not touched. The outcome is a session::GraphDiff the diff view shows.
#include "app/Document.h"
#include "app/DocumentLive.h"
#include "app/FunctionLoader.h"
#include "app/TaskRunner.h"

namespace pt::app {

using detail::error;
using detail::qs;

namespace {

// What the task needs, copied on the UI thread, and what it found, filled on the worker.
struct VerifyJob {
  std::string path;
  session::FunctionInfo info;
  FunctionSettings settings;
  Method method = Method::SourceToSource;
  std::map<std::string, std::string> unsaved;
  std::shared_ptr<session::GraphDiff> diff;
  Diagnostics failed;  // set-up or inputs that did not evaluate
};

void runVerify(VerifyJob& job, const CancelFlag& cancel) {
  try {
    session::Session s(job.path);
    s.interpreter().setCancelCheck([cancel] { return cancel->load(std::memory_order_relaxed); });
    s.runSetup(job.settings.setup.toStdString());
    loadFunction(s, job.info, job.unsaved);
    const auto pickers = session::parseParamInputs(job.settings.inputs.toStdString());
    session::VerifyRequest request{job.info.qualname, job.settings.source, job.settings.target, job.method == Method::Trace,
                                   s.evalInputs(job.info.params, job.settings.args.toStdString(), pickers)};
    job.diff = std::make_shared<session::GraphDiff>(session::diffTranslation(s, request));
  } catch (const interp::PyException& e) {
    job.failed.push_back(session::diagnosticFromException(e));
  } catch (const session::ParamInputError& e) {
    job.failed.push_back(error("input-invalid", e.message, {"<args>", 1, 1}));
  } catch (const std::exception& e) {
    job.failed.push_back(error("internal-error", e.what()));
  }
}

}  // namespace

OperationResult Document::performVerify(bool async) {
  OperationResult none{Operation::Verify};
  const auto* info = selectedInfo();
  if (!info) {
    none.message = tr("Select a function to verify");
    return finish(none);
  }
  tasks_->cancel();
  tasks_->waitForIdle();
  auto job = std::make_shared<VerifyJob>();
  job->path = path_.toStdString();
  job->info = *info;
  job->settings = settings();
  job->method = method_;
  job->unsaved = unsavedBuffers();
  const int generation = generation_;
  const QString what = tr("Verifying %1 against its %2 translation…").arg(selected_, frameworkId(job->settings.target));
  auto outcome = std::make_shared<OperationResult>();
  auto work = [job](const CancelFlag& cancel) { runVerify(*job, cancel); };
  auto done = [this, job, generation, what, outcome](bool cancelled) {
    OperationResult& result = *outcome;
    result.operation = Operation::Verify;
    if (generation != generation_) {
      result.message = tr("%1 stopped: the function or its inputs changed").arg(what);
      return;
    }
    if (cancelled) {
      result.message = tr("Cancelled: %1").arg(what);
      return;
    }
    Diagnostics diags = job->failed;
    if (job->diff) {
      diags.insert(diags.end(), job->diff->verify.diagnostics.begin(), job->diff->verify.diagnostics.end());
      for (const auto& o : job->diff->verify.outputs)
        if (!o.ok) diags.push_back(error("numeric-mismatch", o.what + " differs: max relative error " + std::to_string(o.maxError) +
                                                                 (o.note.empty() ? "" : " (" + o.note + ")")));
      if (job->diff->firstDivergence >= 0) {
        const auto& node = *job->diff->source->graph->nodes()[static_cast<size_t>(job->diff->firstDivergence)];
        const auto& c = *job->diff->sourceNodes[static_cast<size_t>(job->diff->firstDivergence)];
        diags.push_back(error("numeric-mismatch",
                              "the translation first differs at " + c.what + ": max relative error " + std::to_string(c.maxError) +
                                  " (tolerance " + std::to_string(c.tolerance) + ")",
                              node.loc));
      }
    }
    diff_ = job->diff && job->diff->source ? job->diff : nullptr;
    setDiagnostics(DiagnosticGroup::Verify, diags);
    emit graphDiffChanged();
    result.ok = diff_ && diff_->ok();
    result.diagnostics = diags;
    if (!diff_) {
      result.message = tr("Verifying %1 failed: see Problems").arg(selected_);
    } else {
      const int paired = diff_->match.pairs();
      const int total = static_cast<int>(diff_->source->graph->nodes().size());
      result.message = result.ok ? tr("Verified %1: the %2 translation computes the same values (%3 of %4 ops paired)")
                                       .arg(selected_, frameworkId(job->settings.target))
                                       .arg(paired)
                                       .arg(total)
                                 : tr("Verified %1: the %2 translation DIFFERS — see the diff view and Problems")
                                       .arg(selected_, frameworkId(job->settings.target));
    }
  };
  return runSideTask(Operation::Verify, what, work, done, outcome, async);
}

OperationResult Document::verify() { return performVerify(false); }
void Document::startVerify() { performVerify(true); }

}  // namespace pt::app
