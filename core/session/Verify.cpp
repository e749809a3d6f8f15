#include "session/Verify.h"

#include <cmath>
#include <map>

#include "codegen/GraphCodegen.h"
#include "runtime/Backend.h"
#include "runtime/GraphExecutor.h"
#include "s2s/Translator.h"
#include "session/FunctionSource.h"
#include "trace/TracedFunction.h"

namespace pt::session {

using interp::Value;

namespace {

void leaves(const Value& v, std::vector<Value>& out) {
  if (auto* t = v.as<interp::TupleObject>()) {
    for (const auto& i : t->items) leaves(i, out);
  } else if (auto* l = v.as<interp::ListObject>()) {
    for (const auto& i : l->items) leaves(i, out);
  } else {
    out.push_back(v);
  }
}

std::string typeOf(const Value& v) {
  if (auto* t = v.as<interp::TensorObject>()) return ir::typeText(t->tensor.type());
  return std::string(v.typeName());
}

std::vector<double> numbersOf(const Value& v) {
  if (auto* t = v.as<interp::TensorObject>()) return t->tensor.toDoubles();
  if (v.isNumber()) return {v.asFloat()};
  return {};
}

Diagnostic errorDiagnostic(const std::string& code, const std::string& message) {
  return Diagnostic{Severity::Error, code, message, {}};
}

}  // namespace

ValueComparison compareValues(const std::string& what, const Value& reference, const Value& actual) {
  ValueComparison c;
  c.what = what;
  c.sourceType = typeOf(reference);
  c.targetType = typeOf(actual);
  auto* rt = reference.as<interp::TensorObject>();
  auto* at = actual.as<interp::TensorObject>();
  ir::DType refDtype = rt ? rt->tensor.dtype() : (reference.isFloat() ? ir::DType::Float64 : ir::DType::Int64);
  c.tolerance = toleranceFor(refDtype);
  if (rt && at) {
    if (rt->tensor.shape() != at->tensor.shape()) {
      c.note = "shapes differ";
      return c;
    }
    if (rt->tensor.dtype() != at->tensor.dtype()) {
      c.note = "dtype differs: " + std::string(ir::dtypeLongName(rt->tensor.dtype())) + " in the source, " +
               std::string(ir::dtypeLongName(at->tensor.dtype())) + " in the translation";
      c.tolerance = std::max(c.tolerance, toleranceFor(at->tensor.dtype()));
    }
  } else if (static_cast<bool>(rt) != static_cast<bool>(at) && !(reference.isNumber() && at && at->tensor.numel() == 1)) {
    c.note = "one side is a tensor, the other a Python value";
    return c;
  }
  auto a = numbersOf(reference), b = numbersOf(actual);
  if (a.size() != b.size()) {
    c.note = "element counts differ";
    return c;
  }
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::isnan(a[i]) && std::isnan(b[i])) continue;
    if (std::isnan(a[i]) != std::isnan(b[i])) {
      c.maxError = INFINITY;
      continue;
    }
    if (std::isinf(a[i]) || std::isinf(b[i])) {
      if (a[i] != b[i]) c.maxError = INFINITY;
      continue;
    }
    c.maxError = std::max(c.maxError, std::abs(a[i] - b[i]) / std::max(1.0, std::abs(a[i])));
  }
  c.ok = c.maxError <= c.tolerance;
  return c;
}

double toleranceFor(ir::DType d) {
  switch (d) {
    case ir::DType::Float16:
    case ir::DType::BFloat16: return 1e-2;
    case ir::DType::Float32: return 1e-5;
    case ir::DType::Float64: return 1e-10;
    default: return 0.0;
  }
}

bool VerifyResult::ok() const {
  if (hasErrors(diagnostics) || outputs.empty()) return false;
  for (const auto& o : outputs)
    if (!o.ok) return false;
  return !firstDivergence;
}

VerifyResult verifyTranslation(Session& s, const VerifyRequest& r) {
  VerifyResult out;
  interp::Interpreter& in = s.interpreter();
  std::string name = r.qualname.substr(r.qualname.rfind('.') + 1);
  try {
    Value fn = s.function(r.qualname);
    auto sourceArgs = s.asFrameworkInputs(r.args, r.source);
    auto targetArgs = s.asFrameworkInputs(r.args, r.target);

    // The translation, as the user would get it.
    std::unique_ptr<trace::TracedFunction> traced;
    codegen::GeneratedCode generated;
    if (r.traceBased) {
      traced = std::make_unique<trace::TracedFunction>(in, fn, name, trace::Mode::Eager);
      traced->traceWith(sourceArgs);
      const auto& t = *traced->lastTrace();
      if (!t.guards.empty()) {
        out.diagnostics.push_back(errorDiagnostic("trace-specialised", "the trace depends on tensor values (" +
                                                                           t.guards[0].description + "); verify source-to-source instead"));
        return out;
      }
      codegen::GraphCodegenOptions options;
      options.functionName = name;
      options.resultOutputs = t.resultOutputs;
      options.origin = r.qualname + " (" + std::string(ir::frameworkName(r.source)) + "), traced with " + t.signature;
      generated = codegen::generateFromGraph(*t.graph, r.target, options);
      out.diagnostics.insert(out.diagnostics.end(), generated.diagnostics.begin(), generated.diagnostics.end());
      out.code = generated.code;
    } else {
      auto* f = fn.as<interp::FunctionObject>();
      auto src = f ? functionSource(*f) : std::nullopt;
      if (!src) {
        out.diagnostics.push_back(errorDiagnostic("no-source", r.qualname + " has no module-level source to translate"));
        return out;
      }
      auto result = s2s::translateFunction({src->text, src->filename, src->name, r.source, r.target});
      out.diagnostics.insert(out.diagnostics.end(), result.diagnostics.begin(), result.diagnostics.end());
      out.code = result.code;
    }
    if (hasErrors(out.diagnostics) || out.code.empty()) return out;

    // Source semantics: the function itself. Target semantics: the translation, run by the same
    // interpreter through the target framework's frontend.
    Value reference = in.call(fn, sourceArgs);
    static int counter = 0;
    auto module = in.loadModuleSource("__polytrace_verify_" + std::to_string(++counter), "<translated>", out.code);
    Value translated = in.getAttr(Value::object(module), name);
    Value actual = in.call(translated, targetArgs);

    std::vector<Value> refLeaves, actLeaves;
    leaves(reference, refLeaves);
    leaves(actual, actLeaves);
    if (refLeaves.size() != actLeaves.size()) {
      out.diagnostics.push_back(errorDiagnostic("output-count", "the source returns " + std::to_string(refLeaves.size()) +
                                                                   " values, the translation " + std::to_string(actLeaves.size())));
      return out;
    }
    for (size_t i = 0; i < refLeaves.size(); ++i)
      out.outputs.push_back(compareValues("output " + std::to_string(i), refLeaves[i], actLeaves[i]));

    // Node by node, for trace-based code: each source node is one line of the translation; the last
    // node the re-traced translation records at that line is its counterpart.
    if (r.traceBased) {
      const ir::Graph& g = *traced->lastTrace()->graph;
      auto sourceValues = runtime::executeGraphKeepingAll(g, trace::graphInputs(sourceArgs));
      trace::TracedFunction again(in, translated, name, trace::Mode::Eager);
      again.traceWith(targetArgs);
      const ir::Graph& g2 = *again.lastTrace()->graph;
      auto targetValues = runtime::executeGraphKeepingAll(g2, trace::graphInputs(targetArgs));
      std::map<int, size_t> lastNodeAtLine;
      for (size_t k = 0; k < g2.nodes().size(); ++k)
        if (g2.nodes()[k]->loc.file == "<translated>") lastNodeAtLine[g2.nodes()[k]->loc.line] = k;
      for (size_t i = 0; i < g.nodes().size(); ++i) {
        int line = i < generated.nodeLines.size() ? generated.nodeLines[i] : 0;
        auto it = lastNodeAtLine.find(line);
        if (!line || it == lastNodeAtLine.end() || g.nodes()[i]->outputs.size() != 1) continue;
        const ir::Node& n = *g.nodes()[i];
        std::string what = "node " + std::to_string(i) + " (" + std::string(ir::opName(n.op)) + ")" +
                           (n.loc.known() ? " at " + n.loc.file + ":" + std::to_string(n.loc.line) : "");
        Value a = in.wrapTensor(sourceValues.perNode[i].at(0), r.source);
        Value b = in.wrapTensor(targetValues.perNode[it->second].at(0), r.target);
        out.nodes.push_back(compareValues(what, a, b));
        if (!out.nodes.back().ok && !out.firstDivergence) out.firstDivergence = out.nodes.back();
      }
    }
  } catch (const interp::PyException& e) {
    out.diagnostics.push_back(diagnosticFromException(e));
  } catch (const runtime::RuntimeError& e) {
    out.diagnostics.push_back(errorDiagnostic("runtime-error", e.message));
  }
  return out;
}

}  // namespace pt::session
