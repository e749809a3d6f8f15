#pragma once
// The undoable edits of a Document. Each applies through the document, which re-selects the
// function or file the edit belongs to, so undo always shows what it changed. Typing (setup,
// args, source) merges into one command per pause, as editors do.
#include <QElapsedTimer>
#include <QString>
#include <QUndoCommand>
#include <QVariant>

#include "app/Document.h"

namespace pt::app {

class SetFunctionSettingCommand : public QUndoCommand {
 public:
  SetFunctionSettingCommand(Document* doc, QString qualname, Document::Field field, QVariant before, QVariant after);
  void redo() override;
  void undo() override;
  int id() const override;
  bool mergeWith(const QUndoCommand* other) override;

 private:
  Document* doc_;
  QString qualname_;
  Document::Field field_;
  QVariant before_, after_;
  QElapsedTimer lastEdit_;
};

class SetModeCommand : public QUndoCommand {
 public:
  SetModeCommand(Document* doc, trace::Mode before, trace::Mode after);
  void redo() override;
  void undo() override;

 private:
  Document* doc_;
  trace::Mode before_, after_;
};

class SetMethodCommand : public QUndoCommand {
 public:
  SetMethodCommand(Document* doc, Method before, Method after);
  void redo() override;
  void undo() override;

 private:
  Document* doc_;
  Method before_, after_;
};

class EditSourceCommand : public QUndoCommand {
 public:
  EditSourceCommand(Document* doc, QString file, QString before, QString after);
  void redo() override;
  void undo() override;
  int id() const override;
  bool mergeWith(const QUndoCommand* other) override;

 private:
  Document* doc_;
  QString file_;
  QString before_, after_;
  QElapsedTimer lastEdit_;
};

}  // namespace pt::app
