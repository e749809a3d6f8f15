// torch.nn for interpreted code: the modules themselves are Python (TorchNnSource.cpp, run by
// this interpreter like user code), over a few native helpers in `_polytrace_nn`: parameters
// (torch tensors flagged as such), module calls (a scope named after the module, its parameters
// named for the graph), and in-place initialisation drawing from torch's CPU generator exactly as
// torch.nn.init does. Also torch.no_grad() and its relatives: context managers and decorators
// that change nothing a trace records.
#include <cmath>

#include "interp/FrameworkBridge.h"
#include "interp/GraphRecorder.h"
#include "interp/InPlace.h"
#include "interp/StdModules.h"
#include "runtime/Backend.h"

namespace pt::interp {

extern const char* const kTorchNnSource;
extern const char* const kTorchNnInitSource;

namespace {

std::shared_ptr<TensorObject> tensorArg(Interpreter& in, const CallArgs& a, size_t i, const char* fn) {
  auto t = i < a.positional.size() ? a.positional[i].asShared<TensorObject>() : nullptr;
  if (!t) in.raise("TypeError", std::string(fn) + "() expects a tensor");
  return t;
}

double numberArg(Interpreter& in, const CallArgs& a, size_t i, const char* fn) {
  if (i >= a.positional.size() || !a.positional[i].isNumber()) in.raise("TypeError", std::string(fn) + "() expects a number");
  return a.positional[i].asFloat();
}

// Draws `t`'s shape from torch's generator with the op that torch's own draw uses, without
// recording it (initialisation is not part of a traced computation; the result enters a graph as
// a constant).
runtime::Tensor draw(Interpreter& in, ir::OpKind op, const ir::TensorType& type) {
  try {
    return runtime::backend().execute(op, {{"shape", type.shape}, {"dtype", type.dtype}}, {})[0];
  } catch (const runtime::RuntimeError& e) {
    in.raise("RuntimeError", e.message, "runtime-missing");
  }
}

// tensor.uniform_(low, high): ATen draws u in [0, 1) as rand() does and returns
// u * (high - low) + low, the bounds rounded to the tensor's dtype and the product-sum rounded
// once (checked bit for bit against torch 1.13 on 10^6 draws).
Value uniformInPlace(Interpreter& in, CallArgs& a) {
  auto t = tensorArg(in, a, 0, "uniform_");
  double low = numberArg(in, a, 1, "uniform_"), high = numberArg(in, a, 2, "uniform_");
  ir::TensorType type = t->tensor.type();
  if (!ir::isFloating(type.dtype)) in.raise("RuntimeError", "uniform_ expects a floating point tensor");
  noteRandomInTrace(in, "nn.init");
  std::vector<double> u = draw(in, ir::OpKind::RandUniform, type).toDoubles();
  bool single = type.dtype != ir::DType::Float64;
  double lo = single ? static_cast<float>(low) : low, hi = single ? static_cast<float>(high) : high;
  for (double& v : u) v = single ? static_cast<double>(static_cast<float>(v * (hi - lo) + lo)) : v * (hi - lo) + lo;
  assignInPlace(in, t, runtime::tensorFromDoubles(u, type));
  return a.positional[0];
}

// tensor.normal_(mean, std): torch's values are randn's scaled, x * std + mean.
Value normalInPlace(Interpreter& in, CallArgs& a) {
  auto t = tensorArg(in, a, 0, "normal_");
  double mean = numberArg(in, a, 1, "normal_"), std = numberArg(in, a, 2, "normal_");
  ir::TensorType type = t->tensor.type();
  if (!ir::isFloating(type.dtype)) in.raise("RuntimeError", "normal_ expects a floating point tensor");
  noteRandomInTrace(in, "nn.init");
  // ATen fills 16 or more float values 16 at a time in float (fused multiply-add for the scaling);
  // fewer values come from its double sampler, scaled in double and then rounded.
  bool vectorised = type.dtype != ir::DType::Float64 && type.numel() >= 16;
  ir::TensorType drawType{vectorised ? type.dtype : ir::DType::Float64, type.shape};
  std::vector<double> x = draw(in, ir::OpKind::RandNormal, drawType).toDoubles();
  for (double& v : x)
    v = vectorised ? static_cast<double>(std::fma(static_cast<float>(v), static_cast<float>(std), static_cast<float>(mean)))
                   : v * std + mean;
  assignInPlace(in, t, runtime::tensorFromDoubles(x, type));
  return a.positional[0];
}

// tensor.uniform_(from=0, to=1) / tensor.normal_(mean=0, std=1) as methods.
Value randomMethod(Interpreter& in, const Value& self, const std::string& name, const CallArgs& a) {
  bool uniform = name == "uniform_";
  const char* names[2] = {uniform ? "from" : "mean", uniform ? "to" : "std"};
  Value params[2] = {Value::real(0.0), Value::real(1.0)};
  for (size_t i = 0; i < a.positional.size() && i < 2; ++i) params[i] = a.positional[i];
  for (const auto& [k, v] : a.keywords) {
    if (k == names[0]) params[0] = v;
    else if (k == names[1]) params[1] = v;
    else if (k != "generator") in.raise("TypeError", name + "() got an unexpected keyword argument '" + k + "'");
    else if (!v.isNone()) in.raise("NotImplementedError", name + "() with a generator", "unsupported-argument");
  }
  CallArgs call{{self, params[0], params[1]}, {}};
  return uniform ? uniformInPlace(in, call) : normalInPlace(in, call);
}

// The module's name in a graph's scope path: its attribute name in the parent when called from
// another module's forward, its class name when called from plain code.
std::string moduleLabel(Interpreter& in, const Value& module, bool nested) {
  if (nested)
    if (auto n = in.tryGetAttr(module, "_polytrace_name"); n && n->as<StrObject>()) return n->as<StrObject>()->value;
  return std::string(module.typeName());
}

// Tells the recorder the graph names of the module's own parameters and buffers.
void nameMembers(Interpreter& in, const Value& module, const std::string& prefix) {
  GraphRecorder* rec = in.recorder();
  if (!rec) return;
  std::vector<std::string> scope = in.currentScopePath();
  for (const char* dictName : {"_parameters", "_buffers"}) {
    auto dict = in.tryGetAttr(module, dictName);
    if (!dict || !dict->as<DictObject>()) continue;
    for (const auto& [k, v] : dict->as<DictObject>()->items)
      if (auto* t = v.as<TensorObject>()) rec->nameConstant(t->tensor, prefix + in.str(k), scope);
  }
}

// module(*args, **kwargs): forward() in a frame that names the module.
Value callModule(Interpreter& in, CallArgs& a) {
  if (a.positional.size() != 3) in.raise("TypeError", "call_module(module, args, kwargs)");
  const Value& module = a.positional[0];
  std::vector<std::string> outer;
  for (const auto& f : in.frames())
    if (f.moduleCall) outer.push_back(f.function);
  std::string label = moduleLabel(in, module, !outer.empty());
  std::string prefix;
  if (!outer.empty()) {
    // The root module's own name is not part of its members' names ("fc.weight", not "Net.fc.weight").
    for (size_t i = 1; i < outer.size(); ++i) prefix += outer[i] + ".";
    prefix += label + ".";
  }
  Value forward = in.getAttr(module, "forward");
  CallArgs call{in.toList(a.positional[1]), {}};
  if (auto* kw = a.positional[2].as<DictObject>())
    for (const auto& [k, v] : kw->items) call.keywords.emplace_back(in.str(k), v);
  Interpreter::FrameInfo frame;
  frame.function = label;
  frame.moduleCall = true;
  in.frames().push_back(frame);
  Value result;
  try {
    nameMembers(in, module, prefix);
    result = in.callWith(forward, std::move(call));
  } catch (...) {
    in.frames().pop_back();
    throw;
  }
  in.frames().pop_back();
  return result;
}

Value nnNativeModule(Interpreter&) {
  auto m = newModule("_polytrace_nn");
  def(*m, "parameter", [](Interpreter& in, CallArgs& a) {
    Value data = a.positional.empty() ? Value::none() : a.positional[0];
    runtime::Tensor t;
    if (data.isNone()) t = runtime::tensorFromDoubles({}, {ir::DType::Float32, {0}});
    else if (auto* d = data.as<TensorObject>()) t = d->tensor;
    else in.raise("TypeError", "Parameter() expects a tensor, not " + std::string(data.typeName()));
    auto p = std::make_shared<TensorObject>(t, ir::Framework::Torch);
    p->parameter = true;
    return Value::object(p);
  });
  // Storage for parameters and buffers: made directly, not recorded, so a model built while tracing
  // has its parameters enter the graph as named constants rather than as creation ops.
  def(*m, "full", [](Interpreter& in, CallArgs& a) {
    if (a.positional.size() != 3) in.raise("TypeError", "full(shape, value, dtype)");
    std::vector<int64_t> shape;
    for (const Value& d : a.positional[0].isInt() ? std::vector<Value>{a.positional[0]} : in.toList(a.positional[0])) {
      if (!d.isInt() || d.asInt() < 0) in.raise("TypeError", "a shape must be non-negative ints");
      shape.push_back(d.asInt());
    }
    ir::DType dtype = ir::DType::Float32;
    if (auto* d = a.positional[2].as<DTypeObject>()) dtype = d->dtype;
    ir::TensorType type{dtype, shape};
    if (type.numel() * static_cast<int64_t>(ir::dtypeSize(dtype)) > in.limits().maxTensorBytes)
      in.raise("MemoryError", "a " + ir::typeText(type) + " parameter exceeds the memory budget", "memory-budget");
    std::vector<double> values(static_cast<size_t>(type.numel()), a.positional[1].asFloat());
    return in.wrapTensor(runtime::tensorFromDoubles(values, type), ir::Framework::Torch);
  });
  def(*m, "is_parameter", [](Interpreter&, CallArgs& a) {
    auto* t = a.positional.empty() ? nullptr : a.positional[0].as<TensorObject>();
    return Value::boolean(t && t->parameter);
  });
  def(*m, "is_dtype", [](Interpreter&, CallArgs& a) { return Value::boolean(!a.positional.empty() && a.positional[0].as<DTypeObject>()); });
  def(*m, "uniform_", uniformInPlace);
  def(*m, "normal_", normalInPlace);
  def(*m, "call_module", callModule);
  def(*m, "unsupported", [](Interpreter& in, CallArgs& a) -> Value {
    in.raise("NotImplementedError", (a.positional.empty() ? std::string("this") : in.str(a.positional[0])) +
                                        " is not supported by Polytrace yet", "unsupported-api");
  });
  return Value::object(m);
}

Value pythonModule(Interpreter& in, const std::string& name, const char* source) {
  auto m = in.loadModuleSource(name, "<builtin " + name + ">", source);
  m->internal = true;
  return Value::object(m);
}

// torch.no_grad(), torch.enable_grad(), torch.inference_mode(), torch.set_grad_enabled(mode):
// tracing records no gradients either way, so entering and leaving them changes nothing.
struct GradModeObject : Callable, HostObject {
  explicit GradModeObject(std::string s) : symbol(std::move(s)) {}
  std::string_view typeName() const override { return "grad_mode"; }
  std::string name() const override { return symbol; }
  // As a decorator (@torch.no_grad()): the function itself.
  Value call(Interpreter& in, CallArgs& args) override {
    if (args.positional.size() != 1 || !args.keywords.empty()) in.raise("TypeError", symbol + " object takes one function to decorate");
    return args.positional[0];
  }
  std::optional<Value> hostAttr(Interpreter&, const std::string& attr) override {
    if (attr == "__enter__" || attr == "__exit__")
      return Value::object(std::make_shared<BuiltinFunction>(symbol + "." + attr, [attr](Interpreter&, CallArgs&) {
        return attr == "__exit__" ? Value::boolean(false) : Value::none();
      }));
    return std::nullopt;
  }
  std::string hostRepr() const override { return "<" + symbol + " object>"; }
  std::string symbol;
};

}  // namespace

std::optional<Value> torchRandomInPlaceMethod(const Value& self, const std::string& name) {
  if (name != "uniform_" && name != "normal_") return std::nullopt;
  return Value::object(std::make_shared<BuiltinFunction>(name, [self, name](Interpreter& in, CallArgs& a) {
    return randomMethod(in, self, name, a);
  }));
}

void installTorchNn(Interpreter& in) {
  in.registerBuiltinModule("_polytrace_nn", nnNativeModule);
  in.registerBuiltinModule("torch.nn", [](Interpreter& in) { return pythonModule(in, "torch.nn", kTorchNnSource); });
  in.registerBuiltinModule("torch.nn.init", [](Interpreter& in) { return pythonModule(in, "torch.nn.init", kTorchNnInitSource); });
  for (const char* symbol : {"torch.no_grad", "torch.enable_grad", "torch.inference_mode", "torch.set_grad_enabled"}) {
    std::string s = symbol;
    in.registerIntrinsic(s, [s](Interpreter& in, CallArgs& a) {
      // @torch.no_grad without parentheses decorates the function directly.
      if (s != "torch.set_grad_enabled" && a.positional.size() == 1 && a.positional[0].as<Callable>()) return a.positional[0];
      if (s == "torch.set_grad_enabled" && a.positional.size() + a.keywords.size() != 1)
        in.raise("TypeError", "set_grad_enabled() takes one argument (mode)");
      return Value::object(std::make_shared<GradModeObject>(s));
    });
  }
}

}  // namespace pt::interp
