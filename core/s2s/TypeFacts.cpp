#include "s2s/TypeFacts.h"

#include <algorithm>
#include <string_view>

#include "frontends/ApiTable.h"

namespace pt::s2s {

using namespace syntax;

const char* valueKindName(ValueKind k) {
  switch (k) {
    case ValueKind::Unknown: return "unknown";
    case ValueKind::Tensor: return "tensor";
    case ValueKind::Int: return "int";
    case ValueKind::Float: return "float";
    case ValueKind::Bool: return "bool";
    case ValueKind::DType: return "dtype";
    case ValueKind::OtherPython: return "a Python value";
  }
  return "unknown";
}

namespace {

struct NamedKind {
  std::string_view name;
  ValueKind kind;
};

// Python builtins whose result kind does not depend on their arguments.
constexpr NamedKind kBuiltinCalls[] = {
    {"int", ValueKind::Int},           {"len", ValueKind::Int},           {"float", ValueKind::Float},
    {"bool", ValueKind::Bool},         {"isinstance", ValueKind::Bool},   {"callable", ValueKind::Bool},
    {"str", ValueKind::OtherPython},   {"list", ValueKind::OtherPython},  {"tuple", ValueKind::OtherPython},
    {"range", ValueKind::OtherPython}, {"dict", ValueKind::OtherPython},  {"zip", ValueKind::OtherPython},
    {"enumerate", ValueKind::OtherPython}, {"sorted", ValueKind::OtherPython}, {"repr", ValueKind::OtherPython},
};

// The math module: floor/ceil/trunc give ints, everything else this code uses gives floats.
constexpr NamedKind kMathCalls[] = {
    {"floor", ValueKind::Int}, {"ceil", ValueKind::Int},      {"trunc", ValueKind::Int},  {"isnan", ValueKind::Bool},
    {"isinf", ValueKind::Bool}, {"isfinite", ValueKind::Bool}, {"isclose", ValueKind::Bool},
};

// Tensor methods and attributes that give Python values (every other tensor method gives a tensor).
constexpr NamedKind kTensorPythonMethods[] = {
    {"dim", ValueKind::Int},     {"ndimension", ValueKind::Int},         {"numel", ValueKind::Int},
    {"nelement", ValueKind::Int}, {"element_size", ValueKind::Int},      {"size", ValueKind::OtherPython},
    {"tolist", ValueKind::OtherPython}, {"is_floating_point", ValueKind::Bool}, {"is_complex", ValueKind::Bool},
    {"is_contiguous", ValueKind::Bool}, {"item", ValueKind::Unknown},     {"get_device", ValueKind::Int},
};
constexpr NamedKind kTensorPythonAttributes[] = {
    {"ndim", ValueKind::Int},           {"shape", ValueKind::OtherPython}, {"dtype", ValueKind::DType},
    {"device", ValueKind::OtherPython}, {"is_cuda", ValueKind::Bool},      {"requires_grad", ValueKind::Bool},
};

// Annotations naming Python scalar types.
constexpr NamedKind kAnnotations[] = {
    {"int", ValueKind::Int}, {"float", ValueKind::Float}, {"bool", ValueKind::Bool}, {"str", ValueKind::OtherPython},
    {"List", ValueKind::OtherPython}, {"Tuple", ValueKind::OtherPython}, {"list", ValueKind::OtherPython},
    {"tuple", ValueKind::OtherPython}, {"Dict", ValueKind::OtherPython}, {"dict", ValueKind::OtherPython},
};

template <size_t N>
std::optional<ValueKind> lookup(const NamedKind (&table)[N], std::string_view name) {
  for (const auto& row : table)
    if (row.name == name) return row.kind;
  return std::nullopt;
}

bool isNumberKind(ValueKind k) { return k == ValueKind::Int || k == ValueKind::Float || k == ValueKind::Bool; }

// Python's arithmetic on numbers: true division and any float give a float; ints and bools an int.
ValueKind arithmetic(OperatorKind op, ValueKind a, ValueKind b) {
  if (!isNumberKind(a) || !isNumberKind(b)) return ValueKind::Unknown;
  if (op == OperatorKind::MatMult) return ValueKind::Unknown;
  if (op == OperatorKind::Div || a == ValueKind::Float || b == ValueKind::Float) return ValueKind::Float;
  return ValueKind::Int;
}

ValueKind fromObserved(const ir::ObservedType& t) {
  using K = ir::ObservedType::Kind;
  switch (t.kind) {
    case K::Tensor: return ValueKind::Tensor;
    case K::Bool: return ValueKind::Bool;
    case K::Int: return ValueKind::Int;
    case K::Float: return ValueKind::Float;
    case K::Mixed: return ValueKind::Unknown;  // sometimes one thing, sometimes another: no answer
    case K::DType: return ValueKind::DType;
    case K::None:
    case K::Str:
    case K::Sequence:
    case K::Other: return ValueKind::OtherPython;
  }
  return ValueKind::Unknown;
}

}  // namespace

// Ops whose result is floating for every input dtype torch accepts (torch.mean refuses integers).
constexpr ir::OpKind kFloatResultOps[] = {
    ir::OpKind::Exp,     ir::OpKind::Log,     ir::OpKind::Log1p,  ir::OpKind::Expm1,      ir::OpKind::Sqrt,
    ir::OpKind::Rsqrt,   ir::OpKind::Sin,     ir::OpKind::Cos,    ir::OpKind::Tan,        ir::OpKind::Tanh,
    ir::OpKind::Sigmoid, ir::OpKind::Erf,     ir::OpKind::Mean,   ir::OpKind::Std,        ir::OpKind::Var,
    ir::OpKind::Softmax, ir::OpKind::LogSoftmax, ir::OpKind::RandUniform, ir::OpKind::RandNormal, ir::OpKind::Atan2,
};

bool TypeFacts::isFloatingTensor(const Expr& e) const {
  if (const auto* o = observed(e)) return o->isTensor() && o->dtype && ir::isFloating(*o->dtype);
  switch (e.kind) {
    case ExprKind::Name: return floating_.count(static_cast<const Name&>(e).id) > 0;
    case ExprKind::Call: {
      const auto* entry = entryOf_ ? entryOf_(static_cast<const Call&>(e)) : nullptr;
      if (!entry) return false;
      if (std::find(std::begin(kFloatResultOps), std::end(kFloatResultOps), entry->op) != std::end(kFloatResultOps)) return true;
      // x.float(), x.double(): a cast whose dtype the entry fixes.
      auto d = entry->attrs.find("dtype");
      return entry->op == ir::OpKind::Cast && d != entry->attrs.end() && std::holds_alternative<ir::DType>(d->second) &&
             ir::isFloating(std::get<ir::DType>(d->second));
    }
    case ExprKind::BinOp: {
      const auto& b = static_cast<const BinOp&>(e);
      ValueKind l = kindOf(*b.left), r = kindOf(*b.right);
      if (l != ValueKind::Tensor && r != ValueKind::Tensor) return false;
      if (b.op == OperatorKind::Div) return true;  // torch's true division gives floats
      if (b.op == OperatorKind::BitAnd || b.op == OperatorKind::BitOr || b.op == OperatorKind::BitXor) return false;
      // A float operand (tensor or Python float) makes the result floating (promotion by category).
      auto floatSide = [&](const Expr& x, ValueKind k) { return k == ValueKind::Float || (k == ValueKind::Tensor && isFloatingTensor(x)); };
      return floatSide(*b.left, l) || floatSide(*b.right, r);
    }
    case ExprKind::UnaryOp: return static_cast<const UnaryOp&>(e).op != UnaryOpKind::Not && isFloatingTensor(*static_cast<const UnaryOp&>(e).operand);
    case ExprKind::Subscript: return isFloatingTensor(*static_cast<const Subscript&>(e).value);
    case ExprKind::IfExp: {
      const auto& i = static_cast<const IfExp&>(e);
      return isFloatingTensor(*i.body) && isFloatingTensor(*i.orelse);
    }
    default: return false;
  }
}

bool TypeFacts::isBoolTensor(const Expr& e) const {
  if (const auto* o = observed(e)) return o->isTensor() && o->dtype == ir::DType::Bool;
  switch (e.kind) {
    case ExprKind::Compare: return kindOf(e) == ValueKind::Tensor;
    case ExprKind::BinOp: {
      const auto& b = static_cast<const BinOp&>(e);
      bool logical = b.op == OperatorKind::BitAnd || b.op == OperatorKind::BitOr || b.op == OperatorKind::BitXor;
      return logical && isBoolTensor(*b.left) && isBoolTensor(*b.right);
    }
    case ExprKind::UnaryOp:
      return static_cast<const UnaryOp&>(e).op == UnaryOpKind::Invert && isBoolTensor(*static_cast<const UnaryOp&>(e).operand);
    default: return false;
  }
}

const ir::ObservedType* TypeFacts::observed(const Expr& e) const {
  if (!observed_) return nullptr;
  auto it = observed_->find({e.pos.lineno, e.pos.col_offset, e.pos.end_lineno, e.pos.end_col_offset});
  return it == observed_->end() ? nullptr : &it->second;
}

bool TypeFacts::isNumber(const Expr& e) const { return isNumberKind(kindOf(e)); }

ValueKind TypeFacts::kindOf(const Expr& e) const {
  // What ran beats what the source suggests; a node that never ran (a branch not taken) falls
  // back to inference.
  if (const auto* o = observed(e)) return fromObserved(*o);
  return inferred(e);
}

ValueKind TypeFacts::inferred(const Expr& e) const {
  switch (e.kind) {
    case ExprKind::Constant: {
      switch (static_cast<const Constant&>(e).value.kind) {
        case ConstantValue::Kind::Int: return ValueKind::Int;
        case ConstantValue::Kind::Float: return ValueKind::Float;
        case ConstantValue::Kind::Bool: return ValueKind::Bool;
        default: return ValueKind::OtherPython;
      }
    }
    case ExprKind::Name: {
      const std::string& id = static_cast<const Name&>(e).id;
      if (auto it = locals_.find(id); it != locals_.end()) return it->second;
      if (modules_.count(id)) return ValueKind::OtherPython;
      return ValueKind::Unknown;
    }
    case ExprKind::Call: {
      const auto& c = static_cast<const Call&>(e);
      if (auto sym = symbolOf_(*c.func)) return returnsTensor_(*sym) ? ValueKind::Tensor : ValueKind::Unknown;
      if (const Expr* returns = returnAnnotation(e)) return annotationKind(*returns);
      if (c.func->kind == ExprKind::Name) {
        const std::string& id = static_cast<const Name&>(*c.func).id;
        if (locals_.count(id)) return ValueKind::Unknown;  // a local shadows the builtin
        if (id == "round") return c.args.size() == 1 && c.keywords.empty() ? ValueKind::Int : ValueKind::Unknown;
        if ((id == "max" || id == "min" || id == "abs") && !c.args.empty()) {
          ValueKind k = kindOf(*c.args[0]);
          for (const Expr* a : c.args)
            if (kindOf(*a) != k) return ValueKind::Unknown;
          return isNumberKind(k) ? k : ValueKind::Unknown;
        }
        return lookup(kBuiltinCalls, id).value_or(ValueKind::Unknown);
      }
      if (c.func->kind == ExprKind::Attribute) {
        const auto& a = static_cast<const Attribute&>(*c.func);
        if (a.value->kind == ExprKind::Name && static_cast<const Name&>(*a.value).id == "math" && modules_.count("math"))
          return lookup(kMathCalls, a.attr).value_or(ValueKind::Float);
        if (kindOf(*a.value) == ValueKind::Tensor) {
          if (a.attr == "size" && !c.args.empty()) return ValueKind::Int;
          return lookup(kTensorPythonMethods, a.attr).value_or(ValueKind::Tensor);
        }
      }
      return ValueKind::Unknown;
    }
    case ExprKind::Attribute: {
      const auto& a = static_cast<const Attribute&>(e);
      if (auto sym = symbolOf_(e); sym && frontends::dtypeSymbol(*sym)) return ValueKind::DType;
      if (kindOf(*a.value) == ValueKind::Tensor) return lookup(kTensorPythonAttributes, a.attr).value_or(ValueKind::Unknown);
      return ValueKind::Unknown;
    }
    case ExprKind::Subscript: {
      const auto& s = static_cast<const Subscript&>(e);
      ValueKind base = kindOf(*s.value);
      if (base == ValueKind::Tensor) return ValueKind::Tensor;
      if (s.value->kind == ExprKind::Name && s.slice->kind != ExprKind::Slice)
        if (auto it = elements_.find(static_cast<const Name&>(*s.value).id); it != elements_.end()) return it->second;
      // x.shape[i] is an int, x.shape[a:b] a tuple.
      if (s.value->kind == ExprKind::Attribute && static_cast<const Attribute&>(*s.value).attr == "shape" &&
          kindOf(*static_cast<const Attribute&>(*s.value).value) == ValueKind::Tensor)
        return s.slice->kind == ExprKind::Slice ? ValueKind::OtherPython : ValueKind::Int;
      return ValueKind::Unknown;
    }
    case ExprKind::BinOp: {
      const auto& b = static_cast<const BinOp&>(e);
      ValueKind l = kindOf(*b.left), r = kindOf(*b.right);
      if (l == ValueKind::Tensor || r == ValueKind::Tensor) return ValueKind::Tensor;
      // list + list, [0] * n, "a" + s: still a Python value.
      if ((l == ValueKind::OtherPython || r == ValueKind::OtherPython) && (b.op == OperatorKind::Add || b.op == OperatorKind::Mult))
        return ValueKind::OtherPython;
      return arithmetic(b.op, l, r);
    }
    case ExprKind::UnaryOp: {
      const auto& u = static_cast<const UnaryOp&>(e);
      ValueKind k = kindOf(*u.operand);
      if (u.op == UnaryOpKind::Not) return ValueKind::Bool;
      if (k == ValueKind::Tensor) return k;
      if (k == ValueKind::Bool) return ValueKind::Int;  // -True == -1, ~True == -2
      return isNumberKind(k) ? k : ValueKind::Unknown;
    }
    case ExprKind::Compare: {
      const auto& c = static_cast<const Compare&>(e);
      if (kindOf(*c.left) == ValueKind::Tensor) return ValueKind::Tensor;
      for (const Expr* x : c.comparators)
        if (kindOf(*x) == ValueKind::Tensor) return ValueKind::Tensor;
      return ValueKind::Unknown;  // a user class may define __eq__: not necessarily a bool
    }
    case ExprKind::IfExp: {
      const auto& i = static_cast<const IfExp&>(e);
      ValueKind a = kindOf(*i.body), b = kindOf(*i.orelse);
      return a == b ? a : ValueKind::Unknown;
    }
    case ExprKind::List:
    case ExprKind::Tuple:
    case ExprKind::Dict:
    case ExprKind::Set:
    case ExprKind::ListComp:
    case ExprKind::SetComp:
    case ExprKind::DictComp:
    case ExprKind::GeneratorExp:
    case ExprKind::JoinedStr:
    case ExprKind::Lambda: return ValueKind::OtherPython;
    default: return ValueKind::Unknown;
  }
}

ValueKind TypeFacts::annotationKind(const Expr& annotation) const {
  if (auto sym = symbolOf_(annotation)) {
    if (isTensorType_(*sym)) return ValueKind::Tensor;
    if (sym->ends_with(".dtype")) return ValueKind::DType;  // torch.dtype, numpy.dtype, ...
  }
  if (annotation.kind == ExprKind::Name) return lookup(kAnnotations, static_cast<const Name&>(annotation).id).value_or(ValueKind::Unknown);
  if (annotation.kind == ExprKind::Subscript) {
    const auto& s = static_cast<const Subscript&>(annotation);
    // List[int], Tuple[...]: containers. Optional[Tensor], Union[...]: not one kind.
    if (s.value->kind == ExprKind::Name && lookup(kAnnotations, static_cast<const Name&>(*s.value).id) == ValueKind::OtherPython)
      return ValueKind::OtherPython;
  }
  return ValueKind::Unknown;
}

// List[X] and Tuple[X, ...] (every item X): X's kind; anything else unknown.
ValueKind TypeFacts::elementKind(const Expr& annotation) const {
  if (annotation.kind != ExprKind::Subscript || annotationKind(annotation) != ValueKind::OtherPython) return ValueKind::Unknown;
  const Expr& items = *static_cast<const Subscript&>(annotation).slice;
  if (items.kind != ExprKind::Tuple) return annotationKind(items);
  const auto& elts = static_cast<const Tuple&>(items).elts;
  ValueKind k = elts.empty() ? ValueKind::Unknown : annotationKind(*elts[0]);
  for (const Expr* x : elts)
    if (!(x->kind == ExprKind::Constant && static_cast<const Constant*>(x)->value.kind == ConstantValue::Kind::Ellipsis) &&
        annotationKind(*x) != k)
      return ValueKind::Unknown;
  return k;
}

const Expr* TypeFacts::returnAnnotation(const Expr& call) const {
  if (!functions_ || call.kind != ExprKind::Call) return nullptr;
  const Expr& f = *static_cast<const Call&>(call).func;
  if (f.kind != ExprKind::Name || locals_.count(static_cast<const Name&>(f).id)) return nullptr;
  auto it = functions_->find(static_cast<const Name&>(f).id);
  return it == functions_->end() ? nullptr : it->second->returns;
}

void TypeFacts::bind(const Expr& target, ValueKind k) {
  if (target.kind == ExprKind::Name) {
    const std::string& id = static_cast<const Name&>(target).id;
    elements_.erase(id);
    floating_.erase(id);
    if (k == ValueKind::Unknown) locals_.erase(id);
    else locals_[id] = k;
  } else if (target.kind == ExprKind::Tuple || target.kind == ExprKind::List) {
    // Unpacking a tensor gives tensors (r, g, b = img.unbind(-3)); anything else: unknown items.
    const auto& elts = target.kind == ExprKind::Tuple ? static_cast<const Tuple&>(target).elts : static_cast<const List&>(target).elts;
    for (const Expr* t : elts) bind(*t, k == ValueKind::Tensor ? ValueKind::Tensor : ValueKind::Unknown);
  }
}

void TypeFacts::beginFunction(const FunctionDef& f) {
  locals_.clear();
  floating_.clear();
  elements_.clear();
  for (const auto* list : {&f.args->posonlyargs, &f.args->args, &f.args->kwonlyargs})
    for (const syntax::Arg* a : *list) {
      if (!a->annotation) continue;
      ValueKind k = annotationKind(*a->annotation);
      if (k != ValueKind::Unknown) locals_[a->arg] = k;
      if (ValueKind item = elementKind(*a->annotation); item != ValueKind::Unknown) elements_[a->arg] = item;
    }
}

void TypeFacts::noteStatement(const Stmt& s) {
  if (s.kind == StmtKind::Assign) {
    const auto& a = static_cast<const Assign&>(s);
    ValueKind k = kindOf(*a.value);
    bool floating = k == ValueKind::Tensor && isFloatingTensor(*a.value);
    // a, b, c = helper(...) with `-> Tuple[Tensor, bool, torch.dtype]`: one kind per name.
    if (const Expr* returns = returnAnnotation(*a.value);
        returns && returns->kind == ExprKind::Subscript && a.targets.size() == 1 && a.targets[0]->kind == ExprKind::Tuple) {
      const Expr& items = *static_cast<const Subscript*>(returns)->slice;
      const auto& names = static_cast<const Tuple*>(a.targets[0])->elts;
      if (items.kind == ExprKind::Tuple && static_cast<const Tuple&>(items).elts.size() == names.size()) {
        for (size_t i = 0; i < names.size(); ++i) bind(*names[i], annotationKind(*static_cast<const Tuple&>(items).elts[i]));
        return;
      }
    }
    for (const Expr* t : a.targets) {
      bind(*t, k);
      if (floating && t->kind == ExprKind::Name) floating_.insert(static_cast<const Name*>(t)->id);
    }
  } else if (s.kind == StmtKind::AnnAssign) {
    const auto& a = static_cast<const AnnAssign&>(s);
    ValueKind k = annotationKind(*a.annotation);
    if (k == ValueKind::Unknown && a.value) k = kindOf(*a.value);
    bind(*a.target, k);
  } else if (s.kind == StmtKind::AugAssign) {
    const auto& a = static_cast<const AugAssign&>(s);
    if (a.target->kind == ExprKind::Name) {
      ValueKind t = kindOf(*a.target), v = kindOf(*a.value);
      bind(*a.target, t == ValueKind::Tensor || v == ValueKind::Tensor ? ValueKind::Tensor : arithmetic(a.op, t, v));
    }
  } else if (s.kind == StmtKind::For) {
    bind(*static_cast<const For&>(s).target, ValueKind::Unknown);
  }
}

}  // namespace pt::s2s
