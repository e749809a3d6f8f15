#pragma once
// The toolbar's icons, drawn with QPainter: Debian's Qt has no SVG icon engine by default, and
// vector-drawn icons stay crisp at any device pixel ratio.
#include <QIcon>

namespace pt::app::icons {

QIcon trace();      // a small graph
QIcon run();        // play triangle
QIcon transpile();  // two code blocks and an arrow
QIcon exportCode(); // arrow out of a tray
QIcon application();

}  // namespace pt::app::icons
