#include "views/GraphStyle.h"

#include <algorithm>

#include "ir/Op.h"

namespace pt::views {

OpCategory opCategory(ir::OpKind op) {
  using ir::OpKind;
  const ir::OpInfo& info = ir::opInfo(op);
  if (info.traits & ir::kReduction) return OpCategory::Reduction;
  if (info.inputs == 0) return OpCategory::Creation;
  if (info.traits & ir::kElementwise) return OpCategory::Elementwise;
  switch (op) {
    case OpKind::Reshape: case OpKind::Transpose: case OpKind::Expand: case OpKind::Squeeze:
    case OpKind::Unsqueeze: case OpKind::Concat: case OpKind::Stack: case OpKind::Slice:
    case OpKind::Take: case OpKind::Flip:
      return OpCategory::Shape;
    default:
      return OpCategory::Other;
  }
}

QColor GraphStyle::opFill(OpCategory c) const {
  // The same hues in both themes (white text reads on them); a touch brighter on dark.
  QColor base;
  switch (c) {
    case OpCategory::Elementwise: base = QColor(0x39, 0x57, 0x7a); break;
    case OpCategory::Reduction: base = QColor(0x3a, 0x6b, 0x52); break;
    case OpCategory::Shape: base = QColor(0x72, 0x55, 0x4b); break;
    case OpCategory::Creation: base = QColor(0x5e, 0x4b, 0x7d); break;
    case OpCategory::Other: base = QColor(0x2f, 0x48, 0x6e); break;
  }
  return isDark ? base.lighter(125) : base;
}

QColor GraphStyle::frameFillAt(int depth) const {
  return depth % 2 ? (isDark ? frameFill.lighter(112) : frameFill.darker(104)) : frameFill;
}

QColor GraphStyle::agreement(double level) const {
  level = std::clamp(level, 0.0, 1.0);
  // A jump in hue at the tolerance: within it reads as green, beyond it as orange to red.
  const double hue = level <= 0.5 ? 130 - 110 * level : 38 - 38 * (level - 0.5) / 0.5;
  return QColor::fromHsvF(static_cast<float>(hue / 360), isDark ? 0.62f : 0.85f, isDark ? 0.9f : 0.68f);
}

namespace {

void fonts(GraphStyle& s, const QFont& base) {
  s.nodeFont = base;
  s.nodeFont.setPixelSize(12);
  s.nodeFont.setWeight(QFont::DemiBold);
  s.ioFont = base;
  s.ioFont.setPixelSize(12);
  s.edgeFont = base;
  s.edgeFont.setPixelSize(10);
  s.groupFont = base;
  s.groupFont.setPixelSize(12);
  s.groupFont.setWeight(QFont::DemiBold);
  s.badgeFont = base;
  s.badgeFont.setPixelSize(10);
}

}  // namespace

GraphStyle GraphStyle::light(const QPalette& palette, const QFont& base) {
  GraphStyle s;
  fonts(s, base);
  s.background = palette.color(QPalette::Base);
  s.edge = QColor(0x8a, 0x94, 0x9e);
  s.edgeLabel = QColor(0x5f, 0x6b, 0x76);
  s.selection = QColor(0xf5, 0x9e, 0x0b);
  s.edgeEmphasis = s.selection.darker(115);
  s.ioFill = QColor(0xee, 0xf1, 0xf4);
  s.ioBorder = QColor(0x8d, 0x99, 0xa6);
  s.ioText = QColor(0x1f, 0x29, 0x33);
  s.outputFill = QColor(0xfd, 0xf3, 0xe3);
  s.outputBorder = QColor(0xc9, 0x99, 0x4f);
  s.groupFill = QColor(0xe4, 0xec, 0xf6);
  s.groupBorder = QColor(0x6b, 0x86, 0xa8);
  s.groupText = QColor(0x1f, 0x33, 0x4d);
  s.repeatFill = QColor(0xe9, 0xe3, 0xf5);
  s.repeatBorder = QColor(0x7d, 0x68, 0xa6);
  s.frameFill = QColor(0xf6, 0xf8, 0xfb);
  s.frameBorder = QColor(0xb4, 0xc2, 0xd3);
  s.frameTitle = QColor(0x4a, 0x5a, 0x6e);
  s.searchMatch = QColor(0x16, 0xa3, 0x4a);
  s.problem = QColor(0xdc, 0x26, 0x26);
  s.minimapBackground = QColor(0xf3, 0xf5, 0xf8, 235);
  s.minimapNode = QColor(0x6b, 0x86, 0xa8);
  s.minimapViewport = QColor(0xf5, 0x9e, 0x0b);
  return s;
}

GraphStyle GraphStyle::dark(const QPalette& palette, const QFont& base) {
  GraphStyle s;
  s.isDark = true;
  fonts(s, base);
  s.background = palette.color(QPalette::Base);
  s.edge = QColor(0x7d, 0x87, 0x93);
  s.edgeLabel = QColor(0xa9, 0xb4, 0xc0);
  s.selection = QColor(0xfb, 0xbf, 0x24);
  s.edgeEmphasis = s.selection;
  s.ioFill = QColor(0x2f, 0x36, 0x3f);
  s.ioBorder = QColor(0x6b, 0x77, 0x85);
  s.ioText = QColor(0xe6, 0xea, 0xef);
  s.outputFill = QColor(0x4a, 0x3b, 0x22);
  s.outputBorder = QColor(0xc9, 0x99, 0x4f);
  s.groupFill = QColor(0x2a, 0x3a, 0x50);
  s.groupBorder = QColor(0x6f, 0x8f, 0xb8);
  s.groupText = QColor(0xe2, 0xea, 0xf4);
  s.repeatFill = QColor(0x3a, 0x30, 0x52);
  s.repeatBorder = QColor(0x9f, 0x8a, 0xcc);
  s.frameFill = QColor(0x24, 0x29, 0x31);
  s.frameBorder = QColor(0x4b, 0x58, 0x68);
  s.frameTitle = QColor(0xb4, 0xc0, 0xcf);
  s.searchMatch = QColor(0x4a, 0xde, 0x80);
  s.problem = QColor(0xf8, 0x71, 0x71);
  s.minimapBackground = QColor(0x1b, 0x1f, 0x25, 235);
  s.minimapNode = QColor(0x6f, 0x8f, 0xb8);
  s.minimapViewport = QColor(0xfb, 0xbf, 0x24);
  return s;
}

GraphStyle GraphStyle::forPalette(const QPalette& palette, const QFont& base) {
  return palette.color(QPalette::Base).lightness() < 128 ? dark(palette, base) : light(palette, base);
}

}  // namespace pt::views
