#pragma once
// Marks over a GraphScene, for the compile view (what the graph passes did to each op of the
// graph shown) and the diff view (how each op compares with its counterpart in the other graph). Removed and merged ops are faded and struck through (their edges faded too), a merged op
// is linked by a dashed curve to the op that replaces it, folded constants are tagged; each mark
// adds its line to the box's tooltip. A closed group tells how many ops inside were changed.
// The marks are items of their own, put back after every relayout of the scene; the scene's
// items are only faded and given a longer tooltip, and restored when the marks go.
#include <QColor>
#include <QObject>
#include <QString>

#include <map>

namespace pt::ir { class Graph; }

namespace pt::views {

class GraphScene;

struct NodeMark {
  // Compile view: Survivor = other ops were merged into it. Diff view: Agrees / Differs = its
  // counterpart computed the same values or not; Unpaired = the other graph has no counterpart.
  enum class Kind { Removed, Merged, Folded, Survivor, Agrees, Differs, Unpaired };
  Kind kind = Kind::Removed;
  QString tag;       // short text on the box ("DCE")
  QString note;      // the tooltip's line (plain text)
  int linkTo = -1;   // Merged: the op that replaces it
  double level = -1;       // Agrees / Differs: colour on GraphStyle::agreement's scale (-1: the kind's)
  bool emphasised = false; // a heavier ring: the first divergence
};

class CompileMarks : public QObject {
  Q_OBJECT

 public:
  explicit CompileMarks(GraphScene* scene);
  ~CompileMarks() override;

  // Marks by op index of `graph`; they are shown while the scene shows that graph.
  void setMarks(const ir::Graph* graph, std::map<int, NodeMark> marks);
  // How a closed group counts the marked ops inside: `note` and `tag` take the count as %1
  // (default: "%1 op(s) inside changed by the passes", "%1 changed").
  void setGroupWording(QString note, QString tag);
  void clear();
  const std::map<int, NodeMark>& marks() const { return marks_; }
  bool isShown() const { return shown_; }  // on the scene's items now
  int linkCount() const { return links_; }  // dashed merge links on the scene now
  // A kind's colour (an Agrees / Differs mark with a level takes GraphStyle::agreement's).
  static QColor kindColor(NodeMark::Kind kind, bool dark);
  static constexpr int kOverlayType = 65536 + 40;  // QGraphicsItem::UserType + 40: the marks' own items

 private:
  void apply();
  void restore();  // the scene's items as the scene made them; the marks' items gone

  GraphScene* scene_;
  const ir::Graph* graph_ = nullptr;
  std::map<int, NodeMark> marks_;
  bool shown_ = false;
  QString groupNote_, groupTag_;
  int links_ = 0;
};

}  // namespace pt::views
