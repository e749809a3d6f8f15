// The pure standard-library modules array code imports: math, typing, warnings, functools.
#include <cmath>
#include <numeric>

#include "interp/StdModules.h"

namespace pt::interp {

std::shared_ptr<ModuleObject> newModule(const std::string& name) {
  auto m = std::make_shared<ModuleObject>();
  m->name = name;
  m->filename = "<builtin " + name + ">";
  m->globals["__name__"] = makeStr(name);
  return m;
}

void def(ModuleObject& m, const std::string& name, BuiltinFunction::Fn fn) {
  m.globals[name] = Value::object(std::make_shared<BuiltinFunction>(m.name + "." + name, std::move(fn)));
}

namespace {

double number(Interpreter& in, const CallArgs& a, size_t i, const char* fn) {
  if (i >= a.positional.size()) in.raise("TypeError", std::string(fn) + "() missing required argument");
  const Value& v = a.positional[i];
  if (!v.isNumber()) in.raise("TypeError", "must be real number, not " + std::string(v.typeName()));
  return v.asFloat();
}

Value mathModule(Interpreter&) {
  auto m = newModule("math");
  m->globals["pi"] = Value::real(M_PI);
  m->globals["e"] = Value::real(M_E);
  m->globals["tau"] = Value::real(2 * M_PI);
  m->globals["inf"] = Value::real(INFINITY);
  m->globals["nan"] = Value::real(NAN);
  struct Unary {
    const char* name;
    double (*fn)(double);
  };
  static const Unary kUnary[] = {{"sqrt", std::sqrt}, {"exp", std::exp},   {"log2", std::log2}, {"log10", std::log10},
                                 {"sin", std::sin},   {"cos", std::cos},   {"tan", std::tan},   {"atan", std::atan},
                                 {"asin", std::asin}, {"acos", std::acos}, {"tanh", std::tanh}, {"fabs", std::fabs},
                                 {"erf", std::erf},   {"log1p", std::log1p}, {"expm1", std::expm1}};
  for (const auto& u : kUnary) {
    auto fn = u.fn;
    std::string name = u.name;
    def(*m, name, [fn, name](Interpreter& in, CallArgs& a) {
      double x = number(in, a, 0, name.c_str());
      double r = fn(x);
      if (std::isnan(r) && !std::isnan(x)) in.raise("ValueError", "math domain error");
      return Value::real(r);
    });
  }
  def(*m, "log", [](Interpreter& in, CallArgs& a) {
    double x = number(in, a, 0, "log");
    if (x <= 0) in.raise("ValueError", "math domain error");
    double r = std::log(x);
    if (a.positional.size() > 1) r /= std::log(number(in, a, 1, "log"));
    return Value::real(r);
  });
  def(*m, "pow", [](Interpreter& in, CallArgs& a) { return Value::real(std::pow(number(in, a, 0, "pow"), number(in, a, 1, "pow"))); });
  def(*m, "atan2", [](Interpreter& in, CallArgs& a) { return Value::real(std::atan2(number(in, a, 0, "atan2"), number(in, a, 1, "atan2"))); });
  def(*m, "floor", [](Interpreter& in, CallArgs& a) { return Value::integer(static_cast<int64_t>(std::floor(number(in, a, 0, "floor")))); });
  def(*m, "ceil", [](Interpreter& in, CallArgs& a) { return Value::integer(static_cast<int64_t>(std::ceil(number(in, a, 0, "ceil")))); });
  def(*m, "trunc", [](Interpreter& in, CallArgs& a) { return Value::integer(static_cast<int64_t>(std::trunc(number(in, a, 0, "trunc")))); });
  def(*m, "isnan", [](Interpreter& in, CallArgs& a) { return Value::boolean(std::isnan(number(in, a, 0, "isnan"))); });
  def(*m, "isinf", [](Interpreter& in, CallArgs& a) { return Value::boolean(std::isinf(number(in, a, 0, "isinf"))); });
  def(*m, "isfinite", [](Interpreter& in, CallArgs& a) { return Value::boolean(std::isfinite(number(in, a, 0, "isfinite"))); });
  def(*m, "gcd", [](Interpreter& in, CallArgs& a) {
    if (a.positional.size() != 2 || !a.positional[0].isInt() || !a.positional[1].isInt()) in.raise("TypeError", "gcd() takes two ints");
    return Value::integer(std::gcd(a.positional[0].asInt(), a.positional[1].asInt()));
  });
  def(*m, "prod", [](Interpreter& in, CallArgs& a) {
    Value acc = Value::integer(1);
    for (const Value& v : in.toList(a.positional.at(0)))
      acc = (acc.isInt() && v.isInt()) ? Value::integer(acc.asInt() * v.asInt()) : Value::real(acc.asFloat() * v.asFloat());
    return acc;
  });
  return Value::object(m);
}

// typing's names are only used in annotations and casts: subscripting returns the object itself.
struct TypingForm : Callable, HostObject {
  explicit TypingForm(std::string n) : formName(std::move(n)) {}
  std::string_view typeName() const override { return "_SpecialForm"; }
  std::string name() const override { return "typing." + formName; }
  Value call(Interpreter&, CallArgs& args) override { return args.positional.empty() ? Value::none() : args.positional.back(); }
  std::optional<Value> hostAttr(Interpreter&, const std::string& attr) override {
    if (attr == "__name__") return makeStr(formName);
    if (attr == "__getitem__") {
      Value self = Value::object(std::make_shared<TypingForm>(formName));
      return Value::object(std::make_shared<BuiltinFunction>("__getitem__", [self](Interpreter&, CallArgs&) { return self; }));
    }
    return std::nullopt;
  }
  std::string hostRepr() const override { return "typing." + formName; }
  std::string formName;
};

Value typingModule(Interpreter& in) {
  auto m = newModule("typing");
  m->globals["NamedTuple"] = in.getAttr(in.importModule("_polytrace_tuples"), "NamedTuple");
  for (const char* n : {"Any", "Optional", "Union", "Tuple", "List", "Dict", "Callable", "Sequence", "Iterable", "Type",
                        "TypeVar", "cast", "overload", "Literal", "Mapping", "Iterator", "Set", "Final", "ClassVar",
                        "Generator", "FrozenSet", "DefaultDict", "Deque", "Hashable", "Sized", "MutableMapping",
                        "MutableSequence", "Collection", "Container", "Reversible", "SupportsInt", "SupportsFloat",
                        "NoReturn", "Annotated", "TypeAlias", "ParamSpec", "Concatenate", "Self", "LiteralString",
                        "final", "no_type_check", "runtime_checkable"})
    m->globals[n] = Value::object(std::make_shared<TypingForm>(n));
  // Bases user classes derive from: plain empty classes here (Generic[T] is the class itself).
  for (const char* n : {"Generic", "Protocol"}) {
    auto cls = std::make_shared<ClassObject>();
    cls->className = n;
    cls->module = "typing";
    m->globals[n] = Value::object(cls);
  }
  m->globals["TYPE_CHECKING"] = Value::boolean(false);
  return Value::object(m);
}

Value warningsModule(Interpreter&) {
  auto m = newModule("warnings");
  def(*m, "warn", [](Interpreter& in, CallArgs& a) {
    Diagnostic d;
    d.severity = Severity::Warning;
    d.code = "python-warning";
    d.message = a.positional.empty() ? "warning" : in.str(a.positional[0]);
    d.loc = in.currentLocation();
    in.notes().push_back(d);
    return Value::none();
  });
  def(*m, "filterwarnings", [](Interpreter&, CallArgs&) { return Value::none(); });
  def(*m, "simplefilter", [](Interpreter&, CallArgs&) { return Value::none(); });
  return Value::object(m);
}

Value functoolsModule(Interpreter&) {
  auto m = newModule("functools");
  // @wraps(f) returns a decorator that gives the wrapper f's name.
  def(*m, "wraps", [](Interpreter&, CallArgs& a) {
    Value wrapped = a.positional.at(0);
    return Value::object(std::make_shared<BuiltinFunction>("functools.wraps.<decorator>", [wrapped](Interpreter& in, CallArgs& c) {
      Value fn = c.positional.at(0);
      if (auto* f = fn.as<FunctionObject>())
        if (auto name = in.tryGetAttr(wrapped, "__name__")) f->attributes["__name__"] = *name;
      return fn;
    }));
  });
  def(*m, "reduce", [](Interpreter& in, CallArgs& a) {
    std::vector<Value> items = in.toList(a.positional.at(1));
    size_t i = 0;
    Value acc;
    if (a.positional.size() > 2) acc = a.positional[2];
    else {
      if (items.empty()) in.raise("TypeError", "reduce() of empty iterable with no initial value");
      acc = items[i++];
    }
    for (; i < items.size(); ++i) acc = in.call(a.positional[0], {acc, items[i]});
    return acc;
  });
  return Value::object(m);
}

}  // namespace

bool isBuiltinModule(const ModuleObject& m) { return m.filename == "<builtin " + m.name + ">"; }

void Interpreter::installStandardModules() {
  registerBuiltinModule("math", mathModule);
  registerBuiltinModule("typing", typingModule);
  registerBuiltinModule("abc", [](Interpreter&) {
    auto m = newModule("abc");
    auto abc = std::make_shared<ClassObject>();
    abc->className = "ABC";
    abc->module = "abc";
    m->globals["ABC"] = Value::object(abc);
    m->globals["ABCMeta"] = makeStr("ABCMeta");  // only ever passed as metaclass=, which is ignored
    // Abstract methods are not enforced: instantiating an abstract class is not an error here.
    def(*m, "abstractmethod", [](Interpreter& in, CallArgs& a) {
      if (a.positional.size() != 1) in.raise("TypeError", "abstractmethod expected 1 argument");
      return a.positional[0];
    });
    return Value::object(m);
  });
  installStdClassModules(*this);
  installTorchNn(*this);
  registerBuiltinModule("collections", [](Interpreter& in) {
    auto m = newModule("collections");
    // dicts keep insertion order already: an OrderedDict is a dict that prints as one.
    Value dict = in.builtins().at("dict");
    m->globals["namedtuple"] = in.getAttr(in.importModule("_polytrace_tuples"), "namedtuple");
    m->globals["OrderedDict"] = Value::object(std::make_shared<BuiltinFunction>("OrderedDict", [dict](Interpreter& in, CallArgs& a) {
      Value d = in.callWith(dict, a);
      d.as<DictObject>()->ordered = true;
      return d;
    }));
    return Value::object(m);
  });
  registerBuiltinModule("warnings", warningsModule);
  registerBuiltinModule("functools", functoolsModule);
  registerBuiltinModule("__future__", [](Interpreter&) {
    auto m = newModule("__future__");
    m->globals["annotations"] = Value::boolean(true);
    return Value::object(m);
  });
}

}  // namespace pt::interp
