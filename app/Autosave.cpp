#include "app/Autosave.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTimer>

#include "app/AtomicFile.h"
#include "app/Document.h"

namespace pt::app {

namespace {

// One recovery file per source file: {"path": ..., "text": ..., "written": ms since the epoch}.
struct Recovery {
  QString path;
  QString text;
  QDateTime written;
};

std::optional<Recovery> readRecovery(const QString& recoveryFile) {
  QFile f(recoveryFile);
  if (!f.open(QIODevice::ReadOnly)) return std::nullopt;
  const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
  if (!o.contains(QLatin1String("path")) || !o.contains(QLatin1String("text"))) return std::nullopt;
  return Recovery{o.value(QLatin1String("path")).toString(), o.value(QLatin1String("text")).toString(),
                  QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(o.value(QLatin1String("written")).toDouble()))};
}

bool inProject(const Document& doc, const QString& file) {
  if (!doc.isFolder()) return file == doc.path();
  return file.startsWith(doc.rootDir() + QLatin1Char('/'));
}

}  // namespace

Autosave::Autosave(Document* doc, const QString& directory, QObject* parent)
    : QObject(parent ? parent : doc), doc_(doc), timer_(new QTimer(this)) {
  dir_ = directory.isEmpty()
             ? QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("recovery"))
             : directory;
  timer_->setSingleShot(true);
  timer_->setInterval(3000);
  connect(timer_, &QTimer::timeout, this, &Autosave::saveNow);
  // Not restarted by every key: while the user types, a write still happens every interval.
  connect(doc_, &Document::sourceTextChanged, this, [this] {
    if (!timer_->isActive()) timer_->start();
  });
  connect(doc_, &Document::modifiedChanged, this, [this](const QString& file, bool modified) {
    if (!modified) remove(file);  // saved, or edited back to what is on disk
  });
  connect(doc_, &Document::operationFinished, this, [this](const OperationResult& result) {
    if (result.operation == Operation::Open) restoreProject();
  });
}

void Autosave::setInterval(int milliseconds) { timer_->setInterval(milliseconds); }

int Autosave::interval() const { return timer_->interval(); }

QString Autosave::recoveryFileFor(const QString& file) const {
  const QByteArray hash = QCryptographicHash::hash(file.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
  return QDir(dir_).filePath(QFileInfo(file).completeBaseName() + QLatin1Char('-') + QString::fromLatin1(hash) +
                             QStringLiteral(".json"));
}

void Autosave::saveNow() {
  timer_->stop();
  QStringList savedFiles;
  const QStringList modified = doc_->modifiedFiles();
  if (!modified.isEmpty()) QDir().mkpath(dir_);
  for (const QString& file : modified) {
    QJsonObject o;
    o.insert(QLatin1String("path"), file);
    o.insert(QLatin1String("text"), doc_->sourceText(file));
    o.insert(QLatin1String("written"), static_cast<double>(QDateTime::currentMSecsSinceEpoch()));
    if (writeFileAtomically(recoveryFileFor(file), QJsonDocument(o).toJson(QJsonDocument::Compact))) {
      written_.insert(file);
      savedFiles << file;
    }
  }
  for (const QString& file : QSet<QString>(written_))
    if (!modified.contains(file)) remove(file);
  if (!savedFiles.isEmpty()) emit saved(savedFiles);
}

void Autosave::remove(const QString& file) {
  QFile::remove(recoveryFileFor(file));
  written_.remove(file);
}

void Autosave::discard() {
  timer_->stop();
  for (const QString& file : QSet<QString>(written_)) remove(file);
}

void Autosave::restoreProject() {
  // The previous project's buffers are gone (the window asked to save or discard them).
  discard();
  restored_.clear();
  if (!doc_->isOpen()) return;
  const QStringList entries = QDir(dir_).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
  for (const QString& entry : entries) {
    const QString recoveryFile = QDir(dir_).filePath(entry);
    const std::optional<Recovery> r = readRecovery(recoveryFile);
    if (!r || !inProject(*doc_, r->path) || recoveryFileFor(r->path) != recoveryFile) continue;
    const QFileInfo onDisk(r->path);
    // Changed on disk after the edits were saved here: the disk wins, the recovery is outdated.
    if (!onDisk.exists() || onDisk.lastModified() > r->written || r->text == doc_->sourceText(r->path)) {
      QFile::remove(recoveryFile);
      continue;
    }
    doc_->setSourceText(r->path, r->text);
    written_.insert(r->path);  // kept until saved or discarded: a second crash loses nothing
    restored_ << r->path;
  }
  if (!restored_.isEmpty()) emit restored(restored_);
}

}  // namespace pt::app
