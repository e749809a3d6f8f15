#include "app/TaskRunner.h"

#include <QCoreApplication>
#include <QThreadPool>

namespace pt::app {

struct TaskRunner::Task {
  QString description;
  CancelFlag cancel = std::make_shared<std::atomic<bool>>(false);
  Done done;
  QElapsedTimer clock;
  std::atomic<bool> workFinished{false};
  std::atomic<int> done_{0}, total{0};
  TaskRunner* runner = nullptr;
};

namespace {
// The task whose work runs on this thread (set around `work`), for reportProgress().
thread_local TaskRunner::Task* tTask = nullptr;

// Runs `work` as `task`'s on this thread.
void runAs(TaskRunner::Task* task, const TaskRunner::Work& work, const CancelFlag& cancel) {
  tTask = task;
  work(cancel);
  tTask = nullptr;
}
}  // namespace

void TaskRunner::reportProgress(int done, int total) {
  Task* task = tTask;
  if (!task) return;
  task->done_ = done;
  task->total = total;
  TaskRunner* runner = task->runner;
  QMetaObject::invokeMethod(runner, [runner, done, total] { emit runner->progressChanged(done, total); }, Qt::QueuedConnection);
}

TaskRunner::Progress TaskRunner::progress() const {
  if (!current_) return {};
  return {current_->done_.load(), current_->total.load()};
}

TaskRunner::TaskRunner(QObject* parent) : QObject(parent), pool_(new QThreadPool(this)) {
  // One worker: tasks share the document's session, and core's interpreter is single-threaded.
  pool_->setMaxThreadCount(1);
  // The interpreter recurses deeply for deep Python call chains: give it the main thread's room.
  pool_->setStackSize(64u << 20);
}

TaskRunner::~TaskRunner() {
  if (current_) current_->cancel->store(true);
  pool_->waitForDone();
}

QString TaskRunner::description() const { return current_ ? current_->description : QString(); }

qint64 TaskRunner::elapsedMilliseconds() const { return current_ ? current_->clock.elapsed() : 0; }

std::shared_ptr<TaskRunner::Task> TaskRunner::begin(const QString& description, Done done) {
  if (current_) {
    cancel();
    waitForIdle();
  }
  auto task = std::make_shared<Task>();
  task->description = description;
  task->done = std::move(done);
  task->clock.start();
  task->runner = this;
  current_ = task;
  emit started(description);
  return task;
}

void TaskRunner::start(const QString& description, Work work, Done done) {
  std::shared_ptr<Task> task = begin(description, std::move(done));
  pool_->start([this, task, work = std::move(work)] {
    runAs(task.get(), work, task->cancel);
    task->workFinished = true;
    // Queued: `done` touches the document, which lives on the UI thread.
    QMetaObject::invokeMethod(this, [this, task] { finish(task); }, Qt::QueuedConnection);
  });
}

void TaskRunner::runHere(const QString& description, Work work, Done done) {
  std::shared_ptr<Task> task = begin(description, std::move(done));
  runAs(task.get(), work, task->cancel);
  task->workFinished = true;
  finish(task);
}

void TaskRunner::finish(const std::shared_ptr<Task>& task) {
  if (task != current_) return;  // already finished by waitForIdle()
  current_.reset();
  const bool cancelled = task->cancel->load();
  if (task->done) task->done(cancelled);
  emit finished(task->description, cancelled);
}

void TaskRunner::cancel() {
  if (current_) current_->cancel->store(true);
}

void TaskRunner::waitForIdle() {
  if (!current_) return;
  std::shared_ptr<Task> task = current_;
  pool_->waitForDone();
  // The queued finish() may not have been delivered yet: run it now (it ignores the late call).
  if (task->workFinished) finish(task);
}

}  // namespace pt::app
