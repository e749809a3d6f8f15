#pragma once
// The session a restart brings back: the project, the chosen function, every visited function's
// frameworks and inputs, the mode and method pickers, and the window's layout. Kept in QSettings
// (the application's organisation and name; tests point QSettings::setPath at a temporary folder).
#include <QByteArray>
#include <QString>

#include <map>
#include <optional>

#include "app/Document.h"

class QSettings;

namespace pt::app {

struct SessionState {
  QString path;
  QString function;
  trace::Mode mode = trace::Mode::Eager;
  Method method = Method::SourceToSource;
  std::map<QString, FunctionSettings> functions;
  QByteArray geometry, windowState;  // QMainWindow::saveGeometry / saveState

  static SessionState capture(const Document& doc);
  // Opens the project and puts every choice back, as the starting point (not undoable edits).
  // False when the project is gone.
  bool applyTo(Document& doc) const;

  void save(QSettings& settings) const;
  static std::optional<SessionState> load(QSettings& settings);  // none saved
};

}  // namespace pt::app
