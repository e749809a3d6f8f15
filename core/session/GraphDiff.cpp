#include "session/GraphDiff.h"

#include <algorithm>
#include <atomic>

#include "runtime/Backend.h"
#include "runtime/GraphExecutor.h"

namespace pt::session {

using interp::Value;

namespace {

// Both functions traced on the same inputs, their nodes paired, every pair's values compared.
// `withOutputs`: also compare the outputs (verify did not).
void diffInto(GraphDiff& d, Session& s, const FunctionUnderDiff& source, const FunctionUnderDiff& target,
              const std::vector<Value>& args, bool withOutputs) {
  interp::Interpreter& in = s.interpreter();
  const auto sourceArgs = s.asFrameworkInputs(args, source.framework);
  const auto targetArgs = s.asFrameworkInputs(args, target.framework);
  trace::TracedFunction original(in, source.function, source.name, trace::Mode::Eager);
  original.traceWith(sourceArgs);
  trace::TracedFunction translated(in, target.function, target.name, trace::Mode::Eager);
  translated.traceWith(targetArgs);
  d.source = original.sharedLastTrace();
  d.target = translated.sharedLastTrace();
  d.match = ir::matchGraphs(*d.source->graph, *d.target->graph);

  const auto before = d.source->plan->runKeepingAll(trace::graphInputs(sourceArgs));
  const auto after = d.target->plan->runKeepingAll(trace::graphInputs(targetArgs));
  if (withOutputs) {
    if (before.outputs.size() != after.outputs.size())
      d.verify.diagnostics.push_back({Severity::Error, "numeric-mismatch",
                                      "the functions return " + std::to_string(before.outputs.size()) + " and " +
                                          std::to_string(after.outputs.size()) + " tensors",
                                      {}});
    for (size_t k = 0; k < std::min(before.outputs.size(), after.outputs.size()); ++k)
      d.verify.outputs.push_back(compareValues("output " + std::to_string(k), in.wrapTensor(before.outputs[k], source.framework),
                                               in.wrapTensor(after.outputs[k], target.framework)));
  }
  const auto& nodes = d.source->graph->nodes();
  d.sourceNodes.assign(nodes.size(), std::nullopt);
  for (size_t i = 0; i < nodes.size(); ++i) {
    const int t = d.match.targetOfSource[i];
    if (t < 0) continue;
    const ir::Node& n = *nodes[i];
    const ir::Node& other = *d.target->graph->nodes()[static_cast<size_t>(t)];
    const std::string what = "node " + std::to_string(i) + " (" + std::string(ir::opName(n.op)) +
                             (other.op != n.op ? "; " + std::string(ir::opName(other.op)) + " in the translation" : "") + ")" +
                             (n.loc.known() ? " at " + n.loc.file + ":" + std::to_string(n.loc.line) : "");
    // Every op of ops.def has one result.
    d.sourceNodes[i] = compareValues(what, in.wrapTensor(before.perNode[i].at(0), source.framework),
                                     in.wrapTensor(after.perNode[static_cast<size_t>(t)].at(0), target.framework));
    if (d.sourceNodes[i] && !d.sourceNodes[i]->ok && d.firstDivergence < 0) d.firstDivergence = static_cast<int>(i);
  }
}

template <class Body>
void catchingInto(GraphDiff& d, Body body) {
  try {
    body();
  } catch (const interp::PyException& e) {
    d.verify.diagnostics.push_back(diagnosticFromException(e));
  } catch (const runtime::RuntimeError& e) {
    d.verify.diagnostics.push_back({Severity::Error, "runtime-error", e.message, {}});
  }
}

}  // namespace

GraphDiff diffTranslation(Session& s, const VerifyRequest& r) {
  GraphDiff d;
  d.verify = verifyTranslation(s, r);
  if (hasErrors(d.verify.diagnostics) || d.verify.code.empty()) return d;
  catchingInto(d, [&] {
    interp::Interpreter& in = s.interpreter();
    const std::string name = r.qualname.substr(r.qualname.rfind('.') + 1);
    static std::atomic<int> counter = 0;
    auto module = in.loadModuleSource("__polytrace_diff_" + std::to_string(++counter), "<translated>", d.verify.code);
    diffInto(d, s, {s.function(r.qualname), r.source, name}, {in.getAttr(Value::object(module), name), r.target, name}, r.args, false);
  });
  return d;
}

GraphDiff diffFunctions(Session& s, const FunctionUnderDiff& source, const FunctionUnderDiff& target,
                        const std::vector<Value>& args) {
  GraphDiff d;
  catchingInto(d, [&] { diffInto(d, s, source, target, args, true); });
  return d;
}

}  // namespace pt::session
