#include "session/IvyCallables.h"

#include <chrono>

#include "session/Session.h"

namespace pt::session {

using interp::Value;

namespace {
using Clock = std::chrono::steady_clock;
double msSince(Clock::time_point start) { return std::chrono::duration<double, std::milli>(Clock::now() - start).count(); }

struct KindName {
  IvyKind kind;
  const char* name;
};
constexpr KindName kKindNames[] = {
    {IvyKind::TraceGraph, "trace_graph"}, {IvyKind::Compile, "compile"},         {IvyKind::Transpile, "transpile"},
    {IvyKind::TranspileTrace, "transpile"}, {IvyKind::Unify, "unify"},           {IvyKind::ModuleFunction, "transpile"},
};

Value rewrap(interp::Interpreter& in, const Value& v, ir::Framework fw) {
  if (auto* t = v.as<interp::TensorObject>(); t && t->framework != fw) return in.wrapTensor(t->tensor, fw);
  if (auto* tu = v.as<interp::TupleObject>()) return interp::makeTuple(asFrameworkValues(in, tu->items, fw));
  if (auto* l = v.as<interp::ListObject>()) return interp::makeList(asFrameworkValues(in, l->items, fw));
  return v;
}
}  // namespace

std::string_view ivyKindName(IvyKind kind) {
  for (const auto& k : kKindNames)
    if (k.kind == kind) return k.name;
  return "ivy";
}

std::vector<Value> asFrameworkValues(interp::Interpreter& in, const std::vector<Value>& values, ir::Framework fw) {
  if (fw == ir::Framework::Ivy) return values;
  std::vector<Value> out;
  for (const Value& v : values) out.push_back(rewrap(in, v, fw));
  return out;
}

// ---- IvyCallable ------------------------------------------------------------------------------

std::optional<Value> IvyCallable::hostAttr(interp::Interpreter& in, const std::string& attr) {
  if (attr == "__name__" || attr == "__qualname__") return interp::makeStr(name_);
  if (attr == "__wrapped__") return wrapped_;
  if (attr == "__doc__") return in.tryGetAttr(wrapped_, "__doc__").value_or(Value::none());
  return std::nullopt;
}

std::string IvyCallable::hostRepr() const {
  return "<" + std::string(ivyKindName(kind_)) + " function " + name_ + ">";
}

void IvyCallable::logCall(double ms, bool heavy, std::string signature, std::string why) {
  log_.push_back({static_cast<int>(log_.size()), ms, heavy, std::move(signature), std::move(why)});
}

// ---- TracedCallable ---------------------------------------------------------------------------

TracedCallable::TracedCallable(IvyKind kind, interp::Interpreter& in, Value fn, std::string name, trace::Mode mode)
    : IvyCallable(kind, name, fn), traced_(in, fn, name, mode) {}

Value TracedCallable::call(interp::Interpreter& in, interp::CallArgs& args) {
  if (!args.keywords.empty())
    in.raise("TypeError", name_ + "(): a traced function takes its inputs positionally (got keyword '" +
                              args.keywords.front().first + "')", "unsupported-api");
  // Called while another function is being traced (ivy.compile of a traced function): run the
  // Python, so the outer trace records every op — as jax inlines a jitted function into an outer jit.
  if (in.recorder()) return in.callWith(wrapped_, args);
  return traced_.call(args.positional);
}

void TracedCallable::enablePasses() {
  traced_.setGraphTransform([this](const std::string& signature, ir::Graph& graph) {
    Compiled c;
    c.before = graph.clone();
    c.reports = passes::optimize(graph, evaluateConstantOp);
    compiled_[signature] = std::move(c);
  });
}

// ---- TranslatedCallable -----------------------------------------------------------------------

TranslatedCallable::TranslatedCallable(IvyKind kind, Value original, std::string name, Value translated, std::string code,
                                       double translateMs, std::string why)
    : IvyCallable(kind, std::move(name), std::move(original)), translated_(std::move(translated)) {
  code_ = std::move(code);
  logCall(translateMs, true, "", std::move(why));
}

Value TranslatedCallable::call(interp::Interpreter& in, interp::CallArgs& args) {
  auto start = Clock::now();
  Value result = in.callWith(translated_, args);
  logCall(msSince(start), false, "", "");
  return result;
}

}  // namespace pt::session
