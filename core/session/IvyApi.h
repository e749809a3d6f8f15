#pragma once
// The walkthrough's own API inside the interpreter, so the tutorial's code runs unchanged:
//   ivy.trace_graph(fn)                      lazy: traces on the first call
//   ivy.trace_graph(fn, args=(x,))           eager: traces now
//   ivy.compile(fn[, args=...])              the same, and the graph passes run on every trace
//   ivy.transpile(fn, source=, target=|to=)  source-to-source, eager, needs no inputs
//   ivy.transpile(fn, ..., args=(x,))        trace-based: traced now, the graph emitted as code
//   ivy.transpile(module, source=, to=)      lazy: a proxy module, functions translated on first call
//   ivy.unify(fn, source=[, args=])          transpile to ivy
// each also as a decorator (@ivy.trace_graph, @ivy.transpile(source="torch", to="tensorflow")).
// core/interp depends on none of the layers this needs (trace, passes, codegen, s2s), so Session
// installs these through Interpreter::registerIntrinsic.
#include <memory>
#include <string>
#include <vector>

#include "interp/Interpreter.h"
#include "session/IvyCallables.h"

namespace pt::session {

class IvyApi {
 public:
  explicit IvyApi(interp::Interpreter& in);
  IvyApi(const IvyApi&) = delete;
  IvyApi& operator=(const IvyApi&) = delete;

  // Every function object the API created that is still alive, in creation order (the IDE's
  // call logs).
  std::vector<std::shared_ptr<IvyCallable>> callables() const;
  // Modules translated by lazy module transpiles so far ("kornia.color: torch -> jax"), in order.
  const std::vector<std::string>& translatedModules() const { return registry_->translatedModules; }

 private:
  std::shared_ptr<IvyRegistry> registry_;
};

}  // namespace pt::session
