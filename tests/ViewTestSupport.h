#pragma once
// Helpers for the tests that drive graph views: a view on screen (the offscreen platform), and
// how light a picture of it is (themes).
#include <QColor>
#include <QImage>
#include <QTest>

#include "views/GraphView.h"

namespace pt::test {

// `view` showing `graph` at `size`, exposed as a user would see it.
inline bool showGraphView(views::GraphView& view, const ir::Graph* graph, QSize size) {
  view.resize(size);
  view.setGraph(graph);
  view.show();
  return QTest::qWaitForWindowExposed(&view);
}

// Mean HSL lightness (0..255) over every fourth pixel in both directions.
inline double meanLightness(const QImage& image) {
  double sum = 0;
  int n = 0;
  for (int y = 0; y < image.height(); y += 4)
    for (int x = 0; x < image.width(); x += 4, ++n) sum += QColor(image.pixel(x, y)).lightness();
  return n ? sum / n : 0;
}

}  // namespace pt::test
