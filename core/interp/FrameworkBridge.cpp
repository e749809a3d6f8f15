#include "interp/FrameworkBridge.h"

#include <cmath>
#include <map>
#include <mutex>
#include <unordered_map>

#include "frontends/Lowerings.h"
#include "frontends/Promotion.h"
#include "interp/Classes.h"
#include "interp/GraphRecorder.h"
#include "interp/InPlace.h"
#include "ir/TypeRules.h"
#include "runtime/Backend.h"
#include "runtime/NumpyRandom.h"

namespace pt::interp {

using frontends::Arg;
using frontends::Operand;
using ir::DType;
using ir::Framework;

void noteRandomInTrace(Interpreter& in, const char* what) {
  if (auto* rec = in.recorder())
    rec->addGuard({in.currentLocation(), std::string(what) + " drew random numbers while tracing: their values are baked "
                                                             "into the graph as constants", {}, {}});
}

namespace {

[[noreturn]] void rethrow(Interpreter& in, const frontends::LoweringError& e) {
  in.raise(e.pythonType, e.message, e.reasonCode);
}

// The interpreter's Builder: runs each op on the runtime at once and, while tracing, records it.
class InterpBuilder : public frontends::Builder {
 public:
  InterpBuilder(Interpreter& in, Framework fw) : in_(in), fw_(fw) {}

  Operand add(const runtime::Tensor& t) {
    operands_.push_back(t);
    return static_cast<Operand>(operands_.size() - 1);
  }
  const runtime::Tensor& tensor(Operand h) const { return operands_.at(static_cast<size_t>(h)); }

  std::optional<ir::TensorType> typeOf(Operand h) const override { return tensor(h).type(); }

  std::vector<Operand> apply(ir::OpKind op, const std::vector<Operand>& inputs, const ir::Attrs& attrs) override {
    std::vector<runtime::Tensor> ins;
    std::vector<ir::TensorType> types;
    for (Operand h : inputs) {
      ins.push_back(tensor(h));
      types.push_back(tensor(h).type());
    }
    auto inferred = ir::inferTypes(op, types, attrs);
    if (auto* err = std::get_if<ir::TypeError>(&inferred)) in_.raise("RuntimeError", err->message);
    for (const auto& t : std::get<std::vector<ir::TensorType>>(inferred)) checkBudget(t);
    std::vector<runtime::Tensor> outs;
    try {
      outs = runtime::backend().execute(op, attrs, ins);
    } catch (const runtime::RuntimeError& e) {
      in_.raise("RuntimeError", e.message);
    }
    if (auto* rec = in_.recorder()) rec->record(op, ins, attrs, outs, in_.currentLocation(), in_.currentScopePath());
    std::vector<Operand> handles;
    for (auto& t : outs) handles.push_back(add(t));
    return handles;
  }

  Operand scalar(const Arg& value, DType dtype, bool weak) override {
    runtime::Tensor t = value.kind == Arg::Kind::Float
                            ? runtime::tensorFromDoubles({value.floatValue}, {dtype, {}})
                            : runtime::tensorFromInts({value.kind == Arg::Kind::Bool ? int64_t{value.boolValue} : value.intValue},
                                                      {dtype, {}});
    if (auto* rec = in_.recorder()) rec->addConstant(t, weak);
    return add(t);
  }

  Operand fromData(const Arg& data, std::optional<DType> dtype) override {
    Value v = argToValue(data);
    DType d = dtype ? *dtype : inferDataDType(in_, v, fw_);
    runtime::Tensor t = tensorFromPython(in_, v, d);
    if (auto* rec = in_.recorder()) rec->addConstant(t, false);
    return add(t);
  }

  std::optional<std::vector<double>> valuesOf(Operand h) override {
    const runtime::Tensor& t = tensor(h);
    if (auto* rec = in_.recorder(); rec && rec->dependsOnInputs(t))
      rec->addGuard({in_.currentLocation(), "a value computed from a traced tensor is used as a Python number: the trace is "
                                            "specialised on it", t, t.toDoubles()});
    return t.toDoubles();
  }

  std::optional<std::vector<double>> peekValues(Operand h) override { return tensor(h).toDoubles(); }

  Framework resultFramework(Framework api) const override {
    return api == Framework::Ivy ? in_.ivyBackend() : api;
  }

  // Interpreter values → frontend arguments (tensors become operand handles).
  Arg toArg(const Value& v) {
    if (auto e = intEnumValue(v)) return toArg(*e);  // an IntEnum member is an int
    switch (v.kind()) {
      case Value::Kind::None: return Arg::none();
      case Value::Kind::Bool: return Arg::boolean(v.asBool());
      case Value::Kind::Int: return Arg::integer(v.asInt());
      case Value::Kind::Float: return Arg::real(v.asFloat());
      case Value::Kind::Obj: break;
    }
    if (auto* t = v.as<TensorObject>()) {
      refreshView(in_, *t);
      if (auto* rec = in_.recorder()) rec->captureHolder(v.asShared<TensorObject>(), t->tensor);
      return Arg::tensor(add(t->tensor));
    }
    if (auto* s = v.as<StrObject>()) return Arg::str(s->value);
    if (auto* d = v.as<DTypeObject>()) return Arg::dtypeArg(d->dtype);
    if (auto* l = v.as<ListObject>()) return sequence(l->items, false);
    if (auto* t = v.as<TupleObject>()) return sequence(t->items, true);
    if (auto* s = v.as<SliceObject>()) return frontends::sliceArg(toArg(s->start), toArg(s->stop), toArg(s->step));
    if (v.as<EllipsisObject>()) return Arg::opaque("...");
    if (auto* c = v.as<ClassObject>()) {
      // Python's own types used as dtypes: float, int, bool.
      if (c->className == "float") return Arg::str("float");
      if (c->className == "int") return Arg::str("int");
    }
    if (auto* b = v.as<BuiltinFunction>()) {
      if (b->fnName == "float" || b->fnName == "int") return Arg::str(b->fnName);
      if (b->fnName == "bool") return Arg::dtypeArg(DType::Bool);
    }
    return Arg::opaque(std::string(v.typeName()));
  }

 private:
  Arg sequence(const std::vector<Value>& items, bool tuple) {
    std::vector<Arg> args;
    for (const Value& i : items) args.push_back(toArg(i));
    Arg a = Arg::sequence(std::move(args), tuple);
    return a;
  }
  Value argToValue(const Arg& a) {
    switch (a.kind) {
      case Arg::Kind::Bool: return Value::boolean(a.boolValue);
      case Arg::Kind::Int: return Value::integer(a.intValue);
      case Arg::Kind::Float: return Value::real(a.floatValue);
      case Arg::Kind::Tensor: return in_.wrapTensor(tensor(a.operand), fw_);
      case Arg::Kind::Sequence: {
        std::vector<Value> items;
        for (const Arg& i : a.items) items.push_back(argToValue(i));
        return a.isTuple ? makeTuple(std::move(items)) : makeList(std::move(items));
      }
      default: in_.raise("TypeError", "cannot make a tensor from " + a.describe());
    }
  }
  void checkBudget(const ir::TensorType& t) {
    int64_t bytes = t.numel() * static_cast<int64_t>(ir::dtypeSize(t.dtype));
    if (t.numel() < 0 || bytes > in_.limits().maxTensorBytes)
      in_.raise("MemoryError", "a " + ir::typeText(t) + " tensor exceeds the memory budget (" +
                                   std::to_string(in_.limits().maxTensorBytes >> 20) + " MiB)", "memory-budget");
  }

  Interpreter& in_;
  Framework fw_;
  std::vector<runtime::Tensor> operands_;
};

Value wrapLowered(Interpreter& in, InterpBuilder& b, const frontends::Lowered& l, Framework fw) {
  if (l.python) {
    const Arg& a = *l.python;
    switch (a.kind) {
      case Arg::Kind::Int: return Value::integer(a.intValue);
      case Arg::Kind::Float: return Value::real(a.floatValue);
      case Arg::Kind::Bool: return Value::boolean(a.boolValue);
      default: return Value::none();
    }
  }
  std::vector<Value> outs;
  for (Operand h : l.tensors) outs.push_back(in.wrapTensor(b.tensor(h), fw));
  if (l.list) return makeList(std::move(outs));
  if (l.tuple) {
    Value t = makeTuple(std::move(outs));
    t.as<TupleObject>()->fieldNames = l.tupleFieldNames;
    return t;
  }
  return outs.at(0);
}

// ---- stateful framework functions (not ops) --------------------------------------------------------

struct Intrinsic {
  const char* signature;
  Value (*fn)(Interpreter&, const frontends::BoundArgs&, const CallArgs&);
};

std::vector<int64_t> sizeFrom(Interpreter& in, const frontends::BoundArgs& a, const char* name) {
  const Arg& size = a.get(name);
  std::vector<int64_t> shape;
  if (size.isNone()) return shape;
  try {
    return frontends::readInts(size, "size");
  } catch (const frontends::LoweringError& e) {
    rethrow(in, e);
  }
}

Value numpyArrayOrScalar(Interpreter& in, std::vector<double> values, const std::vector<int64_t>& shape, bool scalar) {
  if (scalar) return Value::real(values.at(0));
  return in.wrapTensor(runtime::tensorFromDoubles(values, {DType::Float64, shape}), Framework::Numpy);
}

int64_t countOf(const std::vector<int64_t>& shape) {
  int64_t n = 1;
  for (int64_t d : shape) n *= d;
  return n;
}


std::vector<int64_t> dimsFromVarargs(Interpreter& in, const CallArgs& c) {
  std::vector<int64_t> shape;
  for (const Value& v : c.positional) {
    if (!v.isInt()) in.raise("TypeError", "'" + std::string(v.typeName()) + "' object cannot be interpreted as an integer");
    shape.push_back(v.asInt());
  }
  return shape;
}

// numpy's abstract dtype categories (np.floating, ...), which np.issubdtype / jnp.issubdtype test
// dtypes against. Each is an intrinsic callable of its own name; calling one is not modelled.
struct DTypeCategory {
  const char* name;
  bool (*contains)(DType);
};
constexpr DTypeCategory kDTypeCategories[] = {
    {"floating", [](DType d) { return ir::isFloating(d); }},
    {"inexact", [](DType d) { return ir::isFloating(d); }},
    {"integer", [](DType d) { return ir::isInteger(d); }},
    {"signedinteger", [](DType d) { return ir::isInteger(d) && ir::isSigned(d); }},
    {"unsignedinteger", [](DType d) { return ir::isInteger(d) && !ir::isSigned(d); }},
    {"number", [](DType d) { return d != DType::Bool; }},  // (np.bool_ is a dtype, not a category)
};

const DTypeCategory* categoryOf(const Value& v) {
  auto* f = v.as<BuiltinFunction>();
  if (!f) return nullptr;
  std::string_view stem = std::string_view(f->fnName).substr(f->fnName.rfind('.') + 1);
  for (const auto& c : kDTypeCategories)
    if (stem == c.name && (f->fnName.rfind("numpy.", 0) == 0 || f->fnName.rfind("jax.numpy.", 0) == 0)) return &c;
  return nullptr;
}

// np.issubdtype(a, b): a dtype (or category) against a category (or dtype).
Value issubdtype(Interpreter& in, const frontends::BoundArgs&, const CallArgs& c) {
  if (c.positional.size() != 2) in.raise("TypeError", "issubdtype() takes 2 positional arguments");
  const Value &a = c.positional[0], &b = c.positional[1];
  auto* da = a.as<DTypeObject>();
  auto* db = b.as<DTypeObject>();
  const DTypeCategory *ca = categoryOf(a), *cb = categoryOf(b);
  if (da && db) return Value::boolean(da->dtype == db->dtype);
  if (da && cb) return Value::boolean(cb->contains(da->dtype));
  if (ca && cb) {
    // Categories nest: floating and integer are numbers; floating is inexact.
    std::string_view x = ca->name, y = cb->name;
    bool sub = x == y || y == "number" || (y == "inexact" && x == "floating") ||
               (y == "integer" && (x == "signedinteger" || x == "unsignedinteger"));
    return Value::boolean(sub);
  }
  if (ca && db) return Value::boolean(false);
  in.raise("NotImplementedError", "issubdtype of '" + std::string(a.typeName()) + "' and '" + std::string(b.typeName()) + "' is not modelled",
           "unsupported-api");
}

const std::unordered_map<std::string, Intrinsic>& intrinsics() {
  static const std::unordered_map<std::string, Intrinsic> table = [] {
  std::unordered_map<std::string, Intrinsic> table = {
      {"numpy.random.seed",
       {"seed=None",
        [](Interpreter& in, const frontends::BoundArgs& a, const CallArgs&) {
          const Arg& s = a.get("seed");
          if (s.kind != Arg::Kind::Int || s.intValue < 0 || s.intValue > 0xffffffffLL)
            in.raise("ValueError", "Seed must be between 0 and 2**32 - 1");
          runtime::globalNumpyRandom().seed(static_cast<uint32_t>(s.intValue));
          return Value::none();
        }}},
      {"numpy.random.uniform",
       {"low=0.0, high=1.0, size=None",
        [](Interpreter& in, const frontends::BoundArgs& a, const CallArgs&) {
          noteRandomInTrace(in, "np.random.uniform");
          auto shape = sizeFrom(in, a, "size");
          double lo = a.get("low").asDouble(), hi = a.get("high").asDouble();
          bool scalar = a.get("size").isNone();
          return numpyArrayOrScalar(in, runtime::globalNumpyRandom().uniform(lo, hi, scalar ? 1 : countOf(shape)), shape, scalar);
        }}},
      {"numpy.random.random",
       {"size=None",
        [](Interpreter& in, const frontends::BoundArgs& a, const CallArgs&) {
          noteRandomInTrace(in, "np.random.random");
          auto shape = sizeFrom(in, a, "size");
          bool scalar = a.get("size").isNone();
          return numpyArrayOrScalar(in, runtime::globalNumpyRandom().uniform(0.0, 1.0, scalar ? 1 : countOf(shape)), shape, scalar);
        }}},
      {"numpy.random.rand",
       {"*dims",
        [](Interpreter& in, const frontends::BoundArgs&, const CallArgs& c) {
          noteRandomInTrace(in, "np.random.rand");
          auto shape = dimsFromVarargs(in, c);
          bool scalar = shape.empty();
          return numpyArrayOrScalar(in, runtime::globalNumpyRandom().uniform(0.0, 1.0, scalar ? 1 : countOf(shape)), shape, scalar);
        }}},
      {"numpy.random.randn",
       {"*dims",
        [](Interpreter& in, const frontends::BoundArgs&, const CallArgs& c) {
          noteRandomInTrace(in, "np.random.randn");
          auto shape = dimsFromVarargs(in, c);
          bool scalar = shape.empty();
          return numpyArrayOrScalar(in, runtime::globalNumpyRandom().standardNormal(scalar ? 1 : countOf(shape)), shape, scalar);
        }}},
      {"numpy.random.standard_normal",
       {"size=None",
        [](Interpreter& in, const frontends::BoundArgs& a, const CallArgs&) {
          noteRandomInTrace(in, "np.random.standard_normal");
          auto shape = sizeFrom(in, a, "size");
          bool scalar = a.get("size").isNone();
          return numpyArrayOrScalar(in, runtime::globalNumpyRandom().standardNormal(scalar ? 1 : countOf(shape)), shape, scalar);
        }}},
      {"numpy.random.normal",
       {"loc=0.0, scale=1.0, size=None",
        [](Interpreter& in, const frontends::BoundArgs& a, const CallArgs&) {
          noteRandomInTrace(in, "np.random.normal");
          auto shape = sizeFrom(in, a, "size");
          bool scalar = a.get("size").isNone();
          double loc = a.get("loc").asDouble(), scale = a.get("scale").asDouble();
          auto values = runtime::globalNumpyRandom().standardNormal(scalar ? 1 : countOf(shape));
          for (double& v : values) v = loc + scale * v;
          return numpyArrayOrScalar(in, std::move(values), shape, scalar);
        }}},
      {"numpy.random.randint",
       {"low, high=None, size=None, dtype='int64'",
        [](Interpreter& in, const frontends::BoundArgs& a, const CallArgs&) {
          noteRandomInTrace(in, "np.random.randint");
          if (a.get("dtype").kind != Arg::Kind::Str || a.get("dtype").text != "int64")
            in.raise("NotImplementedError", "np.random.randint draws with dtype int64 only", "unsupported-argument");
          int64_t low = frontends::readInt(a.get("low"), "low"), high = 0;
          if (a.get("high").isNone()) std::swap(low, high);
          else high = frontends::readInt(a.get("high"), "high");
          if (low >= high) in.raise("ValueError", "low >= high");
          auto shape = sizeFrom(in, a, "size");
          bool scalar = a.get("size").isNone();
          auto values = runtime::globalNumpyRandom().randint(low, high, scalar ? 1 : countOf(shape));
          if (scalar) return Value::integer(values.at(0));
          return in.wrapTensor(runtime::tensorFromInts(values, {DType::Int64, shape}), Framework::Numpy);
        }}},
      {"torch.manual_seed",
       {"seed",
        [](Interpreter& in, const frontends::BoundArgs& a, const CallArgs&) {
          const Arg& s = a.get("seed");
          if (s.kind != Arg::Kind::Int) in.raise("TypeError", "manual_seed expected an int seed");
          try {
            runtime::backend().manualSeed(static_cast<uint64_t>(s.intValue));
          } catch (const runtime::RuntimeError& e) {
            in.raise("RuntimeError", e.message, "runtime-missing");
          }
          return Value::none();
        }}},
      // TorchScript is not modelled: interpreted code is never being scripted or traced by torch.jit.
      {"torch.jit.is_scripting", {"", [](Interpreter&, const frontends::BoundArgs&, const CallArgs&) { return Value::boolean(false); }}},
      {"torch.jit.is_tracing", {"", [](Interpreter&, const frontends::BoundArgs&, const CallArgs&) { return Value::boolean(false); }}},
      {"torch.jit.annotate",
       {"the_type, the_value",
        [](Interpreter& in, const frontends::BoundArgs&, const CallArgs& c) {
          if (c.positional.size() == 2) return c.positional[1];
          for (const auto& [k, v] : c.keywords)
            if (k == "the_value") return v;
          in.raise("TypeError", "annotate() missing required argument 'the_value'");
        }}},
      {"torch.is_tensor",
       {"obj",
        [](Interpreter&, const frontends::BoundArgs& a, const CallArgs&) { return Value::boolean(a.get("obj").isTensor()); }}},
      {"ivy.set_backend",
       {"backend",
        [](Interpreter& in, const frontends::BoundArgs& a, const CallArgs&) {
          auto fw = ir::frameworkFromName(a.get("backend").text);
          if (!fw || *fw == Framework::Ivy) in.raise("ValueError", "unknown ivy backend '" + a.get("backend").text + "'");
          in.setIvyBackend(*fw);
          return Value::none();
        }}},
      // Shape facts as TensorFlow returns them: int32 tensors (static here, the trace is per shape).
      {"tensorflow.size",
       {"input, out_type=None, name=None",
        [](Interpreter& in, const frontends::BoundArgs& a, const CallArgs& c) {
          const auto* t = c.positional.empty() ? nullptr : c.positional[0].as<TensorObject>();
          if (!t) in.raise("TypeError", "tf.size expects a tensor");
          DType d = frontends::readDType(a.get("out_type")).value_or(DType::Int32);
          return in.wrapTensor(runtime::tensorFromInts({t->tensor.numel()}, {d, {}}), Framework::TensorFlow);
        }}},
      {"tensorflow.shape",
       {"input, out_type=None, name=None",
        [](Interpreter& in, const frontends::BoundArgs& a, const CallArgs& c) {
          const auto* t = c.positional.empty() ? nullptr : c.positional[0].as<TensorObject>();
          if (!t) in.raise("TypeError", "tf.shape expects a tensor");
          DType d = frontends::readDType(a.get("out_type")).value_or(DType::Int32);
          return in.wrapTensor(runtime::tensorFromInts(t->tensor.shape(), {d, {static_cast<int64_t>(t->tensor.rank())}}),
                               Framework::TensorFlow);
        }}},
      {"tensorflow.rank",
       {"input, name=None",
        [](Interpreter& in, const frontends::BoundArgs&, const CallArgs& c) {
          const auto* t = c.positional.empty() ? nullptr : c.positional[0].as<TensorObject>();
          if (!t) in.raise("TypeError", "tf.rank expects a tensor");
          return in.wrapTensor(runtime::tensorFromInts({t->tensor.rank()}, {DType::Int32, {}}), Framework::TensorFlow);
        }}},
      // jax.config.update("jax_enable_x64", True): Polytrace's jax frontend keeps 64-bit dtypes
      // (as with x64 enabled), so the flag only needs to be accepted.
      {"jax.config.update",
       {"name, value",
        [](Interpreter& in, const frontends::BoundArgs& a, const CallArgs&) {
          if (a.get("name").text != "jax_enable_x64")
            in.raise("NotImplementedError", "jax.config option '" + a.get("name").text + "' is not modelled", "unsupported-api");
          return Value::none();
        }}},
      {"ivy.current_backend_str",
       {"",
        [](Interpreter& in, const frontends::BoundArgs&, const CallArgs&) {
          return makeStr(std::string(ir::frameworkName(in.ivyBackend())));
        }}},
  };
  for (const char* ns : {"numpy.", "jax.numpy."}) {
    table[std::string(ns) + "issubdtype"] = {"*args", issubdtype};
    for (const auto& c : kDTypeCategories)
      table[std::string(ns) + c.name] = {"*args", [](Interpreter& in, const frontends::BoundArgs&, const CallArgs&) -> Value {
                                           in.raise("NotImplementedError", "numpy's abstract dtype categories cannot be instantiated",
                                                    "unsupported-api");
                                         }};
  }
  return table;
  }();
  return table;
}

Value callIntrinsic(Interpreter& in, const std::string& symbol, const Intrinsic& intrinsic, CallArgs& c) {
  InterpBuilder b(in, Framework::Numpy);
  std::vector<Arg> positional;
  for (const Value& v : c.positional) positional.push_back(b.toArg(v));
  std::vector<frontends::KeywordArg> keywords;
  for (const auto& [k, v] : c.keywords) keywords.push_back({k, b.toArg(v)});
  std::string error;
  auto bound = frontends::bindArguments(frontends::Signature::parse(intrinsic.signature),
                                        symbol.substr(symbol.rfind('.') + 1), positional, keywords, error);
  if (!bound) in.raise("TypeError", error);
  return intrinsic.fn(in, *bound, c);
}

// A framework's tensor type as a Python class, for isinstance(x, torch.Tensor) and type(x).
// `path` is the class's module-qualified name as the real library prints it.
struct TensorTypeObject : Callable, HostObject {
  TensorTypeObject(Framework f, std::string p) : framework(f), path(std::move(p)) {}
  std::string_view typeName() const override { return "type"; }
  std::string name() const override { return path; }
  Value call(Interpreter& in, CallArgs&) override {
    in.raise("NotImplementedError", "constructing " + name() + " directly is not supported", "unsupported-api");
  }
  std::optional<Value> hostAttr(Interpreter&, const std::string& attr) override {
    size_t dot = path.rfind('.');
    if (attr == "__name__" || attr == "__qualname__") return makeStr(path.substr(dot + 1));
    if (attr == "__module__") return makeStr(path.substr(0, dot));
    return std::nullopt;
  }
  std::string hostRepr() const override { return "<class '" + path + "'>"; }
  Framework framework;
  std::string path;
};

// One class object per path, so `type(t) is torch.Tensor` holds as in torch and numpy. Shared by
// every interpreter (they may run on different threads).
Value tensorClass(Framework fw, const std::string& path) {
  static std::mutex mutex;
  static std::unordered_map<std::string, Value> classes;
  std::lock_guard<std::mutex> lock(mutex);
  auto it = classes.find(path);
  if (it == classes.end()) it = classes.emplace(path, Value::object(std::make_shared<TensorTypeObject>(fw, path))).first;
  return it->second;
}

// What type(x) is for each framework's eager tensors (the concrete classes, as print(type(x)) shows).
constexpr std::pair<Framework, const char*> kConcreteTensorClasses[] = {
    {Framework::Torch, "torch.Tensor"},
    {Framework::Numpy, "numpy.ndarray"},
    {Framework::Jax, "jaxlib.xla_extension.ArrayImpl"},
    {Framework::TensorFlow, "tensorflow.python.framework.ops.EagerTensor"},
    {Framework::Ivy, "ivy.data_classes.array.array.Array"},
};

std::optional<Framework> tensorTypeOf(const std::string& symbol) {
  for (Framework fw : ir::kAllFrameworks)
    if (frontends::ApiTable::tensorTypePrefix(fw) == symbol) return fw;
  if (symbol == "tensorflow.Variable" || symbol == "jax.numpy.ndarray") return symbol[0] == 't' ? Framework::TensorFlow : Framework::Jax;
  return std::nullopt;
}

// ---- tensor attributes ---------------------------------------------------------------------------------

Value shapeValue(const runtime::Tensor& t) {
  std::vector<Value> dims;
  for (int64_t d : t.shape()) dims.push_back(Value::integer(d));
  return makeTuple(std::move(dims));
}

Value method(std::string name, BuiltinFunction::Fn fn) {
  return Value::object(std::make_shared<BuiltinFunction>(std::move(name), std::move(fn)));
}

std::optional<Value> tensorAttribute(Interpreter& in, const Value& self, const std::string& name) {
  auto t = self.asShared<TensorObject>();
  const runtime::Tensor& tensor = t->tensor;
  if (name == "shape") {
    Value shape = shapeValue(tensor);
    shape.as<TupleObject>()->torchSize = t->framework == Framework::Torch;
    return shape;
  }
  if (name == "dtype") return Value::object(std::make_shared<DTypeObject>(tensor.dtype(), t->framework));
  if (name == "ndim") return Value::integer(tensor.rank());
  if (name == "device") return makeStr("cpu");
  if (name == "T") {
    std::vector<int64_t> perm;
    for (int i = tensor.rank() - 1; i >= 0; --i) perm.push_back(i);
    auto outs = runtime::backend().execute(ir::OpKind::Transpose, {{"perm", perm}}, {tensor});
    if (auto* rec = in.recorder())
      rec->record(ir::OpKind::Transpose, {tensor}, {{"perm", perm}}, outs, in.currentLocation(), in.currentScopePath());
    return in.wrapTensor(outs[0], t->framework);
  }
  if (name == "size") {
    if (t->framework == Framework::Torch)
      return method("size", [t](Interpreter& in, CallArgs& a) {
        if (a.positional.empty()) {
          Value shape = shapeValue(t->tensor);
          shape.as<TupleObject>()->torchSize = true;
          return shape;
        }
        int64_t d = a.positional[0].asInt();
        if (!ir::normalizeAxis(d, t->tensor.rank())) in.raise("IndexError", "Dimension out of range");
        return Value::integer(t->tensor.shape()[static_cast<size_t>(d)]);
      });
    return Value::integer(tensor.numel());  // §39: numpy's size is the element count
  }
  if (name == "dim" || name == "ndimension")
    return method(name, [t](Interpreter&, CallArgs&) { return Value::integer(t->tensor.rank()); });
  if (name == "numel") return method(name, [t](Interpreter&, CallArgs&) { return Value::integer(t->tensor.numel()); });
  if (name == "item") return method(name, [t](Interpreter& in, CallArgs&) { return tensorToPython(in, *t, "item()"); });
  if (name == "tolist") return method(name, [t](Interpreter& in, CallArgs&) { return tensorToList(in, *t); });
  if (name == "numpy")
    return method(name, [t](Interpreter& in, CallArgs&) { return in.wrapTensor(t->tensor, Framework::Numpy); });
  if (name == "is_floating_point")
    return method(name, [t](Interpreter&, CallArgs&) { return Value::boolean(ir::isFloating(t->tensor.dtype())); });
  if (name == "cpu") return method(name, [self](Interpreter&, CallArgs&) { return self; });
  // Autograd is not modelled: only parameters report requires_grad, nothing has a gradient.
  if (name == "requires_grad") return Value::boolean(t->parameter);
  if (name == "grad" || name == "grad_fn") return Value::none();
  if (name == "is_leaf") return Value::boolean(true);
  if (name == "requires_grad_") return method(name, [self](Interpreter&, CallArgs&) { return self; });
  if (name == "data") return in.wrapTensor(tensor, t->framework);
  if (name == "is_cuda") return Value::boolean(false);
  if (auto m = inPlaceMethod(in, self, name)) return m;
  if (t->framework == Framework::Torch)
    if (auto m = torchRandomInPlaceMethod(self, name)) return m;
  return std::nullopt;
}

}  // namespace

std::optional<Value> frameworkGetAttr(Interpreter& in, const Value& object, const std::string& name) {
  const auto& table = frontends::ApiTable::instance();
  if (auto* d = object.as<DTypeObject>()) {
    if (name == "is_floating_point" || name == "is_floating") return Value::boolean(ir::isFloating(d->dtype));
    if (name == "is_integer") return Value::boolean(ir::isInteger(d->dtype));
    if (name == "is_bool") return Value::boolean(d->dtype == DType::Bool);
    if (name == "name") return makeStr(std::string(ir::dtypeLongName(d->dtype)));
    if (name == "itemsize") return Value::integer(static_cast<int64_t>(ir::dtypeSize(d->dtype)));
    return std::nullopt;
  }
  if (auto* t = object.as<TensorObject>()) {
    if (auto v = tensorAttribute(in, object, name)) return v;
    std::string symbol = std::string(frontends::ApiTable::tensorTypePrefix(t->framework)) + "." + name;
    if (const auto* e = table.find(symbol)) return Value::object(std::make_shared<ApiFunctionObject>(e, object));
    return std::nullopt;
  }
  auto* ns = object.as<FrameworkNamespace>();
  std::string symbol = ns->symbol + "." + name;
  if (const Value* hosted = in.hostIntrinsic(symbol)) return *hosted;
  // Framework modules the interpreter implements in Python (torch.nn).
  if (in.hasBuiltinModule(symbol)) return in.importModule(symbol);
  if (auto it = intrinsics().find(symbol); it != intrinsics().end()) {
    const Intrinsic* intrinsic = &it->second;
    return method(symbol, [symbol, intrinsic](Interpreter& in, CallArgs& c) { return callIntrinsic(in, symbol, *intrinsic, c); });
  }
  if (auto fw = tensorTypeOf(symbol)) return tensorClass(*fw, symbol);
  if (const auto* e = table.find(symbol)) return Value::object(std::make_shared<ApiFunctionObject>(e));
  if (auto d = frontends::dtypeSymbol(symbol)) return Value::object(std::make_shared<DTypeObject>(*d, ns->framework));
  // Module constants are plain Python floats (np.nan, np.inf, np.pi, np.e) or None (np.newaxis).
  static const std::map<std::string, double, std::less<>> kConstants = {
      {"numpy.nan", NAN}, {"numpy.NaN", NAN}, {"numpy.inf", INFINITY}, {"numpy.Inf", INFINITY}, {"numpy.PINF", INFINITY},
      {"numpy.NINF", -INFINITY}, {"numpy.pi", M_PI}, {"numpy.e", M_E}, {"jax.numpy.nan", NAN}, {"jax.numpy.inf", INFINITY},
      {"jax.numpy.pi", M_PI}, {"jax.numpy.e", M_E}, {"ivy.nan", NAN}, {"ivy.inf", INFINITY}, {"ivy.pi", M_PI}, {"ivy.e", M_E}};
  if (auto c = kConstants.find(symbol); c != kConstants.end()) return Value::real(c->second);
  if (symbol == "numpy.newaxis" || symbol == "jax.numpy.newaxis") return Value::none();
  bool intrinsicNamespace = in.hasHostIntrinsicUnder(symbol);
  for (const auto& [name, intrinsic] : intrinsics())
    if (name.rfind(symbol + ".", 0) == 0) intrinsicNamespace = true;
  if (table.isNamespace(symbol) || intrinsicNamespace)
    return Value::object(std::make_shared<FrameworkNamespace>(symbol, ns->framework));
  return std::nullopt;
}

namespace {
struct UnmodelledSymbol : Callable, HostObject {
  explicit UnmodelledSymbol(std::string s) : symbol(std::move(s)) {}
  std::string_view typeName() const override { return "builtin_function_or_method"; }
  std::string name() const override { return symbol; }
  [[noreturn]] void report(Interpreter& in) const {
    in.raise("NotImplementedError", "'" + symbol + "' is not supported by Polytrace yet", "unsupported-api");
  }
  Value call(Interpreter& in, CallArgs&) override { report(in); }
  std::optional<Value> hostAttr(Interpreter& in, const std::string& attr) override {
    if (attr == "__name__") return makeStr(symbol.substr(symbol.rfind('.') + 1));
    report(in);
  }
  std::string hostRepr() const override { return "<unmodelled " + symbol + ">"; }
  std::string symbol;
};
}  // namespace

Value unmodelledFrameworkSymbol(const std::string& symbol) {
  return Value::object(std::make_shared<UnmodelledSymbol>(symbol));
}

Value typeOfTensor(const TensorObject& t) {
  for (const auto& [fw, path] : kConcreteTensorClasses)
    if (fw == t.framework) return tensorClass(fw, path);
  return tensorClass(t.framework, std::string(frontends::ApiTable::tensorTypePrefix(t.framework)));
}

bool isTensorType(const Value& classInfo, const Value& v) {
  auto* tt = classInfo.as<TensorTypeObject>();
  auto* t = v.as<TensorObject>();
  return tt && t && (tt->framework == t->framework || tt->framework == Framework::Ivy);
}

Value ApiFunctionObject::call(Interpreter& in, CallArgs& args) { return callApi(in, *entry, boundSelf, args); }

Value callApi(Interpreter& in, const frontends::ApiEntry& entry, const Value& self, CallArgs& args) {
  Framework semantic = entry.framework;
  InterpBuilder b(in, semantic);
  std::vector<Arg> positional;
  if (!self.isNone()) positional.push_back(b.toArg(self));
  for (const Value& v : args.positional) positional.push_back(b.toArg(v));
  std::vector<frontends::KeywordArg> keywords;
  for (const auto& [k, v] : args.keywords) keywords.push_back({k, b.toArg(v)});
  std::string shortName = entry.symbol.substr(entry.symbol.rfind('.') + 1);
  std::string error;
  auto bound = frontends::bindArguments(entry.signature, shortName, positional, keywords, error);
  if (!bound) in.raise("TypeError", error);
  try {
    frontends::Lowered lowered = entry.lower(b, *bound, entry);
    Value result = wrapLowered(in, b, lowered, b.resultFramework(semantic));
    if (!self.isNone()) markView(result, self, entry.symbol, args.positional.empty() ? Value::none() : args.positional[0]);
    return result;
  } catch (const frontends::LoweringError& e) {
    rethrow(in, e);
  }
}

Value tensorGetItem(Interpreter& in, const Value& tensor, const Value& index) {
  auto* t = tensor.as<TensorObject>();
  std::string symbol = std::string(frontends::ApiTable::tensorTypePrefix(t->framework)) + ".__getitem__";
  const auto* e = frontends::ApiTable::instance().find(symbol);
  CallArgs args{{index}, {}};
  return callApi(in, *e, tensor, args);
}

Value tensorToPython(Interpreter& in, const TensorObject& t, const std::string& why) {
  if (t.tensor.numel() != 1)
    in.raise(t.framework == Framework::Torch ? "RuntimeError" : "ValueError",
             "a tensor with " + std::to_string(t.tensor.numel()) + " elements cannot be converted to a Python scalar");
  if (auto* rec = in.recorder(); rec && rec->dependsOnInputs(t.tensor))
    rec->addGuard({in.currentLocation(), why + " reads a traced tensor's value: the trace is specialised on it", t.tensor,
                   t.tensor.toDoubles()});
  DType d = t.tensor.dtype();
  if (d == DType::Bool) return Value::boolean(t.tensor.toInts()[0] != 0);
  if (ir::isFloating(d)) return Value::real(t.tensor.toDoubles()[0]);
  return Value::integer(t.tensor.toInts()[0]);
}

Value tensorToList(Interpreter& in, const TensorObject& t) {
  if (auto* rec = in.recorder(); rec && rec->dependsOnInputs(t.tensor))
    rec->addGuard({in.currentLocation(), "tolist() reads a traced tensor's values: the trace is specialised on them",
                   t.tensor, t.tensor.toDoubles()});
  DType d = t.tensor.dtype();
  std::vector<Value> flat;
  if (ir::isFloating(d))
    for (double v : t.tensor.toDoubles()) flat.push_back(Value::real(v));
  else
    for (int64_t v : t.tensor.toInts()) flat.push_back(d == DType::Bool ? Value::boolean(v != 0) : Value::integer(v));
  if (t.tensor.rank() == 0) return flat.at(0);
  // Regroup the flat values into nested lists, innermost dimension first.
  std::vector<Value> level = std::move(flat);
  for (int axis = t.tensor.rank() - 1; axis >= 0; --axis) {
    int64_t n = t.tensor.shape()[static_cast<size_t>(axis)];
    std::vector<Value> grouped;
    for (size_t i = 0; i < level.size(); i += static_cast<size_t>(std::max<int64_t>(n, 1))) {
      std::vector<Value> chunk(level.begin() + static_cast<long>(i),
                               level.begin() + static_cast<long>(std::min(level.size(), i + static_cast<size_t>(n))));
      grouped.push_back(makeList(std::move(chunk)));
    }
    if (n == 0) grouped.assign(level.empty() ? 1 : level.size(), makeList({}));
    level = std::move(grouped);
  }
  return level.at(0);
}

namespace {
void flattenData(Interpreter& in, const Value& v, int depth, std::vector<int64_t>& shape, std::vector<double>& out,
                 bool& anyFloat, bool& allBool) {
  if (v.isNumber()) {
    if (depth != static_cast<int>(shape.size())) in.raise("ValueError", "setting an array element with a sequence: ragged nested data");
    if (v.isFloat()) anyFloat = true;
    if (!v.isBool()) allBool = false;
    out.push_back(v.asFloat());
    return;
  }
  if (auto* t = v.as<TensorObject>()) {
    if (t->tensor.rank() != 0) in.raise("ValueError", "nested data holds a tensor with dimensions");
    if (ir::isFloating(t->tensor.dtype())) anyFloat = true;
    if (t->tensor.dtype() != DType::Bool) allBool = false;
    out.push_back(t->tensor.toDoubles()[0]);
    return;
  }
  const std::vector<Value>* items = nullptr;
  if (auto* l = v.as<ListObject>()) items = &l->items;
  else if (auto* tu = v.as<TupleObject>()) items = &tu->items;
  else in.raise("TypeError", "cannot make a tensor from a '" + std::string(v.typeName()) + "' object");
  if (depth == static_cast<int>(shape.size())) {
    if (!out.empty()) in.raise("ValueError", "setting an array element with a sequence: ragged nested data");
    shape.push_back(static_cast<int64_t>(items->size()));
  } else if (depth > static_cast<int>(shape.size()) || shape[static_cast<size_t>(depth)] != static_cast<int64_t>(items->size())) {
    in.raise("ValueError", "setting an array element with a sequence: ragged nested data");
  }
  for (const Value& i : *items) flattenData(in, i, depth + 1, shape, out, anyFloat, allBool);
}
}  // namespace

ir::DType inferDataDType(Interpreter& in, const Value& data, Framework fw) {
  std::vector<int64_t> shape;
  std::vector<double> values;
  bool anyFloat = false, allBool = true;
  flattenData(in, data, 0, shape, values, anyFloat, allBool);
  if (values.empty()) return frontends::defaultFloat(fw);
  if (anyFloat) return frontends::defaultFloat(fw);
  if (allBool) return DType::Bool;
  return frontends::defaultInt(fw);
}

runtime::Tensor tensorFromPython(Interpreter& in, const Value& data, DType dtype) {
  std::vector<int64_t> shape;
  std::vector<double> values;
  bool anyFloat = false, allBool = true;
  flattenData(in, data, 0, shape, values, anyFloat, allBool);
  ir::TensorType type{dtype, shape};
  if (ir::isFloating(dtype)) return runtime::tensorFromDoubles(values, type);
  std::vector<int64_t> ints;
  for (double v : values) ints.push_back(static_cast<int64_t>(v));
  return runtime::tensorFromInts(ints, type);
}

}  // namespace pt::interp
