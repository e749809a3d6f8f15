#include "trace/TracedFunction.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>

#include "ir/Verifier.h"
#include "runtime/Backend.h"
#include "runtime/GraphExecutor.h"

namespace pt::trace {

using interp::Value;

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// Tensor leaves of the arguments, depth first, with a name for each.
void collectInputs(const Value& v, const std::string& name, std::vector<runtime::Tensor>& tensors,
                   std::vector<std::string>& names) {
  if (auto* t = v.as<interp::TensorObject>()) {
    tensors.push_back(t->tensor);
    names.push_back(name);
  } else if (auto* tu = v.as<interp::TupleObject>()) {
    for (size_t i = 0; i < tu->items.size(); ++i) collectInputs(tu->items[i], name + "_" + std::to_string(i), tensors, names);
  } else if (auto* l = v.as<interp::ListObject>()) {
    for (size_t i = 0; i < l->items.size(); ++i) collectInputs(l->items[i], name + "_" + std::to_string(i), tensors, names);
  }
}

OutputSpec describeOutput(const Value& v, std::vector<runtime::Tensor>& outputs) {
  OutputSpec spec;
  if (auto* t = v.as<interp::TensorObject>()) {
    spec.kind = OutputSpec::Kind::Tensor;
    spec.outputIndex = static_cast<int>(outputs.size());
    spec.framework = t->framework;
    outputs.push_back(t->tensor);
  } else if (auto* tu = v.as<interp::TupleObject>()) {
    spec.kind = OutputSpec::Kind::Tuple;
    for (const Value& i : tu->items) spec.items.push_back(describeOutput(i, outputs));
  } else if (auto* l = v.as<interp::ListObject>()) {
    spec.kind = OutputSpec::Kind::List;
    for (const Value& i : l->items) spec.items.push_back(describeOutput(i, outputs));
  } else {
    spec.kind = OutputSpec::Kind::Constant;
    spec.constant = v;
  }
  return spec;
}

Value rebuild(interp::Interpreter& in, const OutputSpec& spec, const std::vector<runtime::Tensor>& outputs) {
  switch (spec.kind) {
    case OutputSpec::Kind::Tensor: return in.wrapTensor(outputs.at(static_cast<size_t>(spec.outputIndex)), spec.framework);
    case OutputSpec::Kind::Constant: return spec.constant;
    case OutputSpec::Kind::Tuple:
    case OutputSpec::Kind::List: {
      std::vector<Value> items;
      for (const auto& i : spec.items) items.push_back(rebuild(in, i, outputs));
      return spec.kind == OutputSpec::Kind::Tuple ? interp::makeTuple(std::move(items)) : interp::makeList(std::move(items));
    }
  }
  return Value::none();
}

// The tensors an object argument holds (a torch.nn.Module's parameters and buffers, a config's
// tensors), by identity: its graph has them baked in as constants, so another object, or the same
// one after an in-place write (which gives the tensor object a new runtime tensor), must trace
// again rather than reuse the graph.
void heldTensors(const Value& v, std::string& key, std::vector<const void*>& seen, int depth) {
  if (depth > 12) return;
  if (auto* t = v.as<interp::TensorObject>()) {
    key += std::to_string(reinterpret_cast<uintptr_t>(t->tensor.id())) + ",";
    return;
  }
  if (!v.isObject() || std::find(seen.begin(), seen.end(), v.obj().get()) != seen.end()) return;
  seen.push_back(v.obj().get());
  if (auto* inst = v.as<interp::InstanceObject>()) {
    key += "@" + std::to_string(reinterpret_cast<uintptr_t>(inst)) + "{";
    std::vector<std::string> names;
    for (const auto& [k, _] : inst->attrs) names.push_back(k);
    std::sort(names.begin(), names.end());
    for (const auto& k : names) heldTensors(inst->attrs.at(k), key, seen, depth + 1);
    key += "}";
  } else if (auto* l = v.as<interp::ListObject>()) {
    for (const Value& i : l->items) heldTensors(i, key, seen, depth + 1);
  } else if (auto* t = v.as<interp::TupleObject>()) {
    for (const Value& i : t->items) heldTensors(i, key, seen, depth + 1);
  } else if (auto* d = v.as<interp::DictObject>()) {
    for (const auto& [k, i] : d->items) heldTensors(i, key, seen, depth + 1);
  }
}

}  // namespace

std::vector<std::string> parameterNames(const Value& function) {
  std::vector<std::string> names;
  if (auto* f = function.as<interp::FunctionObject>()) {
    for (const auto* a : f->params->posonlyargs) names.push_back(a->arg);
    for (const auto* a : f->params->args) names.push_back(a->arg);
  }
  return names;
}

TracedFunction::TracedFunction(interp::Interpreter& in, Value function, std::string name, Mode mode)
    : in_(in), function_(std::move(function)), name_(std::move(name)), mode_(mode) {}

std::string TracedFunction::signatureOf(const std::vector<Value>& args) {
  std::string sig;
  for (size_t i = 0; i < args.size(); ++i) {
    if (i) sig += ", ";
    const Value& v = args[i];
    if (auto* t = v.as<interp::TensorObject>())
      sig += std::string(ir::frameworkName(t->framework)) + ":" + ir::typeText(t->tensor.type());
    else if (v.as<interp::TupleObject>() || v.as<interp::ListObject>()) {
      std::vector<runtime::Tensor> tensors;
      std::vector<std::string> names;
      collectInputs(v, "", tensors, names);
      sig += v.as<interp::TupleObject>() ? "(" : "[";
      for (size_t k = 0; k < tensors.size(); ++k) sig += (k ? "," : "") + ir::typeText(tensors[k].type());
      sig += tensors.empty() ? in_.repr(v) : "";
      sig += v.as<interp::TupleObject>() ? ")" : "]";
    } else {
      sig += std::string(v.typeName()) + "=" + in_.repr(v);
      if (v.as<interp::InstanceObject>()) {
        std::string held;
        std::vector<const void*> seen;
        heldTensors(v, held, seen, 0);
        char buf[32];
        std::snprintf(buf, sizeof buf, "#%08zx", std::hash<std::string>{}(held) & 0xffffffffu);
        sig += buf;
      }
    }
  }
  return sig;
}

const CachedTrace* TracedFunction::traceFor(const std::string& signature) const {
  auto it = cache_.find(signature);
  return it == cache_.end() ? nullptr : it->second.get();
}

Value TracedFunction::traceAndRun(const std::vector<Value>& args, const std::string& signature, CachedTrace*& out) {
  auto trace = std::make_shared<CachedTrace>();
  trace->signature = signature;
  interp::GraphRecorder recorder(name_);
  std::vector<std::string> params = parameterNames(function_);
  std::vector<runtime::Tensor> inputs;
  std::vector<std::string> names;
  for (size_t i = 0; i < args.size(); ++i)
    collectInputs(args[i], i < params.size() ? params[i] : "arg" + std::to_string(i), inputs, names);
  for (size_t i = 0; i < inputs.size(); ++i) {
    // The same tensor passed twice is one graph input.
    if (!recorder.knows(inputs[i])) recorder.addInput(inputs[i], names[i]);
  }
  interp::GraphRecorder* saved = in_.recorder();
  in_.setRecorder(&recorder);
  Value result;
  try {
    result = in_.call(function_, args);
  } catch (...) {
    in_.setRecorder(saved);
    throw;
  }
  in_.setRecorder(saved);
  std::vector<runtime::Tensor> outputs;
  trace->output = describeOutput(result, outputs);
  trace->resultOutputs = static_cast<int>(outputs.size());
  trace->guards = recorder.guards();
  trace->captured = recorder.captured();
  for (const auto& g : trace->guards)
    if (!g.tensor.defined()) trace->reusable = false;
  trace->graph = recorder.finish(outputs);
  if (transform_) transform_(signature, *trace->graph);
  trace->verifierProblems = ir::verify(*trace->graph);
  trace->plan = std::make_unique<runtime::ExecutionPlan>(*trace->graph);
  out = trace.get();
  last_ = trace;
  cache_[signature] = std::move(trace);
  return result;
}

std::vector<runtime::Tensor> graphInputs(const std::vector<Value>& args) {
  std::vector<runtime::Tensor> inputs;
  std::vector<std::string> names;
  for (const Value& a : args) collectInputs(a, "", inputs, names);
  std::vector<runtime::Tensor> unique;
  for (const auto& t : inputs) {
    bool seen = false;
    for (const auto& u : unique) seen = seen || u.id() == t.id();
    if (!seen) unique.push_back(t);
  }
  return unique;
}

namespace {

// Why the graph no longer computes what the function would: a captured tensor object is gone
// (its name was rebound) or holds another tensor (written in place). Empty when still valid.
std::string staleCapture(const CachedTrace& trace) {
  for (const auto& c : trace.captured) {
    auto holder = c.holder.lock();
    if (holder && holder->tensor.id() == c.tensorId) continue;
    const std::string what = c.name.empty() ? "a tensor the graph holds as a constant" : "'" + c.name + "'";
    return what + (holder ? " was written in place" : " was replaced") + " since the trace";
  }
  return {};
}

}  // namespace

std::optional<Value> TracedFunction::runCached(const CachedTrace& trace, const std::vector<Value>& args) {
  // Inputs that were the same tensor at trace time map to one parameter.
  std::vector<runtime::Tensor> unique = graphInputs(args);
  if (unique.size() != trace.graph->params().size()) return std::nullopt;
  std::vector<runtime::Tensor> outputs = trace.plan->run(unique);
  // Value guards: the data Python looked at must be what it saw while tracing.
  size_t g = static_cast<size_t>(trace.resultOutputs);
  for (const auto& guard : trace.guards) {
    if (!guard.tensor.defined()) continue;
    if (outputs.at(g++).toDoubles() != guard.observed) return std::nullopt;
  }
  return rebuild(in_, trace.output, outputs);
}

void TracedFunction::traceWith(const std::vector<Value>& args) {
  auto start = Clock::now();
  std::string sig = signatureOf(args);
  CachedTrace* trace = nullptr;
  traceAndRun(args, sig, trace);
  log_.push_back({static_cast<int>(log_.size()), msSince(start), true, sig, "eager trace at creation"});
}

Value TracedFunction::call(const std::vector<Value>& args) {
  auto start = Clock::now();
  std::string sig = signatureOf(args);
  auto it = cache_.find(sig);
  if (it != cache_.end() && it->second->reusable) {
    if (std::string stale = staleCapture(*it->second); !stale.empty()) {
      CachedTrace* trace = nullptr;
      Value v = traceAndRun(args, sig, trace);
      log_.push_back({static_cast<int>(log_.size()), msSince(start), true, sig, stale});
      return v;
    }
    if (auto result = runCached(*it->second, args)) {
      last_ = it->second;
      log_.push_back({static_cast<int>(log_.size()), msSince(start), false, sig, ""});
      return *result;
    }
    CachedTrace* trace = nullptr;
    Value v = traceAndRun(args, sig, trace);
    log_.push_back({static_cast<int>(log_.size()), msSince(start), true, sig, "a value the trace depended on changed"});
    return v;
  }
  std::string why = cache_.empty() ? "first call" : it != cache_.end() ? "trace not reusable (random numbers)" : "new input signature";
  CachedTrace* trace = nullptr;
  Value v = traceAndRun(args, sig, trace);
  log_.push_back({static_cast<int>(log_.size()), msSince(start), true, sig, why});
  return v;
}

}  // namespace pt::trace

namespace pt::trace {

std::optional<interp::PyException> observeTypes(interp::Interpreter& in, const interp::Value& function, const std::string& name,
                                                const std::vector<interp::Value>& args, ir::ObservedTypes& into) {
  ir::ObservedTypes* saved = in.typeObserver();
  in.setTypeObserver(&into);
  std::optional<interp::PyException> raised;
  try {
    TracedFunction traced(in, function, name, Mode::Eager);
    traced.traceWith(args);
  } catch (const interp::PyException& e) {
    raised = e;
  }
  in.setTypeObserver(saved);
  return raised;
}

}  // namespace pt::trace
