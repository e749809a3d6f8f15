#pragma once
// The inspector dock's content: follows the graph's selection and fills the InspectorView with
// the node's description from the graph and its values from the document's last run.
#include <QWidget>

#include "views/GraphHierarchy.h"

namespace pt::views {
class GraphScene;
class InspectorView;
}  // namespace pt::views

namespace pt::app {

class Document;

class InspectorPanel : public QWidget {
  Q_OBJECT

 public:
  InspectorPanel(Document* doc, views::GraphScene* scene, QWidget* parent = nullptr);
  views::InspectorView* view() const { return view_; }
  views::ViewEntry shown() const { return shown_; }  // index -1: nothing

 public slots:
  void refresh();  // selection, graph or values changed

 private:
  void showEntry(const views::ViewEntry& entry);

  Document* doc_;
  views::GraphScene* scene_;
  views::InspectorView* view_;
  views::ViewEntry shown_{views::ViewEntry::Kind::Op, -1};
};

}  // namespace pt::app
