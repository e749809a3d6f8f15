#include "app/ExampleProject.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

// Resources in a static library are only linked in when something initialises them.
static void initAppResources() { Q_INIT_RESOURCE(resources); }

namespace pt::app {

QString ensureWalkthrough(QString* error) {
  initAppResources();
  const QString source = QStringLiteral(":/examples/lazy_vs_eager");
  const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
  if (base.isEmpty()) {
    if (error) *error = QStringLiteral("no writable application data folder");
    return {};
  }
  const QString target = QDir(base).filePath(QStringLiteral("examples/lazy_vs_eager"));
  QDirIterator it(source, QDir::Files, QDirIterator::Subdirectories);
  while (it.hasNext()) {
    const QString from = it.next();
    const QString relative = QDir(source).relativeFilePath(from);
    const QString to = QDir(target).filePath(relative);
    if (QFile::exists(to)) continue;
    if (!QDir().mkpath(QFileInfo(to).absolutePath())) {
      if (error) *error = QStringLiteral("cannot create %1").arg(QFileInfo(to).absolutePath());
      return {};
    }
    // Copied by content: QFile::copy would keep the resource's read-only permissions.
    QFile in(from);
    QSaveFile out(to);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly) || out.write(in.readAll()) < 0 || !out.commit()) {
      if (error) *error = QStringLiteral("cannot write %1: %2").arg(to, out.errorString());
      return {};
    }
  }
  if (!QFile::exists(QDir(target).filePath(QStringLiteral("polytrace.json")))) {
    if (error) *error = QStringLiteral("the walkthrough is not embedded in this build");
    return {};
  }
  return target;
}

}  // namespace pt::app
