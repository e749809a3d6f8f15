#include "interp/Interpreter.h"

#include <algorithm>
#include <cstdio>
#include <stdexcept>

#include "interp/Evaluator.h"
#include "interp/GraphRecorder.h"
#include "interp/InPlace.h"

namespace pt::interp {

namespace {
double defaultTimeLimitSeconds = 0;
}

Interpreter::Interpreter() {
  if (defaultTimeLimitSeconds > 0) setTimeLimit(defaultTimeLimitSeconds);
  frames_.push_back({"<host>", nullptr, nullptr});
  installBuiltins();
  installStandardModules();
}

Interpreter::~Interpreter() { cycles_.breakAll(); }

void Interpreter::addSourceRoot(std::string directory) { sourceRoots_.push_back(std::move(directory)); }

void Interpreter::registerBuiltinModule(const std::string& name, ModuleFactory factory) {
  builtinModules_[name] = std::move(factory);
  modules_.erase(name);
}

void Interpreter::registerIntrinsic(const std::string& symbol, BuiltinFunction::Fn fn) {
  hostIntrinsics_[symbol] = Value::object(std::make_shared<BuiltinFunction>(symbol, std::move(fn)));
}

const Value* Interpreter::hostIntrinsic(const std::string& symbol) const {
  auto it = hostIntrinsics_.find(symbol);
  return it == hostIntrinsics_.end() ? nullptr : &it->second;
}

bool Interpreter::hasHostIntrinsicUnder(const std::string& namespaceSymbol) const {
  for (const auto& [symbol, fn] : hostIntrinsics_)
    if (symbol.rfind(namespaceSymbol + ".", 0) == 0) return true;
  return false;
}

// ---- errors ------------------------------------------------------------------------------------

void Interpreter::raise(const std::string& type, const std::string& message, const std::string& reasonCode) {
  Value cls = exceptionClass(type);
  auto inst = std::make_shared<InstanceObject>(cls.asShared<ClassObject>());
  inst->exceptionArgs.push_back(makeStr(message));
  PyException e;
  e.exception = Value::object(inst);
  e.type = type;
  e.message = message;
  e.reasonCode = reasonCode;
  e.traceback.push_back({frames_.back().function, currentLocation()});
  throw e;
}

void Interpreter::raiseValue(const Value& exception) {
  auto* inst = exception.as<InstanceObject>();
  if (!inst || !inst->cls->isException) raise("TypeError", "exceptions must derive from BaseException");
  PyException e;
  e.exception = exception;
  e.type = inst->cls->className;
  e.message = inst->exceptionArgs.empty() ? "" : str(inst->exceptionArgs[0]);
  e.traceback.push_back({frames_.back().function, currentLocation()});
  throw e;
}

std::string PyException::formatted() const {
  std::string out = "Traceback (most recent call last):\n";
  for (const auto& t : traceback)
    if (t.loc.known())
      out += "  File \"" + t.loc.file + "\", line " + std::to_string(t.loc.line) + ", in " + t.function + "\n";
  out += type;
  if (!message.empty()) out += ": " + message;
  return out;
}

void Interpreter::countStep() {
  if (++steps_ > limits_.maxSteps)
    raise("RuntimeError", "the interpreter's step budget (" + std::to_string(limits_.maxSteps) +
                              " steps) is exhausted: a runaway loop?", "step-budget");
  if ((steps_ & 0x3ff) == 0) {
    if (cancelCheck_ && cancelCheck_()) raise("KeyboardInterrupt", "cancelled", "cancelled");
    if (timeLimitSeconds_ > 0 && std::chrono::steady_clock::now() > deadline_) {
      char limit[32];
      std::snprintf(limit, sizeof limit, "%g", timeLimitSeconds_);
      raise("TimeoutError", std::string("the run passed its time limit of ") + limit + " s: a runaway loop?", "time-limit");
    }
  }
  if (recorder_) checkRecordingBudget();
}

void Interpreter::setDefaultTimeLimit(double seconds) { defaultTimeLimitSeconds = seconds; }

void Interpreter::setTimeLimit(double seconds) {
  timeLimitSeconds_ = seconds;
  deadline_ = std::chrono::steady_clock::now() +
              std::chrono::duration_cast<std::chrono::steady_clock::duration>(std::chrono::duration<double>(seconds));
}

void Interpreter::checkRecordingBudget() {
  if (recorder_->nodeCount() > limits_.maxGraphNodes)
    raise("RuntimeError", "the traced graph passed " + std::to_string(limits_.maxGraphNodes) +
                              " nodes: a loop over tensors that never ends, or one to unroll into a smaller graph?",
          "graph-budget");
  if (recorder_->keptBytes() > limits_.maxRecordedBytes)
    raise("MemoryError", "the tensors this trace keeps alive passed " + std::to_string(limits_.maxRecordedBytes >> 20) +
                             " MiB: a loop over large tensors that never ends?", "memory-budget");
}

// ---- locations -----------------------------------------------------------------------------------

SourceLocation Interpreter::currentLocation() const {
  // Polytrace's own Python (torch.nn) is not where the user's code is: its frames are skipped, so
  // an op a module records points at the line that called the module.
  for (auto it = frames_.rbegin(); it != frames_.rend(); ++it) {
    if (!it->node || !it->module || it->module->internal) continue;
    SourceLocation loc;
    loc.file = it->module->filename;
    loc.line = it->node->pos.lineno;
    loc.col = it->node->pos.col_offset + 1;
    loc.endLine = it->node->pos.end_lineno;
    loc.endCol = it->node->pos.end_col_offset + 1;
    return loc;
  }
  return {};
}

void Interpreter::observeType(const std::string& file, const syntax::Node& node, const Value& v) {
  using Kind = ir::ObservedType::Kind;
  ir::ObservedType t = ir::ObservedType::of(Kind::Other);
  switch (v.kind()) {
    case Value::Kind::None: t = ir::ObservedType::of(Kind::None); break;
    case Value::Kind::Bool: t = ir::ObservedType::of(Kind::Bool); break;
    case Value::Kind::Int: t = ir::ObservedType::of(Kind::Int); break;
    case Value::Kind::Float: t = ir::ObservedType::of(Kind::Float); break;
    case Value::Kind::Obj:
      if (auto* tensor = v.as<TensorObject>())
        t = ir::ObservedType::tensor(tensor->tensor.dtype(), static_cast<int>(tensor->tensor.shape().size()), tensor->framework);
      else if (v.as<StrObject>())
        t = ir::ObservedType::of(Kind::Str);
      else if (v.as<TupleObject>() || v.as<ListObject>())
        t = ir::ObservedType::of(Kind::Sequence);
      else if (v.as<DTypeObject>())
        t = ir::ObservedType::of(Kind::DType);
      break;
  }
  const auto& p = node.pos;
  typeObserver_->record(file, {p.lineno, p.col_offset, p.end_lineno, p.end_col_offset}, t);
}

std::vector<std::string> Interpreter::currentScopePath() const {
  std::vector<std::string> path;
  bool forwardOfModule = false;
  for (const auto& f : frames_) {
    if (f.moduleCall) {
      path.push_back(f.function);  // stands for the forward() frame that follows
      forwardOfModule = true;
      continue;
    }
    if (!f.module || f.function == "<module>") continue;
    bool skip = forwardOfModule || f.module->internal;
    forwardOfModule = false;
    if (!skip) path.push_back(f.function.substr(f.function.rfind('.') + 1));
  }
  return path;
}

// ---- running ------------------------------------------------------------------------------------

// The module-level frame of a traceback, once: an error raised by a module-level statement itself
// already names it.
void Interpreter::addModuleFrame(PyException& e) const {
  SourceLocation here = currentLocation();
  const auto& front = e.traceback.empty() ? TracebackEntry{} : e.traceback.front();
  if (front.function == "<module>" && front.loc.file == here.file && front.loc.line == here.line) return;
  e.traceback.insert(e.traceback.begin(), {"<module>", here});
}

std::shared_ptr<ModuleObject> Interpreter::loadModuleSource(const std::string& moduleName, const std::string& filename,
                                                            std::string sourceBytes, bool isPackage) {
  auto mod = std::make_shared<ModuleObject>();
  mod->name = moduleName;
  mod->filename = filename;
  mod->globals["__name__"] = makeStr(moduleName);
  mod->globals["__file__"] = makeStr(filename);
  mod->isPackage = isPackage;
  mod->source = std::make_shared<syntax::ParseResult>(syntax::parseModule(sourceBytes, filename));
  modules_[moduleName] = Value::object(mod);
  try {
    runModuleBody(mod);
  } catch (...) {
    modules_.erase(moduleName);
    throw;
  }
  return mod;
}

void Interpreter::runModuleBody(const std::shared_ptr<ModuleObject>& mod) {
  const syntax::ParseResult& parsed = *mod->source;
  if (!parsed.ok()) {
    const auto& err = parsed.errors.front();
    PyException e;
    e.type = err.type;
    e.message = err.message;
    e.reasonCode = "syntax-error";
    e.traceback.push_back({"<module>", SourceLocation{mod->filename, err.lineno, err.offset, err.end_lineno, err.end_offset}});
    e.exception = Value::none();
    throw e;
  }
  frames_.push_back({"<module>", mod.get(), nullptr});
  try {
    Evaluator ev(*this, mod, nullptr, "<module>");
    ev.execBlock(parsed.module->body);
  } catch (PyException& e) {
    addModuleFrame(e);
    frames_.pop_back();
    throw;
  } catch (...) {
    frames_.pop_back();
    throw;
  }
  frames_.pop_back();
}

void Interpreter::execSource(const std::string& code, const std::shared_ptr<ModuleObject>& scope,
                             const std::string& filename) {
  auto parsed = std::make_shared<syntax::ParseResult>(syntax::parseModule(code, filename));
  if (!parsed->ok()) {
    const auto& err = parsed->errors.front();
    PyException e;
    e.type = err.type;
    e.message = err.message;
    e.reasonCode = "syntax-error";
    e.traceback.push_back({"<setup>", SourceLocation{filename, err.lineno, err.offset, 0, 0}});
    throw e;
  }
  // The AST must outlive functions defined by this code: keep it with the module.
  auto holder = std::make_shared<ModuleObject>();
  holder->source = parsed;
  scope->globals["__polytrace_source_" + std::to_string(scope->globals.size())] = Value::object(holder);
  auto savedFile = scope->filename;
  scope->filename = filename;
  frames_.push_back({"<module>", scope.get(), nullptr});
  try {
    Evaluator ev(*this, scope, nullptr, "<module>");
    ev.execBlock(parsed->module->body);
  } catch (PyException& e) {
    addModuleFrame(e);
    frames_.pop_back();
    scope->filename = savedFile;
    throw;
  } catch (...) {
    frames_.pop_back();
    scope->filename = savedFile;
    throw;
  }
  frames_.pop_back();
  scope->filename = savedFile;
}

Value Interpreter::evalSource(const std::string& code, const std::shared_ptr<ModuleObject>& scope,
                              const std::string& filename) {
  // Evaluate as the single expression statement `__polytrace_value__ = (code)`.
  std::string wrapped = "__polytrace_value__ = (" + code + "\n)";
  execSource(wrapped, scope, filename);
  Value v = scope->globals["__polytrace_value__"];
  scope->globals.erase("__polytrace_value__");
  return v;
}

Value Interpreter::callWith(const Value& callee, CallArgs args) {
  countStep();
  if (auto* c = callee.as<Callable>()) return c->call(*this, args);
  if (callee.as<InstanceObject>())
    if (auto m = tryGetAttr(callee, "__call__")) return callWith(*m, std::move(args));
  raise("TypeError", "'" + std::string(callee.typeName()) + "' object is not callable");
}

Value FunctionObject::call(Interpreter& in, CallArgs& args) { return in.runFunction(*this, args); }

Value BuiltinFunction::call(Interpreter& in, CallArgs& args) {
  // Builtins read their arguments with positional.at(i): too few arguments is the caller's
  // TypeError, not a crash.
  try {
    return fn(in, args);
  } catch (const std::out_of_range&) {
    in.raise("TypeError", fnName + "() is missing a required argument");
  }
}

std::string BoundMethod::name() const {
  if (auto* c = function.as<Callable>()) return c->name();
  return "method";
}

Value BoundMethod::call(Interpreter& in, CallArgs& args) {
  args.positional.insert(args.positional.begin(), self);
  return in.callWith(function, std::move(args));
}

Value Interpreter::runFunction(FunctionObject& fn, CallArgs& args) {
  if (fn.isGenerator) {
    // Calling a generator function runs nothing yet: the body runs when a value is first needed.
    auto gen = std::make_shared<IteratorObject>();
    gen->generator = fn.shared_from_this();
    gen->isGenerator = true;
    gen->generatorArgs = args;
    return Value::object(gen);
  }
  return runFunctionBody(fn, args, nullptr);
}

Value Interpreter::runFunctionBody(FunctionObject& fn, CallArgs& args, std::vector<Value>* yielded) {
  if (static_cast<int>(frames_.size()) > limits_.maxDepth)
    raise("RecursionError", "maximum recursion depth exceeded (" + std::to_string(limits_.maxDepth) + " calls)",
          "recursion-limit");
  const syntax::Arguments& p = *fn.params;
  auto scope = std::make_shared<Scope>();
  scope->enclosing = fn.closure;
  std::string fname = fn.def ? fn.def->name : "<lambda>";
  std::vector<const syntax::Arg*> positional(p.posonlyargs.begin(), p.posonlyargs.end());
  positional.insert(positional.end(), p.args.begin(), p.args.end());
  size_t nPos = std::min(args.positional.size(), positional.size());
  for (size_t i = 0; i < nPos; ++i) scope->vars[positional[i]->arg] = args.positional[i];
  if (args.positional.size() > positional.size()) {
    if (!p.vararg)
      raise("TypeError", fname + "() takes " + std::to_string(positional.size()) + " positional argument" +
                             (positional.size() == 1 ? "" : "s") + " but " + std::to_string(args.positional.size()) +
                             (args.positional.size() == 1 ? " was" : " were") + " given");
    scope->vars[p.vararg->arg] =
        makeTuple(std::vector<Value>(args.positional.begin() + static_cast<long>(positional.size()), args.positional.end()));
  } else if (p.vararg) {
    scope->vars[p.vararg->arg] = makeTuple({});
  }
  auto kwargs = std::make_shared<DictObject>();
  for (auto& [k, v] : args.keywords) {
    bool isParam = false;
    for (size_t i = p.posonlyargs.size(); i < positional.size(); ++i)
      if (positional[i]->arg == k) isParam = true;
    for (const auto* a : p.kwonlyargs)
      if (a->arg == k) isParam = true;
    if (isParam) {
      if (scope->vars.count(k)) raise("TypeError", fname + "() got multiple values for argument '" + k + "'");
      scope->vars[k] = v;
    } else if (p.kwarg) {
      kwargs->set(makeStr(k), v);
    } else {
      raise("TypeError", fname + "() got an unexpected keyword argument '" + k + "'");
    }
  }
  if (p.kwarg) scope->vars[p.kwarg->arg] = Value::object(kwargs);
  size_t firstDefault = positional.size() - fn.defaults.size();
  for (size_t i = 0; i < positional.size(); ++i) {
    if (scope->vars.count(positional[i]->arg)) continue;
    if (i >= firstDefault) scope->vars[positional[i]->arg] = fn.defaults[i - firstDefault];
    else raise("TypeError", fname + "() missing required positional argument: '" + positional[i]->arg + "'");
  }
  for (const auto* a : p.kwonlyargs) {
    if (scope->vars.count(a->arg)) continue;
    auto d = fn.kwDefaults.find(a->arg);
    if (d == fn.kwDefaults.end()) raise("TypeError", fname + "() missing required keyword-only argument: '" + a->arg + "'");
    scope->vars[a->arg] = d->second;
  }

  frames_.push_back({fn.qualname, fn.module.get(), nullptr, &fn, scope});
  Value result;
  try {
    Evaluator ev(*this, fn.module, scope, fn.qualname, yielded);
    if (fn.lambdaBody) {
      result = ev.eval(*fn.lambdaBody);
    } else {
      if (ev.execBlock(fn.def->body) == Evaluator::Flow::Return) result = ev.returnValue();
    }
    // A view returned after its base was written shows the base's current data.
    refreshViews(*this, result);
  } catch (PyException& e) {
    // Add this frame to the traceback (outer frames are added as the exception unwinds).
    if (e.traceback.empty() || e.traceback.front().function != fn.qualname ||
        e.traceback.front().loc.line != currentLocation().line)
      e.traceback.insert(e.traceback.begin(), {fn.qualname, currentLocation()});
    frames_.pop_back();
    throw;
  }
  frames_.pop_back();
  return result;
}

// ---- imports -----------------------------------------------------------------------------------

Value Interpreter::importModule(const std::string& dottedName) {
  auto it = modules_.find(dottedName);
  if (it != modules_.end()) return it->second;
  // Framework modules: any prefix the API tables know.
  static const std::pair<const char*, ir::Framework> kFrameworkRoots[] = {
      {"torch", ir::Framework::Torch},          {"numpy", ir::Framework::Numpy}, {"jax", ir::Framework::Jax},
      {"tensorflow", ir::Framework::TensorFlow}, {"ivy", ir::Framework::Ivy},
  };
  std::string top = dottedName.substr(0, dottedName.find('.'));
  for (const auto& [root, fw] : kFrameworkRoots) {
    if (top != root) continue;
    if (dottedName != root && !frontends::ApiTable::instance().isNamespace(dottedName) &&
        !builtinModules_.count(dottedName))
      raise("ModuleNotFoundError", "No module named '" + dottedName + "' (not modelled by Polytrace)", "unsupported-api");
    Value v;
    if (auto f = builtinModules_.find(dottedName); f != builtinModules_.end()) v = f->second(*this);
    else v = Value::object(std::make_shared<FrameworkNamespace>(dottedName, fw));
    modules_[dottedName] = v;
    return v;
  }
  if (auto f = builtinModules_.find(dottedName); f != builtinModules_.end()) {
    Value v = f->second(*this);
    modules_[dottedName] = v;
    return v;
  }
  return loadFromSourceRoots(dottedName);
}

// ---- misc ----------------------------------------------------------------------------------------

Value Interpreter::wrapTensor(runtime::Tensor t, ir::Framework fw) {
  return Value::object(std::make_shared<TensorObject>(std::move(t), fw));
}

std::string_view TensorObject::typeName() const {
  switch (framework) {
    case ir::Framework::Torch: return "Tensor";
    case ir::Framework::Numpy: return "ndarray";
    case ir::Framework::Jax: return "ArrayImpl";
    case ir::Framework::TensorFlow: return "EagerTensor";
    case ir::Framework::Ivy: return "Array";
  }
  return "Tensor";
}

Value Interpreter::exceptionClass(const std::string& name) const {
  auto it = builtins_.find(name);
  if (it != builtins_.end() && it->second.as<ClassObject>()) return it->second;
  return builtins_.at("Exception");
}

Value makeStr(std::string s) { return Value::object(std::make_shared<StrObject>(std::move(s))); }
Value makeTuple(std::vector<Value> items) { return Value::object(std::make_shared<TupleObject>(std::move(items))); }
Value makeList(std::vector<Value> items) { return Value::object(std::make_shared<ListObject>(std::move(items))); }

}  // namespace pt::interp
