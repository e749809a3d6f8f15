// Generators and iterators. A generator function's body runs to its end the first time one of
// its values is needed, collecting what it yields; the values are then handed out one by one.
// This is exact for what array code does with generators (finite pipelines consumed by `for`,
// list(), zip(), enumerate(), next()), but not for everything Python allows:
//  - side effects of the body (print, appending to a shared list) all happen at the first use,
//    not interleaved with the consumer's;
//  - an infinite generator cannot be run: it stops with "generator-unbounded" after
//    Limits::maxGeneratorItems values (or "step-budget"), even if the consumer wanted only a few;
//  - generator.send()/throw() are not supported (`yield` evaluates to None).
// Interleaving would need the evaluator to suspend mid-statement (its state is the C++ stack).
#include <algorithm>

#include "interp/Evaluator.h"
#include "syntax/AstWalk.h"

namespace pt::interp {

using namespace syntax;

namespace {

bool exprYields(const Expr& e) {
  if (e.kind == ExprKind::Yield || e.kind == ExprKind::YieldFrom) return true;
  if (e.kind == ExprKind::Lambda) return false;  // its own function
  bool found = false;
  forEachChildExpr(e, [&](const Expr& c) { found = found || exprYields(c); });
  return found;
}

bool stmtYields(const Stmt& s) {
  if (s.kind == StmtKind::FunctionDef || s.kind == StmtKind::AsyncFunctionDef || s.kind == StmtKind::ClassDef) return false;
  bool found = false;
  forEachStmtExpr(s, [&](const Expr& e) { found = found || exprYields(e); });
  forEachStmtBlock(s, [&](const std::vector<Stmt*>& block) { found = found || containsYield(block); });
  return found;
}

// Runs a generator's body if it has not run yet.
void materialize(Interpreter& in, IteratorObject& it) {
  if (!it.generator) return;
  auto fn = std::move(it.generator);
  it.generator = nullptr;
  it.returnValue = in.runGenerator(*fn, it.generatorArgs, it.items);
  it.generatorArgs = {};
}

}  // namespace

bool containsYield(const std::vector<Stmt*>& body) {
  return std::any_of(body.begin(), body.end(), [](const Stmt* s) { return stmtYields(*s); });
}

Value Interpreter::runGenerator(FunctionObject& fn, CallArgs& args, std::vector<Value>& yielded) {
  try {
    return runFunctionBody(fn, args, &yielded);
  } catch (PyException& e) {
    if (e.reasonCode == "step-budget")
      e.message += " (while running generator '" + fn.qualname +
                   "': Polytrace runs a generator to its end before its values are used; an infinite generator "
                   "cannot be consumed)";
    throw;
  }
}

std::optional<Value> Interpreter::nextOf(const Value& iterator) {
  if (auto* it = iterator.as<IteratorObject>()) {
    materialize(*this, *it);
    if (it->position >= it->items.size()) return std::nullopt;
    return it->items[it->position++];
  }
  if (iterator.as<InstanceObject>()) {
    auto m = tryGetAttr(iterator, "__next__");
    if (!m) raise("TypeError", "'" + std::string(iterator.typeName()) + "' object is not an iterator");
    try {
      return call(*m, {});
    } catch (const PyException& e) {
      if (isInstance(e.exception, builtins_.at("StopIteration"))) return std::nullopt;
      throw;
    }
  }
  raise("TypeError", "'" + std::string(iterator.typeName()) + "' object is not an iterator");
}

void Interpreter::installIterBuiltins() {
  auto def = [this](const std::string& name, BuiltinFunction::Fn fn) {
    builtins_[name] = Value::object(std::make_shared<BuiltinFunction>(name, std::move(fn)));
  };
  def("iter", [](Interpreter& in, CallArgs& a) {
    if (a.positional.size() != 1) in.raise("TypeError", "iter() takes 1 argument (the two-argument form is not supported)");
    const Value& v = a.positional[0];
    if (v.as<IteratorObject>()) return v;
    if (v.as<InstanceObject>())
      if (auto m = in.tryGetAttr(v, "__iter__")) return in.call(*m, {});
    auto it = std::make_shared<IteratorObject>();
    it->items = in.toList(v);
    return Value::object(it);
  });
  def("next", [](Interpreter& in, CallArgs& a) {
    if (a.positional.empty() || a.positional.size() > 2) in.raise("TypeError", "next expected 1 or 2 arguments");
    if (auto v = in.nextOf(a.positional[0])) return *v;
    if (a.positional.size() == 2) return a.positional[1];
    in.raise("StopIteration", "");
  });
}

}  // namespace pt::interp
