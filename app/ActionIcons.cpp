#include "app/ActionIcons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <functional>

namespace pt::app::icons {

namespace {

// Draws in a 24×24 design grid at several pixel sizes.
QIcon paint(const std::function<void(QPainter&)>& draw) {
  QIcon icon;
  for (int size : {16, 24, 32, 48, 64}) {
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 24.0, size / 24.0);
    draw(p);
    p.end();
    icon.addPixmap(pixmap);
  }
  return icon;
}

const QColor kInk(0x37, 0x41, 0x51);
const QColor kBlue(0x25, 0x63, 0xeb);
const QColor kGreen(0x16, 0xa3, 0x4a);
const QColor kAmber(0xf5, 0x9e, 0x0b);
const QColor kPurple(0x7c, 0x3a, 0xed);

void node(QPainter& p, QPointF c, const QColor& fill) {
  p.setPen(Qt::NoPen);
  p.setBrush(fill);
  p.drawRoundedRect(QRectF(c.x() - 4, c.y() - 3, 8, 6), 2, 2);
}

}  // namespace

QIcon trace() {
  return paint([](QPainter& p) {
    p.setPen(QPen(kInk, 1.6));
    p.drawLine(QPointF(12, 5), QPointF(6, 12));
    p.drawLine(QPointF(12, 5), QPointF(18, 12));
    p.drawLine(QPointF(6, 12), QPointF(12, 19));
    p.drawLine(QPointF(18, 12), QPointF(12, 19));
    node(p, {12, 5}, kInk);
    node(p, {6, 12}, kBlue);
    node(p, {18, 12}, kPurple);
    node(p, {12, 19}, kAmber);
  });
}

QIcon run() {
  return paint([](QPainter& p) {
    QPainterPath path;
    path.moveTo(7, 4.5);
    path.lineTo(19.5, 12);
    path.lineTo(7, 19.5);
    path.closeSubpath();
    p.setPen(QPen(kGreen.darker(115), 1.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(kGreen);
    p.drawPath(path);
  });
}

QIcon transpile() {
  return paint([](QPainter& p) {
    p.setPen(QPen(kInk, 1.4));
    p.setBrush(Qt::white);
    p.drawRoundedRect(QRectF(2, 4, 8, 16), 1.5, 1.5);
    p.setBrush(QColor(0xee, 0xf2, 0xff));
    p.setPen(QPen(kBlue, 1.4));
    p.drawRoundedRect(QRectF(14, 4, 8, 16), 1.5, 1.5);
    p.setPen(QPen(kInk, 1));
    for (double y : {8.0, 11.0, 14.0}) p.drawLine(QPointF(4, y), QPointF(8, y));
    p.setPen(QPen(kBlue, 1));
    for (double y : {8.0, 11.0, 14.0}) p.drawLine(QPointF(16, y), QPointF(20, y));
    p.setPen(QPen(kAmber, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawLine(QPointF(9, 17.5), QPointF(15, 17.5));
    p.drawLine(QPointF(13, 15.5), QPointF(15, 17.5));
    p.drawLine(QPointF(13, 19.5), QPointF(15, 17.5));
  });
}

QIcon exportCode() {
  return paint([](QPainter& p) {
    p.setPen(QPen(kInk, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    QPainterPath tray;
    tray.moveTo(4, 13);
    tray.lineTo(4, 20);
    tray.lineTo(20, 20);
    tray.lineTo(20, 13);
    p.drawPath(tray);
    p.setPen(QPen(kBlue, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawLine(QPointF(12, 16), QPointF(12, 4));
    p.drawLine(QPointF(8, 8), QPointF(12, 4));
    p.drawLine(QPointF(16, 8), QPointF(12, 4));
  });
}

QIcon application() {
  return paint([](QPainter& p) {
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x1f, 0x29, 0x37));
    p.drawRoundedRect(QRectF(1, 1, 22, 22), 5, 5);
    p.setPen(QPen(QColor(0xd1, 0xd5, 0xdb), 1.3));
    p.drawLine(QPointF(12, 6), QPointF(7, 12));
    p.drawLine(QPointF(12, 6), QPointF(17, 12));
    p.drawLine(QPointF(7, 12), QPointF(12, 18));
    p.drawLine(QPointF(17, 12), QPointF(12, 18));
    node(p, {12, 6}, QColor(0xe5, 0xe7, 0xeb));
    node(p, {7, 12}, QColor(0x60, 0xa5, 0xfa));
    node(p, {17, 12}, QColor(0xa7, 0x8b, 0xfa));
    node(p, {12, 18}, kAmber);
  });
}

}  // namespace pt::app::icons
