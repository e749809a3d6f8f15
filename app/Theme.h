#pragma once
// The application's two palettes: the style's own light one and a dark one whose colours match
// the graph's and the code editors' dark styles (GraphStyle::dark, CodeEditor).
#include <QPalette>

namespace pt::app {

QPalette themePalette(bool dark);

}  // namespace pt::app
