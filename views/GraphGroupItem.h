#pragma once
// A group of ops (one Python call, or a folded run of identical calls): closed, a box with the
// function's name and its op count; open, a frame behind its contents with the name in a title
// band. Double-click toggles it; the scene does the relayout.
#include <QGraphicsItem>

#include "views/GraphStyle.h"

namespace pt::views {

class GraphGroupItem : public QGraphicsItem {
 public:
  enum { Type = UserType + 3 };

  GraphGroupItem(int group, QString title, QString detail, bool open, bool repeat, int depth, QSizeF size,
                 const GraphStyle* style);

  int type() const override { return Type; }
  QRectF boundingRect() const override;
  QPainterPath shape() const override;
  void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

  int group() const { return group_; }
  bool isOpen() const { return open_; }
  bool isRepeat() const { return repeat_; }
  const QString& title() const { return title_; }    // "rgb_to_grayscale", "block ×4"
  const QString& detail() const { return detail_; }  // "12 ops"
  QRectF box() const { return box_; }                // item coordinates, centred on the origin
  QRectF headerRect() const;                          // open: the title band

  void setSearchMatches(int count);  // hits hidden inside (closed) or anywhere below (open)
  int searchMatches() const { return matches_; }
  void setProblem(bool on);          // holds the first NaN/Inf producer
  bool isProblem() const { return problem_; }

  // The texts' sizes, for the layout: a closed box, and an open frame's minimum width.
  static QSizeF closedSize(const QString& title, const QString& detail, const GraphStyle& style);
  static double headerWidth(const QString& title, const QString& detail, const GraphStyle& style);

 protected:
  void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override;
  void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
  void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;

 private:
  int group_;
  QString title_, detail_;
  bool open_, repeat_;
  int depth_;
  QRectF box_;
  const GraphStyle* style_;
  bool hovered_ = false;
  int matches_ = 0;
  bool problem_ = false;
};

}  // namespace pt::views
