#include "session/IvyApi.h"

#include <algorithm>
#include <chrono>
#include <map>

#include "codegen/GraphCodegen.h"
#include "s2s/Translator.h"
#include "session/FunctionSource.h"
#include "session/LazyTranspile.h"

namespace pt::session {

using interp::CallArgs;
using interp::Interpreter;
using interp::Value;

namespace {

using Clock = std::chrono::steady_clock;
double msSince(Clock::time_point start) { return std::chrono::duration<double, std::milli>(Clock::now() - start).count(); }

using Keywords = std::map<std::string, Value>;
using Registry = std::shared_ptr<IvyRegistry>;

const Value* keyword(const Keywords& k, const std::string& name) {
  auto it = k.find(name);
  return it == k.end() || it->second.isNone() ? nullptr : &it->second;
}

std::string nameOf(Interpreter& in, const Value& fn) {
  if (auto n = in.tryGetAttr(fn, "__name__"))
    if (auto* s = n->as<interp::StrObject>()) return s->value;
  if (auto* c = fn.as<interp::Callable>()) return c->name();
  return "function";
}

std::string direction(ir::Framework source, ir::Framework target) {
  return std::string(ir::frameworkName(source)) + " -> " + std::string(ir::frameworkName(target));
}

ir::Framework frameworkArg(Interpreter& in, const Value& v, const std::string& what) {
  auto* s = v.as<interp::StrObject>();
  auto fw = s ? ir::frameworkFromName(s->value) : std::nullopt;
  if (!fw) in.raise("ValueError", what + " must name a framework (torch, numpy, jax, tensorflow or ivy), got " + in.repr(v));
  return *fw;
}

// args= of an eager trace: the example inputs, positionally.
std::optional<std::vector<Value>> exampleArgs(Interpreter& in, const Keywords& k, const std::string& api) {
  if (const Value* kw = keyword(k, "kwargs")) {
    auto* d = kw->as<interp::DictObject>();
    if (!d || !d->items.empty())
      in.raise("NotImplementedError", api + "(kwargs=...): traced functions take their inputs positionally", "unsupported-api");
  }
  const Value* a = keyword(k, "args");
  if (!a) return std::nullopt;
  if (!a->as<interp::TupleObject>() && !a->as<interp::ListObject>())
    in.raise("TypeError", api + "(args=...) expects a tuple of example inputs, got " + std::string(a->typeName()));
  return in.toList(*a);
}

std::string errorsText(const Diagnostics& diagnostics) {
  std::string text;
  for (const auto& d : diagnostics)
    if (d.severity == Severity::Error) text += "\n  " + d.format();
  return text;
}

std::string firstErrorCode(const Diagnostics& diagnostics) {
  for (const auto& d : diagnostics)
    if (d.severity == Severity::Error) return d.code;
  return "untranslatable";
}

// Plain Python data (numbers, strings, tuples of them) means the same in every framework.
bool isPlainData(const Value& v) {
  if (!v.isObject()) return true;
  if (v.as<interp::StrObject>()) return true;
  const std::vector<Value>* items = nullptr;
  if (auto* t = v.as<interp::TupleObject>()) items = &t->items;
  if (auto* l = v.as<interp::ListObject>()) items = &l->items;
  return items && std::all_of(items->begin(), items->end(), isPlainData);
}

// Runs generated code as a fresh module and returns its function `name`. The translation holds
// what the defining source holds; constants the function reads from elsewhere in its module (a
// notebook's earlier cells) are carried over as they are now.
Value loadTranslated(Interpreter& in, IvyRegistry& registry, const std::string& name, const std::string& what,
                     const std::string& code, const interp::ModuleObject* origin = nullptr) {
  auto module = in.loadModuleSource(registry.uniqueModuleName("transpiled_" + name), "<" + name + " " + what + ">", code);
  if (origin)
    for (const auto& [key, value] : origin->globals)
      if (key.rfind("__", 0) != 0 && !module->globals.count(key) && isPlainData(value)) module->globals[key] = value;
  return in.getAttr(Value::object(module), name);
}

// ---- ivy.trace_graph, ivy.compile ------------------------------------------------------------------

Value traceGraph(Interpreter& in, const Registry& registry, const Value& fn, const Keywords& k, IvyKind kind) {
  std::string api(ivyKindName(kind));
  if (!fn.as<interp::Callable>()) in.raise("TypeError", api + "() expects a function, got " + std::string(fn.typeName()));
  auto args = exampleArgs(in, k, api);
  auto traced = std::make_shared<TracedCallable>(kind, in, fn, nameOf(in, fn), args ? trace::Mode::Eager : trace::Mode::Lazy);
  if (kind == IvyKind::Compile) traced->enablePasses();
  registry->callables.push_back(traced);
  if (args) traced->tracedFunction().traceWith(*args);
  return Value::object(traced);
}

// ---- ivy.transpile, ivy.unify ----------------------------------------------------------------------

// Source-to-source: the function's own source, no inputs needed, so always eager.
Value transpileSource(Interpreter& in, const Registry& registry, const Value& fn, std::optional<ir::Framework> source,
                      ir::Framework target, IvyKind kind) {
  std::string name = nameOf(in, fn);
  auto* f = fn.as<interp::FunctionObject>();
  auto src = f ? functionSource(*f) : std::nullopt;
  if (!src)
    in.raise("NotImplementedError", "'" + name + "' is not a module-level Python function, so it has no source to translate; "
                                        "pass args=(...) for a trace-based translation", "unsupported-api");
  if (!source) source = frameworkOfSource(src->text, src->filename);
  if (!source) in.raise("ValueError", "cannot tell which framework '" + name + "' is written in: give source=");
  auto start = Clock::now();
  s2s::Result r = s2s::translateFunction({src->text, src->filename, src->name, *source, target});
  if (!r.ok())
    in.raise("NotImplementedError", "cannot transpile " + name + " (" + direction(*source, target) + "):" + errorsText(r.diagnostics),
             firstErrorCode(r.diagnostics));
  Value translated = loadTranslated(in, *registry, src->name, "transpiled " + direction(*source, target), r.code, f->module.get());
  // What the tutorial's library prints when a function is done (the notebook's saved output).
  if (kind == IvyKind::Transpile) in.output() += "Transpilation of " + name + " complete.\n";
  auto c = std::make_shared<TranslatedCallable>(kind, fn, name, translated, r.code, msSince(start),
                                                "translated at ivy." + std::string(ivyKindName(kind)));
  registry->callables.push_back(c);
  return Value::object(c);
}

// Trace-based (the older tutorial's eager variant): traced on the example inputs now, the graph
// emitted as straight-line target code.
Value transpileTrace(Interpreter& in, const Registry& registry, const Value& fn, std::optional<ir::Framework> source,
                     ir::Framework target, const std::vector<Value>& args, IvyKind kind) {
  std::string name = nameOf(in, fn);
  if (!fn.as<interp::Callable>()) in.raise("TypeError", std::string(ivyKindName(kind)) + "() expects a function or a module");
  if (!source)
    if (auto* f = fn.as<interp::FunctionObject>())
      if (auto src = functionSource(*f)) source = frameworkOfSource(src->text, src->filename);
  auto start = Clock::now();
  trace::TracedFunction traced(in, fn, name, trace::Mode::Eager);
  // Inputs as a user of the source framework passes them (tf tensors become torch tensors, sharing data).
  traced.traceWith(source ? asFrameworkValues(in, args, *source) : args);
  const trace::CachedTrace& t = *traced.lastTrace();
  if (!t.guards.empty())
    in.raise("NotImplementedError", "a trace-based translation of " + name + " would silently drop what its Python code read "
                                        "from traced values (" + t.guards.front().loc.str() + ": " + t.guards.front().description +
                                        "); transpile without args= for a source-to-source translation", "trace-specialised");
  codegen::GraphCodegenOptions options;
  options.functionName = name;
  options.origin = name + (source ? " (" + std::string(ir::frameworkName(*source)) + ")" : "") + ", traced with " + t.signature;
  options.resultOutputs = t.resultOutputs;
  auto generated = codegen::generateFromGraph(*t.graph, target, options);
  if (!generated.ok())
    in.raise("NotImplementedError", "cannot emit the graph of " + name + " as " + std::string(ir::frameworkName(target)) + ":" +
                                        errorsText(generated.diagnostics), firstErrorCode(generated.diagnostics));
  Value translated = loadTranslated(in, *registry, name, "traced and transpiled to " + std::string(ir::frameworkName(target)),
                                    generated.code);
  if (kind == IvyKind::Transpile) in.output() += "Transpilation of " + name + " complete.\n";
  auto c = std::make_shared<TranslatedCallable>(kind == IvyKind::Transpile ? IvyKind::TranspileTrace : kind, fn, name, translated,
                                                generated.code, msSince(start),
                                                "traced and translated at ivy." + std::string(ivyKindName(kind)));
  registry->callables.push_back(c);
  return Value::object(c);
}

// A module: lazy. Nothing is translated until one of its functions is called.
Value transpileModule(Interpreter& in, const Registry& registry, const Value& module, std::optional<ir::Framework> source,
                      ir::Framework target, const Keywords& k) {
  const auto* m = module.as<interp::ModuleObject>();
  if (keyword(k, "args")) in.raise("TypeError", "transpile(module, args=...): a module is transpiled lazily, without inputs");
  if (!source && m->source) source = frameworkOfSource(m->source->source, m->filename);
  if (!source) in.raise("ValueError", "cannot tell which framework module '" + m->name + "' is written in: give source=");
  auto translations = std::make_shared<ModuleTranslations>(
      registry, *source, target, registry->uniqueModuleName(std::string(ir::frameworkName(target))));
  translations->registerPackage(in, *m);
  return Value::object(std::make_shared<LazyModule>(registry, translations, module));
}

Value transpile(Interpreter& in, const Registry& registry, const Value& object, const Keywords& k, IvyKind kind) {
  std::optional<ir::Framework> source;
  if (const Value* s = keyword(k, "source")) source = frameworkArg(in, *s, "source");
  ir::Framework target = ir::Framework::Ivy;
  if (kind == IvyKind::Transpile) {
    const Value* t = keyword(k, "target");
    const Value* to = keyword(k, "to");
    if (t && to) in.raise("TypeError", "transpile() takes target= or to=, not both");
    if (!t && !to) in.raise("TypeError", "transpile() needs the target framework: target= or to=");
    target = frameworkArg(in, t ? *t : *to, t ? "target" : "to");
  }
  if (object.as<interp::ModuleObject>()) return transpileModule(in, registry, object, source, target, k);
  if (object.as<interp::FrameworkNamespace>())
    in.raise("TypeError", std::string(ivyKindName(kind)) + "() translates user code, not the framework module " + in.repr(object));
  if (auto args = exampleArgs(in, k, std::string(ivyKindName(kind))))
    return transpileTrace(in, registry, object, source, target, *args, kind);
  return transpileSource(in, registry, object, source, target, kind);
}

// ---- the table, and decorator use --------------------------------------------------------------------

struct ApiFunction {
  const char* symbol;
  IvyKind kind;
  std::vector<std::string> keywords;
  Value (*apply)(Interpreter&, const Registry&, const Value& object, const Keywords&, IvyKind);
};

const std::vector<ApiFunction>& apiFunctions() {
  static const std::vector<ApiFunction> table = {
      {"ivy.trace_graph", IvyKind::TraceGraph, {"args", "kwargs"}, traceGraph},
      {"ivy.compile", IvyKind::Compile, {"args", "kwargs"}, traceGraph},
      {"ivy.transpile", IvyKind::Transpile, {"source", "target", "to", "args", "kwargs"}, transpile},
      {"ivy.unify", IvyKind::Unify, {"source", "args", "kwargs"}, transpile},
  };
  return table;
}

// ivy.X(fn, **options) applies at once; ivy.X(**options) returns the decorator that will.
Value invoke(Interpreter& in, const Registry& registry, const ApiFunction& api, CallArgs& a) {
  std::string shortName(ivyKindName(api.kind));
  Keywords k;
  for (const auto& [key, value] : a.keywords) {
    if (std::find(api.keywords.begin(), api.keywords.end(), key) == api.keywords.end())
      in.raise("TypeError", shortName + "() got an unexpected keyword argument '" + key + "'");
    k[key] = value;
  }
  if (a.positional.size() > 1)
    in.raise("NotImplementedError", shortName + "() of several objects at once is not supported: call it once per object",
             "unsupported-api");
  if (a.positional.size() == 1) return api.apply(in, registry, a.positional[0], k, api.kind);
  const ApiFunction* self = &api;
  return Value::object(std::make_shared<interp::BuiltinFunction>(
      shortName + ".<decorator>", [registry, self, k](Interpreter& in, CallArgs& c) {
        if (c.positional.size() != 1 || !c.keywords.empty())
          in.raise("TypeError", "a decorator takes exactly one function");
        return self->apply(in, registry, c.positional[0], k, self->kind);
      }));
}

}  // namespace

IvyApi::IvyApi(Interpreter& in) : registry_(std::make_shared<IvyRegistry>()) {
  for (const ApiFunction& api : apiFunctions()) {
    Registry registry = registry_;
    const ApiFunction* entry = &api;
    in.registerIntrinsic(api.symbol, [registry, entry](Interpreter& in, CallArgs& a) { return invoke(in, registry, *entry, a); });
  }
}

std::vector<std::shared_ptr<IvyCallable>> IvyApi::callables() const {
  std::vector<std::shared_ptr<IvyCallable>> alive;
  for (const auto& w : registry_->callables)
    if (auto c = w.lock()) alive.push_back(std::move(c));
  return alive;
}

}  // namespace pt::session
