#pragma once
// Unsaved edits survive a crash: a few seconds after a buffer changes, every modified buffer of
// the document is written (atomically) to a recovery folder; a saved or reverted buffer's
// recovery file goes away. When a project opens and a recovery file of one of its files is newer
// than the file on disk, its text is put back into the buffer (an undoable edit, so the buffer
// shows as modified) and restored() says which files.
//
// The recovery files outlive the document on purpose: only discard() — the window calls it once
// the user has saved or chosen to discard — removes those of this session. A crash never calls it.
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

class QTimer;

namespace pt::app {

class Document;

class Autosave : public QObject {
  Q_OBJECT

 public:
  // `directory` empty: <AppDataLocation>/recovery.
  explicit Autosave(Document* doc, const QString& directory = {}, QObject* parent = nullptr);

  QString directory() const { return dir_; }
  void setInterval(int milliseconds);  // from the first unsaved edit to the write (default 3 s)
  int interval() const;
  QString recoveryFileFor(const QString& file) const;
  void saveNow();   // writes the modified buffers, removes the recovery of unmodified ones
  void discard();   // removes every recovery file this session wrote
  QStringList restoredFiles() const { return restored_; }

 signals:
  void saved(const QStringList& files);
  void restored(const QStringList& files);

 private:
  void restoreProject();
  void remove(const QString& file);

  Document* doc_;
  QString dir_;
  QTimer* timer_;
  QSet<QString> written_;  // source files with a recovery file from this session
  QStringList restored_;
};

}  // namespace pt::app
