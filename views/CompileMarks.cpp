#include "views/CompileMarks.h"

#include <QGraphicsPathItem>

#include <algorithm>
#include <cmath>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include "views/GraphEdgeItem.h"
#include "views/GraphGroupItem.h"
#include "views/GraphNodeItem.h"
#include "views/GraphScene.h"

namespace pt::views {

namespace {

constexpr qreal kFaded = 0.35;
constexpr int kOriginalTip = 0x5054;  // item data key: the tooltip the scene gave the item

QColor markColor(NodeMark::Kind kind, bool dark) { return CompileMarks::kindColor(kind, dark); }

bool fades(NodeMark::Kind kind) {
  return kind == NodeMark::Kind::Removed || kind == NodeMark::Kind::Merged || kind == NodeMark::Kind::Unpaired;
}
// What a closed group counts: what the passes did, or a difference; not an op that agrees or
// has no counterpart.
int counts(NodeMark::Kind kind) { return kind == NodeMark::Kind::Agrees || kind == NodeMark::Kind::Unpaired ? 0 : 1; }

// A faded box whose op still ran (the other graph just has no counterpart) keeps its name plain.
bool strikes(NodeMark::Kind kind) { return kind == NodeMark::Kind::Removed || kind == NodeMark::Kind::Merged; }

// A tag over a box's top-left corner; a removed or merged op's name struck through (`struck`:
// the label, empty for a kept op, whose box gets a dashed ring instead). Drawn at full strength
// over the faded box; never hit by the mouse (the box below answers).
class MarkOverlay : public QGraphicsItem {
 public:
  MarkOverlay(QRectF box, const NodeMark& mark, QString struck, const GraphStyle* style, QGraphicsItem* parent)
      : QGraphicsItem(parent),
        box_(box),
        kind_(mark.kind),
        tag_(mark.tag),
        struck_(std::move(struck)),
        style_(style),
        level_(mark.level),
        emphasised_(mark.emphasised) {
    setFlag(ItemIgnoresParentOpacity);
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(1);
    const QFontMetricsF fm(style_->badgeFont);
    const double w = fm.horizontalAdvance(tag_) + 8, h = fm.height() + 2;
    badge_ = QRectF(box_.left() + 2, box_.top() - h - 2, w, h);
  }
  int type() const override { return CompileMarks::kOverlayType; }
  QRectF boundingRect() const override { return (box_ | badge_).adjusted(-8, -8, 8, 8); }
  QPainterPath shape() const override { return {}; }
  void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) override {
    const QColor color = level_ >= 0 ? style_->agreement(level_) : markColor(kind_, style_->isDark);
    painter->setRenderHint(QPainter::Antialiasing);
    if (!struck_.isEmpty()) {
      // The name stays readable on the faded box (crossed out when the op is gone).
      QFont font = style_->nodeFont;
      font.setStrikeOut(strikes(kind_));
      painter->setFont(font);
      painter->setPen(style_->isDark ? QColor(0xe6, 0xe6, 0xe6) : QColor(0x24, 0x29, 0x2f));
      painter->drawText(box_, Qt::AlignCenter, struck_);
    } else if (level_ >= 0) {
      // A measured difference: a solid ring in the scale's colour, heavier (with a halo) where
      // the values first part.
      painter->setBrush(Qt::NoBrush);
      if (emphasised_) {
        QColor halo = color;
        halo.setAlphaF(0.3f);
        painter->setPen(QPen(halo, 9));
        painter->drawRoundedRect(box_.adjusted(-4, -4, 4, 4), style_->cornerRadius + 4, style_->cornerRadius + 4);
      }
      painter->setPen(QPen(color, emphasised_ ? 3.5 : 2.5));
      painter->drawRoundedRect(box_.adjusted(-3, -3, 3, 3), style_->cornerRadius + 3, style_->cornerRadius + 3);
    } else {
      painter->setPen(QPen(color, 2, Qt::DashLine));
      painter->setBrush(Qt::NoBrush);
      painter->drawRoundedRect(box_.adjusted(-3, -3, 3, 3), style_->cornerRadius + 3, style_->cornerRadius + 3);
    }
    if (tag_.isEmpty() || option->levelOfDetailFromTransform(painter->worldTransform()) < 0.3) return;
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawRoundedRect(badge_, 3, 3);
    painter->setPen(Qt::white);
    painter->setFont(style_->badgeFont);
    painter->drawText(badge_, Qt::AlignCenter, tag_);
  }

 private:
  QRectF box_, badge_;
  NodeMark::Kind kind_;
  QString tag_;
  QString struck_;
  const GraphStyle* style_;
  double level_;
  bool emphasised_;
};

// The dashed curve from a merged op to the op that replaces it; coloured at paint time, so a
// theme switch recolours it as it does the boxes.
class MergeLink : public QGraphicsPathItem {
 public:
  MergeLink(const QPainterPath& path, const GraphStyle* style) : QGraphicsPathItem(path), style_(style) {
    setPen(QPen(markColor(NodeMark::Kind::Merged, style_->isDark), 1.8, Qt::DashLine));
    setZValue(1.5);
    setAcceptedMouseButtons(Qt::NoButton);
  }
  int type() const override { return CompileMarks::kOverlayType; }
  QPainterPath shape() const override { return {}; }
  void paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) override {
    QPen p = pen();
    p.setColor(markColor(NodeMark::Kind::Merged, style_->isDark));
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(p);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path());
  }

 private:
  const GraphStyle* style_;
};

QString withNote(const QString& tip, const QString& note) {
  return tip + QStringLiteral("<br><b>") + note.toHtmlEscaped() + QStringLiteral("</b>");
}

}  // namespace

CompileMarks::CompileMarks(GraphScene* scene) : QObject(scene), scene_(scene) {
  // After a relayout the scene's items are new: put the marks on them again.
  connect(scene_, &GraphScene::graphChanged, this, &CompileMarks::apply);
  connect(scene_, &GraphScene::layoutChanged, this, &CompileMarks::apply);
}

CompileMarks::~CompileMarks() = default;

QColor CompileMarks::kindColor(NodeMark::Kind kind, bool dark) {
  switch (kind) {
    case NodeMark::Kind::Removed: return dark ? QColor(0xe8, 0x77, 0x6b) : QColor(0xc0, 0x39, 0x2b);
    case NodeMark::Kind::Merged:
    case NodeMark::Kind::Survivor: return dark ? QColor(0xbe, 0x8c, 0xe0) : QColor(0x8e, 0x44, 0xad);
    case NodeMark::Kind::Folded: return dark ? QColor(0x48, 0xc9, 0xb6) : QColor(0x0b, 0x7f, 0x73);
    case NodeMark::Kind::Agrees: return dark ? QColor(0x56, 0xd3, 0x64) : QColor(0x1a, 0x7f, 0x37);
    case NodeMark::Kind::Differs: return dark ? QColor(0xff, 0x6a, 0x69) : QColor(0xcf, 0x22, 0x2e);
    case NodeMark::Kind::Unpaired: return dark ? QColor(0x8b, 0x94, 0x9e) : QColor(0x6e, 0x77, 0x81);
  }
  return {};
}

void CompileMarks::setMarks(const ir::Graph* graph, std::map<int, NodeMark> marks) {
  restore();
  graph_ = graph;
  marks_ = std::move(marks);
  apply();
}

void CompileMarks::clear() { setMarks(nullptr, {}); }

void CompileMarks::setGroupWording(QString note, QString tag) {
  groupNote_ = std::move(note);
  groupTag_ = std::move(tag);
}

void CompileMarks::restore() {
  if (!shown_) return;
  // The marks' items are links (top level) and tags (children of a box), never parents: each
  // can go on its own.
  for (QGraphicsItem* item : scene_->items()) {
    if (item->type() == kOverlayType) {
      delete item;
      continue;
    }
    if (item->data(kOriginalTip).isValid()) {
      item->setToolTip(item->data(kOriginalTip).toString());
      item->setData(kOriginalTip, QVariant());
    }
    item->setOpacity(1);
  }
  shown_ = false;
  links_ = 0;
}

void CompileMarks::apply() {
  // The scene rebuilt its items (they are fresh) or the marks changed (restore() ran).
  shown_ = false;
  links_ = 0;
  if (!graph_ || scene_->graph() != graph_ || marks_.empty()) return;
  const GraphStyle* style = &scene_->style();
  struct Inside {
    int count = 0;       // ops inside that were changed (compile) or differ (diff)
    double level = -1;   // the worst measured difference inside
  };
  std::map<GraphGroupItem*, Inside> hidden;  // closed group -> its marked ops
  for (const auto& [node, mark] : marks_) {
    QGraphicsItem* item = scene_->itemForNode(node);
    if (!item) {
      if (QGraphicsItem* box = scene_->visibleItemForNode(node); box && box->type() == GraphGroupItem::Type) {
        Inside& in = hidden[static_cast<GraphGroupItem*>(box)];
        in.count += counts(mark.kind);
        in.level = std::max(in.level, mark.level);
      }
      continue;
    }
    auto* n = static_cast<GraphNodeItem*>(item);
    n->setData(kOriginalTip, n->toolTip());
    n->setToolTip(withNote(n->toolTip(), mark.note));
    if (fades(mark.kind)) n->setOpacity(kFaded);
    new MarkOverlay(n->box(), mark, fades(mark.kind) ? n->label() : QString(), style, n);
  }
  for (GraphEdgeItem* e : scene_->edgeItems())
    if (e->fromItem()->opacity() < 1 || e->toItem()->opacity() < 1) e->setOpacity(kFaded);
  for (const auto& [group, inside] : hidden) {
    if (inside.count == 0 && inside.level < 0) continue;
    NodeMark mark{NodeMark::Kind::Survivor, QString()};
    mark.level = inside.level;
    if (inside.count > 0) {
      const QString note = (groupNote_.isEmpty() ? tr("%1 op(s) inside changed by the passes") : groupNote_).arg(inside.count);
      group->setData(kOriginalTip, group->toolTip());
      group->setToolTip(withNote(group->toolTip(), note));
      mark.tag = (groupTag_.isEmpty() ? tr("%1 changed") : groupTag_).arg(inside.count);
    }
    new MarkOverlay(group->box(), mark, QString(), style, group);
  }
  for (const auto& [node, mark] : marks_) {
    if (mark.kind != NodeMark::Kind::Merged) continue;
    QGraphicsItem* from = scene_->visibleItemForNode(node);
    QGraphicsItem* to = scene_->visibleItemForNode(mark.linkTo);
    if (!from || !to || from == to) continue;
    const QPointF a = from->sceneBoundingRect().center(), b = to->sceneBoundingRect().center();
    // Bowed across its own direction, so it runs neither along the edges between ops one above
    // the other nor through the ops between two on one rank.
    const QPointF d = b - a;
    const double length = std::max(1.0, std::hypot(d.x(), d.y()));
    const QPointF bow = QPointF(-d.y(), d.x()) / length * std::max(36.0, length / 4);
    QPainterPath path(a);
    path.cubicTo(a + d / 4 + bow, b - d / 4 + bow, b);
    scene_->addItem(new MergeLink(path, style));
    ++links_;
  }
  shown_ = true;
}

}  // namespace pt::views
