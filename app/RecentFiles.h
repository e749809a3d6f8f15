#pragma once
// The files and folders opened lately, newest first, kept in QSettings; the File menu's
// "Open Recent" lists those that still exist.
#include <QString>
#include <QStringList>

namespace pt::app {

class RecentFiles {
 public:
  static constexpr int kMaximum = 10;
  static QStringList list();           // existing ones only
  static void add(const QString& path);  // moves it to the front
  static void clear();
};

}  // namespace pt::app
