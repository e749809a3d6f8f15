#include "views/GraphExport.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QRegularExpression>
#include <QSet>

#include <functional>
#include <map>

#include "ir/Graph.h"
#include "layout/DotAttributes.h"
#include "views/GraphEdgeItem.h"
#include "views/GraphGroupItem.h"
#include "views/GraphNodeItem.h"
#include "views/GraphScene.h"

namespace pt::views {

namespace {

constexpr double kMargin = 16;

// What to export: boxes and the edges whose both ends are exported.
struct Selection {
  QList<QGraphicsItem*> boxes;  // node and group items, frames before their contents
  QList<GraphEdgeItem*> edges;
  QRectF bounds;
};

Selection pick(GraphScene& scene, bool selectionOnly) {
  Selection s;
  QSet<QGraphicsItem*> chosen;
  auto add = [&](QGraphicsItem* i) {
    if (!chosen.contains(i)) {
      chosen.insert(i);
      s.boxes.append(i);
    }
  };
  QList<QGraphicsItem*> all;
  for (GraphGroupItem* g : scene.groupItems()) all.append(g);
  for (GraphNodeItem* n : scene.nodeItems()) all.append(n);
  if (!selectionOnly) {
    for (QGraphicsItem* i : all) add(i);
  } else {
    const GraphHierarchy* h = scene.hierarchy();
    for (QGraphicsItem* i : all)
      if (i->isSelected()) add(i);
    // A selected open frame brings its contents.
    for (GraphGroupItem* g : scene.groupItems()) {
      if (!g->isSelected() || !g->isOpen() || !h) continue;
      for (QGraphicsItem* i : all)
        if (i != g && h->contains(g->group(), scene.entryOf(i))) add(i);
    }
    // Keep paint order: frames first.
    std::stable_sort(s.boxes.begin(), s.boxes.end(), [](QGraphicsItem* a, QGraphicsItem* b) { return a->zValue() < b->zValue(); });
  }
  for (GraphEdgeItem* e : scene.edgeItems())
    if (chosen.contains(e->fromItem()) && chosen.contains(e->toItem())) s.edges.append(e);
  for (QGraphicsItem* i : s.boxes) s.bounds |= i->sceneBoundingRect();
  for (GraphEdgeItem* e : s.edges) s.bounds |= e->sceneBoundingRect();
  s.bounds.adjust(-kMargin, -kMargin, kMargin, kMargin);
  return s;
}

QString idOf(const GraphScene& scene, const QGraphicsItem* item) {
  const ViewEntry e = scene.entryOf(item);
  switch (e.kind) {
    case ViewEntry::Kind::Param: return QStringLiteral("in%1").arg(e.index);
    case ViewEntry::Kind::Op: return QStringLiteral("n%1").arg(e.index);
    case ViewEntry::Kind::Output: return QStringLiteral("out%1").arg(e.index);
    case ViewEntry::Kind::Group: return QStringLiteral("g%1").arg(e.index);
  }
  return {};
}

QString xml(const QString& s) { return s.toHtmlEscaped(); }
QString num(double v) { return QString::number(v, 'f', 2).remove(QRegularExpression(QStringLiteral("\\.?0+$"))); }
QString color(const QColor& c) { return c.name(QColor::HexRgb); }

QColor nodeFill(const GraphNodeItem* n, const GraphScene& scene) {
  const GraphStyle& st = scene.style();
  switch (n->role()) {
    case NodeRole::Input: return st.ioFill;
    case NodeRole::Output: return st.outputFill;
    case NodeRole::Op: return st.opFill(opCategory(scene.graph()->nodes()[static_cast<size_t>(n->nodeIndex())]->op));
  }
  return st.ioFill;
}

QColor nodeBorder(const GraphNodeItem* n, const GraphScene& scene) {
  const GraphStyle& st = scene.style();
  switch (n->role()) {
    case NodeRole::Input: return st.ioBorder;
    case NodeRole::Output: return st.outputBorder;
    case NodeRole::Op: return nodeFill(n, scene).darker(125);
  }
  return st.ioBorder;
}

QString pathData(const QPainterPath& path, QPointF offset) {
  QString d;
  for (int i = 0; i < path.elementCount(); ++i) {
    const QPainterPath::Element e = path.elementAt(i);
    const QPointF p = QPointF(e.x, e.y) - offset;
    if (e.isMoveTo()) d += QStringLiteral("M%1 %2 ").arg(num(p.x()), num(p.y()));
    else if (e.type == QPainterPath::CurveToElement) d += QStringLiteral("C%1 %2 ").arg(num(p.x()), num(p.y()));
    else if (e.type == QPainterPath::CurveToDataElement) d += QStringLiteral("%1 %2 ").arg(num(p.x()), num(p.y()));
    else d += QStringLiteral("L%1 %2 ").arg(num(p.x()), num(p.y()));
  }
  return d.trimmed();
}

QByteArray svg(GraphScene& scene, const Selection& s) {
  const GraphStyle& st = scene.style();
  const QPointF o = s.bounds.topLeft();
  QString out;
  out += QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  out += QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\" "
                        "font-family=\"%3\">\n")
             .arg(num(s.bounds.width()), num(s.bounds.height()), xml(st.nodeFont.family()));
  out += QStringLiteral("<title>%1</title>\n").arg(xml(QString::fromStdString(scene.graph()->name())));
  out += QStringLiteral("<rect width=\"100%\" height=\"100%\" fill=\"%1\"/>\n").arg(color(st.background));
  auto text = [&](QPointF at, const QString& t, const QFont& f, const QColor& c, const char* anchor) {
    out += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"%3\" font-weight=\"%4\" fill=\"%5\" text-anchor=\"%6\" "
                          "dominant-baseline=\"central\">%7</text>\n")
               .arg(num(at.x()), num(at.y()))
               .arg(f.pixelSize())
               .arg(f.weight() >= QFont::DemiBold ? QStringLiteral("bold") : QStringLiteral("normal"), color(c),
                    QLatin1String(anchor), xml(t));
  };
  // Frames, then edges, then boxes: the order the view paints them in.
  for (QGraphicsItem* i : s.boxes) {
    if (i->type() != GraphGroupItem::Type || !static_cast<GraphGroupItem*>(i)->isOpen()) continue;
    auto* g = static_cast<GraphGroupItem*>(i);
    const QRectF r = g->mapRectToScene(g->box()).translated(-o);
    out += QStringLiteral("<g class=\"group open\" id=\"%1\">\n").arg(idOf(scene, g));
    out += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" rx=\"%5\" fill=\"%6\" stroke=\"%7\"/>\n")
               .arg(num(r.x()), num(r.y()), num(r.width()), num(r.height()), num(st.cornerRadius),
                    color(st.frameFill), color(st.frameBorder));
    text(r.topLeft() + QPointF(22, st.frameHeader / 2), g->title() + QStringLiteral("  ") + g->detail(), st.groupFont,
         st.frameTitle, "start");
    out += QStringLiteral("</g>\n");
  }
  for (GraphEdgeItem* e : s.edges) {
    out += QStringLiteral("<g class=\"edge\" id=\"%1-%2\">\n").arg(idOf(scene, e->fromItem()), idOf(scene, e->toItem()));
    out += QStringLiteral("<path d=\"%1\" fill=\"none\" stroke=\"%2\" stroke-width=\"1.2\"/>\n")
               .arg(pathData(e->path(), o), color(st.edge));
    if (!e->arrow().isEmpty()) {
      QStringList pts;
      for (const QPointF& p : e->arrow()) pts << QStringLiteral("%1,%2").arg(num(p.x() - o.x()), num(p.y() - o.y()));
      out += QStringLiteral("<polygon points=\"%1\" fill=\"%2\"/>\n").arg(pts.join(QLatin1Char(' ')), color(st.edge));
    }
    if (e->labelPos() && !e->label().isEmpty()) text(*e->labelPos() - o, e->label(), st.edgeFont, st.edgeLabel, "middle");
    out += QStringLiteral("</g>\n");
  }
  for (QGraphicsItem* i : s.boxes) {
    if (i->type() == GraphGroupItem::Type) {
      auto* g = static_cast<GraphGroupItem*>(i);
      if (g->isOpen()) continue;
      const QRectF r = g->mapRectToScene(g->box()).translated(-o);
      out += QStringLiteral("<g class=\"group\" id=\"%1\">\n").arg(idOf(scene, g));
      out += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" rx=\"%5\" fill=\"%6\" stroke=\"%7\"/>\n")
                 .arg(num(r.x()), num(r.y()), num(r.width()), num(r.height()), num(st.cornerRadius),
                      color(g->isRepeat() ? st.repeatFill : st.groupFill), color(g->isRepeat() ? st.repeatBorder : st.groupBorder));
      text(QPointF(r.center().x(), r.top() + r.height() * 0.32), g->title(), st.groupFont, st.groupText, "middle");
      text(QPointF(r.center().x(), r.top() + r.height() * 0.7), g->detail(), st.badgeFont, st.groupText, "middle");
      out += QStringLiteral("</g>\n");
      continue;
    }
    auto* n = static_cast<GraphNodeItem*>(i);
    const QRectF r = n->mapRectToScene(n->box()).translated(-o);
    const double radius = n->role() == NodeRole::Op ? st.cornerRadius : r.height() / 2;
    out += QStringLiteral("<g class=\"node %1\" id=\"%2\">\n")
               .arg(n->role() == NodeRole::Op ? QStringLiteral("op") : n->role() == NodeRole::Input ? QStringLiteral("input")
                                                                                                       : QStringLiteral("output"),
                    idOf(scene, n));
    out += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" rx=\"%5\" fill=\"%6\" stroke=\"%7\"/>\n")
               .arg(num(r.x()), num(r.y()), num(r.width()), num(r.height()), num(radius), color(nodeFill(n, scene)),
                    color(nodeBorder(n, scene)));
    text(r.center(), n->label(), n->role() == NodeRole::Op ? st.nodeFont : st.ioFont,
         n->role() == NodeRole::Op ? st.opText() : st.ioText, "middle");
    out += QStringLiteral("</g>\n");
  }
  out += QStringLiteral("</svg>\n");
  return out.toUtf8();
}

QByteArray png(GraphScene& scene, const Selection& s) {
  // Hide what is not exported while rendering; the scene is the single source of pixels.
  QSet<QGraphicsItem*> keep;
  for (QGraphicsItem* i : s.boxes) keep.insert(i);
  for (GraphEdgeItem* e : s.edges) keep.insert(e);
  QList<QGraphicsItem*> hidden;
  for (QGraphicsItem* i : scene.items())
    if (!keep.contains(i) && i->isVisible() && !i->parentItem()) {
      i->setVisible(false);
      hidden.append(i);
    }
  const QList<QGraphicsItem*> selected = scene.selectedItems();
  for (QGraphicsItem* i : selected) i->setSelected(false);  // no selection rings in the picture
  constexpr qreal kScale = 2;  // crisp on high-DPI screens and when zoomed in a viewer
  QImage image((s.bounds.size() * kScale).toSize(), QImage::Format_ARGB32_Premultiplied);
  image.setDevicePixelRatio(kScale);
  image.fill(scene.style().background);
  {
    QPainter p(&image);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    scene.render(&p, QRectF(QPointF(0, 0), s.bounds.size()), s.bounds);
  }
  for (QGraphicsItem* i : hidden) i->setVisible(true);
  for (QGraphicsItem* i : selected) i->setSelected(true);
  QByteArray bytes;
  QBuffer buffer(&bytes);
  buffer.open(QIODevice::WriteOnly);
  image.save(&buffer, "PNG");
  return bytes;
}

std::string dq(const QString& s) {
  std::string out = "\"";
  for (char c : layout::escapeLabel(s.toStdString())) out += c == '"' ? std::string("\\\"") : std::string(1, c);
  return out + "\"";
}

QByteArray dot(GraphScene& scene, const Selection& s) {
  const GraphStyle& st = scene.style();
  const GraphHierarchy* h = scene.hierarchy();
  const double height = s.bounds.height();
  auto pos = [&](QPointF p) {  // DOT: points, y up
    return "\"" + num(p.x() - s.bounds.left()).toStdString() + "," + num(height - (p.y() - s.bounds.top())).toStdString() + "!\"";
  };
  std::string out = "digraph " + dq(QString::fromStdString(scene.graph()->name())) + " {\n";
  out += "  graph [rankdir=\"TB\", bgcolor=\"" + color(st.background).toStdString() + "\", fontname=" + dq(st.nodeFont.family()) + "];\n";
  out += "  node [shape=\"box\", style=\"rounded,filled\", fontname=" + dq(st.nodeFont.family()) + ", fontsize=\"11\"];\n";
  out += "  edge [color=\"" + color(st.edge).toStdString() + "\", fontcolor=\"" + color(st.edgeLabel).toStdString() +
         "\", fontsize=\"9\"];\n";
  // Boxes by the open frame they sit in; frames nest as clusters.
  std::map<int, std::vector<QGraphicsItem*>> inside;  // open group (or -1: top) -> boxes
  std::map<int, GraphGroupItem*> frames;
  for (QGraphicsItem* i : s.boxes) {
    if (i->type() == GraphGroupItem::Type && static_cast<GraphGroupItem*>(i)->isOpen())
      frames[static_cast<GraphGroupItem*>(i)->group()] = static_cast<GraphGroupItem*>(i);
  }
  auto frameOf = [&](QGraphicsItem* i) {
    int g = h ? h->parentOf(scene.entryOf(i)) : -1;
    while (g > 0 && !frames.count(g)) g = h->group(g).parent;
    return g > 0 ? g : -1;
  };
  for (QGraphicsItem* i : s.boxes) inside[frameOf(i)].push_back(i);
  std::function<void(int, const std::string&)> write = [&](int frame, const std::string& indent) {
    for (QGraphicsItem* i : inside[frame]) {
      const QPointF c = i->sceneBoundingRect().center();
      if (i->type() == GraphGroupItem::Type) {
        auto* g = static_cast<GraphGroupItem*>(i);
        if (g->isOpen()) {
          out += indent + "subgraph \"cluster_g" + std::to_string(g->group()) + "\" {\n";
          out += indent + "  label=" + dq(g->title() + QStringLiteral(" · ") + g->detail()) + "; style=\"rounded,filled\"; fillcolor=\"" +
                 color(st.frameFill).toStdString() + "\"; color=\"" + color(st.frameBorder).toStdString() + "\";\n";
          write(g->group(), indent + "  ");
          out += indent + "}\n";
        } else {
          const QRectF r = g->mapRectToScene(g->box());
          out += indent + dq(idOf(scene, g)) + " [label=" + dq(g->title() + QStringLiteral("\n") + g->detail()) +
                 ", class=\"group\", fillcolor=\"" + color(g->isRepeat() ? st.repeatFill : st.groupFill).toStdString() +
                 "\", color=\"" + color(g->isRepeat() ? st.repeatBorder : st.groupBorder).toStdString() + "\", fontcolor=\"" +
                 color(st.groupText).toStdString() + "\", width=\"" + num(r.width() / 72).toStdString() + "\", height=\"" +
                 num(r.height() / 72).toStdString() + "\", pos=" + pos(c) + "];\n";
        }
        continue;
      }
      auto* n = static_cast<GraphNodeItem*>(i);
      const QRectF r = n->mapRectToScene(n->box());
      out += indent + dq(idOf(scene, n)) + " [label=" + dq(n->label()) + ", class=\"" +
             (n->role() == NodeRole::Op ? "op" : n->role() == NodeRole::Input ? "input" : "output") + "\", fillcolor=\"" +
             color(nodeFill(n, scene)).toStdString() + "\", color=\"" + color(nodeBorder(n, scene)).toStdString() +
             "\", fontcolor=\"" + color(n->role() == NodeRole::Op ? st.opText() : st.ioText).toStdString() + "\", width=\"" +
             num(r.width() / 72).toStdString() + "\", height=\"" + num(r.height() / 72).toStdString() + "\", pos=" + pos(c) + "];\n";
    }
  };
  write(-1, "  ");
  for (GraphEdgeItem* e : s.edges) {
    out += "  " + dq(idOf(scene, e->fromItem())) + " -> " + dq(idOf(scene, e->toItem()));
    if (!e->label().isEmpty()) out += " [label=" + dq(e->label()) + "]";
    out += ";\n";
  }
  out += "}\n";
  return QByteArray::fromStdString(out);
}

QByteArray json(GraphScene& scene, const Selection& s) {
  const GraphHierarchy* h = scene.hierarchy();
  auto rect = [](QJsonObject& o, const QRectF& r) {
    o[QStringLiteral("x")] = r.x();
    o[QStringLiteral("y")] = r.y();
    o[QStringLiteral("width")] = r.width();
    o[QStringLiteral("height")] = r.height();
  };
  QJsonArray nodes, groups, edges;
  for (QGraphicsItem* i : s.boxes) {
    QJsonObject o;
    o[QStringLiteral("id")] = idOf(scene, i);
    const ViewEntry e = scene.entryOf(i);
    if (h) {
      const int parent = h->parentOf(e);
      if (parent > 0) o[QStringLiteral("parent")] = QStringLiteral("g%1").arg(parent);
    }
    if (i->type() == GraphGroupItem::Type) {
      auto* g = static_cast<GraphGroupItem*>(i);
      const HierarchyGroup& hg = h->group(g->group());
      o[QStringLiteral("title")] = g->title();
      o[QStringLiteral("function")] = QString::fromStdString(hg.name);
      o[QStringLiteral("ops")] = hg.opCount;
      o[QStringLiteral("open")] = g->isOpen();
      if (hg.kind == HierarchyGroup::Kind::Repeat) o[QStringLiteral("repeat")] = hg.repeat;
      QJsonArray path;
      for (const auto& p : hg.path) path.append(QString::fromStdString(p));
      o[QStringLiteral("scope")] = path;
      rect(o, g->mapRectToScene(g->box()));
      groups.append(o);
      continue;
    }
    auto* n = static_cast<GraphNodeItem*>(i);
    o[QStringLiteral("kind")] = n->role() == NodeRole::Op ? QStringLiteral("op") : n->role() == NodeRole::Input ? QStringLiteral("input")
                                                                                                               : QStringLiteral("output");
    o[QStringLiteral("label")] = n->label();
    if (n->role() == NodeRole::Op) {
      const ir::Node& node = *scene.graph()->nodes()[static_cast<size_t>(n->nodeIndex())];
      o[QStringLiteral("op")] = QString::fromStdString(std::string(ir::opName(node.op)));
      o[QStringLiteral("index")] = n->nodeIndex();
      if (!node.attrs.empty()) o[QStringLiteral("attributes")] = QString::fromStdString(ir::attrsText(node.attrs));
      QJsonArray types;
      for (const ir::Value* v : node.outputs) types.append(QString::fromStdString(ir::typeText(v->type)));
      o[QStringLiteral("outputs")] = types;
      if (node.loc.known()) o[QStringLiteral("source")] = QString::fromStdString(node.loc.str());
    }
    rect(o, n->mapRectToScene(n->box()));
    nodes.append(o);
  }
  for (GraphEdgeItem* e : s.edges) {
    QJsonObject o;
    o[QStringLiteral("from")] = idOf(scene, e->fromItem());
    o[QStringLiteral("to")] = idOf(scene, e->toItem());
    o[QStringLiteral("type")] = e->label();
    QJsonArray pts;
    for (int k = 0; k < e->path().elementCount(); ++k) pts.append(QJsonArray{e->path().elementAt(k).x, e->path().elementAt(k).y});
    o[QStringLiteral("path")] = pts;
    edges.append(o);
  }
  QJsonObject root;
  root[QStringLiteral("graph")] = QString::fromStdString(scene.graph()->name());
  root[QStringLiteral("theme")] = scene.style().isDark ? QStringLiteral("dark") : QStringLiteral("light");
  root[QStringLiteral("nodes")] = nodes;
  root[QStringLiteral("groups")] = groups;
  root[QStringLiteral("edges")] = edges;
  return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

}  // namespace

std::optional<ExportFormat> exportFormatForSuffix(const QString& suffix) {
  const QString s = suffix.toLower();
  if (s == QLatin1String("svg")) return ExportFormat::Svg;
  if (s == QLatin1String("png")) return ExportFormat::Png;
  if (s == QLatin1String("dot") || s == QLatin1String("gv")) return ExportFormat::Dot;
  if (s == QLatin1String("json")) return ExportFormat::Json;
  return std::nullopt;
}

QByteArray exportGraphView(GraphScene& scene, ExportFormat format, bool selectionOnly, QString* error) {
  if (!scene.graph() || (scene.nodeItems().isEmpty() && scene.groupItems().isEmpty())) {
    if (error) *error = GraphScene::tr("There is no graph to export");
    return {};
  }
  const Selection s = pick(scene, selectionOnly);
  if (s.boxes.isEmpty()) {
    if (error) *error = GraphScene::tr("Nothing is selected: click a node, Ctrl+click for more, or Shift+drag a rectangle");
    return {};
  }
  switch (format) {
    case ExportFormat::Svg: return svg(scene, s);
    case ExportFormat::Png: return png(scene, s);
    case ExportFormat::Dot: return dot(scene, s);
    case ExportFormat::Json: return json(scene, s);
  }
  return {};
}

}  // namespace pt::views
