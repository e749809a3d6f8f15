#pragma once
// The compile view (DESIGN.md "compile"): the traced graph run through the passes — dead code,
// common subexpressions, constant folding. The graph pane's own view keeps the graph before the
// passes and gets the marks (removed and merged ops faded and struck through, merged ones linked
// to the op that replaces them, folded constants tagged); this panel beside it shows the graph
// after the passes and a summary line ("DCE removed 3, CSE merged 2, folded 4").
// It owns the compiled copy its view shows; the graph before belongs to the document.
#include "app/GraphSidePanel.h"

#include <map>
#include <vector>

#include "passes/Compile.h"

class QLabel;

namespace pt::views {
class CompileMarks;
class GraphView;
struct NodeMark;
}  // namespace pt::views

namespace pt::app {

class CompilePanel : public GraphSidePanel {
  Q_OBJECT

 public:
  // `beforeView`: the view that shows the graph before (the pane's own); it gets the marks.
  CompilePanel(views::GraphView* beforeView, QWidget* parent = nullptr);
  ~CompilePanel() override;

  // Compiles `before` (nullptr: nothing to show) and shows it. `before` must stay alive until the
  // next call; it is not changed.
  void showCompiled(const ir::Graph* before);
  void clear() { showCompiled(nullptr); }
  const ir::Graph* before() const { return before_; }
  const passes::Compiled& compiled() const { return compiled_; }
  views::GraphView* afterView() const { return after_; }
  views::CompileMarks* beforeMarks() const { return beforeMarks_; }
  views::CompileMarks* afterMarks() const { return afterMarks_; }
  // The marks for the graph before / after, by op index (texts in the current language).
  std::map<int, views::NodeMark> beforeMarkMap() const;
  std::map<int, views::NodeMark> afterMarkMap() const;
  // What the passes did to op `beforeIndex` of the graph before, in a sentence; empty: kept as is.
  QString describeNode(int beforeIndex) const;

 signals:
  // An op of the graph after was clicked: its index in the graph before.
  void originSelected(int beforeIndex);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void render();  // texts and marks from compiled_
  QString passName(int pass) const;
  QString nodeName(const ir::Graph& g, int index) const;

  views::GraphView* beforeView_;
  views::GraphView* after_;
  views::CompileMarks* beforeMarks_;
  views::CompileMarks* afterMarks_;
  const ir::Graph* before_ = nullptr;
  passes::Compiled compiled_;
};

}  // namespace pt::app
