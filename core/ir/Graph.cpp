#include "ir/Graph.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace pt::ir {

Value* Graph::addParam(std::string name, TensorType type) {
  auto v = std::make_unique<Value>();
  v->type = std::move(type);
  v->name = std::move(name);
  params_.push_back(v.get());
  values_.push_back(std::move(v));
  return params_.back();
}

Node* Graph::addNode(OpKind op, std::vector<Value*> inputs, Attrs attrs, std::vector<TensorType> outputTypes) {
  auto node = std::make_unique<Node>();
  node->op = op;
  node->inputs = std::move(inputs);
  node->attrs = std::move(attrs);
  for (size_t i = 0; i < outputTypes.size(); ++i) {
    auto v = std::make_unique<Value>();
    v->type = std::move(outputTypes[i]);
    v->producer = node.get();
    v->outputIndex = static_cast<int>(i);
    node->outputs.push_back(v.get());
    values_.push_back(std::move(v));
  }
  nodes_.push_back(std::move(node));
  return nodes_.back().get();
}

void Graph::replaceAllUses(Value* from, Value* to) {
  for (auto& n : nodes_)
    std::replace(n->inputs.begin(), n->inputs.end(), from, to);
  std::replace(outputs_.begin(), outputs_.end(), from, to);
}

void Graph::removeNodes(const std::vector<const Node*>& dead) {
  std::unordered_set<const Node*> deadSet(dead.begin(), dead.end());
  std::unordered_set<const Value*> deadValues;
  for (const Node* n : dead)
    for (const Value* v : n->outputs) deadValues.insert(v);
  std::erase_if(nodes_, [&](const std::unique_ptr<Node>& n) { return deadSet.count(n.get()) > 0; });
  std::erase_if(values_, [&](const std::unique_ptr<Value>& v) { return deadValues.count(v.get()) > 0; });
}

std::unique_ptr<Graph> Graph::clone() const {
  auto copy = std::make_unique<Graph>(name_);
  std::unordered_map<const Value*, Value*> map;
  for (const Value* p : params_) map[p] = copy->addParam(p->name, p->type);
  for (const auto& n : nodes_) {
    std::vector<Value*> inputs;
    for (const Value* in : n->inputs) inputs.push_back(map.at(in));
    std::vector<TensorType> types;
    for (const Value* out : n->outputs) types.push_back(out->type);
    Node* c = copy->addNode(n->op, std::move(inputs), n->attrs, std::move(types));
    c->loc = n->loc;
    c->scope = n->scope;
    for (size_t i = 0; i < n->outputs.size(); ++i) map[n->outputs[i]] = c->outputs[i];
  }
  std::vector<Value*> outs;
  for (const Value* o : outputs_) outs.push_back(map.at(o));
  copy->setOutputs(std::move(outs));
  return copy;
}

}  // namespace pt::ir
