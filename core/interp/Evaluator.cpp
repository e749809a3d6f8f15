#include "interp/Evaluator.h"

#include <algorithm>
#include <exception>

#include "base/FloatRepr.h"
#include "interp/FrameworkBridge.h"
#include "interp/InPlace.h"
#include "interp/StdModules.h"

namespace pt::interp {

using namespace syntax;

namespace {
// Keeps the frame's "current node" pointing at what runs, for locations and tracebacks. While an
// exception unwinds, the node stays where it was raised so the traceback can name the line.
struct NodeMark {
  Interpreter& in;
  const Node* saved;
  int exceptions = std::uncaught_exceptions();
  NodeMark(Interpreter& i, const Node* n) : in(i), saved(i.frames().back().node) { i.frames().back().node = n; }
  ~NodeMark() {
    if (std::uncaught_exceptions() == exceptions) in.frames().back().node = saved;
  }
};
}  // namespace

Evaluator::Evaluator(Interpreter& in, std::shared_ptr<ModuleObject> module, std::shared_ptr<Scope> scope,
                     std::string function, std::vector<Value>* yielded)
    : in_(in), module_(std::move(module)), scope_(std::move(scope)), function_(std::move(function)), yielded_(yielded) {
  in_.cycles_.track(module_);
}

// ---- names -----------------------------------------------------------------------------------

Value Evaluator::lookup(const std::string& name, const Node&) {
  if (scope_) {
    bool declaredGlobal = std::find(scope_->globalNames.begin(), scope_->globalNames.end(), name) != scope_->globalNames.end();
    if (!declaredGlobal)
      for (Scope* s = scope_.get(); s; s = s->enclosing.get()) {
        auto it = s->vars.find(name);
        if (it != s->vars.end()) return it->second;
      }
  }
  auto g = module_->globals.find(name);
  if (g != module_->globals.end()) return g->second;
  auto b = in_.builtins().find(name);
  if (b != in_.builtins().end()) return b->second;
  in_.raise("NameError", "name '" + name + "' is not defined");
}

void Evaluator::bind(const std::string& name, Value v) {
  if (scope_ && std::find(scope_->globalNames.begin(), scope_->globalNames.end(), name) == scope_->globalNames.end()) {
    if (scope_->recordOrder && !scope_->vars.count(name)) scope_->order.push_back(name);
    scope_->vars[name] = std::move(v);
    return;
  }
  module_->globals[name] = std::move(v);
}

void Evaluator::unbind(const std::string& name) {
  if (scope_ && scope_->vars.erase(name)) return;
  if (!module_->globals.erase(name)) in_.raise("NameError", "name '" + name + "' is not defined");
}

// ---- statements --------------------------------------------------------------------------------

Evaluator::Flow Evaluator::execBlock(const std::vector<Stmt*>& body) {
  for (const Stmt* s : body) {
    Flow f = exec(*s);
    if (f != Flow::Normal) return f;
  }
  return Flow::Normal;
}

Evaluator::Flow Evaluator::exec(const Stmt& s) {
  NodeMark mark(in_, &s);
  in_.countStep();
  switch (s.kind) {
    case StmtKind::ExprStmt: eval(*static_cast<const ExprStmt&>(s).value); return Flow::Normal;
    case StmtKind::Assign: {
      const auto& a = static_cast<const Assign&>(s);
      Value v = eval(*a.value);
      for (const Expr* t : a.targets) assign(*t, v);
      return Flow::Normal;
    }
    case StmtKind::AnnAssign: {
      const auto& a = static_cast<const AnnAssign&>(s);
      if (scope_ && scope_->recordOrder && a.target->kind == ExprKind::Name) recordAnnotation(a);
      if (a.value) assign(*a.target, eval(*a.value));
      return Flow::Normal;
    }
    case StmtKind::AugAssign: execAugAssign(static_cast<const AugAssign&>(s)); return Flow::Normal;
    case StmtKind::Return: {
      const auto& r = static_cast<const Return&>(s);
      returnValue_ = r.value ? eval(*r.value) : Value::none();
      return Flow::Return;
    }
    case StmtKind::If: return execIf(static_cast<const If&>(s));
    case StmtKind::While: return execWhile(static_cast<const While&>(s));
    case StmtKind::For: return execFor(static_cast<const For&>(s));
    case StmtKind::Break: return Flow::Break;
    case StmtKind::Continue: return Flow::Continue;
    case StmtKind::Pass: return Flow::Normal;
    case StmtKind::FunctionDef: execFunctionDef(static_cast<const FunctionDef&>(s)); return Flow::Normal;
    case StmtKind::ClassDef: execClassDef(static_cast<const ClassDef&>(s)); return Flow::Normal;
    case StmtKind::Import: execImport(static_cast<const Import&>(s)); return Flow::Normal;
    case StmtKind::ImportFrom: execImportFrom(static_cast<const ImportFrom&>(s)); return Flow::Normal;
    case StmtKind::Raise: execRaise(static_cast<const Raise&>(s)); return Flow::Normal;
    case StmtKind::Try: return execTry(static_cast<const Try&>(s));
    case StmtKind::With: return execWith(static_cast<const With&>(s));
    case StmtKind::Delete: execDelete(static_cast<const Delete&>(s)); return Flow::Normal;
    case StmtKind::Assert: {
      const auto& a = static_cast<const Assert&>(s);
      if (!in_.truthy(eval(*a.test))) in_.raise("AssertionError", a.msg ? in_.str(eval(*a.msg)) : "");
      return Flow::Normal;
    }
    case StmtKind::Global: {
      const auto& g = static_cast<const Global&>(s);
      if (scope_) scope_->globalNames.insert(scope_->globalNames.end(), g.names.begin(), g.names.end());
      return Flow::Normal;
    }
    case StmtKind::Nonlocal: return Flow::Normal;  // enclosing scopes are shared objects already
    default:
      in_.raise("NotImplementedError", std::string("Polytrace's interpreter does not run '") + name(s.kind) +
                                           "' statements yet", "unsupported-syntax");
  }
}

Evaluator::Flow Evaluator::execIf(const If& s) {
  if (in_.truthy(eval(*s.test))) return execBlock(s.body);
  return execBlock(s.orelse);
}

Evaluator::Flow Evaluator::execWhile(const While& s) {
  while (in_.truthy(eval(*s.test))) {
    Flow f = execBlock(s.body);
    if (f == Flow::Return) return f;
    if (f == Flow::Break) return Flow::Normal;
  }
  return execBlock(s.orelse);
}

Evaluator::Flow Evaluator::execFor(const For& s) {
  Flow result = Flow::Normal;
  bool broke = false;
  in_.iterate(eval(*s.iter), [&](const Value& item) {
    assign(*s.target, item);
    Flow f = execBlock(s.body);
    if (f == Flow::Return) {
      result = f;
      return false;
    }
    if (f == Flow::Break) {
      broke = true;
      return false;
    }
    return true;
  });
  if (result == Flow::Return) return result;
  if (!broke) return execBlock(s.orelse);
  return Flow::Normal;
}

Evaluator::Flow Evaluator::execTry(const Try& s) {
  Flow flow = Flow::Normal;
  auto runFinally = [&]() {
    Flow f = execBlock(s.finalbody);
    if (f != Flow::Normal) flow = f;
  };
  try {
    flow = execBlock(s.body);
  } catch (PyException& e) {
    if (!e.reasonCode.empty() && (e.reasonCode == "step-budget" || e.reasonCode == "cancelled")) throw;
    const ExceptHandler* match = nullptr;
    for (const ExceptHandler* h : s.handlers) {
      if (!h->type || in_.isInstance(e.exception, eval(*h->type))) {
        match = h;
        break;
      }
    }
    if (!match) {
      runFinally();
      throw;
    }
    auto saved = handling_;
    handling_ = e;
    if (match->name) bind(*match->name, e.exception);
    try {
      flow = execBlock(match->body);
    } catch (...) {
      handling_ = saved;
      runFinally();
      throw;
    }
    handling_ = saved;
    runFinally();
    return flow;
  }
  if (flow == Flow::Normal) flow = execBlock(s.orelse);
  runFinally();
  return flow;
}

Evaluator::Flow Evaluator::execWith(const With& s) {
  // Context managers the array libraries use (torch.no_grad(), warnings.catch_warnings()) only
  // change state tracing does not model; __enter__/__exit__ run when the object defines them.
  std::vector<Value> managers;
  for (const WithItem* item : s.items) {
    Value m = eval(*item->context_expr);
    Value entered = m;
    if (auto enter = in_.tryGetAttr(m, "__enter__")) entered = in_.call(*enter, {});
    if (item->optional_vars) assign(*item->optional_vars, entered);
    managers.push_back(m);
  }
  auto exitAll = [&]() {
    for (auto it = managers.rbegin(); it != managers.rend(); ++it)
      if (auto exit = in_.tryGetAttr(*it, "__exit__")) in_.call(*exit, {Value::none(), Value::none(), Value::none()});
  };
  Flow f;
  try {
    f = execBlock(s.body);
  } catch (...) {
    exitAll();
    throw;
  }
  exitAll();
  return f;
}

void Evaluator::execAugAssign(const AugAssign& s) {
  Value rhs = eval(*s.value);
  switch (s.target->kind) {
    case ExprKind::Name: {
      const auto& n = static_cast<const Name&>(*s.target);
      Value current = lookup(n.id, n);
      Value result = binaryOp(in_, s.op, current, rhs);
      // torch and numpy tensors update in place (x += y writes into x, its aliases and its base).
      if (auto t = current.asShared<TensorObject>();
          t && (t->framework == ir::Framework::Torch || t->framework == ir::Framework::Numpy) && result.as<TensorObject>()) {
        assignInPlace(in_, t, result.as<TensorObject>()->tensor);
        return;
      }
      bind(n.id, result);
      return;
    }
    case ExprKind::Attribute: {
      const auto& a = static_cast<const Attribute&>(*s.target);
      Value obj = eval(*a.value);
      in_.setAttr(obj, a.attr, binaryOp(in_, s.op, in_.getAttr(obj, a.attr), rhs));
      return;
    }
    case ExprKind::Subscript: {
      const auto& sub = static_cast<const Subscript&>(*s.target);
      Value obj = eval(*sub.value);
      Value index = evalSubscriptIndex(*sub.slice);
      in_.setItem(obj, index, binaryOp(in_, s.op, in_.getItem(obj, index), rhs));
      return;
    }
    default: in_.raise("SyntaxError", "illegal expression for augmented assignment");
  }
}

void Evaluator::execDelete(const Delete& s) {
  for (const Expr* t : s.targets) {
    if (t->kind == ExprKind::Name) {
      unbind(static_cast<const Name*>(t)->id);
    } else if (t->kind == ExprKind::Subscript) {
      const auto* sub = static_cast<const Subscript*>(t);
      Value obj = eval(*sub->value);
      Value index = evalSubscriptIndex(*sub->slice);
      if (auto* d = obj.as<DictObject>()) {
        if (!d->erase(index)) in_.raise("KeyError", in_.repr(index));
      } else if (auto* l = obj.as<ListObject>(); l && index.isInt()) {
        int64_t i = index.asInt(), n = static_cast<int64_t>(l->items.size());
        if (i < 0) i += n;
        if (i < 0 || i >= n) in_.raise("IndexError", "list assignment index out of range");
        l->items.erase(l->items.begin() + i);
      } else {
        in_.raise("TypeError", std::string("'") + std::string(obj.typeName()) + "' object doesn't support item deletion");
      }
    } else if (t->kind == ExprKind::Attribute) {
      const auto* a = static_cast<const Attribute*>(t);
      Value obj = eval(*a->value);
      if (auto* inst = obj.as<InstanceObject>()) inst->attrs.erase(a->attr);
    }
  }
}

void Evaluator::execRaise(const Raise& s) {
  if (!s.exc) {
    if (handling_) throw *handling_;
    in_.raise("RuntimeError", "No active exception to reraise");
  }
  Value exc = eval(*s.exc);
  if (auto* cls = exc.as<ClassObject>()) {
    (void)cls;
    exc = in_.call(exc, {});
  }
  in_.raiseValue(exc);
}

std::shared_ptr<FunctionObject> Evaluator::makeFunction(const std::string& fname, const Arguments* params,
                                                        const FunctionDef* def, const Expr* lambdaBody) {
  auto fn = std::make_shared<FunctionObject>();
  fn->qualname = fname;
  fn->params = params;
  fn->def = def;
  fn->lambdaBody = lambdaBody;
  fn->module = module_;
  fn->closure = scope_;
  in_.cycles_.track(scope_);
  for (const Expr* d : params->defaults) fn->defaults.push_back(eval(*d));
  for (size_t i = 0; i < params->kwonlyargs.size(); ++i)
    if (i < params->kw_defaults.size() && params->kw_defaults[i])
      fn->kwDefaults[params->kwonlyargs[i]->arg] = eval(*params->kw_defaults[i]);
  fn->attributes["__name__"] = makeStr(def ? def->name : "<lambda>");
  fn->attributes["__qualname__"] = makeStr(fname);
  fn->attributes["__module__"] = makeStr(module_->name);
  if (def) fn->isGenerator = containsYield(def->body);
  return fn;
}

void Evaluator::execFunctionDef(const FunctionDef& s) {
  if (s.kind == StmtKind::AsyncFunctionDef)
    in_.raise("NotImplementedError", "async functions are not run by Polytrace's interpreter", "unsupported-syntax");
  // In a class body the class prefixes the name itself (buildClass).
  bool plain = function_.empty() || function_ == "<module>" || (scope_ && scope_->recordOrder);
  std::string qual = plain ? s.name : function_ + ".<locals>." + s.name;
  Value fn = Value::object(makeFunction(s.name, s.args, &s, nullptr));
  fn.as<FunctionObject>()->qualname = qual;
  for (auto it = s.decorator_list.rbegin(); it != s.decorator_list.rend(); ++it) fn = in_.call(eval(**it), {fn});
  bind(s.name, fn);
}

void Evaluator::execClassDef(const ClassDef& s) {
  std::vector<Value> bases;
  for (const Expr* b : s.bases) bases.push_back(eval(*b));
  std::vector<std::pair<std::string, Value>> keywords;
  for (const Keyword* k : s.keywords)
    if (k->arg) keywords.emplace_back(*k->arg, eval(*k->value));
  // The class body runs in its own namespace; functions defined there see the module, not it.
  auto ns = std::make_shared<Scope>();
  ns->recordOrder = true;
  Evaluator body(in_, module_, ns, s.name);
  body.execBlock(s.body);
  Value clsValue = buildClass(in_, s.name, module_->name, bases, *ns, keywords);
  for (auto it = s.decorator_list.rbegin(); it != s.decorator_list.rend(); ++it)
    clsValue = in_.call(eval(**it), {clsValue});
  bind(s.name, clsValue);
}

// `x: T` in a class body goes into the class's __annotations__ (dataclass fields). An annotation
// that cannot be evaluated (a forward reference, a name Polytrace does not model) is kept as None:
// only its presence matters to the interpreter.
void Evaluator::recordAnnotation(const AnnAssign& a) {
  Value annotation;
  try {
    annotation = eval(*a.annotation);
  } catch (const PyException& e) {
    if (e.reasonCode == "step-budget" || e.reasonCode == "cancelled") throw;
  }
  Value& dict = scope_->vars["__annotations__"];
  if (!dict.as<DictObject>()) dict = Value::object(std::make_shared<DictObject>());
  dict.as<DictObject>()->set(makeStr(static_cast<const Name&>(*a.target).id), annotation);
}

Value Evaluator::evalYield(const Expr& e) {
  if (!yielded_) in_.raise("SyntaxError", "'yield' outside function");
  auto push = [&](const Value& v) {
    if (static_cast<int64_t>(yielded_->size()) >= in_.limits().maxGeneratorItems)
      in_.raise("RuntimeError", "generator '" + function_ + "' yielded more than " + std::to_string(in_.limits().maxGeneratorItems) +
                                    " values: Polytrace runs a generator to its end before its values are used, so "
                                    "infinite generators are not supported", "generator-unbounded");
    yielded_->push_back(v);
  };
  if (e.kind == ExprKind::Yield) {
    const auto& y = static_cast<const Yield&>(e);
    push(y.value ? eval(*y.value) : Value::none());
    return Value::none();  // generator.send() is not supported: `yield` evaluates to None
  }
  Value source = eval(*static_cast<const YieldFrom&>(e).value);
  in_.iterate(source, [&](const Value& v) {
    push(v);
    return true;
  });
  if (auto* g = source.as<IteratorObject>()) return g->returnValue;
  return Value::none();
}

void Evaluator::execImport(const Import& s) {
  for (const Alias* a : s.names) {
    Value mod = in_.importModule(a->name);
    if (a->asname) {
      bind(*a->asname, mod);
    } else {
      // `import a.b.c` binds `a` (and makes sure a.b.c is loaded).
      std::string top = a->name.substr(0, a->name.find('.'));
      bind(top, top == a->name ? mod : in_.importModule(top));
    }
  }
}

void Evaluator::execImportFrom(const ImportFrom& s) {
  std::string base = s.module.value_or("");
  if (s.level > 0) {
    // Relative import: resolve against this module's package.
    std::string pkg = module_->isPackage ? module_->name : module_->name.substr(0, module_->name.rfind('.') == std::string::npos ? 0 : module_->name.rfind('.'));
    for (int i = 1; i < s.level; ++i) pkg = pkg.substr(0, pkg.rfind('.') == std::string::npos ? 0 : pkg.rfind('.'));
    base = base.empty() ? pkg : (pkg.empty() ? base : pkg + "." + base);
  }
  Value mod = in_.importModule(base);
  for (const Alias* a : s.names) {
    if (a->name == "*") {
      if (auto m = mod.asShared<ModuleObject>()) {
        in_.runPendingInit(m);
        for (auto& [k, v] : m->globals)
          if (!k.empty() && k[0] != '_') bind(k, v);
      }
      continue;
    }
    std::optional<Value> v = in_.tryGetAttr(mod, a->name);
    // A framework name Polytrace does not model is reported when used, not when imported: a
    // module that imports it may well run without it.
    if (!v)
      if (auto* ns = mod.as<FrameworkNamespace>()) v = unmodelledFrameworkSymbol(ns->symbol + "." + a->name);
    if (!v)
      if (auto* m = mod.as<ModuleObject>(); m && isBuiltinModule(*m)) v = unmodelledFrameworkSymbol(m->name + "." + a->name);
    if (!v) v = in_.importModule(base + "." + a->name);
    bind(a->asname.value_or(a->name), *v);
  }
}

// ---- assignment targets ---------------------------------------------------------------------

void Evaluator::assign(const Expr& target, const Value& value) {
  switch (target.kind) {
    case ExprKind::Name: bind(static_cast<const Name&>(target).id, value); return;
    case ExprKind::Attribute: {
      const auto& a = static_cast<const Attribute&>(target);
      in_.setAttr(eval(*a.value), a.attr, value);
      return;
    }
    case ExprKind::Subscript: {
      const auto& s = static_cast<const Subscript&>(target);
      Value obj = eval(*s.value);
      in_.setItem(obj, evalSubscriptIndex(*s.slice), value);
      return;
    }
    case ExprKind::Tuple:
    case ExprKind::List: {
      const auto& elts = target.kind == ExprKind::Tuple ? static_cast<const Tuple&>(target).elts
                                                        : static_cast<const List&>(target).elts;
      std::vector<Value> items = in_.toList(value);
      size_t star = elts.size();
      for (size_t i = 0; i < elts.size(); ++i)
        if (elts[i]->kind == ExprKind::Starred) star = i;
      if (star == elts.size()) {
        if (items.size() != elts.size())
          in_.raise("ValueError", items.size() > elts.size()
                                      ? "too many values to unpack (expected " + std::to_string(elts.size()) + ")"
                                      : "not enough values to unpack (expected " + std::to_string(elts.size()) +
                                            ", got " + std::to_string(items.size()) + ")");
        for (size_t i = 0; i < elts.size(); ++i) assign(*elts[i], items[i]);
        return;
      }
      size_t after = elts.size() - star - 1;
      if (items.size() < elts.size() - 1)
        in_.raise("ValueError", "not enough values to unpack (expected at least " + std::to_string(elts.size() - 1) +
                                    ", got " + std::to_string(items.size()) + ")");
      for (size_t i = 0; i < star; ++i) assign(*elts[i], items[i]);
      std::vector<Value> rest(items.begin() + static_cast<long>(star), items.end() - static_cast<long>(after));
      assign(*static_cast<const Starred*>(elts[star])->value, makeList(std::move(rest)));
      for (size_t i = 0; i < after; ++i) assign(*elts[star + 1 + i], items[items.size() - after + i]);
      return;
    }
    case ExprKind::Starred: assign(*static_cast<const Starred&>(target).value, value); return;
    default: in_.raise("SyntaxError", "cannot assign to expression");
  }
}

// ---- expressions -------------------------------------------------------------------------------

std::vector<Value> Evaluator::evalSequenceItems(const std::vector<Expr*>& elts) {
  std::vector<Value> items;
  for (const Expr* e : elts) {
    if (e->kind == ExprKind::Starred) {
      auto more = in_.toList(eval(*static_cast<const Starred*>(e)->value));
      items.insert(items.end(), more.begin(), more.end());
    } else {
      items.push_back(eval(*e));
    }
  }
  if (static_cast<int64_t>(items.size()) > in_.limits().maxContainerItems)
    in_.raise("MemoryError", "container too large for the interpreter's memory budget", "memory-budget");
  return items;
}

Value Evaluator::eval(const Expr& e) {
  if (!in_.typeObserver()) return evalExpr(e);
  Value v = evalExpr(e);
  in_.observeType(module_->filename, e, v);
  return v;
}

Value Evaluator::evalExpr(const Expr& e) {
  NodeMark mark(in_, &e);
  switch (e.kind) {
    case ExprKind::Constant: return evalConstant(static_cast<const Constant&>(e));
    case ExprKind::Name: return lookup(static_cast<const Name&>(e).id, e);
    case ExprKind::Attribute: {
      const auto& a = static_cast<const Attribute&>(e);
      return in_.getAttr(eval(*a.value), a.attr);
    }
    case ExprKind::Subscript: {
      const auto& s = static_cast<const Subscript&>(e);
      Value obj = eval(*s.value);
      return in_.getItem(obj, evalSubscriptIndex(*s.slice));
    }
    case ExprKind::Call: return evalCall(static_cast<const Call&>(e));
    case ExprKind::BinOp: {
      const auto& b = static_cast<const BinOp&>(e);
      Value l = eval(*b.left);
      Value r = eval(*b.right);
      NodeMark opMark(in_, &e);
      return binaryOp(in_, b.op, l, r);
    }
    case ExprKind::UnaryOp: {
      const auto& u = static_cast<const UnaryOp&>(e);
      return unaryOp(in_, u.op, eval(*u.operand));
    }
    case ExprKind::BoolOp: return evalBoolOp(static_cast<const BoolOp&>(e));
    case ExprKind::Compare: return evalCompare(static_cast<const Compare&>(e));
    case ExprKind::IfExp: {
      const auto& i = static_cast<const IfExp&>(e);
      return in_.truthy(eval(*i.test)) ? eval(*i.body) : eval(*i.orelse);
    }
    case ExprKind::Tuple: return makeTuple(evalSequenceItems(static_cast<const Tuple&>(e).elts));
    case ExprKind::List: return makeList(evalSequenceItems(static_cast<const List&>(e).elts));
    case ExprKind::Set: {
      std::vector<Value> unique;
      for (Value& v : evalSequenceItems(static_cast<const Set&>(e).elts))
        if (std::none_of(unique.begin(), unique.end(), [&](const Value& u) { return in_.equals(u, v); }))
          unique.push_back(v);
      return makeList(std::move(unique));
    }
    case ExprKind::Dict: {
      const auto& d = static_cast<const Dict&>(e);
      auto dict = std::make_shared<DictObject>();
      for (size_t i = 0; i < d.values.size(); ++i) {
        if (!d.keys[i]) {
          Value other = eval(*d.values[i]);
          if (auto* od = other.as<DictObject>())
            for (auto& [k, v] : od->items) dict->set(k, v);
          continue;
        }
        Value k = eval(*d.keys[i]);
        dict->set(k, eval(*d.values[i]));
      }
      return Value::object(dict);
    }
    case ExprKind::Lambda: {
      const auto& l = static_cast<const Lambda&>(e);
      return Value::object(makeFunction("<lambda>", l.args, nullptr, l.body));
    }
    case ExprKind::ListComp:
    case ExprKind::SetComp:
    case ExprKind::DictComp:
    case ExprKind::GeneratorExp: return evalComprehension(e);
    case ExprKind::JoinedStr: return evalJoinedStr(static_cast<const JoinedStr&>(e));
    case ExprKind::FormattedValue: {
      const auto& f = static_cast<const FormattedValue&>(e);
      Value v = eval(*f.value);
      return makeStr(f.conversion == 'r' ? in_.repr(v) : in_.str(v));
    }
    case ExprKind::Slice: {
      const auto& s = static_cast<const Slice&>(e);
      auto slice = std::make_shared<SliceObject>();
      if (s.lower) slice->start = eval(*s.lower);
      if (s.upper) slice->stop = eval(*s.upper);
      if (s.step) slice->step = eval(*s.step);
      return Value::object(slice);
    }
    case ExprKind::Starred: in_.raise("SyntaxError", "can't use starred expression here");
    case ExprKind::Yield:
    case ExprKind::YieldFrom: return evalYield(e);
    case ExprKind::NamedExpr: {
      const auto& n = static_cast<const NamedExpr&>(e);
      Value v = eval(*n.value);
      assign(*n.target, v);
      return v;
    }
    default:
      in_.raise("NotImplementedError", std::string("Polytrace's interpreter does not evaluate '") + name(e.kind) +
                                           "' expressions yet", "unsupported-syntax");
  }
}

Value Evaluator::evalConstant(const Constant& c) {
  const ConstantValue& v = c.value;
  switch (v.kind) {
    case ConstantValue::Kind::None: return Value::none();
    case ConstantValue::Kind::Bool: return Value::boolean(v.boolValue);
    case ConstantValue::Kind::Int:
      if (!v.intFits) in_.raise("OverflowError", "integer literal too large for the interpreter (64-bit ints)", "int-overflow");
      return Value::integer(v.intValue);
    case ConstantValue::Kind::Float: return Value::real(v.floatValue);
    case ConstantValue::Kind::Str: return makeStr(v.text);
    case ConstantValue::Kind::Ellipsis: return in_.builtins().at("Ellipsis");
    case ConstantValue::Kind::Bytes: return makeStr(v.text);
    case ConstantValue::Kind::Complex:
      in_.raise("NotImplementedError", "complex numbers are not supported by the interpreter yet", "unsupported-type");
  }
  return Value::none();
}

Value Evaluator::evalSubscriptIndex(const Expr& slice) {
  if (slice.kind == ExprKind::Tuple) return makeTuple(evalSequenceItems(static_cast<const Tuple&>(slice).elts));
  return eval(slice);
}

Value Evaluator::evalBoolOp(const BoolOp& b) {
  Value v;
  for (const Expr* e : b.values) {
    v = eval(*e);
    bool t = in_.truthy(v);
    if (b.op == BoolOpKind::And && !t) return v;
    if (b.op == BoolOpKind::Or && t) return v;
  }
  return v;
}

Value Evaluator::evalCompare(const Compare& c) {
  Value left = eval(*c.left);
  Value result = Value::boolean(true);
  for (size_t i = 0; i < c.ops.size(); ++i) {
    Value right = eval(*c.comparators[i]);
    result = compareOp(in_, c.ops[i], left, right);
    // A chain stops at the first false link (tensor results are returned as they are).
    if (c.ops.size() > 1 && !in_.truthy(result)) return result;
    left = right;
  }
  return result;
}

Value Evaluator::evalCall(const Call& c) {
  Value callee = eval(*c.func);
  CallArgs args;
  for (const Expr* a : c.args) {
    if (a->kind == ExprKind::Starred) {
      auto more = in_.toList(eval(*static_cast<const Starred*>(a)->value));
      args.positional.insert(args.positional.end(), more.begin(), more.end());
    } else {
      args.positional.push_back(eval(*a));
    }
  }
  for (const Keyword* k : c.keywords) {
    Value v = eval(*k->value);
    if (!k->arg) {
      auto* d = v.as<DictObject>();
      if (!d) in_.raise("TypeError", "argument after ** must be a mapping, not " + std::string(v.typeName()));
      for (auto& [key, val] : d->items) args.keywords.emplace_back(in_.str(key), val);
    } else {
      args.keywords.emplace_back(*k->arg, v);
    }
  }
  NodeMark callMark(in_, &c);
  return in_.callWith(callee, std::move(args));
}

Value Evaluator::evalComprehension(const Expr& e) {
  const std::vector<Comprehension*>* gens = nullptr;
  switch (e.kind) {
    case ExprKind::ListComp: gens = &static_cast<const ListComp&>(e).generators; break;
    case ExprKind::SetComp: gens = &static_cast<const SetComp&>(e).generators; break;
    case ExprKind::DictComp: gens = &static_cast<const DictComp&>(e).generators; break;
    default: gens = &static_cast<const GeneratorExp&>(e).generators; break;
  }
  // Comprehensions get their own scope, enclosing the current one.
  auto inner = std::make_shared<Scope>();
  inner->enclosing = scope_;
  Evaluator sub(in_, module_, inner, function_);
  std::vector<Value> out;
  auto dict = std::make_shared<DictObject>();
  std::function<void(size_t)> loop = [&](size_t level) {
    if (level == gens->size()) {
      in_.countStep();
      if (e.kind == ExprKind::DictComp) {
        const auto& d = static_cast<const DictComp&>(e);
        Value k = sub.eval(*d.key);
        dict->set(k, sub.eval(*d.value));
      } else {
        const Expr* elt = e.kind == ExprKind::ListComp  ? static_cast<const ListComp&>(e).elt
                          : e.kind == ExprKind::SetComp ? static_cast<const SetComp&>(e).elt
                                                        : static_cast<const GeneratorExp&>(e).elt;
        out.push_back(sub.eval(*elt));
      }
      return;
    }
    const Comprehension* g = (*gens)[level];
    Value iterable = level == 0 ? eval(*g->iter) : sub.eval(*g->iter);
    in_.iterate(iterable, [&](const Value& item) {
      sub.assign(*g->target, item);
      for (const Expr* cond : g->ifs)
        if (!in_.truthy(sub.eval(*cond))) return true;
      loop(level + 1);
      return true;
    });
  };
  loop(0);
  if (e.kind == ExprKind::DictComp) return Value::object(dict);
  if (e.kind == ExprKind::GeneratorExp) return makeTuple(std::move(out));  // materialised generator
  if (e.kind == ExprKind::SetComp) {
    // Sets are lists of distinct items here (as the set literal and set() make them).
    std::vector<Value> unique;
    for (Value& v : out)
      if (std::none_of(unique.begin(), unique.end(), [&](const Value& u) { return in_.equals(u, v); })) unique.push_back(v);
    return makeList(std::move(unique));
  }
  return makeList(std::move(out));
}

Value Evaluator::evalJoinedStr(const JoinedStr& j) {
  std::string out;
  for (const Expr* part : j.values) {
    if (part->kind == ExprKind::Constant) {
      out += static_cast<const Constant*>(part)->value.text;
      continue;
    }
    const auto* f = static_cast<const FormattedValue*>(part);
    Value v = eval(*f->value);
    std::string spec;
    if (f->format_spec) spec = in_.str(eval(*f->format_spec));
    if (!spec.empty()) {
      Value formatted = in_.call(in_.builtins().at("format"), {v, makeStr(spec)});
      out += in_.str(formatted);
    } else {
      out += f->conversion == 'r' ? in_.repr(v) : in_.str(v);
    }
  }
  return makeStr(out);
}

}  // namespace pt::interp
