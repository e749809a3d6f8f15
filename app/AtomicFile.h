#pragma once
// Writes a whole file through a temporary and a rename (QSaveFile): a failure never leaves half
// a file behind, and readers never see one.
#include <QByteArray>
#include <QString>

namespace pt::app {

bool writeFileAtomically(const QString& path, const QByteArray& bytes, QString* why = nullptr);

}  // namespace pt::app
