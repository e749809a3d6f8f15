#pragma once
// Runs the document's long work (trace, run, transpile) on one worker thread, so the window
// never freezes, and hands the outcome back on the UI thread. One task at a time: a core
// Session is not thread-safe, so the task owns the session it works on until it is done.
//
// A task is two functions: `work` runs on the worker and may only touch what it was given; `done`
// runs on the UI thread afterwards (also when the task was cancelled) and publishes the result.
// Cancelling sets the task's flag, which the interpreter checks between steps; `done` then sees
// `cancelled()` true.
#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThreadPool;

namespace pt::app {

using CancelFlag = std::shared_ptr<std::atomic<bool>>;

class TaskRunner : public QObject {
  Q_OBJECT

 public:
  using Work = std::function<void(const CancelFlag& cancel)>;
  using Done = std::function<void(bool cancelled)>;

  explicit TaskRunner(QObject* parent = nullptr);
  ~TaskRunner() override;  // cancels and waits: the worker may hold the document's objects

  // Starts `work` on the worker; a task still running is cancelled first and finishes (its `done`
  // runs) before this one starts. `description` is what the status bar says ("Tracing f…").
  void start(const QString& description, Work work, Done done);
  // Runs a task on the calling thread, for scripted use (--screenshot, tests): same code, no wait.
  void runHere(const QString& description, Work work, Done done);
  void cancel();
  // Blocks until no task is running and every `done` has run.
  void waitForIdle();

  bool isBusy() const { return current_ != nullptr; }
  QString description() const;
  qint64 elapsedMilliseconds() const;

  // Called from a task's work, on whichever thread runs it, when the work can count its steps
  // (e.g. functions translated of all): shown as n/N and a percentage. Outside a task: nothing.
  static void reportProgress(int done, int total);
  struct Task;  // one started task (TaskRunner.cpp)
  struct Progress {
    int done = 0;
    int total = 0;  // 0: the task cannot tell how far it is
  };
  Progress progress() const;  // of the running task

 signals:
  void started(const QString& description);
  void finished(const QString& description, bool cancelled);
  void progressChanged(int done, int total);  // queued from the task's thread

 private:
  std::shared_ptr<Task> begin(const QString& description, Done done);  // after the running one ends
  void finish(const std::shared_ptr<Task>& task);

  QThreadPool* pool_;
  std::shared_ptr<Task> current_;
};

}  // namespace pt::app
