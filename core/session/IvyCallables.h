#pragma once
// The Python objects the walkthrough's API hands to interpreted code: traced functions
// (ivy.trace_graph, ivy.compile), translated functions (ivy.transpile, ivy.unify) and the functions
// of a lazily transpiled module. Each keeps a call log — wall time, and whether the call did the
// heavy work (traced or translated) — which the IDE shows next to the graph.
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "interp/Interpreter.h"
#include "ir/Framework.h"
#include "passes/Passes.h"
#include "trace/TracedFunction.h"

namespace pt::session {

enum class IvyKind {
  TraceGraph,      // ivy.trace_graph
  Compile,         // ivy.compile: traced, then graph passes
  Transpile,       // ivy.transpile of a function, source-to-source
  TranspileTrace,  // ivy.transpile(..., args=...): traced, then graph codegen
  Unify,           // ivy.unify: transpiled to ivy
  ModuleFunction,  // a function of a lazily transpiled module
};
std::string_view ivyKindName(IvyKind kind);

class IvyCallable;

// What every object of one interpreter's ivy API shares: the list the IDE reads, and the
// translations lazily transpiled modules have made so far.
struct IvyRegistry {
  std::vector<std::weak_ptr<IvyCallable>> callables;  // creation order
  std::vector<std::string> translatedModules;          // "kornia.color: torch -> jax", in order
  int nextModuleId = 0;                                // for unique names of translated modules
  std::string uniqueModuleName(const std::string& stem) { return "__polytrace_" + stem + "_" + std::to_string(nextModuleId++) + "__"; }
};

class IvyCallable : public interp::Callable, public interp::HostObject {
 public:
  IvyCallable(IvyKind kind, std::string name, interp::Value wrapped) : kind_(kind), name_(std::move(name)), wrapped_(std::move(wrapped)) {}
  std::string_view typeName() const override { return "function"; }
  std::string name() const override { return name_; }
  std::optional<interp::Value> hostAttr(interp::Interpreter& in, const std::string& attr) override;
  std::string hostRepr() const override;

  IvyKind kind() const { return kind_; }
  virtual const std::vector<trace::CallRecord>& callLog() const { return log_; }
  // The traced function behind trace_graph/compile (graphs per signature), else null.
  virtual const trace::TracedFunction* traced() const { return nullptr; }
  // The translated Python module behind transpile/unify/module functions ("" until translated).
  virtual const std::string& translatedCode() const { return code_; }

 protected:
  void logCall(double ms, bool heavy, std::string signature, std::string why);

  IvyKind kind_;
  std::string name_;
  interp::Value wrapped_;  // the original function
  std::vector<trace::CallRecord> log_;
  std::string code_;
};

// ivy.trace_graph and ivy.compile: a trace::TracedFunction, lazy or eager.
class TracedCallable : public IvyCallable {
 public:
  TracedCallable(IvyKind kind, interp::Interpreter& in, interp::Value fn, std::string name, trace::Mode mode);
  interp::Value call(interp::Interpreter& in, interp::CallArgs& args) override;
  const std::vector<trace::CallRecord>& callLog() const override { return traced_.callLog(); }
  const trace::TracedFunction* traced() const override { return &traced_; }
  trace::TracedFunction& tracedFunction() { return traced_; }

  // ivy.compile: the graph of each signature as traced, before the passes, and what they did.
  struct Compiled {
    std::unique_ptr<ir::Graph> before;
    std::vector<passes::PassReport> reports;
  };
  void enablePasses();
  const std::map<std::string, Compiled>& compiled() const { return compiled_; }

 private:
  trace::TracedFunction traced_;
  std::map<std::string, Compiled> compiled_;
};

// ivy.transpile / ivy.unify of a function: the translated function, run by the interpreter on
// the target framework's semantics. Translation happened at creation (logged as such).
class TranslatedCallable : public IvyCallable {
 public:
  TranslatedCallable(IvyKind kind, interp::Value original, std::string name, interp::Value translated, std::string code,
                     double translateMs, std::string why);
  interp::Value call(interp::Interpreter& in, interp::CallArgs& args) override;

 private:
  interp::Value translated_;
};

// Re-wraps tensors of other frameworks as `fw` tensors (sharing data), as a user of `fw` would
// pass them; nested tuples and lists too. Ivy code takes any framework's tensors.
std::vector<interp::Value> asFrameworkValues(interp::Interpreter& in, const std::vector<interp::Value>& values, ir::Framework fw);

}  // namespace pt::session
