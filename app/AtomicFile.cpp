#include "app/AtomicFile.h"

#include <QSaveFile>

namespace pt::app {

bool writeFileAtomically(const QString& path, const QByteArray& bytes, QString* why) {
  QSaveFile file(path);
  auto fail = [&] {
    if (why) *why = file.errorString();
    return false;
  };
  if (!file.open(QIODevice::WriteOnly)) return fail();
  if (file.write(bytes) != bytes.size()) {
    file.cancelWriting();
    return fail();
  }
  if (!file.commit()) return fail();
  return true;
}

}  // namespace pt::app
