#include "app/Theme.h"

#include <QApplication>
#include <QStyle>

#include <utility>

namespace pt::app {

QPalette themePalette(bool dark) {
  QPalette p = QApplication::style()->standardPalette();
  if (!dark) return p;
  const QColor window(0x2b, 0x2f, 0x36), text(0xe6, 0xe8, 0xeb), dim(0x8a, 0x91, 0x9c);
  const std::pair<QPalette::ColorRole, QColor> roles[] = {
      {QPalette::Window, window},
      {QPalette::WindowText, text},
      {QPalette::Base, QColor(0x1e, 0x22, 0x27)},
      {QPalette::AlternateBase, QColor(0x33, 0x38, 0x40)},
      {QPalette::Text, text},
      {QPalette::Button, QColor(0x35, 0x3a, 0x42)},
      {QPalette::ButtonText, text},
      {QPalette::BrightText, Qt::white},
      {QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6)},
      {QPalette::HighlightedText, Qt::white},
      {QPalette::ToolTipBase, window},
      {QPalette::ToolTipText, text},
      {QPalette::PlaceholderText, dim},
      {QPalette::Link, QColor(0x79, 0xb8, 0xff)},
      {QPalette::Mid, QColor(0x4b, 0x52, 0x5c)},
      {QPalette::Dark, QColor(0x18, 0x1b, 0x1f)},
      {QPalette::Light, QColor(0x45, 0x4b, 0x55)},
  };
  for (const auto& [role, color] : roles) p.setColor(role, color);
  // Greyed-out text must stay readable on the dark window, not vanish into it.
  for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) p.setColor(QPalette::Disabled, role, dim);
  return p;
}

}  // namespace pt::app
