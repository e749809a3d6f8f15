#pragma once
// The Python interpreter that tracing runs on. It runs the user's real code — control flow,
// helpers, checks — and sends every framework call through the frontend tables to the runtime.
// Interpreted code has no access to files, network, processes or the environment: there is no
// `open`, no `os`/`sys`/`subprocess`, and imports resolve only to framework modules, a few pure
// standard modules and the user's own source roots.
#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/Diagnostic.h"
#include "interp/CycleBreaker.h"
#include "interp/Objects.h"
#include "interp/Value.h"
#include "ir/Framework.h"
#include "ir/ObservedTypes.h"

namespace pt::interp {

class GraphRecorder;

struct Limits {
  int64_t maxSteps = 200'000'000;        // statements + calls + loop iterations
  int maxDepth = 300;                     // Python call depth
  int64_t maxTensorBytes = int64_t{2} << 30;  // a single tensor
  int64_t maxContainerItems = 50'000'000;     // a single list/tuple/range materialisation
  size_t maxGraphNodes = 1'000'000;           // one traced graph (a loop unrolled past this is runaway)
  int64_t maxRecordedBytes = int64_t{8} << 30;  // tensors a trace keeps alive, all together
  int64_t maxGeneratorItems = 1'000'000;      // values one generator may yield (they run eagerly)
};

class Interpreter {
 public:
  Interpreter();
  ~Interpreter();
  Interpreter(const Interpreter&) = delete;
  Interpreter& operator=(const Interpreter&) = delete;

  // ---- set-up ------------------------------------------------------------------------------
  void addSourceRoot(std::string directory);  // like an entry of sys.path
  Limits& limits() { return limits_; }
  // Checked between steps: returning true stops the run with a "cancelled" error (GUI cancel).
  void setCancelCheck(std::function<bool()> check) { cancelCheck_ = std::move(check); }
  // A wall-clock limit counted from now (0: none). A loop of cheap steps can take hours to
  // exhaust the step budget; this bounds any run for hosts without a cancel button (the CLI).
  void setTimeLimit(double seconds);
  // The limit every interpreter created afterwards starts with (a command-line tool sets it once).
  static void setDefaultTimeLimit(double seconds);

  // ---- running code ------------------------------------------------------------------------
  // Loads a module from source text (the host read the file). Throws PyException.
  std::shared_ptr<ModuleObject> loadModuleSource(const std::string& moduleName, const std::string& filename,
                                                 std::string sourceBytes, bool isPackage = false);
  // Imports a module by dotted name from the source roots (or a framework/stdlib module).
  Value importModule(const std::string& dottedName);
  void execSource(const std::string& code, const std::shared_ptr<ModuleObject>& scope, const std::string& filename);
  Value evalSource(const std::string& code, const std::shared_ptr<ModuleObject>& scope, const std::string& filename);
  Value callWith(const Value& callee, CallArgs args);
  Value call(const Value& callee, std::vector<Value> positional) { return callWith(callee, CallArgs{std::move(positional), {}}); }

  // ---- Python semantics used by objects and builtins ------------------------------------------------
  [[noreturn]] void raise(const std::string& type, const std::string& message, const std::string& reasonCode = "");
  [[noreturn]] void raiseValue(const Value& exception);
  Value getAttr(const Value& object, const std::string& name);
  std::optional<Value> tryGetAttr(const Value& object, const std::string& name);
  void setAttr(const Value& object, const std::string& name, Value value);
  Value getItem(const Value& container, const Value& index);
  void setItem(const Value& container, const Value& index, Value value);
  bool truthy(const Value& v);
  bool equals(const Value& a, const Value& b);
  std::string repr(const Value& v);
  std::string str(const Value& v);
  // Iterates lazily where the iterable allows (range); `body` returns false to stop early.
  void iterate(const Value& iterable, const std::function<bool(const Value&)>& body);
  std::vector<Value> toList(const Value& iterable);
  bool isInstance(const Value& v, const Value& classInfo);
  Value exceptionClass(const std::string& name) const;  // builtin exception classes
  void countStep();

  // ---- frameworks --------------------------------------------------------------------------
  Value wrapTensor(runtime::Tensor t, ir::Framework fw);
  ir::Framework ivyBackend() const { return ivyBackend_; }
  void setIvyBackend(ir::Framework fw) { ivyBackend_ = fw; }
  GraphRecorder* recorder() const { return recorder_; }
  void setRecorder(GraphRecorder* r) { recorder_ = r; }
  // Where the type of every evaluated expression is recorded (null: nothing is recorded, the
  // default). The source-to-source translator reads them where the source alone is silent.
  void setTypeObserver(ir::ObservedTypes* observer) { typeObserver_ = observer; }
  ir::ObservedTypes* typeObserver() const { return typeObserver_; }
  void observeType(const std::string& file, const syntax::Node& node, const Value& v);
  // Warnings interpreted code emitted (warnings.warn) and notes (decorators Polytrace ignored).
  Diagnostics& notes() { return notes_; }
  // What interpreted code printed (print()); the host decides where it goes.
  std::string& output() { return output_; }

  // ---- where we are -------------------------------------------------------------------------
  SourceLocation currentLocation() const;
  std::vector<std::string> currentScopePath() const;  // function names, outermost first

  // Extension points for the layers above (the interpreter depends on none of them):
  // a module made on first import (core/session: lazily transpiled packages), and a framework
  // function implemented by the host (core/session: ivy.trace_graph, ivy.transpile, ...). A
  // registered intrinsic is found before the framework's own tables.
  using ModuleFactory = std::function<Value(Interpreter&)>;
  void registerBuiltinModule(const std::string& name, ModuleFactory factory);
  bool hasBuiltinModule(const std::string& name) const { return builtinModules_.count(name) > 0; }
  void registerIntrinsic(const std::string& symbol, BuiltinFunction::Fn fn);
  const Value* hostIntrinsic(const std::string& symbol) const;
  bool hasHostIntrinsicUnder(const std::string& namespaceSymbol) const;

  // Internal: the evaluator's frame stack (see Frame in Evaluator.cpp).
  struct FrameInfo {
    std::string function;
    const ModuleObject* module = nullptr;
    const syntax::Node* node = nullptr;  // the statement or expression being evaluated
    const FunctionObject* callee = nullptr;  // the running Python function (for super())
    std::shared_ptr<Scope> locals;           // its local scope
    // A torch.nn.Module call (no Python code of its own): `function` is the module's name in its
    // parent (or its class name at the root). It stands for the forward() frame above it in
    // scope paths, so a graph groups by module: `run > Net > fc`.
    bool moduleCall = false;
  };
  std::vector<FrameInfo>& frames() { return frames_; }
  const std::unordered_map<std::string, Value>& builtins() const { return builtins_; }
  Value runFunction(FunctionObject& fn, CallArgs& args);
  // Runs a generator function's body to its end; `yielded` receives every value it yields.
  Value runGenerator(FunctionObject& fn, CallArgs& args, std::vector<Value>& yielded);
  // The next value of an iterator (iter(), generators, objects with __next__); nullopt at the end.
  std::optional<Value> nextOf(const Value& iterator);

 private:
  friend class Evaluator;
  Limits limits_;
  int64_t steps_ = 0;
  std::function<bool()> cancelCheck_;
  double timeLimitSeconds_ = 0;
  std::chrono::steady_clock::time_point deadline_{};
  std::vector<std::string> sourceRoots_;
  std::unordered_map<std::string, Value> builtins_;
  std::unordered_map<std::string, Value> modules_;   // sys.modules
  std::unordered_map<std::string, ModuleFactory> builtinModules_;
  std::unordered_map<std::string, Value> hostIntrinsics_;  // "ivy.trace_graph" → builtin
  std::vector<FrameInfo> frames_;
  ir::Framework ivyBackend_ = ir::Framework::Numpy;
  GraphRecorder* recorder_ = nullptr;
  ir::ObservedTypes* typeObserver_ = nullptr;
  Diagnostics notes_;
  std::string output_;
  CycleBreaker cycles_;  // empties module globals and closure scopes when the interpreter dies

  void addModuleFrame(PyException& e) const;
  void checkRecordingBudget();
  void installBuiltins();
  void installStandardModules();
  void installClassBuiltins();    // Classes.cpp: object, super, property, staticmethod, classmethod
  void installIterBuiltins();     // Generators.cpp: iter, next
  Value runFunctionBody(FunctionObject& fn, CallArgs& args, std::vector<Value>* yielded);
  Value loadFromSourceRoots(const std::string& dottedName);
  // The package `dottedName` for importing one of its submodules: the loaded module, or a shell
  // whose __init__ runs on first need (see ModuleObject::initPending). Null when no root has it.
  std::shared_ptr<ModuleObject> packageForSubmodule(const std::string& dottedName);
  void runModuleBody(const std::shared_ptr<ModuleObject>& mod);

 public:
  // Runs a lazily skipped package __init__ (ModuleObject::initPending) into the module.
  void runPendingInit(const std::shared_ptr<ModuleObject>& mod);
};

}  // namespace pt::interp
