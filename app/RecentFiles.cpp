#include "app/RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

namespace pt::app {

namespace {
constexpr const char* kKey = "recentFiles";
}

QStringList RecentFiles::list() {
  QStringList existing;
  for (const QString& path : QSettings().value(QLatin1String(kKey)).toStringList())
    if (QFileInfo::exists(path)) existing << path;
  return existing;
}

void RecentFiles::add(const QString& path) {
  QSettings settings;
  QStringList paths = settings.value(QLatin1String(kKey)).toStringList();
  paths.removeAll(path);
  paths.prepend(path);
  while (paths.size() > kMaximum) paths.removeLast();
  settings.setValue(QLatin1String(kKey), paths);
}

void RecentFiles::clear() { QSettings().remove(QLatin1String(kKey)); }

}  // namespace pt::app
