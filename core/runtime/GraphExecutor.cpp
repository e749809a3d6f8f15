#include "runtime/GraphExecutor.h"

#include <string>
#include <unordered_map>
#include <unordered_set>

#include "runtime/Backend.h"

namespace pt::runtime {

namespace {
constexpr size_t kNever = ~size_t{0};
}

ExecutionPlan::ExecutionPlan(const ir::Graph& graph) : graph_(graph) {
  std::unordered_map<const ir::Value*, int> slot;
  for (const ir::Value* p : graph.params()) slot.emplace(p, slotCount_++);
  std::vector<size_t> lastUse(graph.params().size(), kNever);
  const auto& nodes = graph.nodes();
  steps_.reserve(nodes.size());
  for (size_t i = 0; i < nodes.size(); ++i) {
    Step step{nodes[i].get(), {}, {}, {}};
    for (const ir::Value* in : step.node->inputs) {
      auto it = slot.find(in);
      if (it == slot.end())
        throw RuntimeError{"graph @" + graph.name() + ": node " + std::to_string(i) + " (" +
                           std::string(ir::opName(step.node->op)) + ") uses a value defined after it"};
      step.inputs.push_back(it->second);
      lastUse[static_cast<size_t>(it->second)] = i;
    }
    for (const ir::Value* out : step.node->outputs) {
      int s = slotCount_++;
      slot.emplace(out, s);
      step.outputs.push_back(s);
      lastUse.push_back(i);  // unused results die where they are born
    }
    steps_.push_back(std::move(step));
  }
  std::unordered_set<int> kept;
  for (const ir::Value* out : graph.outputs()) {
    auto it = slot.find(out);
    if (it == slot.end()) throw RuntimeError{"graph @" + graph.name() + ": an output is not defined in the graph"};
    outputSlots_.push_back(it->second);
    kept.insert(it->second);
  }
  for (size_t s = 0; s < lastUse.size(); ++s)
    if (lastUse[s] != kNever && !kept.count(static_cast<int>(s))) steps_[lastUse[s]].release.push_back(static_cast<int>(s));
}

void ExecutionPlan::bindInputs(const std::vector<Tensor>& inputs, std::vector<Tensor>& slots) const {
  const auto& params = graph_.params();
  if (inputs.size() != params.size())
    throw RuntimeError{"graph @" + graph_.name() + " takes " + std::to_string(params.size()) + " inputs, got " +
                       std::to_string(inputs.size())};
  slots.assign(static_cast<size_t>(slotCount_), Tensor{});
  for (size_t i = 0; i < params.size(); ++i) {
    if (!inputs[i].defined() || inputs[i].type() != params[i]->type)
      throw RuntimeError{"graph @" + graph_.name() + ": input " + std::to_string(i) + " (%" + params[i]->name +
                         ") should be " + ir::typeText(params[i]->type) + ", got " +
                         (inputs[i].defined() ? ir::typeText(inputs[i].type()) : std::string("an undefined tensor"))};
    slots[i] = inputs[i];
  }
}

void ExecutionPlan::runStep(size_t index, std::vector<Tensor>& slots) const {
  const Step& step = steps_[index];
  std::vector<Tensor> args;
  args.reserve(step.inputs.size());
  for (int s : step.inputs) args.push_back(slots[static_cast<size_t>(s)]);
  std::vector<Tensor> results;
  try {
    results = backend().execute(step.node->op, step.node->attrs, args);
  } catch (const RuntimeError& e) {
    std::string where = std::string(ir::opName(step.node->op)) + " (node " + std::to_string(index);
    if (step.node->loc.known()) where += ", " + step.node->loc.str();
    throw RuntimeError{where + "): " + e.message};
  }
  if (results.size() != step.outputs.size())
    throw RuntimeError{std::string(ir::opName(step.node->op)) + " (node " + std::to_string(index) + ") returned " +
                       std::to_string(results.size()) + " results, the graph expects " +
                       std::to_string(step.outputs.size())};
  for (size_t k = 0; k < results.size(); ++k) slots[static_cast<size_t>(step.outputs[k])] = std::move(results[k]);
}

std::vector<Tensor> ExecutionPlan::run(const std::vector<Tensor>& inputs) const {
  std::vector<Tensor> slots;
  bindInputs(inputs, slots);
  for (size_t i = 0; i < steps_.size(); ++i) {
    runStep(i, slots);
    for (int s : steps_[i].release) slots[static_cast<size_t>(s)] = Tensor{};
  }
  std::vector<Tensor> outputs;
  outputs.reserve(outputSlots_.size());
  for (int s : outputSlots_) outputs.push_back(slots[static_cast<size_t>(s)]);
  return outputs;
}

NodeResults ExecutionPlan::runKeepingAll(const std::vector<Tensor>& inputs) const {
  std::vector<Tensor> slots;
  bindInputs(inputs, slots);
  NodeResults results;
  results.perNode.reserve(steps_.size());
  for (size_t i = 0; i < steps_.size(); ++i) {
    runStep(i, slots);
    auto& mine = results.perNode.emplace_back();
    for (int s : steps_[i].outputs) mine.push_back(slots[static_cast<size_t>(s)]);
  }
  for (int s : outputSlots_) results.outputs.push_back(slots[static_cast<size_t>(s)]);
  return results;
}

std::vector<Tensor> executeGraph(const ir::Graph& graph, const std::vector<Tensor>& inputs) {
  return ExecutionPlan(graph).run(inputs);
}

NodeResults executeGraphKeepingAll(const ir::Graph& graph, const std::vector<Tensor>& inputs) {
  return ExecutionPlan(graph).runKeepingAll(inputs);
}

}  // namespace pt::runtime
