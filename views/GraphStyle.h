#pragma once
// Colours, fonts and metrics of the graph view in one place, so a theme (issue "IDE": light and
// dark) changes one object. Op nodes are coloured by what they do, the way Netron colours layers.
// Every colour the graph view, its minimap and its exports use comes from here.
#include <QColor>
#include <QFont>
#include <QPalette>

#include "ir/Op.h"

namespace pt::views {

enum class NodeRole { Input, Op, Output };
enum class OpCategory { Elementwise, Reduction, Shape, Creation, Other };

OpCategory opCategory(ir::OpKind op);

struct GraphStyle {
  bool isDark = false;
  QFont nodeFont;        // op names; pixel-sized, because scene units are Graphviz points
  QFont ioFont;          // parameters and outputs
  QFont edgeFont;
  QFont groupFont;       // group titles and closed-group boxes
  QFont badgeFont;       // small counts ("12 ops", "×4", "NaN")
  QColor background;
  QColor edge;
  QColor edgeEmphasis;   // edges of the selected node
  QColor edgeLabel;
  QColor selection;
  QColor ioFill, ioBorder, ioText;
  QColor outputFill, outputBorder;
  QColor groupFill, groupBorder, groupText;           // a closed group's box
  QColor repeatFill, repeatBorder;                    // a folded "Block ×N"
  QColor frameFill, frameBorder, frameTitle;          // an open group's frame (tinted by depth)
  QColor searchMatch;    // outline of search hits
  QColor problem;        // the first node that produced NaN/Inf
  QColor minimapBackground, minimapNode, minimapViewport;
  double nodeHeight = 28;
  double nodePaddingX = 14;
  double nodeMinWidth = 52;
  double cornerRadius = 6;
  double arrowLength = 7;  // matches arrowsize=0.7 in the DOT attributes
  double arrowWidth = 6;
  double groupHeight = 40;       // a closed group: title and count on two lines
  double frameHeader = 22;       // an open group's title band
  double framePadding = 10;

  QColor opFill(OpCategory c) const;
  QColor opText() const { return QColor(0xff, 0xff, 0xff); }
  QColor frameFillAt(int depth) const;  // nested frames alternate so their borders read
  // The diff view's scale, `level` 0..1: green (equal) to yellow-green (at the tolerance) for
  // values that agree, orange (just beyond) to red (1000x the tolerance) for values that differ.
  QColor agreement(double level) const;

  static GraphStyle light(const QPalette& palette, const QFont& base);
  static GraphStyle dark(const QPalette& palette, const QFont& base);
  // Light or dark after the palette's base colour: the view follows the application theme.
  static GraphStyle forPalette(const QPalette& palette, const QFont& base);
};

}  // namespace pt::views
