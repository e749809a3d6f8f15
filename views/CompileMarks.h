#pragma once
// The compile view's marks over a GraphScene: what the graph passes did to each op of the graph
// shown. Removed and merged ops are faded and struck through (their edges faded too), a merged op
// is linked by a dashed curve to the op that replaces it, folded constants are tagged; each mark
// adds its line to the box's tooltip. A closed group tells how many ops inside were changed.
// The marks are items of their own, put back after every relayout of the scene; the scene's
// items are only faded and given a longer tooltip, and restored when the marks go.
#include <QObject>
#include <QString>

#include <map>

namespace pt::ir { class Graph; }

namespace pt::views {

class GraphScene;

struct NodeMark {
  enum class Kind { Removed, Merged, Folded, Survivor };  // Survivor: other ops were merged into it
  Kind kind = Kind::Removed;
  QString tag;       // short text on the box ("DCE")
  QString note;      // the tooltip's line (plain text)
  int linkTo = -1;   // Merged: the op that replaces it
};

class CompileMarks : public QObject {
  Q_OBJECT

 public:
  explicit CompileMarks(GraphScene* scene);
  ~CompileMarks() override;

  // Marks by op index of `graph`; they are shown while the scene shows that graph.
  void setMarks(const ir::Graph* graph, std::map<int, NodeMark> marks);
  void clear();
  const std::map<int, NodeMark>& marks() const { return marks_; }
  bool isShown() const { return shown_; }  // on the scene's items now
  int linkCount() const { return links_; }  // dashed merge links on the scene now
  static constexpr int kOverlayType = 65536 + 40;  // QGraphicsItem::UserType + 40: the marks' own items

 private:
  void apply();
  void restore();  // the scene's items as the scene made them; the marks' items gone

  GraphScene* scene_;
  const ir::Graph* graph_ = nullptr;
  std::map<int, NodeMark> marks_;
  bool shown_ = false;
  int links_ = 0;
};

}  // namespace pt::views
