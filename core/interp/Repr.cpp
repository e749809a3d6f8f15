// repr() and str() of interpreter values, with each framework's own tensor printing.
#include "base/FloatRepr.h"
#include "interp/Classes.h"
#include "interp/Interpreter.h"
#include "interp/TensorRepr.h"

namespace pt::interp {

namespace {

std::string quoteString(const std::string& s) {
  bool hasSingle = s.find('\'') != std::string::npos, hasDouble = s.find('"') != std::string::npos;
  char q = hasSingle && !hasDouble ? '"' : '\'';
  std::string out(1, q);
  for (unsigned char c : s) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c == static_cast<unsigned char>(q)) {
          out += '\\';
          out += static_cast<char>(c);
        } else if (c < 0x20 || c == 0x7f) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\x%02x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + q;
}

ArrayData arrayData(const runtime::Tensor& t) {
  ArrayData a;
  a.type = t.type();
  if (ir::isFloating(t.dtype())) a.floats = t.toDoubles();
  else a.ints = t.toInts();
  return a;
}

std::string dtypeRepr(const DTypeObject& d) {
  std::string name(ir::dtypeLongName(d.dtype));
  switch (d.framework) {
    case ir::Framework::Torch: return "torch." + name;
    case ir::Framework::TensorFlow: return "tf." + name;
    case ir::Framework::Numpy: return "dtype('" + name + "')";
    case ir::Framework::Jax: return "dtype('" + name + "')";
    case ir::Framework::Ivy: return name;
  }
  return name;
}

}  // namespace

std::string Interpreter::repr(const Value& v) {
  switch (v.kind()) {
    case Value::Kind::None: return "None";
    case Value::Kind::Bool: return v.asBool() ? "True" : "False";
    case Value::Kind::Int: return std::to_string(v.asInt());
    case Value::Kind::Float: return pyFloatRepr(v.asFloat());
    case Value::Kind::Obj: break;
  }
  if (auto* s = v.as<StrObject>()) return quoteString(s->value);
  auto join = [&](const std::vector<Value>& items) {
    std::string out;
    for (size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + repr(items[i]);
    return out;
  };
  if (auto* l = v.as<ListObject>()) return "[" + join(l->items) + "]";
  if (auto* t = v.as<TupleObject>(); t && t->torchSize) return "torch.Size([" + join(t->items) + "])";
  if (auto* t = v.as<TupleObject>()) return "(" + join(t->items) + (t->items.size() == 1 ? ",)" : ")");
  if (auto* d = v.as<DictObject>(); d && d->ordered) {
    if (d->items.empty()) return "OrderedDict()";
    std::string out = "OrderedDict([";
    for (size_t i = 0; i < d->items.size(); ++i)
      out += (i ? ", " : "") + std::string("(") + repr(d->items[i].first) + ", " + repr(d->items[i].second) + ")";
    return out + "])";
  }
  if (auto* d = v.as<DictObject>()) {
    std::string out = "{";
    for (size_t i = 0; i < d->items.size(); ++i)
      out += (i ? ", " : "") + repr(d->items[i].first) + ": " + repr(d->items[i].second);
    return out + "}";
  }
  if (auto* t = v.as<TensorObject>()) {
    ArrayData a = arrayData(t->tensor);
    switch (t->framework) {
      case ir::Framework::Torch:
        if (t->parameter) {
          // torch prints a Parameter's data with requires_grad=True inside the tensor(...).
          std::string r = torchRepr(a);
          return "Parameter containing:\n" + r.substr(0, r.size() - 1) + ", requires_grad=True)";
        }
        return torchRepr(a);
      case ir::Framework::Numpy: return numpyRepr(a);
      case ir::Framework::Jax: return jaxRepr(a);
      case ir::Framework::TensorFlow: return tfRepr(a);
      case ir::Framework::Ivy: return ivyRepr(a);
    }
  }
  if (auto* d = v.as<DTypeObject>()) return dtypeRepr(*d);
  if (auto* r = v.as<RangeObject>())
    return "range(" + std::to_string(r->start) + ", " + std::to_string(r->stop) +
           (r->step != 1 ? ", " + std::to_string(r->step) : "") + ")";
  if (auto* s = v.as<SliceObject>()) return "slice(" + repr(s->start) + ", " + repr(s->stop) + ", " + repr(s->step) + ")";
  if (v.as<EllipsisObject>()) return "Ellipsis";
  if (auto* m = v.as<ModuleObject>()) return "<module '" + m->name + "' from '" + m->filename + "'>";
  if (auto* ns = v.as<FrameworkNamespace>()) return "<module '" + ns->symbol + "'>";
  if (auto* f = v.as<FunctionObject>()) return "<function " + f->qualname + ">";
  if (auto* it = v.as<IteratorObject>()) return it->isGenerator ? "<generator object>" : "<iterator object>";
  if (v.as<SuperObject>()) return "<super object>";
  if (v.as<PropertyObject>()) return "<property object>";
  if (auto* c = v.as<ClassObject>()) return "<class '" + (c->module.empty() ? "" : c->module + ".") + c->className + "'>";
  if (auto* inst = v.as<InstanceObject>()) {
    if (inst->cls->isException) {
      std::string args;
      for (size_t i = 0; i < inst->exceptionArgs.size(); ++i) args += (i ? ", " : "") + repr(inst->exceptionArgs[i]);
      return inst->cls->className + "(" + args + ")";
    }
    if (auto m = tryGetAttr(v, "__repr__")) return str(call(*m, {}));
    if (auto e = enumMemberText(*this, v, true)) return *e;
    return "<" + inst->cls->module + "." + inst->cls->className + " object>";
  }
  if (auto* host = v.as<HostObject>()) return host->hostRepr();
  if (auto* c = v.as<Callable>()) return "<built-in function " + c->name() + ">";
  return "<" + std::string(v.typeName()) + " object>";
}

std::string Interpreter::str(const Value& v) {
  if (auto* s = v.as<StrObject>()) return s->value;
  if (auto* t = v.as<TensorObject>(); t && t->framework == ir::Framework::Numpy) return numpyStr(arrayData(t->tensor));
  if (auto* inst = v.as<InstanceObject>()) {
    if (inst->cls->isException) {
      if (inst->exceptionArgs.empty()) return "";
      if (inst->exceptionArgs.size() == 1) return str(inst->exceptionArgs[0]);
      return repr(makeTuple(inst->exceptionArgs));
    }
    if (auto m = tryGetAttr(v, "__str__")) return str(call(*m, {}));
    if (auto e = enumMemberText(*this, v, false)) return *e;
  }
  return repr(v);
}

}  // namespace pt::interp
