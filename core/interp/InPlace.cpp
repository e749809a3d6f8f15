#include "interp/InPlace.h"

#include "frontends/ApiTable.h"
#include "interp/FrameworkBridge.h"
#include "interp/GraphRecorder.h"
#include "ir/TypeRules.h"
#include "runtime/Backend.h"

namespace pt::interp {

using ir::DType;
using ir::Framework;
using ir::OpKind;

namespace {

bool mutableFramework(Framework fw) { return fw == Framework::Torch || fw == Framework::Numpy; }

// torch's names in its casting errors ("result type Float can't be cast to ... Long").
const char* torchTypeName(DType d) {
  switch (d) {
    case DType::Bool: return "Bool";
    case DType::UInt8: return "Byte";
    case DType::Int8: return "Char";
    case DType::Int16: return "Short";
    case DType::Int32: return "Int";
    case DType::Int64: return "Long";
    case DType::Float16: return "Half";
    case DType::BFloat16: return "BFloat16";
    case DType::Float32: return "Float";
    case DType::Float64: return "Double";
  }
  return "?";
}

// Index views: only basic indexing (ints, slices, Ellipsis, None) gives a view; index arrays copy.
bool basicIndex(const Value& index) {
  auto basic = [](const Value& v) {
    return v.isInt() || v.isBool() || v.isNone() || v.as<SliceObject>() || v.as<EllipsisObject>();
  };
  if (auto* t = index.as<TupleObject>()) {
    for (const Value& v : t->items)
      if (!basic(v)) return false;
    return true;
  }
  return basic(index);
}

struct ViewRule {
  const char* method;
  TensorObject::ViewKind kind;
};
// The tensor methods whose results share their input's data. Reshaping views write back by
// reshaping; the others (a transposed or expanded view) are not written through yet.
constexpr ViewRule kViewMethods[] = {
    {"view", TensorObject::ViewKind::Reshape},        {"reshape", TensorObject::ViewKind::Reshape},
    {"unsqueeze", TensorObject::ViewKind::Reshape},   {"squeeze", TensorObject::ViewKind::Reshape},
    {"flatten", TensorObject::ViewKind::Reshape},     {"expand", TensorObject::ViewKind::Opaque},
    {"expand_as", TensorObject::ViewKind::Opaque},    {"transpose", TensorObject::ViewKind::Opaque},
    {"permute", TensorObject::ViewKind::Opaque},      {"t", TensorObject::ViewKind::Opaque},
    {"unbind", TensorObject::ViewKind::Opaque},       {"narrow", TensorObject::ViewKind::Opaque},
    {"select", TensorObject::ViewKind::Opaque},       {"movedim", TensorObject::ViewKind::Opaque},
    {"swapaxes", TensorObject::ViewKind::Opaque},     {"diagonal", TensorObject::ViewKind::Opaque},
};

void setView(const Value& result, const std::shared_ptr<TensorObject>& base, TensorObject::ViewKind kind, const Value& index) {
  auto mark = [&](const Value& v) {
    auto t = v.asShared<TensorObject>();
    if (!t || t == base) return;
    t->viewKind = kind;
    t->viewBase = base;
    t->viewIndex = index;
    t->baseVersion = base->version;
  };
  if (auto* tuple = result.as<TupleObject>())
    for (const Value& v : tuple->items) mark(v);
  else
    mark(result);
}

}  // namespace

runtime::Tensor runOp(Interpreter& in, OpKind op, const std::vector<runtime::Tensor>& inputs, const ir::Attrs& attrs) {
  std::vector<runtime::Tensor> outs;
  try {
    outs = runtime::backend().execute(op, attrs, inputs);
  } catch (const runtime::RuntimeError& e) {
    in.raise("RuntimeError", e.message);
  }
  if (auto* rec = in.recorder()) rec->record(op, inputs, attrs, outs, in.currentLocation(), in.currentScopePath());
  return outs.at(0);
}

void markView(const Value& result, const Value& base, const std::string& symbol, const Value& index) {
  auto b = base.asShared<TensorObject>();
  if (!b || !mutableFramework(b->framework)) return;
  std::string method = symbol.substr(symbol.rfind('.') + 1);
  if (method == "__getitem__") {
    if (basicIndex(index)) setView(result, b, TensorObject::ViewKind::Index, index);
    return;
  }
  for (const auto& rule : kViewMethods)
    if (method == rule.method) setView(result, b, rule.kind, Value::none());
}

void refreshView(Interpreter& in, TensorObject& t) {
  if (t.viewKind == TensorObject::ViewKind::None) return;
  auto base = t.viewBase;
  refreshView(in, *base);
  if (base->version == t.baseVersion) return;
  switch (t.viewKind) {
    case TensorObject::ViewKind::Index: {
      Value fresh = tensorGetItem(in, Value::object(base), t.viewIndex);
      t.tensor = fresh.as<TensorObject>()->tensor;
      break;
    }
    case TensorObject::ViewKind::Reshape:
      t.tensor = runOp(in, OpKind::Reshape, {base->tensor}, {{"shape", t.tensor.shape()}});
      break;
    default:
      in.raise("NotImplementedError", "a transposed or expanded view is read after its base tensor was written in place; "
                                      "Polytrace does not re-derive such views yet", "unsupported-mutation");
  }
  t.baseVersion = base->version;
}

void refreshViews(Interpreter& in, const Value& v) {
  if (auto* t = v.as<TensorObject>()) return refreshView(in, *t);
  if (auto* tu = v.as<TupleObject>())
    for (const Value& x : tu->items) refreshViews(in, x);
  if (auto* l = v.as<ListObject>())
    for (const Value& x : l->items) refreshViews(in, x);
  if (auto* d = v.as<DictObject>())
    for (const auto& [k, x] : d->items) refreshViews(in, x);
}

void assignInPlace(Interpreter& in, const std::shared_ptr<TensorObject>& target, runtime::Tensor value, bool shapeMayChange) {
  DType to = target->tensor.dtype(), from = value.dtype();
  if (from != to) {
    if ((ir::isFloating(from) && !ir::isFloating(to)) || (to == DType::Bool && from != DType::Bool))
      in.raise("RuntimeError", std::string("result type ") + torchTypeName(from) + " can't be cast to the desired output type " +
                                   torchTypeName(to));
    value = runOp(in, OpKind::Cast, {value}, {{"dtype", to}});
  }
  if (!shapeMayChange && value.shape() != target->tensor.shape())
    in.raise("RuntimeError", "output with shape " + ir::typeText(target->tensor.type()) + " doesn't match the broadcast shape " +
                                 ir::typeText(value.type()));
  if (target->viewKind != TensorObject::ViewKind::None) {
    auto base = target->viewBase;
    refreshView(in, *base);
    if (shapeMayChange && value.shape() != target->tensor.shape())
      in.raise("NotImplementedError", "changing the shape of a view in place is not supported", "unsupported-mutation");
    switch (target->viewKind) {
      case TensorObject::ViewKind::Index: {
        const auto* entry = frontends::ApiTable::instance().find(std::string(frontends::ApiTable::tensorTypePrefix(base->framework)) +
                                                                 ".__setitem__");
        if (!entry) in.raise("NotImplementedError", "writing through a view is not supported here", "unsupported-mutation");
        CallArgs args{{target->viewIndex, in.wrapTensor(value, target->framework)}, {}};
        Value updated = callApi(in, *entry, Value::object(base), args);
        assignInPlace(in, base, updated.as<TensorObject>()->tensor);
        break;
      }
      case TensorObject::ViewKind::Reshape:
        assignInPlace(in, base, runOp(in, OpKind::Reshape, {value}, {{"shape", base->tensor.shape()}}));
        break;
      default:
        in.raise("NotImplementedError", "writing through a transposed or expanded view is not supported yet", "unsupported-mutation");
    }
    target->baseVersion = base->version;
  }
  target->tensor = std::move(value);
  ++target->version;
}

void tensorSetItem(Interpreter& in, const Value& tensor, const Value& index, const Value& value) {
  auto t = tensor.asShared<TensorObject>();
  if (t->framework == Framework::Jax)
    in.raise("TypeError", "'ArrayImpl' object does not support item assignment. JAX arrays are immutable. Instead of "
                          "``x[idx] = y``, use ``x = x.at[idx].set(y)``");
  if (t->framework == Framework::TensorFlow) in.raise("TypeError", "'EagerTensor' object does not support item assignment");
  const auto* entry = frontends::ApiTable::instance().find(std::string(frontends::ApiTable::tensorTypePrefix(t->framework)) +
                                                           ".__setitem__");
  if (!entry) in.raise("NotImplementedError", "item assignment into these tensors is not supported yet", "unsupported-mutation");
  refreshView(in, *t);
  CallArgs args{{index, value}, {}};
  Value updated = callApi(in, *entry, tensor, args);
  assignInPlace(in, t, updated.as<TensorObject>()->tensor);
}

std::optional<Value> inPlaceMethod(Interpreter&, const Value& self, const std::string& name) {
  auto t = self.asShared<TensorObject>();
  if (!t || t->framework != Framework::Torch || name.size() < 2 || name.back() != '_' || name[0] == '_') return std::nullopt;
  std::string base = name.substr(0, name.size() - 1);
  auto make = [&](BuiltinFunction::Fn fn) { return Value::object(std::make_shared<BuiltinFunction>(name, std::move(fn))); };
  if (name == "copy_")
    return make([t, self](Interpreter& in, CallArgs& a) {
      if (a.positional.empty() || !a.positional[0].as<TensorObject>()) in.raise("TypeError", "copy_(): argument 'src' must be Tensor");
      auto* src = a.positional[0].as<TensorObject>();
      refreshView(in, *src);
      runtime::Tensor v = src->tensor;
      if (v.dtype() != t->tensor.dtype()) v = runOp(in, OpKind::Cast, {v}, {{"dtype", t->tensor.dtype()}});
      std::vector<int64_t> shape;
      if (!ir::broadcastShapes(v.shape(), t->tensor.shape(), shape) || shape != t->tensor.shape())
        in.raise("RuntimeError", "The size of tensor a must match the size of tensor b");
      if (v.shape() != shape) v = runOp(in, OpKind::Expand, {v}, {{"shape", shape}});
      assignInPlace(in, t, v);
      return self;
    });
  if (name == "fill_" || name == "zero_")
    return make([t, self, name](Interpreter& in, CallArgs& a) {
      double value = 0;
      if (name == "fill_") {
        if (a.positional.empty()) in.raise("TypeError", "fill_() missing required argument 'value'");
        const Value& v = a.positional[0];
        if (auto* vt = v.as<TensorObject>()) value = tensorToPython(in, *vt, "fill_()").asFloat();
        else if (v.isNumber()) value = v.asFloat();
        else in.raise("TypeError", "fill_(): argument 'value' must be Number");
      }
      assignInPlace(in, t, runOp(in, OpKind::FullLike, {t->tensor}, {{"value", value}}));
      return self;
    });
  const auto* entry = frontends::ApiTable::instance().find("torch.Tensor." + base);
  if (!entry) return std::nullopt;
  bool shapeChanging = base == "unsqueeze" || base == "squeeze" || base == "t" || base == "transpose" || base == "resize";
  return make([t, self, entry, shapeChanging](Interpreter& in, CallArgs& a) {
    Value result = callApi(in, *entry, self, a);
    auto* r = result.as<TensorObject>();
    if (!r) in.raise("TypeError", "in-place " + entry->symbol + "_ did not produce a tensor");
    assignInPlace(in, t, r->tensor, shapeChanging);
    return self;
  });
}

}  // namespace pt::interp
