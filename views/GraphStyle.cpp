#include "views/GraphStyle.h"

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
  switch (c) {
    case OpCategory::Elementwise: return QColor(0x39, 0x57, 0x7a);
    case OpCategory::Reduction: return QColor(0x3a, 0x6b, 0x52);
    case OpCategory::Shape: return QColor(0x72, 0x55, 0x4b);
    case OpCategory::Creation: return QColor(0x5e, 0x4b, 0x7d);
    case OpCategory::Other: return QColor(0x2f, 0x48, 0x6e);
  }
  return QColor(0x39, 0x57, 0x7a);
}

GraphStyle GraphStyle::light(const QPalette& palette, const QFont& base) {
  GraphStyle s;
  s.nodeFont = base;
  s.nodeFont.setPixelSize(12);
  s.nodeFont.setWeight(QFont::DemiBold);
  s.ioFont = base;
  s.ioFont.setPixelSize(12);
  s.edgeFont = base;
  s.edgeFont.setPixelSize(10);
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
  return s;
}

}  // namespace pt::views
