#pragma once
// `polytrace --screenshot`: the window in a given state, rendered to a PNG without a display
// (offscreen or Xvfb), for the README and the tests.
#include <QSize>
#include <QString>

namespace pt::app {

class MainWindow;

// Lays the window out at `size`, renders it and writes `path`. Returns false with `error` set.
bool saveScreenshot(MainWindow& window, const QString& path, QSize size, QString* error);

}  // namespace pt::app
