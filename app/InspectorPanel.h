#pragma once
// The inspector dock's content: follows the graph's selection and fills the InspectorView with
// the node's description from the graph and its values from the document's last run.
#include <QWidget>

#include <functional>

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
  // What the compile view's passes did to op N, shown with the op (empty: nothing to say).
  void setPassNotes(std::function<QString(int)> notes) { passNotes_ = std::move(notes); }

 public slots:
  void refresh();  // selection, graph or values changed

 private:
  void showEntry(const views::ViewEntry& entry);

  Document* doc_;
  views::GraphScene* scene_;
  views::InspectorView* view_;
  views::ViewEntry shown_{views::ViewEntry::Kind::Op, -1};
  std::function<QString(int)> passNotes_;
};

}  // namespace pt::app
