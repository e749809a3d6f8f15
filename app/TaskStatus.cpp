#include "app/TaskStatus.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>

#include "app/TaskRunner.h"

namespace pt::app {

TaskStatus::TaskStatus(TaskRunner* tasks, QWidget* parent) : QWidget(parent), tasks_(tasks) {
  setObjectName(QStringLiteral("taskStatus"));
  label_ = new QLabel(this);
  label_->setObjectName(QStringLiteral("taskLabel"));
  bar_ = new QProgressBar(this);
  // The interpreter cannot tell how far a Python function is: a busy bar, and the time so far,
  // unless the task counts its steps (TaskRunner::reportProgress).
  bar_->setRange(0, 0);
  bar_->setMaximumWidth(120);
  bar_->setMaximumHeight(14);
  bar_->setTextVisible(false);
  cancel_ = new QToolButton(this);
  cancel_->setObjectName(QStringLiteral("cancelTaskButton"));
  cancel_->setAutoRaise(true);
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(label_);
  layout->addWidget(bar_);
  layout->addWidget(cancel_);
  ticker_ = new QTimer(this);
  ticker_->setInterval(200);
  connect(ticker_, &QTimer::timeout, this, &TaskStatus::refresh);
  connect(cancel_, &QToolButton::clicked, tasks_, &TaskRunner::cancel);
  connect(tasks_, &TaskRunner::started, this, [this] {
    ticker_->start();
    refresh();
  });
  connect(tasks_, &TaskRunner::progressChanged, this, &TaskStatus::refresh);
  connect(tasks_, &TaskRunner::finished, this, [this] {
    ticker_->stop();
    refresh();
  });
  retranslateUi();
}

void TaskStatus::retranslateUi() {
  cancel_->setText(tr("Cancel"));
  cancel_->setToolTip(tr("Stop the running task (the interpreter stops at its next step)"));
  refresh();
}

void TaskStatus::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslateUi();
  QWidget::changeEvent(event);
}

void TaskStatus::refresh() {
  setVisible(tasks_->isBusy());
  if (!tasks_->isBusy()) return;
  const double seconds = tasks_->elapsedMilliseconds() / 1000.0;
  const TaskRunner::Progress p = tasks_->progress();
  if (p.total > 0) {
    // The task can count its steps: how many of how many, and the bar fills.
    label_->setText(tr("%1 %2/%3 (%4 %) %5 s")
                        .arg(tasks_->description())
                        .arg(p.done)
                        .arg(p.total)
                        .arg(100 * p.done / p.total)
                        .arg(seconds, 0, 'f', 1));
    bar_->setRange(0, p.total);
    bar_->setValue(p.done);
  } else {
    label_->setText(tr("%1 %2 s").arg(tasks_->description()).arg(seconds, 0, 'f', 1));
    bar_->setRange(0, 0);
  }
}

}  // namespace pt::app
