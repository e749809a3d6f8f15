// Attribute and item access for the interpreter's object kinds, and the methods of the
// builtin containers (str, list, dict, tuple).
#include <algorithm>

#include "interp/Classes.h"
#include "interp/FrameworkBridge.h"
#include "interp/InPlace.h"
#include "interp/Operators.h"
#include "interp/Interpreter.h"
#include "interp/StdModules.h"

namespace pt::interp {

namespace {

Value method(std::string name, BuiltinFunction::Fn fn) {
  return Value::object(std::make_shared<BuiltinFunction>(std::move(name), std::move(fn)));
}

void expectArgs(Interpreter& in, const CallArgs& a, size_t min, size_t max, const std::string& name) {
  if (a.positional.size() < min || a.positional.size() > max)
    in.raise("TypeError", name + "() takes " + (min == max ? std::to_string(min) : std::to_string(min) + " to " + std::to_string(max)) +
                              " arguments (" + std::to_string(a.positional.size()) + " given)");
}

int64_t normalizeIndex(Interpreter& in, int64_t i, int64_t n, const char* what) {
  if (i < 0) i += n;
  if (i < 0 || i >= n) in.raise("IndexError", std::string(what) + " index out of range");
  return i;
}

std::optional<Value> strMethod(Interpreter& in, const std::shared_ptr<StrObject>& s, const std::string& name) {
  const std::string& v = s->value;
  if (name == "upper" || name == "lower")
    return method(name, [v, name](Interpreter&, CallArgs&) {
      std::string r = v;
      for (char& c : r) c = static_cast<char>(name == "upper" ? std::toupper(static_cast<unsigned char>(c))
                                                              : std::tolower(static_cast<unsigned char>(c)));
      return makeStr(r);
    });
  if (name == "startswith" || name == "endswith")
    return method(name, [v, name](Interpreter& in, CallArgs& a) {
      expectArgs(in, a, 1, 1, name);
      std::vector<Value> options = a.positional[0].as<TupleObject>() ? in.toList(a.positional[0]) : std::vector<Value>{a.positional[0]};
      for (const Value& o : options) {
        std::string p = in.str(o);
        bool hit = name == "startswith" ? v.rfind(p, 0) == 0 : (v.size() >= p.size() && v.compare(v.size() - p.size(), p.size(), p) == 0);
        if (hit) return Value::boolean(true);
      }
      return Value::boolean(false);
    });
  if (name == "strip" || name == "lstrip" || name == "rstrip")
    return method(name, [v, name](Interpreter&, CallArgs&) {
      size_t b = name == "rstrip" ? 0 : v.find_first_not_of(" \t\n\r");
      size_t e = name == "lstrip" ? v.size() : v.find_last_not_of(" \t\n\r") + 1;
      if (b == std::string::npos) return makeStr("");
      return makeStr(v.substr(b, e > b ? e - b : 0));
    });
  if (name == "join")
    return method(name, [v](Interpreter& in, CallArgs& a) {
      expectArgs(in, a, 1, 1, "join");
      std::string out;
      bool first = true;
      in.iterate(a.positional[0], [&](const Value& item) {
        if (!item.as<StrObject>()) in.raise("TypeError", "sequence item: expected str instance, " + std::string(item.typeName()) + " found");
        if (!first) out += v;
        first = false;
        out += item.as<StrObject>()->value;
        return true;
      });
      return makeStr(out);
    });
  if (name == "split")
    return method(name, [v](Interpreter& in, CallArgs& a) {
      std::vector<Value> parts;
      if (a.positional.empty() || a.positional[0].isNone()) {
        size_t i = 0;
        while (i < v.size()) {
          while (i < v.size() && std::isspace(static_cast<unsigned char>(v[i]))) ++i;
          size_t j = i;
          while (j < v.size() && !std::isspace(static_cast<unsigned char>(v[j]))) ++j;
          if (j > i) parts.push_back(makeStr(v.substr(i, j - i)));
          i = j;
        }
      } else {
        std::string sep = in.str(a.positional[0]);
        if (sep.empty()) in.raise("ValueError", "empty separator");
        size_t start = 0, pos;
        while ((pos = v.find(sep, start)) != std::string::npos) {
          parts.push_back(makeStr(v.substr(start, pos - start)));
          start = pos + sep.size();
        }
        parts.push_back(makeStr(v.substr(start)));
      }
      return makeList(std::move(parts));
    });
  if (name == "replace")
    return method(name, [v](Interpreter& in, CallArgs& a) {
      expectArgs(in, a, 2, 2, "replace");
      std::string from = in.str(a.positional[0]), to = in.str(a.positional[1]), out;
      if (from.empty()) return makeStr(v);
      size_t start = 0, pos;
      while ((pos = v.find(from, start)) != std::string::npos) {
        out += v.substr(start, pos - start) + to;
        start = pos + from.size();
      }
      return makeStr(out + v.substr(start));
    });
  if (name == "format")
    return method(name, [v](Interpreter& in, CallArgs& a) {
      std::string out;
      size_t next = 0;
      for (size_t i = 0; i < v.size(); ++i) {
        if (v[i] == '{' && i + 1 < v.size() && v[i + 1] == '{') { out += '{'; ++i; continue; }
        if (v[i] == '}' && i + 1 < v.size() && v[i + 1] == '}') { out += '}'; ++i; continue; }
        if (v[i] != '{') { out += v[i]; continue; }
        size_t close = v.find('}', i);
        if (close == std::string::npos) in.raise("ValueError", "Single '{' encountered in format string");
        std::string field = v.substr(i + 1, close - i - 1);
        std::string spec;
        if (auto colon = field.find(':'); colon != std::string::npos) {
          spec = field.substr(colon + 1);
          field = field.substr(0, colon);
        }
        Value arg;
        if (field.empty()) {
          if (next >= a.positional.size()) in.raise("IndexError", "Replacement index " + std::to_string(next) + " out of range");
          arg = a.positional[next++];
        } else if (std::isdigit(static_cast<unsigned char>(field[0]))) {
          size_t idx = std::stoul(field);
          if (idx >= a.positional.size()) in.raise("IndexError", "Replacement index out of range");
          arg = a.positional[idx];
        } else {
          bool found = false;
          for (auto& [k, val] : a.keywords)
            if (k == field) { arg = val; found = true; }
          if (!found) in.raise("KeyError", "'" + field + "'");
        }
        out += spec.empty() ? in.str(arg) : in.str(in.call(in.builtins().at("format"), {arg, makeStr(spec)}));
        i = close;
      }
      return makeStr(out);
    });
  (void)in;
  return std::nullopt;
}

std::optional<Value> listMethod(const std::shared_ptr<ListObject>& l, const std::string& name) {
  if (name == "append")
    return method(name, [l](Interpreter& in, CallArgs& a) {
      expectArgs(in, a, 1, 1, "append");
      if (static_cast<int64_t>(l->items.size()) >= in.limits().maxContainerItems)
        in.raise("MemoryError", "list too large for the interpreter's memory budget", "memory-budget");
      l->items.push_back(a.positional[0]);
      return Value::none();
    });
  if (name == "extend")
    return method(name, [l](Interpreter& in, CallArgs& a) {
      expectArgs(in, a, 1, 1, "extend");
      auto more = in.toList(a.positional[0]);
      l->items.insert(l->items.end(), more.begin(), more.end());
      return Value::none();
    });
  if (name == "insert")
    return method(name, [l](Interpreter& in, CallArgs& a) {
      expectArgs(in, a, 2, 2, "insert");
      int64_t n = static_cast<int64_t>(l->items.size()), i = a.positional[0].asInt();
      if (i < 0) i = std::max<int64_t>(0, i + n);
      l->items.insert(l->items.begin() + std::min(i, n), a.positional[1]);
      return Value::none();
    });
  if (name == "pop")
    return method(name, [l](Interpreter& in, CallArgs& a) {
      if (l->items.empty()) in.raise("IndexError", "pop from empty list");
      int64_t i = a.positional.empty() ? -1 : a.positional[0].asInt();
      i = normalizeIndex(in, i, static_cast<int64_t>(l->items.size()), "pop");
      Value v = l->items[static_cast<size_t>(i)];
      l->items.erase(l->items.begin() + i);
      return v;
    });
  if (name == "index" || name == "count")
    return method(name, [l, name](Interpreter& in, CallArgs& a) {
      expectArgs(in, a, 1, 1, name);
      int64_t count = 0;
      for (size_t i = 0; i < l->items.size(); ++i)
        if (in.equals(l->items[i], a.positional[0])) {
          if (name == "index") return Value::integer(static_cast<int64_t>(i));
          ++count;
        }
      if (name == "index") in.raise("ValueError", in.repr(a.positional[0]) + " is not in list");
      return Value::integer(count);
    });
  if (name == "copy")
    return method(name, [l](Interpreter&, CallArgs&) { return makeList(l->items); });
  if (name == "reverse")
    return method(name, [l](Interpreter&, CallArgs&) {
      std::reverse(l->items.begin(), l->items.end());
      return Value::none();
    });
  return std::nullopt;
}

std::optional<Value> dictMethod(const std::shared_ptr<DictObject>& d, const std::string& name) {
  if (name == "get")
    return method(name, [d](Interpreter& in, CallArgs& a) {
      expectArgs(in, a, 1, 2, "get");
      if (const Value* v = d->find(a.positional[0])) return *v;
      return a.positional.size() > 1 ? a.positional[1] : Value::none();
    });
  if (name == "items" || name == "keys" || name == "values")
    return method(name, [d, name](Interpreter&, CallArgs&) {
      std::vector<Value> out;
      for (auto& [k, v] : d->items)
        out.push_back(name == "items" ? makeTuple({k, v}) : name == "keys" ? k : v);
      return makeList(std::move(out));
    });
  if (name == "update")
    return method(name, [d](Interpreter& in, CallArgs& a) {
      if (!a.positional.empty()) {
        auto* other = a.positional[0].as<DictObject>();
        if (!other) in.raise("TypeError", "dict.update() expects a dict");
        for (auto& [k, v] : other->items) d->set(k, v);
      }
      for (auto& [k, v] : a.keywords) d->set(makeStr(k), v);
      return Value::none();
    });
  if (name == "pop")
    return method(name, [d](Interpreter& in, CallArgs& a) {
      expectArgs(in, a, 1, 2, "pop");
      if (const Value* v = d->find(a.positional[0])) {
        Value out = *v;
        d->erase(a.positional[0]);
        return out;
      }
      if (a.positional.size() > 1) return a.positional[1];
      in.raise("KeyError", in.repr(a.positional[0]));
    });
  if (name == "setdefault")
    return method(name, [d](Interpreter& in, CallArgs& a) {
      expectArgs(in, a, 1, 2, "setdefault");
      if (const Value* v = d->find(a.positional[0])) return *v;
      Value def = a.positional.size() > 1 ? a.positional[1] : Value::none();
      d->set(a.positional[0], def);
      return def;
    });
  if (name == "copy")
    return method(name, [d](Interpreter&, CallArgs&) {
      auto c = std::make_shared<DictObject>(*d);
      return Value::object(c);
    });
  return std::nullopt;
}

}  // namespace

std::optional<Value> Interpreter::tryGetAttr(const Value& object, const std::string& name) {
  if (auto m = object.asShared<ModuleObject>()) {
    if (!m->extensionFile.empty() && name != "__name__" && name != "__file__")
      raise("NotImplementedError", "'" + m->name + "." + name + "' lives in a compiled extension (" + m->extensionFile +
                                       "); Polytrace interprets Python source only", "c-extension");
    auto lookup = [&]() -> std::optional<Value> {
      auto it = m->globals.find(name);
      if (it != m->globals.end()) return it->second;
      if (m->isPackage) {
        std::string full = m->name + "." + name;
        try {
          return importModule(full);
        } catch (PyException& e) {
          // Only "this very submodule does not exist" means "not an attribute"; a submodule that
          // fails to import is an error of its own.
          if (e.type != "ModuleNotFoundError" || e.message != "No module named '" + full + "'") throw;
        }
      }
      return std::nullopt;
    };
    if (auto v = lookup()) return v;
    if (m->initPending) {
      runPendingInit(m);
      return lookup();
    }
    return std::nullopt;
  }
  if (object.as<FrameworkNamespace>() || object.as<TensorObject>() || object.as<DTypeObject>())
    return frameworkGetAttr(*this, object, name);
  if (auto* host = object.as<HostObject>()) return host->hostAttr(*this, name);
  if (object.as<InstanceObject>()) return instanceGetAttr(*this, object, name);
  if (object.as<ClassObject>()) return classGetAttr(*this, object, name);
  if (auto* s = object.as<SuperObject>()) return superGetAttr(*this, *s, name);
  if (auto p = object.asShared<PropertyObject>()) {
    if (name == "fget") return p->fget;
    if (name == "fset") return p->fset;
    if (name == "fdel") return p->fdel;
    // @x.setter / @x.getter / @x.deleter: a copy of the property with that accessor replaced.
    if (name == "setter" || name == "getter" || name == "deleter")
      return method(name, [p, name](Interpreter&, CallArgs& a) {
        auto copy = std::make_shared<PropertyObject>(*p);
        Value fn = a.positional.empty() ? Value::none() : a.positional[0];
        (name == "setter" ? copy->fset : name == "getter" ? copy->fget : copy->fdel) = fn;
        return Value::object(copy);
      });
    return std::nullopt;
  }
  if (auto* sm = object.as<StaticMethodObject>(); sm && name == "__func__") return sm->function;
  if (auto* cm = object.as<ClassMethodObject>(); cm && name == "__func__") return cm->function;
  if (auto* fn = object.as<FunctionObject>()) {
    auto it = fn->attributes.find(name);
    if (it != fn->attributes.end()) return it->second;
    return std::nullopt;
  }
  if (auto s = object.asShared<StrObject>()) return strMethod(*this, s, name);
  if (auto l = object.asShared<ListObject>()) return listMethod(l, name);
  if (auto d = object.asShared<DictObject>()) return dictMethod(d, name);
  if (auto t = object.asShared<TupleObject>()) {
    for (size_t i = 0; i < t->fieldNames.size() && i < t->items.size(); ++i)
      if (t->fieldNames[i] == name) return t->items[i];
    if (name == "index" || name == "count") {
      auto asList = std::make_shared<ListObject>(t->items);
      return listMethod(asList, name);
    }
    return std::nullopt;
  }
  if (object.isFloat() && name == "is_integer")
    return method(name, [v = object.asFloat()](Interpreter&, CallArgs&) {
      return Value::boolean(v == static_cast<double>(static_cast<int64_t>(v)));
    });
  if (auto* r = object.as<RangeObject>()) {
    if (name == "start") return Value::integer(r->start);
    if (name == "stop") return Value::integer(r->stop);
    if (name == "step") return Value::integer(r->step);
  }
  return std::nullopt;
}

Value Interpreter::getAttr(const Value& object, const std::string& name) {
  if (auto v = tryGetAttr(object, name)) return *v;
  if (auto* m = object.as<ModuleObject>()) {
    if (isBuiltinModule(*m))
      raise("NotImplementedError", "'" + m->name + "." + name + "' is not supported by Polytrace yet (its '" + m->name +
                                       "' module is a partial model)", "unsupported-api");
    raise("AttributeError", "module '" + m->name + "' has no attribute '" + name + "'");
  }
  if (auto* ns = object.as<FrameworkNamespace>())
    raise("AttributeError", "module '" + ns->symbol + "' has no attribute '" + name +
                                "' (or Polytrace does not support it yet)", "unsupported-api");
  if (auto* t = object.as<TensorObject>())
    raise("AttributeError", "'" + std::string(frontends::ApiTable::tensorTypePrefix(t->framework)) +
                                "' object has no attribute '" + name + "' (or Polytrace does not support it yet)",
          "unsupported-api");
  if (auto* c = object.as<ClassObject>())
    raise("AttributeError", "type object '" + c->className + "' has no attribute '" + name + "'");
  raise("AttributeError", "'" + std::string(object.typeName()) + "' object has no attribute '" + name + "'");
}

void Interpreter::setAttr(const Value& object, const std::string& name, Value value) {
  if (auto* inst = object.as<InstanceObject>()) {
    if (instanceSetAttr(*this, object, name, value)) return;
    inst->attrs[name] = std::move(value);
    return;
  }
  if (auto* m = object.as<ModuleObject>()) {
    m->globals[name] = std::move(value);
    return;
  }
  if (auto* c = object.as<ClassObject>()) {
    c->dict[name] = std::move(value);
    return;
  }
  if (auto* f = object.as<FunctionObject>()) {
    f->attributes[name] = std::move(value);
    return;
  }
  if (object.as<TensorObject>())
    raise("NotImplementedError", "assigning attributes of tensors is not supported", "unsupported-mutation");
  raise("AttributeError", "'" + std::string(object.typeName()) + "' object has no attribute '" + name + "'");
}

namespace {
// Resolves a Python slice against a sequence length: start, stop, step, count.
struct SliceBounds {
  int64_t start, stop, step, count;
};
SliceBounds resolveSlice(Interpreter& in, const SliceObject& s, int64_t n) {
  int64_t step = s.step.isNone() ? 1 : s.step.asInt();
  if (step == 0) in.raise("ValueError", "slice step cannot be zero");
  auto clampIndex = [&](const Value& v, int64_t dflt, int64_t lo, int64_t hi) {
    if (v.isNone()) return dflt;
    int64_t i = v.asInt();
    if (i < 0) i += n;
    return std::clamp(i, lo, hi);
  };
  int64_t start = step > 0 ? clampIndex(s.start, 0, 0, n) : clampIndex(s.start, n - 1, -1, n - 1);
  int64_t stop = step > 0 ? clampIndex(s.stop, n, 0, n) : clampIndex(s.stop, -1, -1, n - 1);
  int64_t count = step > 0 ? (stop > start ? (stop - start + step - 1) / step : 0)
                           : (start > stop ? (start - stop - step - 1) / (-step) : 0);
  return {start, stop, step, count};
}
}  // namespace

Value Interpreter::getItem(const Value& container, const Value& index) {
  if (container.as<TensorObject>()) return tensorGetItem(*this, container, index);
  auto sequenceItem = [&](const std::vector<Value>& items, bool isList) -> Value {
    int64_t n = static_cast<int64_t>(items.size());
    if (auto* s = index.as<SliceObject>()) {
      auto b = resolveSlice(*this, *s, n);
      std::vector<Value> out;
      for (int64_t k = 0, i = b.start; k < b.count; ++k, i += b.step) out.push_back(items[static_cast<size_t>(i)]);
      return isList ? makeList(std::move(out)) : makeTuple(std::move(out));
    }
    if (!index.isInt() && !index.isBool())
      raise("TypeError", std::string(isList ? "list" : "tuple") + " indices must be integers or slices, not " +
                             std::string(index.typeName()));
    return items[static_cast<size_t>(normalizeIndex(*this, index.asInt(), n, isList ? "list" : "tuple"))];
  };
  if (auto* l = container.as<ListObject>()) return sequenceItem(l->items, true);
  if (auto* t = container.as<TupleObject>()) return sequenceItem(t->items, false);
  if (auto* d = container.as<DictObject>()) {
    if (const Value* v = d->find(index)) return *v;
    raise("KeyError", repr(index));
  }
  if (auto* s = container.as<StrObject>()) {
    int64_t n = static_cast<int64_t>(s->value.size());
    if (auto* sl = index.as<SliceObject>()) {
      auto b = resolveSlice(*this, *sl, n);
      std::string out;
      for (int64_t k = 0, i = b.start; k < b.count; ++k, i += b.step) out += s->value[static_cast<size_t>(i)];
      return makeStr(out);
    }
    return makeStr(std::string(1, s->value[static_cast<size_t>(normalizeIndex(*this, index.asInt(), n, "string"))]));
  }
  if (auto* r = container.as<RangeObject>()) {
    int64_t i = normalizeIndex(*this, index.asInt(), r->size(), "range object");
    return Value::integer(r->start + i * r->step);
  }
  if (auto* cls = container.as<ClassObject>()) {
    // Color['RED'] on an enum; Generic-style subscripts (MyList[int]) in annotations.
    if (cls->enumKind != ClassObject::EnumKind::None) {
      for (const Value& m : cls->enumMembers)
        if (equals(m.as<InstanceObject>()->attrs.at("_name_"), index)) return m;
      raise("KeyError", repr(index));
    }
    if (auto m = tryGetAttr(container, "__class_getitem__")) return call(*m, {index});
    return container;
  }
  if (auto m = tryGetAttr(container, "__getitem__")) return call(*m, {index});
  raise("TypeError", "'" + std::string(container.typeName()) + "' object is not subscriptable");
}

void Interpreter::setItem(const Value& container, const Value& index, Value value) {
  if (auto* l = container.as<ListObject>()) {
    if (!index.isInt()) raise("NotImplementedError", "slice assignment to lists is not supported yet", "unsupported-syntax");
    l->items[static_cast<size_t>(normalizeIndex(*this, index.asInt(), static_cast<int64_t>(l->items.size()), "list assignment"))] =
        std::move(value);
    return;
  }
  if (auto* d = container.as<DictObject>()) {
    d->set(index, std::move(value));
    return;
  }
  if (container.as<TensorObject>()) {
    tensorSetItem(*this, container, index, std::move(value));
    return;
  }
  if (auto m = tryGetAttr(container, "__setitem__")) {
    call(*m, {index, value});
    return;
  }
  raise("TypeError", "'" + std::string(container.typeName()) + "' object does not support item assignment");
}

int64_t RangeObject::size() const {
  if (step > 0) return stop > start ? (stop - start + step - 1) / step : 0;
  return start > stop ? (start - stop - step - 1) / (-step) : 0;
}

const Value* DictObject::find(const Value& key) const {
  for (const auto& [k, v] : items) {
    if (k.kind() != key.kind() && !(k.isNumber() && key.isNumber())) continue;
    if (k.isNumber() && key.isNumber()) {
      if (k.asFloat() == key.asFloat()) return &v;
      continue;
    }
    if (auto* a = k.as<StrObject>()) {
      if (auto* b = key.as<StrObject>(); b && a->value == b->value) return &v;
      continue;
    }
    if (k.isNone() && key.isNone()) return &v;
    if (k.identical(key)) return &v;
  }
  return nullptr;
}

void DictObject::set(const Value& key, Value value) {
  if (const Value* existing = find(key)) {
    *const_cast<Value*>(existing) = std::move(value);
    return;
  }
  items.emplace_back(key, std::move(value));
}

bool DictObject::erase(const Value& key) {
  const Value* existing = find(key);
  if (!existing) return false;
  items.erase(std::find_if(items.begin(), items.end(), [&](const auto& kv) { return &kv.second == existing; }));
  return true;
}

}  // namespace pt::interp
