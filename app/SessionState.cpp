#include "app/SessionState.h"

#include <QFileInfo>
#include <QSettings>
#include <QUndoStack>

namespace pt::app {

namespace {

// Settings keys: one group per session; functions as an array of (qualname, source, target, setup, args, inputs).
constexpr const char* kGroup = "session";

}  // namespace

SessionState SessionState::capture(const Document& doc) {
  SessionState s;
  s.path = doc.path();
  s.function = doc.selectedFunction();
  s.mode = doc.mode();
  s.method = doc.method();
  for (const QString& qualname : doc.visitedFunctions()) s.functions[qualname] = doc.settingsFor(qualname);
  return s;
}

bool SessionState::applyTo(Document& doc) const {
  if (path.isEmpty() || !QFileInfo::exists(path) || !doc.open(path).ok) return false;
  // Through the document's own setters, one function at a time, then forgotten by the undo stack:
  // restored choices are where the user starts, not edits to undo.
  for (const auto& [qualname, fs] : functions) {
    if (!doc.selectFunction(qualname)) continue;
    doc.setSourceFramework(fs.source);
    doc.setTargetFramework(fs.target);
    doc.setSetupCode(fs.setup);
    doc.setArgs(fs.args);
    doc.setInputs(fs.inputs);
  }
  doc.setMode(mode);
  doc.setMethod(method);
  if (!doc.selectFunction(function) && !doc.functions().empty())
    doc.selectFunction(QString::fromStdString(doc.functions().front().qualname));
  doc.undoStack()->clear();
  return true;
}

void SessionState::save(QSettings& settings) const {
  settings.beginGroup(QLatin1String(kGroup));
  settings.remove(QString());
  settings.setValue(QStringLiteral("path"), path);
  settings.setValue(QStringLiteral("function"), function);
  settings.setValue(QStringLiteral("mode"), modeId(mode));
  settings.setValue(QStringLiteral("method"), methodId(method));
  settings.setValue(QStringLiteral("geometry"), geometry);
  settings.setValue(QStringLiteral("windowState"), windowState);
  settings.beginWriteArray(QStringLiteral("functions"), static_cast<int>(functions.size()));
  int i = 0;
  for (const auto& [qualname, fs] : functions) {
    settings.setArrayIndex(i++);
    settings.setValue(QStringLiteral("qualname"), qualname);
    settings.setValue(QStringLiteral("source"), frameworkId(fs.source));
    settings.setValue(QStringLiteral("target"), frameworkId(fs.target));
    settings.setValue(QStringLiteral("setup"), fs.setup);
    settings.setValue(QStringLiteral("args"), fs.args);
    settings.setValue(QStringLiteral("inputs"), fs.inputs);
  }
  settings.endArray();
  settings.endGroup();
}

std::optional<SessionState> SessionState::load(QSettings& settings) {
  settings.beginGroup(QLatin1String(kGroup));
  const QString path = settings.value(QStringLiteral("path")).toString();
  if (path.isEmpty()) {
    settings.endGroup();
    return std::nullopt;
  }
  SessionState s;
  s.path = path;
  s.function = settings.value(QStringLiteral("function")).toString();
  s.mode = modeFromId(settings.value(QStringLiteral("mode")).toString()).value_or(s.mode);
  s.method = methodFromId(settings.value(QStringLiteral("method")).toString()).value_or(s.method);
  s.geometry = settings.value(QStringLiteral("geometry")).toByteArray();
  s.windowState = settings.value(QStringLiteral("windowState")).toByteArray();
  const int n = settings.beginReadArray(QStringLiteral("functions"));
  for (int i = 0; i < n; ++i) {
    settings.setArrayIndex(i);
    FunctionSettings fs;
    // A framework name this build does not know keeps the function's default.
    fs.source = frameworkFromId(settings.value(QStringLiteral("source")).toString()).value_or(fs.source);
    fs.target = frameworkFromId(settings.value(QStringLiteral("target")).toString()).value_or(fs.target);
    fs.setup = settings.value(QStringLiteral("setup")).toString();
    fs.args = settings.value(QStringLiteral("args")).toString();
    fs.inputs = settings.value(QStringLiteral("inputs")).toString();
    s.functions[settings.value(QStringLiteral("qualname")).toString()] = fs;
  }
  settings.endArray();
  settings.endGroup();
  return s;
}

}  // namespace pt::app
