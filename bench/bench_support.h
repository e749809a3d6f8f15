#pragma once
// What the GUI benchmarks share: the process's resident memory and milliseconds of a timer.
#include <QElapsedTimer>
#include <QFile>

namespace pt::bench {

inline double ms(const QElapsedTimer& t) { return static_cast<double>(t.nsecsElapsed()) / 1e6; }

// VmRSS of this process in kB (-1 when /proc is not there).
inline long rssKb() {
  QFile f(QStringLiteral("/proc/self/status"));
  if (!f.open(QIODevice::ReadOnly)) return -1;
  for (const QByteArray& line : f.readAll().split('\n'))
    if (line.startsWith("VmRSS:")) return line.mid(6).trimmed().split(' ').first().toLong();
  return -1;
}

}  // namespace pt::bench
