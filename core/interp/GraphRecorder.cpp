#include "interp/GraphRecorder.h"

namespace pt::interp {

GraphRecorder::GraphRecorder(std::string graphName) : graph_(std::make_unique<ir::Graph>(std::move(graphName))) {}

size_t GraphRecorder::nodeCount() const { return graph_ ? graph_->nodes().size() : 0; }

void GraphRecorder::keepAlive(const runtime::Tensor& t) {
  keepAlive_.push_back(t);
  if (t.numel() > 0) keptBytes_ += t.numel() * static_cast<int64_t>(ir::dtypeSize(t.dtype()));
}

ir::Attrs constantAttrs(const runtime::Tensor& t) {
  ir::Attrs a{{"dtype", t.dtype()}, {"shape", t.shape()}};
  if (ir::isFloating(t.dtype())) a["value"] = t.toDoubles();
  else a["value"] = t.toInts();
  return a;
}

ir::Value* GraphRecorder::addInput(const runtime::Tensor& t, const std::string& name) {
  ir::Value* v = graph_->addParam(name, t.type());
  map_[t.id()] = v;
  inputDependent_.insert(v);
  keepAlive(t);
  return v;
}

bool GraphRecorder::dependsOnInputs(const runtime::Tensor& t) const {
  auto it = map_.find(t.id());
  return it != map_.end() && inputDependent_.count(it->second) > 0;
}

void GraphRecorder::nameConstant(const runtime::Tensor& t, const std::string& name, const std::vector<std::string>& scope) {
  if (map_.count(t.id()) || names_.count(t.id())) return;
  names_[t.id()] = {name, scope};
  keepAlive_.push_back(t);
}

void GraphRecorder::captureHolder(const std::shared_ptr<TensorObject>& holder, const runtime::Tensor& t) {
  if (map_.count(t.id()) || !capturedHolders_.insert(holder.get()).second) return;
  captured_.push_back({holder, t.id(), {}});
}

std::vector<CapturedTensor> GraphRecorder::captured() const {
  std::vector<CapturedTensor> out = captured_;
  for (auto& c : out)
    if (auto named = names_.find(c.tensorId); named != names_.end()) c.name = named->second.name;
  return out;
}

void GraphRecorder::addConstant(const runtime::Tensor& t, bool weak) {
  ir::Attrs a = constantAttrs(t);
  if (weak) a["weak"] = true;
  auto named = names_.find(t.id());
  if (named != names_.end()) a["name"] = named->second.name;
  ir::Node* n = graph_->addNode(ir::OpKind::Constant, {}, std::move(a), {t.type()});
  if (named != names_.end()) n->scope = named->second.scope;
  map_[t.id()] = n->outputs[0];
  keepAlive(t);
}

ir::Value* GraphRecorder::valueFor(const runtime::Tensor& t) {
  auto it = map_.find(t.id());
  if (it != map_.end()) return it->second;
  addConstant(t, false);
  return map_.at(t.id());
}

ir::Node* GraphRecorder::record(ir::OpKind op, const std::vector<runtime::Tensor>& inputs, const ir::Attrs& attrs,
                                const std::vector<runtime::Tensor>& outputs, const SourceLocation& loc,
                                const std::vector<std::string>& scope) {
  std::vector<ir::Value*> ins;
  for (const auto& t : inputs) ins.push_back(valueFor(t));
  std::vector<ir::TensorType> types;
  for (const auto& t : outputs) types.push_back(t.type());
  bool dependent = false;
  for (const ir::Value* v : ins) dependent = dependent || inputDependent_.count(v) > 0;
  ir::Node* n = graph_->addNode(op, std::move(ins), attrs, std::move(types));
  if (dependent) inputDependent_.insert(n->outputs.begin(), n->outputs.end());
  n->loc = loc;
  n->scope = scope;
  for (size_t i = 0; i < outputs.size(); ++i) {
    map_[outputs[i].id()] = n->outputs[i];
    keepAlive(outputs[i]);
  }
  return n;
}

std::unique_ptr<ir::Graph> GraphRecorder::finish(const std::vector<runtime::Tensor>& outputs) {
  std::vector<ir::Value*> outs;
  for (const auto& t : outputs) outs.push_back(valueFor(t));
  for (const auto& g : guards_)
    if (g.tensor.defined()) outs.push_back(valueFor(g.tensor));
  graph_->setOutputs(std::move(outs));
  keepAlive_.clear();
  keptBytes_ = 0;
  map_.clear();
  names_.clear();
  inputDependent_.clear();
  return std::move(graph_);
}

}  // namespace pt::interp
