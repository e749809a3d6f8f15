#include "session/CaseRunner.h"

#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "codegen/EmitContext.h"
#include "codegen/GraphCodegen.h"
#include "codegen/PyFormat.h"
#include "s2s/Translator.h"
#include "session/DiagnosticJson.h"
#include "session/Session.h"
#include "trace/TracedFunction.h"

namespace pt::session {

using json = nlohmann::json;
using interp::Value;

namespace {

// JSON has no NaN or infinity: they travel as strings, which the harnesses read back.
json number(double d) {
  if (std::isnan(d)) return "nan";
  if (std::isinf(d)) return d > 0 ? "inf" : "-inf";
  return d;
}

json valueTree(interp::Interpreter& in, const Value& v) {
  switch (v.kind()) {
    case Value::Kind::None: return {{"kind", "none"}};
    case Value::Kind::Bool: return {{"kind", "bool"}, {"value", v.asBool()}};
    case Value::Kind::Int: return {{"kind", "int"}, {"value", v.asInt()}};
    case Value::Kind::Float: return {{"kind", "float"}, {"value", number(v.asFloat())}};
    case Value::Kind::Obj: break;
  }
  if (auto* t = v.as<interp::TensorObject>()) {
    json data = json::array();
    ir::DType d = t->tensor.dtype();
    if (ir::isFloating(d)) {
      for (double x : t->tensor.toDoubles()) data.push_back(number(x));
    } else {
      for (int64_t x : t->tensor.toInts()) data.push_back(d == ir::DType::Bool ? json(x != 0) : json(x));
    }
    return {{"kind", "tensor"},
            {"framework", std::string(ir::frameworkName(t->framework))},
            {"dtype", std::string(ir::dtypeLongName(d))},
            {"shape", t->tensor.shape()},
            {"data", data}};
  }
  if (auto* s = v.as<interp::StrObject>()) return {{"kind", "str"}, {"value", s->value}};
  if (auto* d = v.as<interp::DTypeObject>()) return {{"kind", "dtype"}, {"name", std::string(ir::dtypeLongName(d->dtype))}};
  auto items = [&](const std::vector<Value>& xs, const char* kind) {
    json out = json::array();
    for (const Value& x : xs) out.push_back(valueTree(in, x));
    return json{{"kind", kind}, {"items", out}};
  };
  if (auto* t = v.as<interp::TupleObject>()) return items(t->items, "tuple");
  if (auto* l = v.as<interp::ListObject>()) return items(l->items, "list");
  return {{"kind", "other"}, {"type", std::string(v.typeName())}, {"repr", in.repr(v)}};
}

json errorJson(const interp::PyException& e) {
  return {{"type", e.type}, {"message", e.message}, {"reason", e.reasonCode.empty() ? "python-exception" : e.reasonCode},
          {"traceback", e.formatted()}};
}

// The generated function returns what the traced one returned: tensors are graph outputs, Python
// values computed while tracing are constants of this signature, spelled for the target.
std::optional<std::string> resultExpression(codegen::EmitContext& ctx, const trace::OutputSpec& spec,
                                            const std::vector<std::string>& outputs, std::string& why) {
  using Kind = trace::OutputSpec::Kind;
  switch (spec.kind) {
    case Kind::Tensor: return outputs.at(static_cast<size_t>(spec.outputIndex));
    case Kind::Tuple:
    case Kind::List: {
      std::vector<std::string> parts;
      for (const auto& item : spec.items) {
        auto p = resultExpression(ctx, item, outputs, why);
        if (!p) return std::nullopt;
        parts.push_back(*p);
      }
      if (spec.kind == Kind::List) return "[" + codegen::join(parts, ", ") + "]";
      return "(" + codegen::join(parts, ", ") + (parts.size() == 1 ? ",)" : ")");
    }
    case Kind::Constant: break;
  }
  const Value& v = spec.constant;
  switch (v.kind()) {
    case Value::Kind::None: return "None";
    case Value::Kind::Bool: return std::string(v.asBool() ? "True" : "False");
    case Value::Kind::Int: return std::to_string(v.asInt());
    case Value::Kind::Float: return codegen::pyNumber(v.asFloat(), ir::DType::Float64);
    case Value::Kind::Obj: break;
  }
  if (auto* d = v.as<interp::DTypeObject>()) return ctx.dtype(d->dtype);
  if (auto* s = v.as<interp::StrObject>()) return json(s->value).dump();  // a JSON string is a valid Python literal
  why = "the traced function returned a '" + std::string(v.typeName()) + "', which straight-line code cannot rebuild";
  return std::nullopt;
}

// The function and its example arguments, once the setup has run (throws PyException).
struct PreparedCall {
  Value function;
  std::vector<Value> args;
  std::string name;  // the function's own name, without its module
};
PreparedCall prepareCall(Session& s, const CaseSpec& spec) {
  s.runSetup(spec.setup);
  Value fn = s.function(spec.function);
  auto args = s.asFrameworkInputs(s.evalArgs(spec.args), spec.source);
  return {fn, std::move(args), spec.function.substr(spec.function.rfind('.') + 1)};
}

}  // namespace

std::string valueToJson(interp::Interpreter& in, const Value& v) { return valueTree(in, v).dump(); }

std::string runCase(const CaseSpec& spec, bool traced) {
  Session s(spec.path);
  json out;
  try {
    auto [fn, args, name] = prepareCall(s, spec);
    Value result;
    json guards = json::array();
    if (traced) {
      trace::TracedFunction f(s.interpreter(), fn, name, trace::Mode::Eager);
      f.traceWith(args);
      for (const auto& g : f.lastTrace()->guards) guards.push_back(g.loc.str() + ": " + g.description);
      for (const auto& p : f.lastTrace()->verifierProblems) guards.push_back("verifier: " + p);
      result = f.call(args);
    } else {
      result = s.interpreter().call(fn, args);
    }
    out = {{"ok", true}, {"result", valueTree(s.interpreter(), result)}, {"guards", guards}};
  } catch (const interp::PyException& e) {
    out = {{"ok", false}, {"error", errorJson(e)}};
  }
  return out.dump();
}

bool observeCaseTypes(const CaseSpec& spec, ir::ObservedTypes& into, Diagnostics& diagnostics) {
  Session s(spec.path);
  try {
    auto [fn, args, name] = prepareCall(s, spec);
    if (auto raised = trace::observeTypes(s.interpreter(), fn, name, args, into)) {
      Diagnostic d = diagnosticFromException(*raised);
      d.severity = Severity::Note;
      d.message = "the example run raised " + raised->type + " (" + raised->message + "); types are those observed until then";
      diagnostics.push_back(d);
    }
  } catch (const interp::PyException& e) {
    diagnostics.push_back(diagnosticFromException(e));
    return false;
  }
  return true;
}

CaseTranslation translateCase(const CaseSpec& spec, ir::Framework target, const std::string& method, bool traceTypes) {
  CaseTranslation out;
  if (method == "source") {
    auto info = findFunction(spec.path, spec.function, out.diagnostics);
    if (!info) return out;
    auto text = readFile(info->file);
    if (!text) {
      out.diagnostics.push_back({Severity::Error, "unreadable", "cannot read " + info->file, {info->file}});
      return out;
    }
    std::string shown = std::filesystem::path(spec.path).is_relative() || !std::filesystem::is_directory(spec.path)
                            ? info->file
                            : std::filesystem::relative(info->file, spec.path).generic_string();
    s2s::Request request{*text, shown, info->name, spec.source, target};
    ir::ObservedTypes observed;
    if (traceTypes) {
      if (!observeCaseTypes(spec, observed, out.diagnostics)) return out;
      request.observed = &observed;
      request.observedPath = info->file;
    }
    s2s::Result r = s2s::translateFunction(request);
    out.diagnostics.insert(out.diagnostics.end(), r.diagnostics.begin(), r.diagnostics.end());
    if (r.ok()) out.code = r.code;
    return out;
  }
  Session s(spec.path);
  try {
    auto [fn, args, name] = prepareCall(s, spec);
    trace::TracedFunction f(s.interpreter(), fn, name, trace::Mode::Eager);
    f.traceWith(args);
    const trace::CachedTrace& t = *f.lastTrace();
    if (!t.guards.empty()) {
      for (const auto& g : t.guards) out.diagnostics.push_back({Severity::Error, "trace-specialised", g.description, g.loc});
      return out;
    }
    codegen::GraphCodegenOptions options;
    options.functionName = name;
    options.origin = spec.function + " (" + std::string(ir::frameworkName(spec.source)) + "), traced with " + t.signature;
    options.resultOutputs = t.resultOutputs;
    std::string why;
    bool structureOk = true;
    options.resultExpression = [&](codegen::EmitContext& ctx, const std::vector<std::string>& outputs) {
      auto e = resultExpression(ctx, t.output, outputs, why);
      if (!e) structureOk = false;
      return e.value_or("None");
    };
    auto g = codegen::generateFromGraph(*t.graph, target, options);
    out.diagnostics = g.diagnostics;
    if (!structureOk) out.diagnostics.push_back({Severity::Error, "unsupported-output", why, {}});
    if (g.ok() && structureOk) out.code = g.code;
    out.callNote = "parameters: the distinct tensor leaves of the arguments, in order";
  } catch (const interp::PyException& e) {
    out.diagnostics.push_back(diagnosticFromException(e));
  }
  return out;
}

std::string runBatchJob(const std::string& jobJson) {
  auto start = std::chrono::steady_clock::now();
  json job = json::parse(jobJson, nullptr, false);
  json id = job.is_object() && job.contains("id") ? job["id"] : json();
  auto fail = [&](const std::string& message) {
    return json{{"id", id}, {"ok", false}, {"error", {{"type", "ValueError"}, {"message", message}, {"reason", "bad-job"}}}}.dump();
  };
  if (!job.is_object()) return fail("a job is a JSON object");
  auto text = [&](const char* key) { return job.contains(key) && job[key].is_string() ? job[key].get<std::string>() : std::string(); };
  CaseSpec spec{text("path"), text("function"), ir::Framework::Torch, text("setup"), text("args")};
  auto source = ir::frameworkFromName(text("source").empty() ? "torch" : text("source"));
  if (!source) return fail("unknown source framework '" + text("source") + "'");
  spec.source = *source;
  json out;
  std::string action = text("action");
  if (action == "run") {
    out = json::parse(runCase(spec, !job.contains("trace") || job["trace"].get<bool>()));
  } else if (action == "transpile") {
    auto target = ir::frameworkFromName(text("target"));
    if (!target) return fail("unknown target framework '" + text("target") + "'");
    bool traceTypes = job.contains("trace_types") && job["trace_types"].is_boolean() && job["trace_types"].get<bool>();
    CaseTranslation t = translateCase(spec, *target, text("method").empty() ? "source" : text("method"), traceTypes);
    json diags = json::array();
    for (const auto& d : t.diagnostics) diags.push_back(diagnosticToJson(d));
    out = {{"ok", !t.code.empty()}, {"diagnostics", diags}};
    if (!t.code.empty()) {
      std::ofstream file(text("out"), std::ios::binary);
      file << t.code;
      if (!file) out = {{"ok", false}, {"diagnostics", json::array({diagnosticToJson({Severity::Error, "unwritable", "cannot write " + text("out"), {}})})}};
    }
  } else {
    return fail("unknown action '" + action + "' (run or transpile)");
  }
  out["id"] = id;
  out["seconds"] = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return out.dump();
}

}  // namespace pt::session
