#pragma once
// Python objects refer to each other in cycles (a module's functions hold the module; a nested
// function lives in the scope it closes over), and the interpreter's objects are reference
// counted, so such cycles would outlive the interpreter — a leak for every session the IDE
// opens. Instead of a cycle collector: the namespaces that close cycles (module globals, closure
// scopes) are recorded here and emptied when their interpreter goes away; values handed out
// keep their own data, only their links back into the interpreter's namespaces are cut.
#include <memory>
#include <unordered_map>

namespace pt::interp {

struct ModuleObject;
struct Scope;

class CycleBreaker {
 public:
  void track(const std::shared_ptr<ModuleObject>& module);
  void track(const std::shared_ptr<Scope>& closure);
  void breakAll();  // empties every namespace still alive

 private:
  template <class T>
  using Tracked = std::unordered_map<const T*, std::weak_ptr<T>>;
  Tracked<ModuleObject> modules_;
  Tracked<Scope> scopes_;
  size_t scopesAfterLastSweep_ = 0;  // closures made in a loop must not grow the table forever
};

}  // namespace pt::interp
