// The standard-library modules that make classes: dataclasses (fields, generated __init__,
// __repr__, __eq__, ordering, frozen) and enum (Enum, IntEnum, auto; members are made by
// buildClass in Classes.cpp).
#include <algorithm>

#include "interp/Classes.h"
#include "interp/Operators.h"
#include "interp/StdModules.h"

namespace pt::interp {

extern const char* const kNamedTupleSource;

namespace {

// dataclasses.field(...) in a class body, and the entries of fields(cls).
struct FieldObject : Object, HostObject {
  std::string_view typeName() const override { return "Field"; }
  std::optional<Value> hostAttr(Interpreter&, const std::string& attr) override {
    if (attr == "name") return makeStr(name);
    if (attr == "type") return type;
    if (attr == "default") return hasDefault ? defaultValue : missing();
    if (attr == "default_factory") return hasFactory ? factory : missing();
    if (attr == "init") return Value::boolean(init);
    if (attr == "repr") return Value::boolean(repr);
    if (attr == "compare") return Value::boolean(compare);
    return std::nullopt;
  }
  std::string hostRepr() const override { return "Field(name=" + name + ")"; }
  static Value missing() {
    static Value m = makeStr("<dataclasses.MISSING>");
    return m;
  }
  std::string name;
  Value type, defaultValue, factory;
  bool hasDefault = false, hasFactory = false, init = true, repr = true, compare = true;
};

const Value* kw(const CallArgs& a, const char* name) {
  for (const auto& [k, v] : a.keywords)
    if (k == name) return &v;
  return nullptr;
}

bool flag(Interpreter& in, const CallArgs& a, const char* name, bool dflt) {
  const Value* v = kw(a, name);
  return v ? in.truthy(*v) : dflt;
}

std::vector<std::shared_ptr<FieldObject>> fieldsOf(const ClassObject& cls) {
  std::vector<std::shared_ptr<FieldObject>> out;
  auto it = cls.dict.find("__dataclass_fields__");
  if (it == cls.dict.end()) return out;
  for (const Value& f : it->second.as<TupleObject>()->items) out.push_back(f.asShared<FieldObject>());
  return out;
}

std::vector<std::shared_ptr<FieldObject>> fieldsOfValue(Interpreter& in, const Value& v) {
  const ClassObject* cls = v.as<ClassObject>();
  if (auto* inst = v.as<InstanceObject>()) cls = inst->cls.get();
  if (!cls || !cls->dict.count("__dataclass_fields__"))
    in.raise("TypeError", "must be called with a dataclass type or instance");
  return fieldsOf(*cls);
}

Value method(const std::string& name, BuiltinFunction::Fn fn) {
  auto f = std::make_shared<BuiltinFunction>(name, std::move(fn));
  f->isMethod = true;
  return Value::object(f);
}

// The instance's compared fields as a tuple (for __eq__ and ordering).
Value compareTuple(const InstanceObject& inst, const std::vector<std::shared_ptr<FieldObject>>& fields) {
  std::vector<Value> items;
  for (const auto& f : fields)
    if (f->compare) {
      auto it = inst.attrs.find(f->name);
      items.push_back(it == inst.attrs.end() ? Value::none() : it->second);
    }
  return makeTuple(std::move(items));
}

Value makeDataclass(Interpreter& in, const Value& clsValue, const CallArgs& options) {
  auto cls = clsValue.asShared<ClassObject>();
  if (!cls) in.raise("TypeError", "dataclass() should be applied to a class");
  bool eq = flag(in, options, "eq", true), frozen = flag(in, options, "frozen", false);
  bool order = flag(in, options, "order", false);
  // Fields: the bases' (last base first, as the MRO reversed), then this class's annotations.
  std::vector<std::shared_ptr<FieldObject>> fields;
  auto add = [&](std::shared_ptr<FieldObject> f) {
    auto same = std::find_if(fields.begin(), fields.end(), [&](const auto& g) { return g->name == f->name; });
    if (same != fields.end()) *same = std::move(f);
    else fields.push_back(std::move(f));
  };
  auto mro = cls->linearization();
  for (auto it = mro.rbegin(); it != mro.rend(); ++it)
    if (*it != cls.get())
      for (auto& f : fieldsOf(**it)) add(f);
  if (auto ann = cls->dict.find("__annotations__"); ann != cls->dict.end())
    for (const auto& [key, type] : ann->second.as<DictObject>()->items) {
      auto* form = type.as<HostObject>();
      if (form && form->hostRepr() == "typing.ClassVar") continue;
      auto f = std::make_shared<FieldObject>();
      f->name = key.as<StrObject>()->value;
      f->type = type;
      if (auto d = cls->dict.find(f->name); d != cls->dict.end()) {
        if (auto given = d->second.asShared<FieldObject>()) {
          given->name = f->name;
          given->type = type;
          f = given;
          if (f->hasDefault) d->second = f->defaultValue;
          else cls->dict.erase(d);
        } else {
          if (d->second.as<ListObject>() || d->second.as<DictObject>())
            in.raise("ValueError", "mutable default " + std::string(d->second.typeName()) + " for field " + f->name +
                                       " is not allowed: use default_factory");
          f->hasDefault = true;
          f->defaultValue = d->second;
        }
      }
      add(f);
    }
  bool seenDefault = false;
  for (const auto& f : fields) {
    if (!f->init) continue;
    if (f->hasDefault || f->hasFactory) seenDefault = true;
    else if (seenDefault) in.raise("TypeError", "non-default argument '" + f->name + "' follows default argument");
  }
  std::vector<Value> fieldValues;
  for (const auto& f : fields) fieldValues.push_back(Value::object(f));
  cls->dict["__dataclass_fields__"] = makeTuple(std::move(fieldValues));
  std::string clsName = cls->className;

  if (flag(in, options, "init", true) && !cls->dict.count("__init__"))
    cls->dict["__init__"] = method("__init__", [fields, clsName](Interpreter& in, CallArgs& a) {
      auto* inst = a.positional.at(0).as<InstanceObject>();
      std::vector<std::shared_ptr<FieldObject>> params;
      for (const auto& f : fields)
        if (f->init) params.push_back(f);
      if (a.positional.size() - 1 > params.size())
        in.raise("TypeError", clsName + ".__init__() takes " + std::to_string(params.size() + 1) + " positional arguments but " +
                                  std::to_string(a.positional.size()) + " were given");
      std::unordered_map<std::string, Value> values;
      for (size_t i = 1; i < a.positional.size(); ++i) values[params[i - 1]->name] = a.positional[i];
      for (const auto& [k, v] : a.keywords) {
        if (std::none_of(params.begin(), params.end(), [&](const auto& f) { return f->name == k; }))
          in.raise("TypeError", clsName + ".__init__() got an unexpected keyword argument '" + k + "'");
        if (values.count(k)) in.raise("TypeError", clsName + ".__init__() got multiple values for argument '" + k + "'");
        values[k] = v;
      }
      // Stored directly (as the generated __init__ of a frozen dataclass does with object.__setattr__).
      for (const auto& f : fields) {
        auto v = values.find(f->name);
        if (v != values.end()) inst->attrs[f->name] = v->second;
        else if (f->hasFactory) inst->attrs[f->name] = in.call(f->factory, {});
        else if (f->hasDefault) inst->attrs[f->name] = f->defaultValue;
        else if (f->init) in.raise("TypeError", clsName + ".__init__() missing 1 required positional argument: '" + f->name + "'");
      }
      if (auto post = in.tryGetAttr(a.positional[0], "__post_init__")) in.call(*post, {});
      return Value::none();
    });
  if (flag(in, options, "repr", true) && !cls->dict.count("__repr__"))
    cls->dict["__repr__"] = method("__repr__", [fields](Interpreter& in, CallArgs& a) {
      auto* inst = a.positional.at(0).as<InstanceObject>();
      std::string out = inst->cls->className + "(";
      bool first = true;
      for (const auto& f : fields) {
        if (!f->repr) continue;
        auto it = inst->attrs.find(f->name);
        out += (first ? "" : ", ") + f->name + "=" + (it == inst->attrs.end() ? "?" : in.repr(it->second));
        first = false;
      }
      return makeStr(out + ")");
    });
  if (eq && !cls->dict.count("__eq__"))
    cls->dict["__eq__"] = method("__eq__", [fields](Interpreter& in, CallArgs& a) {
      auto* x = a.positional.at(0).as<InstanceObject>();
      auto* y = a.positional.at(1).as<InstanceObject>();
      if (!y || y->cls != x->cls) return in.builtins().at("NotImplemented");
      return Value::boolean(in.equals(compareTuple(*x, fields), compareTuple(*y, fields)));
    });
  if (order) {
    static const std::pair<const char*, syntax::CmpOpKind> kOrder[] = {
        {"__lt__", syntax::CmpOpKind::Lt}, {"__le__", syntax::CmpOpKind::LtE},
        {"__gt__", syntax::CmpOpKind::Gt}, {"__ge__", syntax::CmpOpKind::GtE}};
    for (const auto& [name, op] : kOrder)
      cls->dict[name] = method(name, [fields, op = op](Interpreter& in, CallArgs& a) {
        auto* x = a.positional.at(0).as<InstanceObject>();
        auto* y = a.positional.at(1).as<InstanceObject>();
        if (!y || y->cls != x->cls) return in.builtins().at("NotImplemented");
        return compareOp(in, op, compareTuple(*x, fields), compareTuple(*y, fields));
      });
  }
  if (frozen)
    cls->dict["__setattr__"] = method("__setattr__", [](Interpreter& in, CallArgs& a) -> Value {
      in.raise("AttributeError", "cannot assign to field '" + in.str(a.positional.at(1)) + "'");
    });
  return clsValue;
}

Value asdict(Interpreter& in, const Value& v) {
  if (auto* inst = v.as<InstanceObject>(); inst && inst->cls->dict.count("__dataclass_fields__")) {
    auto d = std::make_shared<DictObject>();
    for (const auto& f : fieldsOf(*inst->cls)) d->set(makeStr(f->name), asdict(in, inst->attrs[f->name]));
    return Value::object(d);
  }
  if (auto* l = v.as<ListObject>()) {
    std::vector<Value> items;
    for (const Value& i : l->items) items.push_back(asdict(in, i));
    return makeList(std::move(items));
  }
  if (auto* t = v.as<TupleObject>()) {
    std::vector<Value> items;
    for (const Value& i : t->items) items.push_back(asdict(in, i));
    return makeTuple(std::move(items));
  }
  if (auto* d = v.as<DictObject>()) {
    auto out = std::make_shared<DictObject>();
    for (const auto& [k, x] : d->items) out->set(k, asdict(in, x));
    return Value::object(out);
  }
  return v;
}

Value dataclassesModule(Interpreter&) {
  auto m = newModule("dataclasses");
  // @dataclass and @dataclass(frozen=True, ...).
  def(*m, "dataclass", [](Interpreter& in, CallArgs& a) -> Value {
    if (!a.positional.empty()) return makeDataclass(in, a.positional[0], a);
    CallArgs options = a;
    return Value::object(std::make_shared<BuiltinFunction>("dataclass.<decorator>", [options](Interpreter& in, CallArgs& c) {
      return makeDataclass(in, c.positional.at(0), options);
    }));
  });
  def(*m, "field", [](Interpreter& in, CallArgs& a) {
    if (!a.positional.empty()) in.raise("TypeError", "field() takes keyword arguments only");
    auto f = std::make_shared<FieldObject>();
    if (const Value* d = kw(a, "default")) f->hasDefault = true, f->defaultValue = *d;
    if (const Value* d = kw(a, "default_factory")) f->hasFactory = true, f->factory = *d;
    if (f->hasDefault && f->hasFactory) in.raise("ValueError", "cannot specify both default and default_factory");
    f->init = flag(in, a, "init", true);
    f->repr = flag(in, a, "repr", true);
    f->compare = flag(in, a, "compare", true);
    return Value::object(f);
  });
  def(*m, "fields", [](Interpreter& in, CallArgs& a) {
    std::vector<Value> out;
    for (const auto& f : fieldsOfValue(in, a.positional.at(0))) out.push_back(Value::object(f));
    return makeTuple(std::move(out));
  });
  def(*m, "asdict", [](Interpreter& in, CallArgs& a) {
    fieldsOfValue(in, a.positional.at(0));
    return asdict(in, a.positional[0]);
  });
  def(*m, "astuple", [](Interpreter& in, CallArgs& a) {
    std::vector<Value> out;
    auto* inst = a.positional.at(0).as<InstanceObject>();
    for (const auto& f : fieldsOfValue(in, a.positional[0])) out.push_back(asdict(in, inst->attrs[f->name]));
    return makeTuple(std::move(out));
  });
  def(*m, "replace", [](Interpreter& in, CallArgs& a) {
    auto* inst = a.positional.at(0).as<InstanceObject>();
    CallArgs init;
    for (const auto& f : fieldsOfValue(in, a.positional[0]))
      if (f->init) init.keywords.emplace_back(f->name, inst->attrs[f->name]);
    for (const auto& [k, v] : a.keywords) {
      auto it = std::find_if(init.keywords.begin(), init.keywords.end(), [&](const auto& kv) { return kv.first == k; });
      if (it == init.keywords.end()) in.raise("TypeError", "replace() got an unexpected field '" + k + "'");
      it->second = v;
    }
    return in.callWith(Value::object(inst->cls), std::move(init));
  });
  def(*m, "is_dataclass", [](Interpreter&, CallArgs& a) {
    const Value& v = a.positional.at(0);
    const ClassObject* cls = v.as<ClassObject>();
    if (auto* inst = v.as<InstanceObject>()) cls = inst->cls.get();
    return Value::boolean(cls && cls->dict.count("__dataclass_fields__"));
  });
  m->globals["MISSING"] = FieldObject::missing();
  return Value::object(m);
}

Value enumModule(Interpreter&) {
  auto m = newModule("enum");
  for (auto [name, kind] : {std::pair{"Enum", ClassObject::EnumKind::Enum}, std::pair{"IntEnum", ClassObject::EnumKind::IntEnum}}) {
    auto cls = std::make_shared<ClassObject>();
    cls->className = name;
    cls->module = "enum";
    cls->enumKind = kind;
    m->globals[name] = Value::object(cls);
  }
  // auto(): a placeholder the member maker replaces by the next int.
  auto autoCls = std::make_shared<ClassObject>();
  autoCls->className = "auto";
  autoCls->module = "enum";
  m->globals["auto"] = Value::object(autoCls);
  def(*m, "unique", [](Interpreter& in, CallArgs& a) {
    auto* cls = a.positional.at(0).as<ClassObject>();
    if (!cls) in.raise("TypeError", "unique() expects an enum class");
    for (const std::string& n : cls->order)
      if (auto it = cls->dict.find(n); it != cls->dict.end())
        if (auto* inst = it->second.as<InstanceObject>(); inst && inst->cls.get() == cls && in.str(inst->attrs["_name_"]) != n)
          in.raise("ValueError", "duplicate values found in " + in.repr(a.positional[0]) + ": " + n + " -> " + in.str(inst->attrs["_name_"]));
    return a.positional[0];
  });
  return Value::object(m);
}

}  // namespace

void installStdClassModules(Interpreter& in) {
  in.registerBuiltinModule("dataclasses", dataclassesModule);
  in.registerBuiltinModule("enum", enumModule);
  in.registerBuiltinModule("_polytrace_tuples", [](Interpreter& in) {
    auto m = in.loadModuleSource("_polytrace_tuples", "<builtin _polytrace_tuples>", kNamedTupleSource);
    m->internal = true;
    return Value::object(m);
  });
}

}  // namespace pt::interp
