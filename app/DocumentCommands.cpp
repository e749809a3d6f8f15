#include "app/DocumentCommands.h"

#include <QCoreApplication>

namespace pt::app {

namespace {

// Keystrokes closer together than this undo as one step.
constexpr qint64 kMergeWindowMs = 1500;

enum CommandId { kTypingSetting = 1, kTypingSource = 2 };

QString settingText(Document::Field field) {
  switch (field) {
    case Document::Field::Source: return QCoreApplication::translate("pt::app::Document", "Change source framework");
    case Document::Field::Target: return QCoreApplication::translate("pt::app::Document", "Change target framework");
    case Document::Field::Setup: return QCoreApplication::translate("pt::app::Document", "Edit setup code");
    case Document::Field::Args: return QCoreApplication::translate("pt::app::Document", "Edit arguments");
    case Document::Field::Inputs: return QCoreApplication::translate("pt::app::Document", "Pick inputs");
  }
  return {};
}

}  // namespace

SetFunctionSettingCommand::SetFunctionSettingCommand(Document* doc, QString qualname, Document::Field field,
                                                     QVariant before, QVariant after)
    : QUndoCommand(settingText(field)), doc_(doc), qualname_(std::move(qualname)), field_(field),
      before_(std::move(before)), after_(std::move(after)) {
  lastEdit_.start();
}

void SetFunctionSettingCommand::redo() { doc_->applySetting(qualname_, field_, after_); }
void SetFunctionSettingCommand::undo() { doc_->applySetting(qualname_, field_, before_); }

int SetFunctionSettingCommand::id() const {
  // Only typed fields (and the inputs pickers, edited by typing shapes and bounds) merge; a
  // framework picker change is always its own step.
  return field_ == Document::Field::Setup || field_ == Document::Field::Args || field_ == Document::Field::Inputs
             ? kTypingSetting
             : -1;
}

bool SetFunctionSettingCommand::mergeWith(const QUndoCommand* other) {
  const auto* next = static_cast<const SetFunctionSettingCommand*>(other);
  if (next->qualname_ != qualname_ || next->field_ != field_ || lastEdit_.elapsed() > kMergeWindowMs) return false;
  after_ = next->after_;
  lastEdit_.restart();
  return true;
}

SetModeCommand::SetModeCommand(Document* doc, trace::Mode before, trace::Mode after)
    : QUndoCommand(QCoreApplication::translate("pt::app::Document", "Change mode")), doc_(doc), before_(before),
      after_(after) {}

void SetModeCommand::redo() { doc_->applyMode(after_); }
void SetModeCommand::undo() { doc_->applyMode(before_); }

SetMethodCommand::SetMethodCommand(Document* doc, Method before, Method after)
    : QUndoCommand(QCoreApplication::translate("pt::app::Document", "Change method")), doc_(doc), before_(before),
      after_(after) {}

void SetMethodCommand::redo() { doc_->applyMethod(after_); }
void SetMethodCommand::undo() { doc_->applyMethod(before_); }

EditSourceCommand::EditSourceCommand(Document* doc, QString file, QString before, QString after)
    : QUndoCommand(QCoreApplication::translate("pt::app::Document", "Edit source")), doc_(doc), file_(std::move(file)),
      before_(std::move(before)), after_(std::move(after)) {
  lastEdit_.start();
}

void EditSourceCommand::redo() { doc_->applySourceText(file_, after_); }
void EditSourceCommand::undo() { doc_->applySourceText(file_, before_); }
int EditSourceCommand::id() const { return kTypingSource; }

bool EditSourceCommand::mergeWith(const QUndoCommand* other) {
  const auto* next = static_cast<const EditSourceCommand*>(other);
  if (next->file_ != file_ || lastEdit_.elapsed() > kMergeWindowMs) return false;
  after_ = next->after_;
  lastEdit_.restart();
  return true;
}

}  // namespace pt::app
