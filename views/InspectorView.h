#pragma once
// The inspector: what the selected node is (op, attributes, inputs and outputs with dtype and
// shape, source location, scope) and the values its outputs had on the last run — a table for
// small tensors (up to kTableLimit elements), summary statistics and a histogram for big ones;
// NaN and ±Inf marked. It renders an InspectorContent the application fills in.
#include <QWidget>

#include <cstdint>
#include <vector>

class QLabel;
class QScrollArea;
class QTableWidget;
class QVBoxLayout;

namespace pt::views {

class HistogramWidget;

struct TensorValues {
  QString name;                 // "output 0"
  QString type;                 // "f32[4,4]"
  std::vector<int64_t> shape;
  bool integral = false;        // integers and bools print without decimals
  bool available = false;       // values known
  std::vector<double> values;   // row-major
};

struct InspectorContent {
  QString title;                // "std", "x: f64[10]", "rgb_to_grayscale ×3"
  QString kind;                 // "Op", "Parameter", "Output", "Group" (already translated)
  QString attributes;           // "{axes=[], keepdims=false}"
  QStringList inputs, outputs;  // "f64[10] ← x"
  QString location;             // "example.py:4:12"
  QStringList scope;            // the Python call chain
  std::vector<TensorValues> values;
  QString valuesNote;           // why there are no values (not run yet, random ops, failed run)
  bool firstNonFinite = false;  // this node produced the first NaN/Inf of the run
  QString passes;               // compile view: what the graph passes did to this op (empty: nothing)
};

class InspectorView : public QWidget {
  Q_OBJECT

 public:
  static constexpr int64_t kTableLimit = 100;

  explicit InspectorView(QWidget* parent = nullptr);
  void setContent(const InspectorContent& content);
  void clear();  // "select a node"
  const InspectorContent& content() const { return content_; }

  // The widgets shown for the values, in order (tests look inside).
  const QList<QTableWidget*>& tables() const { return tables_; }
  const QList<HistogramWidget*>& histograms() const { return histograms_; }
  const QList<QLabel*>& statsLabels() const { return stats_; }
  QLabel* headerLabel() const { return header_; }
  QLabel* detailsLabel() const { return details_; }

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void rebuild();
  QWidget* tensorWidget(const TensorValues& t);

  InspectorContent content_;
  bool empty_ = true;
  QScrollArea* scroll_;
  QWidget* body_ = nullptr;
  QVBoxLayout* bodyLayout_ = nullptr;
  QLabel* header_ = nullptr;
  QLabel* details_ = nullptr;
  QList<QTableWidget*> tables_;
  QList<HistogramWidget*> histograms_;
  QList<QLabel*> stats_;
};

}  // namespace pt::views
