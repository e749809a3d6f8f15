#include "app/InspectorPanel.h"

#include <QVBoxLayout>

#include "app/Document.h"
#include "ir/Graph.h"
#include "views/GraphScene.h"
#include "views/InspectorView.h"

namespace pt::app {

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

views::TensorValues valuesOf(const QString& name, const ir::TensorType& type, const runtime::Tensor* tensor) {
  views::TensorValues t;
  t.name = name;
  t.type = qs(ir::typeText(type));
  t.shape = type.shape;
  t.integral = !ir::isFloating(type.dtype);
  if (tensor && tensor->defined()) {
    t.values = tensor->toDoubles();
    t.available = true;
  }
  return t;
}

}  // namespace

InspectorPanel::InspectorPanel(Document* doc, views::GraphScene* scene, QWidget* parent)
    : QWidget(parent), doc_(doc), scene_(scene), view_(new views::InspectorView(this)) {
  setObjectName(QStringLiteral("inspectorPanel"));
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(view_);
  connect(scene_, &QGraphicsScene::selectionChanged, this, &InspectorPanel::refresh);
  connect(scene_, &views::GraphScene::graphChanged, this, &InspectorPanel::refresh);
  connect(doc_, &Document::nodeValuesChanged, this, &InspectorPanel::refresh);
}

void InspectorPanel::refresh() {
  views::ViewEntry entry{views::ViewEntry::Kind::Op, -1};
  for (QGraphicsItem* item : scene_->selectedItems()) {
    const views::ViewEntry e = scene_->entryOf(item);
    if (e.index >= 0) {
      entry = e;
      break;
    }
  }
  // A node selected from the code while it hides in a closed group: describe the node.
  if (entry.kind == views::ViewEntry::Kind::Group && scene_->selectedNode() >= 0)
    entry = {views::ViewEntry::Kind::Op, scene_->selectedNode()};
  showEntry(entry);
}

void InspectorPanel::showEntry(const views::ViewEntry& entry) {
  shown_ = entry;
  const ir::Graph* g = scene_->graph();
  if (!g || entry.index < 0) {
    view_->clear();
    return;
  }
  const auto values = doc_->nodeValues();
  const bool haveValues = values && values->ok;
  views::InspectorContent c;
  if (!values) c.valuesNote = tr("Values appear after the function has been traced and run.");
  else if (!values->ok) c.valuesNote = values->note;

  // Who made a value, for "f32[4] ← mul (node 3)".
  auto source = [&](const ir::Value* v) {
    if (!v->producer) return v->name.empty() ? tr("parameter") : qs(v->name);
    for (size_t i = 0; i < g->nodes().size(); ++i)
      if (g->nodes()[i].get() == v->producer) return tr("%1 (node %2)").arg(qs(std::string(ir::opName(v->producer->op)))).arg(i);
    return QString();
  };
  switch (entry.kind) {
    case views::ViewEntry::Kind::Op: {
      const ir::Node& n = *g->nodes()[static_cast<size_t>(entry.index)];
      c.title = qs(std::string(ir::opName(n.op)));
      c.kind = tr("Op · node %1").arg(entry.index);
      c.attributes = qs(ir::attrsText(n.attrs));
      for (const ir::Value* in : n.inputs) c.inputs << QStringLiteral("%1 ← %2").arg(qs(ir::typeText(in->type)), source(in));
      for (const ir::Value* out : n.outputs) c.outputs << qs(ir::typeText(out->type));
      if (n.loc.known()) c.location = qs(n.loc.str());
      for (const std::string& s : n.scope) c.scope << qs(s);
      for (size_t k = 0; k < n.outputs.size(); ++k) {
        const runtime::Tensor* t = haveValues && static_cast<size_t>(entry.index) < values->perNode.size() &&
                                           k < values->perNode[static_cast<size_t>(entry.index)].size()
                                       ? &values->perNode[static_cast<size_t>(entry.index)][k]
                                       : nullptr;
        if (haveValues || values) c.values.push_back(valuesOf(tr("output %1").arg(k), n.outputs[k]->type, t));
      }
      c.firstNonFinite = haveValues && values->firstNonFinite == entry.index;
      if (passNotes_) c.passes = passNotes_(entry.index);
      break;
    }
    case views::ViewEntry::Kind::Param: {
      const ir::Value* p = g->params()[static_cast<size_t>(entry.index)];
      c.title = p->name.empty() ? tr("parameter %1").arg(entry.index) : qs(p->name);
      c.kind = tr("Parameter");
      c.outputs << qs(ir::typeText(p->type));
      const runtime::Tensor* t = haveValues && static_cast<size_t>(entry.index) < values->params.size()
                                     ? &values->params[static_cast<size_t>(entry.index)]
                                     : nullptr;
      if (values) c.values.push_back(valuesOf(c.title, p->type, t));
      break;
    }
    case views::ViewEntry::Kind::Output: {
      const ir::Value* v = g->outputs()[static_cast<size_t>(entry.index)];
      c.title = tr("output %1").arg(entry.index);
      c.kind = tr("Output");
      c.inputs << QStringLiteral("%1 ← %2").arg(qs(ir::typeText(v->type)), source(v));
      const runtime::Tensor* t = nullptr;
      if (haveValues && v->producer) {
        for (size_t i = 0; i < g->nodes().size() && !t; ++i)
          if (g->nodes()[i].get() == v->producer && i < values->perNode.size() &&
              static_cast<size_t>(v->outputIndex) < values->perNode[i].size())
            t = &values->perNode[i][static_cast<size_t>(v->outputIndex)];
      } else if (haveValues) {
        for (size_t i = 0; i < g->params().size(); ++i)
          if (g->params()[i] == v && i < values->params.size()) t = &values->params[i];
      }
      if (values) c.values.push_back(valuesOf(c.title, v->type, t));
      break;
    }
    case views::ViewEntry::Kind::Group: {
      const views::GraphHierarchy* h = scene_->hierarchy();
      const views::HierarchyGroup& grp = h->group(entry.index);
      c.title = grp.kind == views::HierarchyGroup::Kind::Repeat ? tr("%1 ×%2").arg(qs(grp.name)).arg(grp.repeat) : qs(grp.name);
      c.kind = grp.kind == views::HierarchyGroup::Kind::Repeat ? tr("Repeated calls") : tr("Call");
      c.attributes = tr("%n op(s)", nullptr, grp.opCount);
      for (const std::string& s : grp.path) c.scope << qs(s);
      if (grp.firstOp >= 0 && g->nodes()[static_cast<size_t>(grp.firstOp)]->loc.known())
        c.location = qs(g->nodes()[static_cast<size_t>(grp.firstOp)]->loc.str());
      c.valuesNote.clear();
      if (haveValues && values->firstNonFinite >= 0 && h->contains(entry.index, {views::ViewEntry::Kind::Op, values->firstNonFinite}))
        c.firstNonFinite = true;
      break;
    }
  }
  view_->setContent(c);
}

}  // namespace pt::app
