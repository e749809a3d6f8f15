// User classes as CPython builds and uses them: C3 method resolution order, descriptors
// (property, staticmethod, classmethod), super(), __new__/__init__, __init_subclass__,
// __getattr__/__setattr__ hooks, and enum classes (their members are made when the class is).
#include "interp/Classes.h"

#include <algorithm>

#include "interp/Evaluator.h"

namespace pt::interp {

namespace {

Value builtinMethod(std::string name, BuiltinFunction::Fn fn) {
  auto f = std::make_shared<BuiltinFunction>(std::move(name), std::move(fn));
  f->isMethod = true;
  return Value::object(f);
}


// CPython's C3 merge; nullopt when the bases admit no consistent order.
std::optional<std::vector<const ClassObject*>> c3(const ClassObject* cls) {
  std::vector<std::vector<const ClassObject*>> seqs;
  for (const auto& b : cls->bases) seqs.push_back(b->linearization());
  std::vector<const ClassObject*> direct;
  for (const auto& b : cls->bases) direct.push_back(b.get());
  seqs.push_back(direct);
  std::vector<const ClassObject*> out{cls};
  for (;;) {
    seqs.erase(std::remove_if(seqs.begin(), seqs.end(), [](const auto& s) { return s.empty(); }), seqs.end());
    if (seqs.empty()) return out;
    const ClassObject* head = nullptr;
    for (const auto& s : seqs) {
      const ClassObject* candidate = s.front();
      bool inTail = std::any_of(seqs.begin(), seqs.end(), [&](const auto& t) {
        return std::find(t.begin() + 1, t.end(), candidate) != t.end();
      });
      if (!inTail) {
        head = candidate;
        break;
      }
    }
    if (!head) return std::nullopt;
    out.push_back(head);
    for (auto& s : seqs)
      if (s.front() == head) s.erase(s.begin());
  }
}

const ClassObject* classOf(const Value& v) {
  if (auto* inst = v.as<InstanceObject>()) return inst->cls.get();
  return v.as<ClassObject>();
}

// What a class attribute becomes when read through an instance (or a class, `self` a class).
Value bindAttribute(Interpreter& in, const Value& found, const Value& self, bool throughInstance) {
  if (auto* sm = found.as<StaticMethodObject>()) return sm->function;
  if (auto* cm = found.as<ClassMethodObject>()) {
    Value owner = throughInstance ? Value::object(self.as<InstanceObject>()->cls) : self;
    return Value::object(std::make_shared<BoundMethod>(owner, cm->function));
  }
  if (!throughInstance) return found;
  if (auto* p = found.as<PropertyObject>()) {
    if (p->fget.isNone()) in.raise("AttributeError", "property of '" + std::string(self.typeName()) + "' object has no getter");
    return in.call(p->fget, {self});
  }
  if (found.as<FunctionObject>()) return Value::object(std::make_shared<BoundMethod>(self, found));
  if (auto* b = found.as<BuiltinFunction>(); b && b->isMethod) return Value::object(std::make_shared<BoundMethod>(self, found));
  return found;
}

// Enum classes: the class body's plain values become members, in definition order.
void makeEnumMembers(Interpreter& in, const std::shared_ptr<ClassObject>& cls) {
  int64_t lastInt = 0;
  for (const std::string& name : cls->order) {
    if (name.empty() || name[0] == '_') continue;
    Value v = cls->dict[name];
    if (v.as<FunctionObject>() || v.as<PropertyObject>() || v.as<StaticMethodObject>() || v.as<ClassMethodObject>() ||
        v.as<ClassObject>() || v.as<BuiltinFunction>())
      continue;
    if (auto* inst = v.as<InstanceObject>(); inst && inst->cls->className == "auto") v = Value::integer(lastInt + 1);
    if (cls->enumKind == ClassObject::EnumKind::IntEnum && !v.isInt())
      in.raise("TypeError", "IntEnum member " + name + " must be an int, not " + std::string(v.typeName()));
    if (v.isInt()) lastInt = v.asInt();
    Value alias;
    for (const Value& m : cls->enumMembers)
      if (in.equals(m.as<InstanceObject>()->attrs.at("_value_"), v)) alias = m;
    if (!alias.isNone()) {
      cls->dict[name] = alias;
      continue;
    }
    auto member = std::make_shared<InstanceObject>(cls);
    member->attrs["_name_"] = member->attrs["name"] = makeStr(name);
    member->attrs["_value_"] = member->attrs["value"] = v;
    cls->dict[name] = Value::object(member);
    cls->enumMembers.push_back(Value::object(member));
  }
}

Value enumLookup(Interpreter& in, const ClassObject& cls, const Value& v) {
  for (const Value& m : cls.enumMembers)
    if (m.identical(v) || in.equals(m.as<InstanceObject>()->attrs.at("_value_"), v)) return m;
  in.raise("ValueError", in.repr(v) + " is not a valid " + cls.className);
}

}  // namespace

bool isObjectClass(const Value& v) {
  auto* c = v.as<ClassObject>();
  return c && c->className == "object" && c->module == "builtins";
}

std::vector<const ClassObject*> ClassObject::linearization() const {
  if (!mro.empty()) return mro;
  // Classes the interpreter made itself have at most one base.
  std::vector<const ClassObject*> out{this};
  for (const ClassObject* c = bases.empty() ? nullptr : bases[0].get(); c; c = c->bases.empty() ? nullptr : c->bases[0].get())
    out.push_back(c);
  return out;
}

std::optional<Value> ClassObject::lookup(const std::string& attr) const { return lookupAfter(nullptr, attr); }

std::optional<Value> ClassObject::lookupAfter(const ClassObject* after, const std::string& attr) const {
  auto order = linearization();
  auto it = order.begin();
  if (after) {
    it = std::find(order.begin(), order.end(), after);
    if (it == order.end()) return std::nullopt;
    ++it;
  }
  for (; it != order.end(); ++it) {
    auto found = (*it)->dict.find(attr);
    if (found != (*it)->dict.end()) return found->second;
  }
  return std::nullopt;
}

bool ClassObject::isSubclassOf(const ClassObject* other) const {
  if (this == other) return true;
  return std::any_of(bases.begin(), bases.end(), [&](const auto& b) { return b->isSubclassOf(other); });
}

Value ClassObject::call(Interpreter& in, CallArgs& args) {
  if (enumKind != EnumKind::None) {
    if (args.positional.size() != 1) in.raise("TypeError", className + "() takes exactly one argument (a member's value)");
    return enumLookup(in, *this, args.positional[0]);
  }
  auto selfRef = shared_from_this();
  Value instValue;
  if (auto nw = lookup("__new__"); nw && !nw->as<BuiltinFunction>()) {
    // __new__ is a static method taking the class; when it returns something that is not an
    // instance of the class, __init__ is not called (CPython's rule).
    Value fn = nw->as<StaticMethodObject>() ? nw->as<StaticMethodObject>()->function : *nw;
    CallArgs a = args;
    a.positional.insert(a.positional.begin(), Value::object(selfRef));
    instValue = in.callWith(fn, std::move(a));
    auto* made = instValue.as<InstanceObject>();
    if (!made || !made->cls->isSubclassOf(this)) return instValue;
  } else {
    instValue = Value::object(std::make_shared<InstanceObject>(selfRef));
  }
  if (isException) instValue.as<InstanceObject>()->exceptionArgs = args.positional;
  if (auto init = lookup("__init__")) {
    CallArgs a = args;
    a.positional.insert(a.positional.begin(), instValue);
    in.callWith(*init, std::move(a));
  } else if (!args.positional.empty() || !args.keywords.empty()) {
    in.raise("TypeError", className + "() takes no arguments");
  }
  return instValue;
}

Value buildClass(Interpreter& in, const std::string& name, const std::string& module, const std::vector<Value>& bases,
                 Scope& ns, const std::vector<std::pair<std::string, Value>>& keywords) {
  auto cls = std::make_shared<ClassObject>();
  cls->className = name;
  cls->module = module;
  for (const Value& base : bases) {
    if (isObjectClass(base)) continue;  // every class derives from object; see isObjectClass
    auto bc = base.asShared<ClassObject>();
    if (!bc)
      in.raise("NotImplementedError", "class " + name + " derives from " + in.repr(base) +
                                          ", which Polytrace cannot subclass yet", "unsupported-class");
    if (bc->enumKind != ClassObject::EnumKind::None && !bc->enumMembers.empty())
      in.raise("TypeError", name + ": cannot extend enumeration '" + bc->className + "'");
    cls->bases.push_back(bc);
    if (bc->isException) cls->isException = true;
    if (bc->enumKind != ClassObject::EnumKind::None) cls->enumKind = bc->enumKind;
  }
  auto mro = c3(cls.get());
  if (!mro)
    in.raise("TypeError", "Cannot create a consistent method resolution order (MRO) for bases of " + name);
  cls->mro = *mro;
  cls->order = ns.order;
  for (auto& [k, v] : ns.vars) {
    // Functions remember their class for zero-argument super(), also inside descriptors.
    Value fn = v;
    if (auto* sm = v.as<StaticMethodObject>()) fn = sm->function;
    if (auto* cm = v.as<ClassMethodObject>()) fn = cm->function;
    if (auto* p = v.as<PropertyObject>()) fn = p->fget;
    if (auto* f = fn.as<FunctionObject>()) {
      f->qualname = name + "." + f->qualname;
      f->definingClass = cls;
    }
    if (auto* p = v.as<PropertyObject>())
      for (const Value* acc : {&p->fset, &p->fdel})
        if (auto* f = acc->as<FunctionObject>()) f->definingClass = cls;
    cls->dict[k] = v;
  }
  if (cls->enumKind != ClassObject::EnumKind::None) makeEnumMembers(in, cls);
  Value clsValue = Value::object(cls);
  // __init_subclass__ of the nearest base that defines it (an implicit classmethod).
  if (auto hook = cls->lookupAfter(cls.get(), "__init_subclass__")) {
    Value fn = hook->as<ClassMethodObject>() ? hook->as<ClassMethodObject>()->function : *hook;
    CallArgs a{{clsValue}, {}};
    for (const auto& [k, v] : keywords)
      if (k != "metaclass") a.keywords.emplace_back(k, v);
    in.callWith(fn, std::move(a));
  } else {
    for (const auto& [k, v] : keywords)
      if (k != "metaclass")
        in.raise("TypeError", name + ".__init_subclass__() takes no keyword arguments");
  }
  return clsValue;
}

std::optional<Value> instanceGetAttr(Interpreter& in, const Value& object, const std::string& name) {
  auto* inst = object.as<InstanceObject>();
  auto found = inst->cls->lookup(name);
  if (found && found->as<PropertyObject>()) return bindAttribute(in, *found, object, true);  // data descriptor first
  auto it = inst->attrs.find(name);
  if (it != inst->attrs.end()) return it->second;
  if (found) return bindAttribute(in, *found, object, true);
  if (name == "__class__") return Value::object(inst->cls);
  if (name == "args" && inst->cls->isException) return makeTuple(inst->exceptionArgs);
  if (name == "__dict__") {
    // A snapshot (writes to it do not reach the instance).
    auto d = std::make_shared<DictObject>();
    for (const auto& [k, v] : inst->attrs) d->set(makeStr(k), v);
    std::sort(d->items.begin(), d->items.end(), [](const auto& a, const auto& b) {
      return a.first.template as<StrObject>()->value < b.first.template as<StrObject>()->value;
    });
    return Value::object(d);
  }
  if (auto getattr = inst->cls->lookup("__getattr__")) {
    try {
      return in.call(bindAttribute(in, *getattr, object, true), {makeStr(name)});
    } catch (const PyException& e) {
      if (e.type != "AttributeError") throw;
    }
  }
  return std::nullopt;
}

bool instanceSetAttr(Interpreter& in, const Value& object, const std::string& name, const Value& value) {
  auto* inst = object.as<InstanceObject>();
  auto found = inst->cls->lookup(name);
  if (found)
    if (auto* p = found->as<PropertyObject>()) {
      if (p->fset.isNone())
        in.raise("AttributeError", "property '" + name + "' of '" + inst->cls->className + "' object has no setter");
      in.call(p->fset, {object, value});
      return true;
    }
  if (auto hook = inst->cls->lookup("__setattr__")) {
    in.call(bindAttribute(in, *hook, object, true), {makeStr(name), value});
    return true;
  }
  return false;
}

std::optional<Value> classGetAttr(Interpreter& in, const Value& clsValue, const std::string& name) {
  auto* cls = clsValue.as<ClassObject>();
  if (auto v = cls->lookup(name)) return bindAttribute(in, *v, clsValue, false);
  if (name == "__name__" || name == "__qualname__") return makeStr(cls->className);
  if (name == "__module__") return makeStr(cls->module);
  if (name == "__bases__") {
    std::vector<Value> bases;
    for (const auto& b : cls->bases) bases.push_back(Value::object(b));
    return makeTuple(std::move(bases));
  }
  if (name == "__mro__") {
    std::vector<Value> out;
    for (const ClassObject* c : cls->linearization())
      out.push_back(Value::object(std::const_pointer_cast<ClassObject>(c->shared_from_this())));
    out.push_back(in.builtins().at("object"));
    return makeTuple(std::move(out));
  }
  if (name == "__dict__") {
    // Definition order, then what the body did not bind by name (__annotations__, added later).
    auto d = std::make_shared<DictObject>();
    for (const std::string& k : cls->order)
      if (auto it = cls->dict.find(k); it != cls->dict.end()) d->set(makeStr(k), it->second);
    std::vector<std::string> rest;
    for (const auto& [k, v] : cls->dict)
      if (std::find(cls->order.begin(), cls->order.end(), k) == cls->order.end()) rest.push_back(k);
    std::sort(rest.begin(), rest.end());
    for (const std::string& k : rest) d->set(makeStr(k), cls->dict.at(k));
    return Value::object(d);
  }
  if (name == "__members__" && cls->enumKind != ClassObject::EnumKind::None) {
    auto d = std::make_shared<DictObject>();
    for (const std::string& k : cls->order)
      if (auto it = cls->dict.find(k); it != cls->dict.end() && it->second.as<InstanceObject>() &&
                                         it->second.as<InstanceObject>()->cls.get() == cls)
        d->set(makeStr(k), it->second);
    return Value::object(d);
  }
  return std::nullopt;
}

std::optional<Value> superGetAttr(Interpreter& in, const SuperObject& s, const std::string& name) {
  const ClassObject* type = classOf(s.self);
  std::optional<Value> found = type ? type->lookupAfter(s.cls.get(), name) : std::nullopt;
  if (!found) {
    // Past the last user base: object's own methods.
    auto obj = in.builtins().at("object").as<ClassObject>();
    auto it = obj->dict.find(name);
    if (it == obj->dict.end()) return std::nullopt;
    found = it->second;
  }
  return bindAttribute(in, *found, s.self, s.self.as<InstanceObject>() != nullptr);
}

std::optional<Value> intEnumValue(const Value& v) {
  auto* inst = v.as<InstanceObject>();
  if (!inst || inst->cls->enumKind != ClassObject::EnumKind::IntEnum) return std::nullopt;
  auto it = inst->attrs.find("_value_");
  if (it == inst->attrs.end()) return std::nullopt;
  return it->second;
}

std::optional<std::string> enumMemberText(Interpreter& in, const Value& v, bool forRepr) {
  auto* inst = v.as<InstanceObject>();
  if (!inst || inst->cls->enumKind == ClassObject::EnumKind::None) return std::nullopt;
  auto n = inst->attrs.find("_name_");
  auto val = inst->attrs.find("_value_");
  if (n == inst->attrs.end() || val == inst->attrs.end()) return std::nullopt;
  std::string qual = inst->cls->className + "." + n->second.as<StrObject>()->value;
  if (!forRepr) {
    // Python 3.11: str() of an IntEnum member is the int's.
    if (inst->cls->enumKind == ClassObject::EnumKind::IntEnum) return std::to_string(val->second.asInt());
    return qual;
  }
  return "<" + qual + ": " + in.repr(val->second) + ">";
}

std::optional<Value> callDunder(Interpreter& in, const Value& self, const std::string& name, const Value& other) {
  if (!self.as<InstanceObject>()) return std::nullopt;
  auto m = in.tryGetAttr(self, name);
  if (!m) return std::nullopt;
  Value r = in.call(*m, {other});
  if (r.identical(in.builtins().at("NotImplemented"))) return std::nullopt;
  return r;
}

void Interpreter::installClassBuiltins() {
  auto def = [this](const std::string& name, BuiltinFunction::Fn fn) {
    builtins_[name] = Value::object(std::make_shared<BuiltinFunction>(name, std::move(fn)));
  };
  auto object = std::make_shared<ClassObject>();
  object->className = "object";
  object->module = "builtins";
  object->dict["__init__"] = builtinMethod("object.__init__", [](Interpreter& in, CallArgs& a) {
    if (a.positional.size() > 1 || !a.keywords.empty())
      in.raise("TypeError", "object.__init__() takes exactly one argument (the instance to initialize)");
    return Value::none();
  });
  object->dict["__setattr__"] = builtinMethod("object.__setattr__", [](Interpreter& in, CallArgs& a) {
    if (a.positional.size() != 3) in.raise("TypeError", "__setattr__ expected 2 arguments");
    auto* inst = a.positional[0].as<InstanceObject>();
    if (!inst) in.raise("TypeError", "object.__setattr__ needs an instance");
    inst->attrs[in.str(a.positional[1])] = a.positional[2];
    return Value::none();
  });
  object->dict["__getattribute__"] = builtinMethod("object.__getattribute__", [](Interpreter& in, CallArgs& a) {
    if (a.positional.size() != 2) in.raise("TypeError", "__getattribute__ expected 1 argument");
    return in.getAttr(a.positional[0], in.str(a.positional[1]));
  });
  object->dict["__new__"] = builtinMethod("object.__new__", [](Interpreter& in, CallArgs& a) {
    auto cls = a.positional.empty() ? nullptr : a.positional[0].asShared<ClassObject>();
    if (!cls) in.raise("TypeError", "object.__new__(X): X is not a type object");
    return Value::object(std::make_shared<InstanceObject>(cls));
  });
  object->dict["__init_subclass__"] = builtinMethod("object.__init_subclass__", [](Interpreter&, CallArgs&) { return Value::none(); });
  object->dict["__eq__"] = builtinMethod("object.__eq__", [](Interpreter& in, CallArgs& a) {
    if (a.positional.size() != 2) in.raise("TypeError", "__eq__ expected 1 argument");
    return a.positional[0].identical(a.positional[1]) ? Value::boolean(true) : in.builtins().at("NotImplemented");
  });
  builtins_["object"] = Value::object(object);

  // Exceptions keep their arguments (super().__init__(message) in a user exception class).
  if (auto base = builtins_.at("BaseException").asShared<ClassObject>())
    base->dict["__init__"] = builtinMethod("BaseException.__init__", [](Interpreter& in, CallArgs& a) {
      if (auto* inst = a.positional.empty() ? nullptr : a.positional[0].as<InstanceObject>())
        inst->exceptionArgs.assign(a.positional.begin() + 1, a.positional.end());
      else
        in.raise("TypeError", "BaseException.__init__ needs an instance");
      return Value::none();
    });

  def("property", [](Interpreter& in, CallArgs& a) {
    if (a.positional.size() > 4) in.raise("TypeError", "property() takes at most 4 arguments");
    auto p = std::make_shared<PropertyObject>();
    if (a.positional.size() > 0) p->fget = a.positional[0];
    if (a.positional.size() > 1) p->fset = a.positional[1];
    if (a.positional.size() > 2) p->fdel = a.positional[2];
    for (const auto& [k, v] : a.keywords) {
      if (k == "fget") p->fget = v;
      else if (k == "fset") p->fset = v;
      else if (k == "fdel") p->fdel = v;
    }
    return Value::object(p);
  });
  def("staticmethod", [](Interpreter& in, CallArgs& a) {
    if (a.positional.size() != 1) in.raise("TypeError", "staticmethod expected 1 argument");
    return Value::object(std::make_shared<StaticMethodObject>(a.positional[0]));
  });
  def("slice", [](Interpreter& in, CallArgs& a) {
    if (a.positional.empty() || a.positional.size() > 3) in.raise("TypeError", "slice expected 1 to 3 arguments");
    auto s = std::make_shared<SliceObject>();
    if (a.positional.size() == 1) s->stop = a.positional[0];
    else {
      s->start = a.positional[0];
      s->stop = a.positional[1];
      if (a.positional.size() == 3) s->step = a.positional[2];
    }
    return Value::object(s);
  });
  def("classmethod", [](Interpreter& in, CallArgs& a) {
    if (a.positional.size() != 1) in.raise("TypeError", "classmethod expected 1 argument");
    return Value::object(std::make_shared<ClassMethodObject>(a.positional[0]));
  });
  def("super", [](Interpreter& in, CallArgs& a) -> Value {
    if (a.positional.size() == 2) {
      auto cls = a.positional[0].asShared<ClassObject>();
      if (!cls) in.raise("TypeError", "super() argument 1 must be a type, not " + std::string(a.positional[0].typeName()));
      const ClassObject* type = classOf(a.positional[1]);
      if (!type || !type->isSubclassOf(cls.get()))
        in.raise("TypeError", "super(type, obj): obj must be an instance or subtype of type");
      return Value::object(std::make_shared<SuperObject>(cls, a.positional[1]));
    }
    if (!a.positional.empty()) in.raise("TypeError", "super() takes 0 or 2 arguments");
    // Zero arguments: the class the running method was defined in, and its first argument.
    const auto& frame = in.frames().back();
    auto cls = frame.callee ? frame.callee->definingClass.lock() : nullptr;
    if (!cls) in.raise("RuntimeError", "super(): __class__ cell not found (zero-argument super() works directly in methods)");
    const syntax::Arguments& p = *frame.callee->params;
    const syntax::Arg* first = !p.posonlyargs.empty() ? p.posonlyargs[0] : !p.args.empty() ? p.args[0] : nullptr;
    if (!first || !frame.locals) in.raise("RuntimeError", "super(): no arguments");
    auto it = frame.locals->vars.find(first->arg);
    if (it == frame.locals->vars.end()) in.raise("RuntimeError", "super(): no arguments");
    return Value::object(std::make_shared<SuperObject>(cls, it->second));
  });
}

}  // namespace pt::interp
