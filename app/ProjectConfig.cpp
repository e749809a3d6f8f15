#include "app/ProjectConfig.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pt::app {

namespace {

QString joinedLines(const QJsonValue& v) {
  // Setup code may be written as one string or as a list of lines (easier to read in JSON).
  if (v.isArray()) {
    QStringList lines;
    for (const QJsonValue& line : v.toArray()) lines << line.toString();
    return lines.join(QLatin1Char('\n'));
  }
  return v.toString();
}

}  // namespace

ProjectConfig ProjectConfig::load(const QString& dir, Diagnostics& diagnostics) {
  ProjectConfig config;
  const QString path = QDir(dir).filePath(QStringLiteral("polytrace.json"));
  QFile file(path);
  if (!file.exists()) return config;
  if (!file.open(QIODevice::ReadOnly)) {
    diagnostics.push_back({Severity::Warning, "project-config", "cannot read " + path.toStdString(), {path.toStdString()}});
    return config;
  }
  QJsonParseError error{};
  const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
  if (error.error != QJsonParseError::NoError || !doc.isObject()) {
    diagnostics.push_back({Severity::Warning, "project-config",
                           "polytrace.json is not a JSON object: " + error.errorString().toStdString() + " (at byte " +
                               std::to_string(error.offset) + ")",
                           {path.toStdString()}});
    return config;
  }
  const QJsonObject root = doc.object();
  config.title = root.value(QLatin1String("title")).toString();
  config.description = root.value(QLatin1String("description")).toString();
  config.start = root.value(QLatin1String("start")).toString();
  const QJsonObject functions = root.value(QLatin1String("functions")).toObject();
  for (auto it = functions.begin(); it != functions.end(); ++it) {
    const QJsonObject f = it.value().toObject();
    FunctionDefaults d;
    d.source = frameworkFromId(f.value(QLatin1String("source")).toString());
    d.target = frameworkFromId(f.value(QLatin1String("target")).toString());
    d.setup = joinedLines(f.value(QLatin1String("setup")));
    d.args = f.value(QLatin1String("args")).toString();
    if (f.value(QLatin1String("inputs")).isObject())
      d.inputs = QString::fromUtf8(QJsonDocument(f.value(QLatin1String("inputs")).toObject()).toJson(QJsonDocument::Compact));
    config.functions.insert(it.key(), d);
  }
  return config;
}

}  // namespace pt::app
