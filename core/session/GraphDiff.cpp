#include "session/GraphDiff.h"

#include "runtime/Backend.h"
#include "runtime/GraphExecutor.h"

namespace pt::session {

using interp::Value;

GraphDiff diffTranslation(Session& s, const VerifyRequest& r) {
  GraphDiff d;
  d.verify = verifyTranslation(s, r);
  if (hasErrors(d.verify.diagnostics) || d.verify.code.empty()) return d;
  interp::Interpreter& in = s.interpreter();
  const std::string name = r.qualname.substr(r.qualname.rfind('.') + 1);
  try {
    const auto sourceArgs = s.asFrameworkInputs(r.args, r.source);
    const auto targetArgs = s.asFrameworkInputs(r.args, r.target);
    trace::TracedFunction original(in, s.function(r.qualname), name, trace::Mode::Eager);
    original.traceWith(sourceArgs);
    static int counter = 0;
    auto module = in.loadModuleSource("__polytrace_diff_" + std::to_string(++counter), "<translated>", d.verify.code);
    trace::TracedFunction translated(in, in.getAttr(Value::object(module), name), name, trace::Mode::Eager);
    translated.traceWith(targetArgs);
    d.source = original.sharedLastTrace();
    d.target = translated.sharedLastTrace();
    d.match = ir::matchGraphs(*d.source->graph, *d.target->graph);

    const auto before = d.source->plan->runKeepingAll(trace::graphInputs(sourceArgs));
    const auto after = d.target->plan->runKeepingAll(trace::graphInputs(targetArgs));
    const auto& nodes = d.source->graph->nodes();
    d.sourceNodes.resize(nodes.size());
    for (size_t i = 0; i < nodes.size(); ++i) {
      const int t = d.match.targetOfSource[i];
      if (t < 0 || nodes[i]->outputs.size() != 1) continue;
      const ir::Node& n = *nodes[i];
      const std::string what = "node " + std::to_string(i) + " (" + std::string(ir::opName(n.op)) + ")" +
                               (n.loc.known() ? " at " + n.loc.file + ":" + std::to_string(n.loc.line) : "");
      d.sourceNodes[i] = compareValues(what, in.wrapTensor(before.perNode[i].at(0), r.source),
                                       in.wrapTensor(after.perNode[static_cast<size_t>(t)].at(0), r.target));
      if (!d.sourceNodes[i]->ok && d.firstDivergence < 0) d.firstDivergence = static_cast<int>(i);
    }
  } catch (const interp::PyException& e) {
    d.verify.diagnostics.push_back(diagnosticFromException(e));
  } catch (const runtime::RuntimeError& e) {
    d.verify.diagnostics.push_back({Severity::Error, "runtime-error", e.message, {}});
  }
  return d;
}

}  // namespace pt::session
