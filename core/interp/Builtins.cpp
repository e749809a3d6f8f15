// Python's builtins as the interpreter provides them. Deliberately absent: open, exec, eval,
// compile, input, __import__, globals — nothing that reaches files, processes or the host.
#include <algorithm>
#include <cmath>
#include <cstring>

#include "base/FloatRepr.h"
#include "interp/Classes.h"
#include "interp/Evaluator.h"
#include "interp/FrameworkBridge.h"
#include "interp/Interpreter.h"
#include "interp/Operators.h"

namespace pt::interp {

namespace {

using Fn = BuiltinFunction::Fn;

void arity(Interpreter& in, const CallArgs& a, size_t min, size_t max, const char* name) {
  if (a.positional.size() < min || a.positional.size() > max) {
    std::string expected = min == max ? std::to_string(min) : "from " + std::to_string(min) + " to " + std::to_string(max);
    in.raise("TypeError", std::string(name) + "() takes " + expected + " positional arguments but " +
                              std::to_string(a.positional.size()) + " were given");
  }
}

const Value* keyword(const CallArgs& a, const char* name) {
  for (const auto& [k, v] : a.keywords)
    if (k == name) return &v;
  return nullptr;
}

int64_t toInt(Interpreter& in, const Value& v) {
  if (v.isInt() || v.isBool()) return v.asInt();
  if (v.isFloat()) {
    double f = v.asFloat();
    if (!std::isfinite(f)) in.raise(std::isnan(f) ? "ValueError" : "OverflowError", "cannot convert float " + pyFloatRepr(f) + " to integer");
    if (std::fabs(f) >= 9.2e18) in.raise("OverflowError", "int too large for the interpreter (64-bit)", "int-overflow");
    return static_cast<int64_t>(f);
  }
  if (auto* s = v.as<StrObject>()) {
    try {
      size_t used = 0;
      long long r = std::stoll(s->value, &used);
      if (used == s->value.size()) return r;
    } catch (...) {
    }
    in.raise("ValueError", "invalid literal for int() with base 10: " + in.repr(v));
  }
  if (auto* t = v.as<TensorObject>()) return toInt(in, tensorToPython(in, *t, "int()"));
  in.raise("TypeError", "int() argument must be a string or a number, not '" + std::string(v.typeName()) + "'");
}

double toFloat(Interpreter& in, const Value& v) {
  if (v.isNumber()) return v.asFloat();
  if (auto* s = v.as<StrObject>()) {
    std::string t = s->value;
    if (t == "inf" || t == "+inf") return INFINITY;
    if (t == "-inf") return -INFINITY;
    if (t == "nan") return NAN;
    try {
      size_t used = 0;
      double r = std::stod(t, &used);
      if (used == t.size()) return r;
    } catch (...) {
    }
    in.raise("ValueError", "could not convert string to float: " + in.repr(v));
  }
  if (auto* t = v.as<TensorObject>()) return tensorToPython(in, *t, "float()").asFloat();
  in.raise("TypeError", "float() argument must be a string or a real number, not '" + std::string(v.typeName()) + "'");
}

// min/max over an iterable or over several arguments, with key=.
Value extreme(Interpreter& in, CallArgs& a, bool wantMax, const char* name) {
  std::vector<Value> items = a.positional.size() == 1 ? in.toList(a.positional[0]) : a.positional;
  const Value* key = keyword(a, "key");
  if (items.empty()) {
    if (const Value* d = keyword(a, "default")) return *d;
    in.raise("ValueError", std::string(name) + "() arg is an empty sequence");
  }
  Value best = items[0];
  Value bestKey = key ? in.call(*key, {best}) : best;
  for (size_t i = 1; i < items.size(); ++i) {
    Value k = key ? in.call(*key, {items[i]}) : items[i];
    Value better = compareOp(in, wantMax ? syntax::CmpOpKind::Gt : syntax::CmpOpKind::Lt, k, bestKey);
    if (in.truthy(better)) {
      best = items[i];
      bestKey = k;
    }
  }
  return best;
}

Value makeExceptionClass(const std::string& name, const Value& base) {
  auto cls = std::make_shared<ClassObject>();
  cls->className = name;
  cls->isException = true;
  if (auto b = base.asShared<ClassObject>()) cls->bases.push_back(b);
  return Value::object(cls);
}

// Python's format() mini-language for numbers: [[fill]align][sign][width][.precision][type].
std::string formatNumber(Interpreter& in, const Value& v, const std::string& spec) {
  size_t i = 0;
  char align = 0, fill = ' ';
  if (spec.size() >= 2 && std::strchr("<>^", spec[1])) {
    fill = spec[0];
    align = spec[1];
    i = 2;
  } else if (!spec.empty() && std::strchr("<>^", spec[0])) {
    align = spec[0];
    i = 1;
  }
  char sign = '-';
  if (i < spec.size() && std::strchr("+- ", spec[i])) sign = spec[i++];
  bool zero = false;
  if (i < spec.size() && spec[i] == '0') {
    zero = true;
    ++i;
  }
  int width = 0;
  while (i < spec.size() && std::isdigit(static_cast<unsigned char>(spec[i]))) width = width * 10 + (spec[i++] - '0');
  if (i < spec.size() && spec[i] == ',') ++i;
  int precision = -1;
  if (i < spec.size() && spec[i] == '.') {
    precision = 0;
    ++i;
    while (i < spec.size() && std::isdigit(static_cast<unsigned char>(spec[i]))) precision = precision * 10 + (spec[i++] - '0');
  }
  char type = i < spec.size() ? spec[i] : 0;
  std::string body;
  char buf[512];
  if (type == 'd' || (type == 0 && (v.isInt() || v.isBool()) && precision < 0)) {
    body = v.isNumber() ? std::to_string(v.isFloat() ? static_cast<int64_t>(v.asFloat()) : v.asInt()) : in.str(v);
  } else if (type == 'f' || type == 'F' || type == 'e' || type == 'E' || type == 'g' || type == 'G' || type == '%' ||
             (type == 0 && v.isNumber())) {
    double x = v.asFloat();
    if (type == '%') {
      std::snprintf(buf, sizeof buf, "%.*f%%", precision < 0 ? 6 : precision, x * 100);
    } else if (type == 0) {
      if (precision < 0) {
        body = pyFloatRepr(x);
      } else {
        std::snprintf(buf, sizeof buf, "%.*g", precision == 0 ? 1 : precision, x);
      }
    } else {
      char f[8] = {'%', '.', '*', type, 0};
      std::snprintf(buf, sizeof buf, f, precision < 0 ? 6 : precision, x);
    }
    if (body.empty()) body = buf;
  } else {
    body = in.str(v);
    if (precision >= 0 && body.size() > static_cast<size_t>(precision)) body.resize(static_cast<size_t>(precision));
  }
  if (sign == '+' && v.isNumber() && body[0] != '-') body = "+" + body;
  if (sign == ' ' && v.isNumber() && body[0] != '-') body = " " + body;
  if (static_cast<int>(body.size()) < width) {
    size_t pad = static_cast<size_t>(width) - body.size();
    if (zero && !align) {
      size_t signLen = (body[0] == '-' || body[0] == '+' || body[0] == ' ') ? 1 : 0;
      body.insert(signLen, pad, '0');
    } else {
      char a = align ? align : (v.isNumber() ? '>' : '<');
      if (a == '<') body += std::string(pad, fill);
      else if (a == '>') body = std::string(pad, fill) + body;
      else body = std::string(pad / 2, fill) + body + std::string(pad - pad / 2, fill);
    }
  }
  return body;
}

}  // namespace

void Interpreter::installBuiltins() {
  auto def = [this](const std::string& name, Fn fn) {
    builtins_[name] = Value::object(std::make_shared<BuiltinFunction>(name, std::move(fn)));
  };
  builtins_["Ellipsis"] = Value::object(std::make_shared<EllipsisObject>());
  builtins_["NotImplemented"] = makeStr("NotImplemented");
  builtins_["__name__"] = makeStr("builtins");

  // Exceptions, with CPython's hierarchy for the classes user code catches.
  builtins_["BaseException"] = makeExceptionClass("BaseException", Value::none());
  const std::pair<const char*, const char*> kExceptions[] = {
      {"Exception", "BaseException"},        {"KeyboardInterrupt", "BaseException"},
      {"ArithmeticError", "Exception"},     {"LookupError", "Exception"},
      {"ValueError", "Exception"},          {"TypeError", "Exception"},
      {"RuntimeError", "Exception"},        {"AttributeError", "Exception"},
      {"NameError", "Exception"},           {"AssertionError", "Exception"},
      {"ImportError", "Exception"},         {"MemoryError", "Exception"},
      {"StopIteration", "Exception"},       {"Warning", "Exception"},
      {"ZeroDivisionError", "ArithmeticError"}, {"OverflowError", "ArithmeticError"},
      {"KeyError", "LookupError"},          {"IndexError", "LookupError"},
      {"NotImplementedError", "RuntimeError"}, {"RecursionError", "RuntimeError"},
      {"ModuleNotFoundError", "ImportError"}, {"UnboundLocalError", "NameError"},
      {"UserWarning", "Warning"},           {"DeprecationWarning", "Warning"},
      {"RuntimeWarning", "Warning"},        {"SyntaxError", "Exception"},
      {"IndentationError", "SyntaxError"},  {"TabError", "IndentationError"},
  };
  for (const auto& [name, base] : kExceptions) builtins_[name] = makeExceptionClass(name, builtins_.at(base));

  def("print", [](Interpreter& in, CallArgs& a) {
    std::string sep = " ", end = "\n";
    if (const Value* s = keyword(a, "sep"); s && !s->isNone()) sep = in.str(*s);
    if (const Value* e = keyword(a, "end"); e && !e->isNone()) end = in.str(*e);
    std::string line;
    for (size_t i = 0; i < a.positional.size(); ++i) line += (i ? sep : "") + in.str(a.positional[i]);
    in.output() += line + end;
    return Value::none();
  });
  def("len", [](Interpreter& in, CallArgs& a) {
    arity(in, a, 1, 1, "len");
    const Value& v = a.positional[0];
    if (auto* s = v.as<StrObject>()) return Value::integer(static_cast<int64_t>(s->value.size()));
    if (auto* l = v.as<ListObject>()) return Value::integer(static_cast<int64_t>(l->items.size()));
    if (auto* t = v.as<TupleObject>()) return Value::integer(static_cast<int64_t>(t->items.size()));
    if (auto* d = v.as<DictObject>()) return Value::integer(static_cast<int64_t>(d->items.size()));
    if (auto* r = v.as<RangeObject>()) return Value::integer(r->size());
    if (auto* t = v.as<TensorObject>()) {
      if (t->tensor.rank() == 0) in.raise("TypeError", "len() of a 0-d tensor");
      return Value::integer(t->tensor.shape()[0]);
    }
    if (auto* c = v.as<ClassObject>(); c && c->enumKind != ClassObject::EnumKind::None)
      return Value::integer(static_cast<int64_t>(c->enumMembers.size()));
    if (auto m = in.tryGetAttr(v, "__len__")) return in.call(*m, {});
    in.raise("TypeError", "object of type '" + std::string(v.typeName()) + "' has no len()");
  });
  def("range", [](Interpreter& in, CallArgs& a) {
    arity(in, a, 1, 3, "range");
    auto r = std::make_shared<RangeObject>();
    std::vector<int64_t> v;
    for (const Value& x : a.positional) {
      if (!x.isInt() && !x.isBool()) in.raise("TypeError", "'" + std::string(x.typeName()) + "' object cannot be interpreted as an integer");
      v.push_back(x.asInt());
    }
    if (v.size() == 1) r->stop = v[0];
    else {
      r->start = v[0];
      r->stop = v[1];
      if (v.size() == 3) r->step = v[2];
    }
    if (r->step == 0) in.raise("ValueError", "range() arg 3 must not be zero");
    return Value::object(r);
  });
  def("enumerate", [](Interpreter& in, CallArgs& a) {
    arity(in, a, 1, 2, "enumerate");
    int64_t start = a.positional.size() > 1 ? a.positional[1].asInt() : 0;
    if (const Value* s = keyword(a, "start")) start = s->asInt();
    std::vector<Value> out;
    for (Value& v : in.toList(a.positional[0])) out.push_back(makeTuple({Value::integer(start++), v}));
    return makeList(std::move(out));
  });
  def("zip", [](Interpreter& in, CallArgs& a) {
    std::vector<std::vector<Value>> lists;
    size_t n = SIZE_MAX;
    for (const Value& v : a.positional) {
      lists.push_back(in.toList(v));
      n = std::min(n, lists.back().size());
    }
    if (lists.empty()) n = 0;
    std::vector<Value> out;
    for (size_t i = 0; i < n; ++i) {
      std::vector<Value> row;
      for (auto& l : lists) row.push_back(l[i]);
      out.push_back(makeTuple(std::move(row)));
    }
    return makeList(std::move(out));
  });
  def("list", [](Interpreter& in, CallArgs& a) {
    arity(in, a, 0, 1, "list");
    return makeList(a.positional.empty() ? std::vector<Value>{} : in.toList(a.positional[0]));
  });
  def("tuple", [](Interpreter& in, CallArgs& a) {
    arity(in, a, 0, 1, "tuple");
    return makeTuple(a.positional.empty() ? std::vector<Value>{} : in.toList(a.positional[0]));
  });
  def("set", [](Interpreter& in, CallArgs& a) {
    std::vector<Value> unique;
    if (!a.positional.empty())
      for (Value& v : in.toList(a.positional[0]))
        if (std::none_of(unique.begin(), unique.end(), [&](const Value& u) { return in.equals(u, v); })) unique.push_back(v);
    return makeList(std::move(unique));
  });
  def("dict", [](Interpreter& in, CallArgs& a) {
    auto d = std::make_shared<DictObject>();
    if (!a.positional.empty()) {
      if (auto* other = a.positional[0].as<DictObject>()) d->items = other->items;
      else
        for (Value& kv : in.toList(a.positional[0])) {
          auto pair = in.toList(kv);
          if (pair.size() != 2) in.raise("ValueError", "dictionary update sequence element has wrong length");
          d->set(pair[0], pair[1]);
        }
    }
    for (auto& [k, v] : a.keywords) d->set(makeStr(k), v);
    return Value::object(d);
  });
  def("str", [](Interpreter& in, CallArgs& a) { return makeStr(a.positional.empty() ? "" : in.str(a.positional[0])); });
  def("repr", [](Interpreter& in, CallArgs& a) {
    arity(in, a, 1, 1, "repr");
    return makeStr(in.repr(a.positional[0]));
  });
  def("int", [](Interpreter& in, CallArgs& a) {
    arity(in, a, 0, 1, "int");
    return Value::integer(a.positional.empty() ? 0 : toInt(in, a.positional[0]));
  });
  def("float", [](Interpreter& in, CallArgs& a) {
    arity(in, a, 0, 1, "float");
    return Value::real(a.positional.empty() ? 0.0 : toFloat(in, a.positional[0]));
  });
  def("bool", [](Interpreter& in, CallArgs& a) {
    arity(in, a, 0, 1, "bool");
    return Value::boolean(!a.positional.empty() && in.truthy(a.positional[0]));
  });
  def("abs", [](Interpreter& in, CallArgs& a) {
    arity(in, a, 1, 1, "abs");
    const Value& v = a.positional[0];
    if (v.isInt() || v.isBool()) return Value::integer(std::llabs(v.asInt()));
    if (v.isFloat()) return Value::real(std::fabs(v.asFloat()));
    return unaryOp(in, syntax::UnaryOpKind::UAdd, in.call(in.getAttr(v, "__abs__"), {}));
  });
  def("min", [](Interpreter& in, CallArgs& a) { return extreme(in, a, false, "min"); });
  def("max", [](Interpreter& in, CallArgs& a) { return extreme(in, a, true, "max"); });
  def("sum", [](Interpreter& in, CallArgs& a) {
    arity(in, a, 1, 2, "sum");
    Value acc = a.positional.size() > 1 ? a.positional[1] : Value::integer(0);
    if (const Value* s = keyword(a, "start")) acc = *s;
    in.iterate(a.positional[0], [&](const Value& v) {
      acc = binaryOp(in, syntax::OperatorKind::Add, acc, v);
      return true;
    });
    return acc;
  });
  def("round", [](Interpreter& in, CallArgs& a) {
    arity(in, a, 1, 2, "round");
    const Value& v = a.positional[0];
    if (a.positional.size() == 1 || a.positional[1].isNone()) {
      if (v.isInt() || v.isBool()) return Value::integer(v.asInt());
      return Value::integer(toInt(in, Value::real(std::nearbyint(v.asFloat()))));  // half to even
    }
    double scale = std::pow(10.0, static_cast<double>(a.positional[1].asInt()));
    return Value::real(std::nearbyint(v.asFloat() * scale) / scale);
  });
  def("divmod", [](Interpreter& in, CallArgs& a) {
    arity(in, a, 2, 2, "divmod");
    return makeTuple({binaryOp(in, syntax::OperatorKind::FloorDiv, a.positional[0], a.positional[1]),
                      binaryOp(in, syntax::OperatorKind::Mod, a.positional[0], a.positional[1])});
  });
  def("pow", [](Interpreter& in, CallArgs& a) {
    arity(in, a, 2, 2, "pow");
    return binaryOp(in, syntax::OperatorKind::Pow, a.positional[0], a.positional[1]);
  });
  def("isinstance", [](Interpreter& in, CallArgs& a) {
    arity(in, a, 2, 2, "isinstance");
    return Value::boolean(in.isInstance(a.positional[0], a.positional[1]));
  });
  def("issubclass", [](Interpreter& in, CallArgs& a) {
    arity(in, a, 2, 2, "issubclass");
    auto* c = a.positional[0].as<ClassObject>();
    auto* base = a.positional[1].as<ClassObject>();
    if (!c || !base) in.raise("TypeError", "issubclass() arg 1 must be a class");
    if (isObjectClass(a.positional[1])) return Value::boolean(true);
    return Value::boolean(c->isSubclassOf(base));
  });
  def("getattr", [](Interpreter& in, CallArgs& a) {
    arity(in, a, 2, 3, "getattr");
    std::string name = in.str(a.positional[1]);
    if (auto v = in.tryGetAttr(a.positional[0], name)) return *v;
    if (a.positional.size() == 3) return a.positional[2];
    return in.getAttr(a.positional[0], name);
  });
  def("setattr", [](Interpreter& in, CallArgs& a) {
    arity(in, a, 3, 3, "setattr");
    in.setAttr(a.positional[0], in.str(a.positional[1]), a.positional[2]);
    return Value::none();
  });
  def("hasattr", [](Interpreter& in, CallArgs& a) {
    arity(in, a, 2, 2, "hasattr");
    return Value::boolean(in.tryGetAttr(a.positional[0], in.str(a.positional[1])).has_value());
  });
  def("callable", [](Interpreter& in, CallArgs& a) {
    arity(in, a, 1, 1, "callable");
    const Value& v = a.positional[0];
    return Value::boolean(v.as<Callable>() != nullptr || (v.as<InstanceObject>() && in.tryGetAttr(v, "__call__")));
  });
  def("sorted", [](Interpreter& in, CallArgs& a) {
    arity(in, a, 1, 1, "sorted");
    std::vector<Value> items = in.toList(a.positional[0]);
    const Value* key = keyword(a, "key");
    bool reverse = keyword(a, "reverse") && in.truthy(*keyword(a, "reverse"));
    std::vector<std::pair<Value, Value>> keyed;
    for (Value& v : items) keyed.emplace_back(key ? in.call(*key, {v}) : v, v);
    std::stable_sort(keyed.begin(), keyed.end(), [&](const auto& x, const auto& y) {
      return in.truthy(compareOp(in, syntax::CmpOpKind::Lt, reverse ? y.first : x.first, reverse ? x.first : y.first));
    });
    std::vector<Value> out;
    for (auto& kv : keyed) out.push_back(kv.second);
    return makeList(std::move(out));
  });
  def("reversed", [](Interpreter& in, CallArgs& a) {
    arity(in, a, 1, 1, "reversed");
    std::vector<Value> items = in.toList(a.positional[0]);
    std::reverse(items.begin(), items.end());
    return makeList(std::move(items));
  });
  def("any", [](Interpreter& in, CallArgs& a) {
    arity(in, a, 1, 1, "any");
    bool r = false;
    in.iterate(a.positional[0], [&](const Value& v) { return !(r = in.truthy(v)); });
    return Value::boolean(r);
  });
  def("all", [](Interpreter& in, CallArgs& a) {
    arity(in, a, 1, 1, "all");
    bool r = true;
    in.iterate(a.positional[0], [&](const Value& v) { return (r = in.truthy(v)); });
    return Value::boolean(r);
  });
  def("map", [](Interpreter& in, CallArgs& a) {
    arity(in, a, 2, 2, "map");
    std::vector<Value> out;
    for (Value& v : in.toList(a.positional[1])) out.push_back(in.call(a.positional[0], {v}));
    return makeList(std::move(out));
  });
  def("filter", [](Interpreter& in, CallArgs& a) {
    arity(in, a, 2, 2, "filter");
    std::vector<Value> out;
    for (Value& v : in.toList(a.positional[1]))
      if (a.positional[0].isNone() ? in.truthy(v) : in.truthy(in.call(a.positional[0], {v}))) out.push_back(v);
    return makeList(std::move(out));
  });
  def("format", [](Interpreter& in, CallArgs& a) {
    arity(in, a, 1, 2, "format");
    std::string spec = a.positional.size() > 1 ? in.str(a.positional[1]) : "";
    return makeStr(spec.empty() ? in.str(a.positional[0]) : formatNumber(in, a.positional[0], spec));
  });
  def("type", [](Interpreter& in, CallArgs& a) {
    if (a.positional.size() == 3) {
      // type(name, bases, namespace): a class made at run time (collections.namedtuple).
      auto* ns = a.positional[2].as<DictObject>();
      if (!a.positional[0].as<StrObject>() || !ns) in.raise("TypeError", "type() argument 1 must be str and argument 3 a dict");
      Scope scope;
      for (const auto& [k, v] : ns->items) {
        scope.order.push_back(in.str(k));
        scope.vars[in.str(k)] = v;
      }
      return buildClass(in, in.str(a.positional[0]), "__main__", in.toList(a.positional[1]), scope, {});
    }
    arity(in, a, 1, 1, "type");
    const Value& v = a.positional[0];
    if (auto* inst = v.as<InstanceObject>()) return Value::object(inst->cls);
    if (auto* t = v.as<TensorObject>()) return typeOfTensor(*t);
    auto it = in.builtins().find(std::string(v.typeName()));
    if (it != in.builtins().end()) return it->second;
    return makeStr(std::string(v.typeName()));
  });
  def("id", [](Interpreter&, CallArgs& a) {
    return Value::integer(static_cast<int64_t>(reinterpret_cast<intptr_t>(a.positional.at(0).obj().get())));
  });
  installClassBuiltins();
  installIterBuiltins();
}


// ---- truth, equality, iteration, isinstance ------------------------------------------------------

bool Interpreter::truthy(const Value& v) {
  switch (v.kind()) {
    case Value::Kind::None: return false;
    case Value::Kind::Bool:
    case Value::Kind::Int: return v.asInt() != 0;
    case Value::Kind::Float: return v.asFloat() != 0.0;
    case Value::Kind::Obj: break;
  }
  if (auto* s = v.as<StrObject>()) return !s->value.empty();
  if (auto* l = v.as<ListObject>()) return !l->items.empty();
  if (auto* t = v.as<TupleObject>()) return !t->items.empty();
  if (auto* d = v.as<DictObject>()) return !d->items.empty();
  if (auto* r = v.as<RangeObject>()) return r->size() > 0;
  if (auto* t = v.as<TensorObject>()) {
    if (t->tensor.numel() != 1)
      raise(t->framework == ir::Framework::Torch ? "RuntimeError" : "ValueError",
            "the truth value of a tensor with more than one element is ambiguous");
    return tensorToPython(*this, *t, "bool()").asFloat() != 0.0;
  }
  if (auto m = tryGetAttr(v, "__bool__")) return truthy(call(*m, {}));
  if (auto m = tryGetAttr(v, "__len__")) return truthy(call(*m, {}));
  return true;
}

bool Interpreter::equals(const Value& a, const Value& b) {
  if (auto v = intEnumValue(a)) return equals(*v, b);
  if (auto v = intEnumValue(b)) return equals(a, *v);
  if (a.as<InstanceObject>() || b.as<InstanceObject>()) {
    if (a.identical(b)) return true;
    if (auto r = callDunder(*this, a, "__eq__", b)) return truthy(*r);
    if (auto r = callDunder(*this, b, "__eq__", a)) return truthy(*r);
    return false;
  }
  if (a.isNumber() && b.isNumber()) {
    if (a.isFloat() || b.isFloat()) return a.asFloat() == b.asFloat();
    return a.asInt() == b.asInt();
  }
  if (a.isNone() || b.isNone()) return a.isNone() && b.isNone();
  if (auto* x = a.as<StrObject>()) {
    auto* y = b.as<StrObject>();
    return y && x->value == y->value;
  }
  auto seqEq = [&](const std::vector<Value>& xs, const std::vector<Value>& ys) {
    if (xs.size() != ys.size()) return false;
    for (size_t i = 0; i < xs.size(); ++i)
      if (!equals(xs[i], ys[i])) return false;
    return true;
  };
  if (auto* x = a.as<TupleObject>()) {
    auto* y = b.as<TupleObject>();
    return y && seqEq(x->items, y->items);
  }
  if (auto* x = a.as<ListObject>()) {
    auto* y = b.as<ListObject>();
    return y && seqEq(x->items, y->items);
  }
  if (auto* x = a.as<DTypeObject>()) {
    auto* y = b.as<DTypeObject>();
    return y && x->dtype == y->dtype;
  }
  if (a.as<TensorObject>() || b.as<TensorObject>()) return truthy(compareOp(*this, syntax::CmpOpKind::Eq, a, b));
  return a.identical(b);
}

void Interpreter::iterate(const Value& iterable, const std::function<bool(const Value&)>& body) {
  auto each = [&](const std::vector<Value>& items) {
    // Copy: the body may mutate the container (Python would see the change; we iterate a snapshot).
    std::vector<Value> snapshot = items;
    for (const Value& v : snapshot) {
      countStep();
      if (!body(v)) return;
    }
  };
  if (auto* r = iterable.as<RangeObject>()) {
    int64_t n = r->size();
    for (int64_t i = 0; i < n; ++i) {
      countStep();
      if (!body(Value::integer(r->start + i * r->step))) return;
    }
    return;
  }
  if (auto* l = iterable.as<ListObject>()) return each(l->items);
  if (auto* t = iterable.as<TupleObject>()) return each(t->items);
  if (auto* d = iterable.as<DictObject>()) {
    std::vector<Value> keys;
    for (auto& kv : d->items) keys.push_back(kv.first);
    return each(keys);
  }
  if (auto* s = iterable.as<StrObject>()) {
    std::vector<Value> chars;
    for (char c : s->value) chars.push_back(makeStr(std::string(1, c)));
    return each(chars);
  }
  if (auto* it = iterable.as<IteratorObject>()) {
    // Iterating an iterator consumes it.
    while (auto v = nextOf(iterable)) {
      countStep();
      if (!body(*v)) return;
    }
    (void)it;
    return;
  }
  if (auto* cls = iterable.as<ClassObject>(); cls && cls->enumKind != ClassObject::EnumKind::None) return each(cls->enumMembers);
  if (iterable.as<InstanceObject>()) {
    if (auto m = tryGetAttr(iterable, "__iter__")) {
      Value iterator = call(*m, {});
      if (iterator.as<InstanceObject>()) {
        while (auto v = nextOf(iterator)) {
          countStep();
          if (!body(*v)) return;
        }
        return;
      }
      return iterate(iterator, body);
    }
    if (auto m = tryGetAttr(iterable, "__getitem__")) {
      // The old sequence protocol: items 0, 1, ... until IndexError.
      for (int64_t i = 0;; ++i) {
        Value v;
        try {
          v = call(*m, {Value::integer(i)});
        } catch (const PyException& e) {
          if (e.type == "IndexError" || e.type == "StopIteration") return;
          throw;
        }
        countStep();
        if (!body(v)) return;
      }
    }
  }
  if (auto* t = iterable.as<TensorObject>()) {
    if (t->tensor.rank() == 0) raise("TypeError", "iteration over a 0-d tensor");
    int64_t n = t->tensor.shape()[0];
    for (int64_t i = 0; i < n; ++i) {
      countStep();
      if (!body(getItem(iterable, Value::integer(i)))) return;
    }
    return;
  }
  raise("TypeError", "'" + std::string(iterable.typeName()) + "' object is not iterable");
}

std::vector<Value> Interpreter::toList(const Value& iterable) {
  if (auto* l = iterable.as<ListObject>()) return l->items;
  if (auto* t = iterable.as<TupleObject>()) return t->items;
  if (auto* r = iterable.as<RangeObject>(); r && r->size() > limits_.maxContainerItems)
    raise("MemoryError", "range too large to materialise within the memory budget", "memory-budget");
  std::vector<Value> out;
  iterate(iterable, [&](const Value& v) {
    out.push_back(v);
    return true;
  });
  return out;
}

bool Interpreter::isInstance(const Value& v, const Value& classInfo) {
  if (auto* t = classInfo.as<TupleObject>()) {
    for (const Value& c : t->items)
      if (isInstance(v, c)) return true;
    return false;
  }
  if (isTensorType(classInfo, v)) return true;
  if (isObjectClass(classInfo)) return true;
  if (auto* cls = classInfo.as<ClassObject>()) {
    // Classes Polytrace defines in Python over native values (torch.nn.Parameter over tensors).
    if (auto check = cls->dict.find("__polytrace_instancecheck__"); check != cls->dict.end()) {
      Value fn = check->second.as<StaticMethodObject>() ? check->second.as<StaticMethodObject>()->function : check->second;
      return truthy(call(fn, {v}));
    }
    auto* inst = v.as<InstanceObject>();
    return inst && inst->cls->isSubclassOf(cls);
  }
  if (auto* b = classInfo.as<BuiltinFunction>()) {
    const std::string& n = b->fnName;
    std::string_view t = v.typeName();
    if (n == "int") return t == "int" || t == "bool";
    if (n == "float") return t == "float";
    if (n == "object") return true;
    if (n == "set") return t == "list";
    if (n == "dict") return t == "dict" || t == "OrderedDict";
    return t == n;
  }
  return false;
}

}  // namespace pt::interp
