#pragma once
// Colours, fonts and metrics of the graph view in one place, so a theme (issue "IDE": light and
// dark) changes one object. Op nodes are coloured by what they do, the way Netron colours layers.
#include <QColor>
#include <QFont>
#include <QPalette>

#include "ir/Op.h"

namespace pt::views {

enum class NodeRole { Input, Op, Output };
enum class OpCategory { Elementwise, Reduction, Shape, Creation, Other };

OpCategory opCategory(ir::OpKind op);

struct GraphStyle {
  QFont nodeFont;        // op names; pixel-sized, because scene units are Graphviz points
  QFont ioFont;          // parameters and outputs
  QFont edgeFont;
  QColor background;
  QColor edge;
  QColor edgeEmphasis;   // edges of the selected node
  QColor edgeLabel;
  QColor selection;
  QColor ioFill, ioBorder, ioText;
  QColor outputFill, outputBorder;
  double nodeHeight = 28;
  double nodePaddingX = 14;
  double nodeMinWidth = 52;
  double cornerRadius = 6;
  double arrowLength = 7;  // matches arrowsize=0.7 in the DOT attributes
  double arrowWidth = 6;

  QColor opFill(OpCategory c) const;
  QColor opText() const { return QColor(0xff, 0xff, 0xff); }

  static GraphStyle light(const QPalette& palette, const QFont& base);
};

}  // namespace pt::views
