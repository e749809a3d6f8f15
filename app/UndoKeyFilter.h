#pragma once
// Text fields keep their own undo history; in Polytrace the document's undo stack owns every
// edit. Installed on an editor, this lets Undo/Redo keys pass to the window's actions instead.
#include <QObject>

namespace pt::app {

class UndoKeyFilter : public QObject {
  Q_OBJECT

 public:
  using QObject::QObject;
  static void install(QObject* editor);  // one shared filter per editor's parent chain

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;
};

}  // namespace pt::app
