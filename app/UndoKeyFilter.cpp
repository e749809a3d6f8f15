#include "app/UndoKeyFilter.h"

#include <QKeyEvent>

namespace pt::app {

void UndoKeyFilter::install(QObject* editor) { editor->installEventFilter(new UndoKeyFilter(editor)); }

bool UndoKeyFilter::eventFilter(QObject* watched, QEvent* event) {
  if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
    auto* key = static_cast<QKeyEvent*>(event);
    if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
      // Not accepting the override lets the shortcut fire; swallowing the key press keeps the
      // widget's own undo from running if no shortcut took it.
      event->ignore();
      return true;
    }
  }
  return QObject::eventFilter(watched, event);
}

}  // namespace pt::app
