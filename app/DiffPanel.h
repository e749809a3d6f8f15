#pragma once
// The diff view: the function's graph (the graph pane's own view) against its translation's,
// re-traced through the target framework (this panel's view), nodes paired and each pair coloured
// by the numeric difference `verify` measured on the same inputs, on a scale from green (equal)
// through the tolerance to red, grey without a counterpart (tagged with the step it is part of
// where there is one); the first divergence is ringed, named in the summary and selected. Clicking
// an op in either graph selects its counterpart in the other.
#include <memory>
#include <map>

#include "app/GraphSidePanel.h"
#include "session/GraphDiff.h"

namespace pt::views {
class AgreementLegend;
class CompileMarks;
struct NodeMark;
}  // namespace pt::views

namespace pt::app {

class DiffPanel : public GraphSidePanel {
  Q_OBJECT

 public:
  explicit DiffPanel(views::GraphView* sourceView, QWidget* parent = nullptr);
  ~DiffPanel() override;

  // `shownSource`: the graph the pane's view shows now; the source marks go on it only when it is
  // the graph the diff was made from (same ops in the same order). nullptr diff: nothing to show.
  void showDiff(std::shared_ptr<const session::GraphDiff> diff, const ir::Graph* shownSource);
  const session::GraphDiff* diff() const { return diff_.get(); }
  views::CompileMarks* sourceMarks() const { return sourceMarks_; }
  views::CompileMarks* targetMarks() const { return targetMarks_; }
  std::map<int, views::NodeMark> sourceMarkMap() const;
  std::map<int, views::NodeMark> targetMarkMap() const;
  bool marksOnSource() const { return marksOnSource_; }
  views::AgreementLegend* scaleLegend() const { return scale_; }
  // Where a comparison sits on GraphStyle::agreement's scale: 0 equal, 0.5 at the tolerance, 1 a
  // thousand times beyond it (or not comparable).
  static double agreementLevel(const session::ValueComparison& comparison);

 signals:
  void counterpartSelected(int sourceIndex);  // an op of the translation was clicked

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void render();
  void closeStepsSpeltOut();
  views::NodeMark markFor(int sourceIndex) const;

  views::GraphView* sourceView_;
  views::CompileMarks* sourceMarks_;
  views::CompileMarks* targetMarks_;
  views::AgreementLegend* scale_;
  std::shared_ptr<const session::GraphDiff> diff_;
  const ir::Graph* shownSource_ = nullptr;
  bool marksOnSource_ = false;
};

}  // namespace pt::app
