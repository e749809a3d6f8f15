// Python's operators: numbers, strings and sequences here; tensors go to their framework's
// operator entries (__add__, __radd__, ...), so promotion follows the framework.
#include <cmath>
#include <limits>

#include "interp/Operators.h"
#include "interp/Classes.h"
#include "interp/FrameworkBridge.h"

namespace pt::interp {

using syntax::CmpOpKind;
using syntax::OperatorKind;
using syntax::UnaryOpKind;

namespace {

const char* dunder(OperatorKind op) { return syntax::methodStem(op); }

const char* dunder(CmpOpKind op) {
  switch (op) {
    case CmpOpKind::Eq: return "__eq__";
    case CmpOpKind::NotEq: return "__ne__";
    case CmpOpKind::Lt: return "__lt__";
    case CmpOpKind::LtE: return "__le__";
    case CmpOpKind::Gt: return "__gt__";
    case CmpOpKind::GtE: return "__ge__";
    default: return nullptr;
  }
}

std::optional<Value> tensorOperator(Interpreter& in, const std::string& name, const Value& self, const Value& other) {
  auto* t = self.as<TensorObject>();
  std::string symbol = std::string(frontends::ApiTable::tensorTypePrefix(t->framework)) + "." + name;
  const auto* e = frontends::ApiTable::instance().find(symbol);
  if (!e) return std::nullopt;
  CallArgs args;
  if (!other.isNone() || name == "__eq__" || name == "__ne__") args.positional.push_back(other);
  return callApi(in, *e, self, args);
}

[[noreturn]] void unsupportedOperands(Interpreter& in, const char* symbol, const Value& a, const Value& b) {
  in.raise("TypeError", std::string("unsupported operand type(s) for ") + symbol + ": '" + std::string(a.typeName()) +
                            "' and '" + std::string(b.typeName()) + "'");
}

void checkOverflow(Interpreter& in, bool overflow) {
  if (overflow) in.raise("OverflowError", "integer result does not fit in 64 bits (Polytrace's interpreter limit)", "int-overflow");
}

Value intOp(Interpreter& in, OperatorKind op, int64_t a, int64_t b) {
  int64_t r = 0;
  switch (op) {
    case OperatorKind::Add: checkOverflow(in, __builtin_add_overflow(a, b, &r)); return Value::integer(r);
    case OperatorKind::Sub: checkOverflow(in, __builtin_sub_overflow(a, b, &r)); return Value::integer(r);
    case OperatorKind::Mult: checkOverflow(in, __builtin_mul_overflow(a, b, &r)); return Value::integer(r);
    case OperatorKind::Div:
      if (b == 0) in.raise("ZeroDivisionError", "division by zero");
      return Value::real(static_cast<double>(a) / static_cast<double>(b));
    case OperatorKind::FloorDiv: {
      if (b == 0) in.raise("ZeroDivisionError", "integer division or modulo by zero");
      int64_t q = a / b;
      if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
      return Value::integer(q);
    }
    case OperatorKind::Mod: {
      if (b == 0) in.raise("ZeroDivisionError", "integer division or modulo by zero");
      int64_t m = a % b;
      if (m != 0 && ((m < 0) != (b < 0))) m += b;
      return Value::integer(m);
    }
    case OperatorKind::Pow: {
      if (b < 0) return Value::real(std::pow(static_cast<double>(a), static_cast<double>(b)));
      int64_t result = 1, base = a;
      for (int64_t e = b; e > 0; e >>= 1) {
        if (e & 1) checkOverflow(in, __builtin_mul_overflow(result, base, &result));
        if (e > 1) checkOverflow(in, __builtin_mul_overflow(base, base, &base));
      }
      return Value::integer(result);
    }
    case OperatorKind::BitAnd: return Value::integer(a & b);
    case OperatorKind::BitOr: return Value::integer(a | b);
    case OperatorKind::BitXor: return Value::integer(a ^ b);
    case OperatorKind::LShift:
      if (b < 0) in.raise("ValueError", "negative shift count");
      if (b >= 63 || (a != 0 && (a << b) >> b != a)) in.raise("OverflowError", "shift result too large", "int-overflow");
      return Value::integer(a << b);
    case OperatorKind::RShift:
      if (b < 0) in.raise("ValueError", "negative shift count");
      return Value::integer(b >= 63 ? (a < 0 ? -1 : 0) : a >> b);
    case OperatorKind::MatMult: break;
  }
  in.raise("TypeError", std::string("unsupported operand type(s) for ") + syntax::symbol(op) + ": 'int' and 'int'");
}

Value floatOp(Interpreter& in, OperatorKind op, double a, double b) {
  switch (op) {
    case OperatorKind::Add: return Value::real(a + b);
    case OperatorKind::Sub: return Value::real(a - b);
    case OperatorKind::Mult: return Value::real(a * b);
    case OperatorKind::Div:
      if (b == 0) in.raise("ZeroDivisionError", "float division by zero");
      return Value::real(a / b);
    case OperatorKind::FloorDiv:
      if (b == 0) in.raise("ZeroDivisionError", "float floor division by zero");
      return Value::real(std::floor(a / b));
    case OperatorKind::Mod: {
      if (b == 0) in.raise("ZeroDivisionError", "float modulo");
      double m = std::fmod(a, b);
      if (m != 0 && ((m < 0) != (b < 0))) m += b;
      return Value::real(m);
    }
    case OperatorKind::Pow:
      if (a == 0 && b < 0) in.raise("ZeroDivisionError", "0.0 cannot be raised to a negative power");
      return Value::real(std::pow(a, b));
    default: break;
  }
  in.raise("TypeError", std::string("unsupported operand type(s) for ") + syntax::symbol(op) + ": 'float' and 'float'");
}

Value repeat(Interpreter& in, const std::vector<Value>& items, int64_t n, bool list) {
  std::vector<Value> out;
  if (n > 0 && static_cast<int64_t>(items.size()) * n > in.limits().maxContainerItems)
    in.raise("MemoryError", "sequence repetition exceeds the memory budget", "memory-budget");
  for (int64_t i = 0; i < n; ++i) out.insert(out.end(), items.begin(), items.end());
  return list ? makeList(std::move(out)) : makeTuple(std::move(out));
}

}  // namespace

Value binaryOp(Interpreter& in, OperatorKind op, const Value& a, const Value& b) {
  if (auto v = intEnumValue(a)) return binaryOp(in, op, *v, b);
  if (auto v = intEnumValue(b)) return binaryOp(in, op, a, *v);
  std::string name = dunder(op);
  if (a.as<TensorObject>()) {
    if (auto r = tensorOperator(in, "__" + name + "__", a, b)) return *r;
    unsupportedOperands(in, syntax::symbol(op), a, b);
  }
  if (b.as<TensorObject>()) {
    if (auto r = tensorOperator(in, "__r" + name + "__", b, a)) return *r;
    unsupportedOperands(in, syntax::symbol(op), a, b);
  }
  if ((a.isInt() || a.isBool()) && (b.isInt() || b.isBool())) return intOp(in, op, a.asInt(), b.asInt());
  if (a.isNumber() && b.isNumber()) return floatOp(in, op, a.asFloat(), b.asFloat());
  if (op == OperatorKind::Add) {
    if (auto* x = a.as<StrObject>())
      if (auto* y = b.as<StrObject>()) return makeStr(x->value + y->value);
    if (auto* x = a.as<ListObject>())
      if (auto* y = b.as<ListObject>()) {
        std::vector<Value> out = x->items;
        out.insert(out.end(), y->items.begin(), y->items.end());
        return makeList(std::move(out));
      }
    if (auto* x = a.as<TupleObject>())
      if (auto* y = b.as<TupleObject>()) {
        std::vector<Value> out = x->items;
        out.insert(out.end(), y->items.begin(), y->items.end());
        return makeTuple(std::move(out));
      }
  }
  if (op == OperatorKind::Mult) {
    const Value& seq = a.isInt() ? b : a;
    const Value& count = a.isInt() ? a : b;
    if (count.isInt()) {
      if (auto* l = seq.as<ListObject>()) return repeat(in, l->items, count.asInt(), true);
      if (auto* t = seq.as<TupleObject>()) return repeat(in, t->items, count.asInt(), false);
      if (auto* s = seq.as<StrObject>()) {
        std::string out;
        for (int64_t i = 0; i < count.asInt(); ++i) out += s->value;
        return makeStr(out);
      }
    }
  }
  if (op == OperatorKind::Mod)
    if (auto* s = a.as<StrObject>()) {
      // printf-style formatting: %s, %d, %r, %f with a tuple or a single value.
      std::vector<Value> args = b.as<TupleObject>() ? b.as<TupleObject>()->items : std::vector<Value>{b};
      std::string out;
      size_t next = 0;
      for (size_t i = 0; i < s->value.size(); ++i) {
        char c = s->value[i];
        if (c != '%' || i + 1 >= s->value.size()) {
          out += c;
          continue;
        }
        char f = s->value[++i];
        if (f == '%') {
          out += '%';
          continue;
        }
        if (next >= args.size()) in.raise("TypeError", "not enough arguments for format string");
        const Value& v = args[next++];
        if (f == 'r') out += in.repr(v);
        else if (f == 'd' || f == 'i') out += std::to_string(static_cast<int64_t>(v.asFloat()));
        else out += in.str(v);
      }
      return makeStr(out);
    }
  if (auto r = callDunder(in, a, "__" + name + "__", b)) return *r;
  if (auto r = callDunder(in, b, "__r" + name + "__", a)) return *r;
  unsupportedOperands(in, syntax::symbol(op), a, b);
}

Value unaryOp(Interpreter& in, UnaryOpKind op, const Value& a) {
  if (op == UnaryOpKind::Not) return Value::boolean(!in.truthy(a));
  if (auto v = intEnumValue(a)) return unaryOp(in, op, *v);
  if (a.as<InstanceObject>()) {
    const char* name = op == UnaryOpKind::USub ? "__neg__" : op == UnaryOpKind::UAdd ? "__pos__" : "__invert__";
    if (auto m = in.tryGetAttr(a, name)) return in.call(*m, {});
  }
  if (a.as<TensorObject>()) {
    const char* name = op == UnaryOpKind::USub ? "__neg__" : op == UnaryOpKind::UAdd ? "__pos__" : "__invert__";
    if (auto r = tensorOperator(in, name, a, Value::none())) return *r;
  }
  if (a.isInt() || a.isBool()) {
    int64_t v = a.asInt();
    if (op == UnaryOpKind::USub) {
      if (v == std::numeric_limits<int64_t>::min()) in.raise("OverflowError", "integer overflow", "int-overflow");
      return Value::integer(-v);
    }
    if (op == UnaryOpKind::UAdd) return Value::integer(v);
    return Value::integer(~v);
  }
  if (a.isFloat()) {
    if (op == UnaryOpKind::USub) return Value::real(-a.asFloat());
    if (op == UnaryOpKind::UAdd) return a;
  }
  in.raise("TypeError", std::string("bad operand type for unary ") + (op == UnaryOpKind::USub ? "-" : op == UnaryOpKind::UAdd ? "+" : "~") +
                            ": '" + std::string(a.typeName()) + "'");
}

namespace {
int compareValues(Interpreter& in, const Value& a, const Value& b, const char* symbol) {
  if (a.isNumber() && b.isNumber()) {
    if ((a.isInt() || a.isBool()) && (b.isInt() || b.isBool())) return a.asInt() < b.asInt() ? -1 : a.asInt() > b.asInt();
    double x = a.asFloat(), y = b.asFloat();
    if (std::isnan(x) || std::isnan(y)) return 2;  // unordered
    return x < y ? -1 : x > y;
  }
  if (auto* x = a.as<StrObject>())
    if (auto* y = b.as<StrObject>()) return x->value.compare(y->value) < 0 ? -1 : x->value.compare(y->value) > 0;
  const std::vector<Value>* xs = nullptr;
  const std::vector<Value>* ys = nullptr;
  if (a.as<TupleObject>() && b.as<TupleObject>()) {
    xs = &a.as<TupleObject>()->items;
    ys = &b.as<TupleObject>()->items;
  } else if (a.as<ListObject>() && b.as<ListObject>()) {
    xs = &a.as<ListObject>()->items;
    ys = &b.as<ListObject>()->items;
  }
  if (xs) {
    for (size_t i = 0; i < xs->size() && i < ys->size(); ++i) {
      if (in.equals((*xs)[i], (*ys)[i])) continue;
      return compareValues(in, (*xs)[i], (*ys)[i], symbol);
    }
    return xs->size() < ys->size() ? -1 : xs->size() > ys->size();
  }
  in.raise("TypeError", std::string("'") + symbol + "' not supported between instances of '" + std::string(a.typeName()) +
                            "' and '" + std::string(b.typeName()) + "'");
}

bool contains(Interpreter& in, const Value& container, const Value& item) {
  if (auto* s = container.as<StrObject>()) {
    auto* sub = item.as<StrObject>();
    if (!sub) in.raise("TypeError", "'in <string>' requires string as left operand");
    return s->value.find(sub->value) != std::string::npos;
  }
  if (auto* d = container.as<DictObject>()) return d->find(item) != nullptr;
  if (container.as<InstanceObject>())
    if (auto m = in.tryGetAttr(container, "__contains__")) return in.truthy(in.call(*m, {item}));
  bool found = false;
  in.iterate(container, [&](const Value& v) {
    found = in.equals(v, item);
    return !found;
  });
  return found;
}
}  // namespace

Value compareOp(Interpreter& in, CmpOpKind op, const Value& a, const Value& b) {
  switch (op) {
    case CmpOpKind::Is: return Value::boolean(a.identical(b));
    case CmpOpKind::IsNot: return Value::boolean(!a.identical(b));
    case CmpOpKind::In: return Value::boolean(contains(in, b, a));
    case CmpOpKind::NotIn: return Value::boolean(!contains(in, b, a));
    default: break;
  }
  if (a.as<TensorObject>()) {
    if (auto r = tensorOperator(in, dunder(op), a, b)) return *r;
  }
  if (b.as<TensorObject>()) {
    // Reflected comparison: a < t  ⇔  t > a.
    static const std::pair<CmpOpKind, const char*> kReflected[] = {
        {CmpOpKind::Lt, "__gt__"}, {CmpOpKind::LtE, "__ge__"}, {CmpOpKind::Gt, "__lt__"},
        {CmpOpKind::GtE, "__le__"}, {CmpOpKind::Eq, "__eq__"},  {CmpOpKind::NotEq, "__ne__"}};
    for (const auto& [k, name] : kReflected)
      if (k == op)
        if (auto r = tensorOperator(in, name, b, a)) return *r;
  }
  if (op == CmpOpKind::Eq) return Value::boolean(in.equals(a, b));
  if (op == CmpOpKind::NotEq) return Value::boolean(!in.equals(a, b));
  if (auto v = intEnumValue(a)) return compareOp(in, op, *v, b);
  if (auto v = intEnumValue(b)) return compareOp(in, op, a, *v);
  if (a.as<InstanceObject>() || b.as<InstanceObject>()) {
    static const std::pair<CmpOpKind, std::pair<const char*, const char*>> kDunders[] = {
        {CmpOpKind::Lt, {"__lt__", "__gt__"}}, {CmpOpKind::LtE, {"__le__", "__ge__"}},
        {CmpOpKind::Gt, {"__gt__", "__lt__"}}, {CmpOpKind::GtE, {"__ge__", "__le__"}}};
    for (const auto& [k, names] : kDunders)
      if (k == op) {
        if (auto r = callDunder(in, a, names.first, b)) return *r;
        if (auto r = callDunder(in, b, names.second, a)) return *r;
      }
  }
  int c = compareValues(in, a, b, syntax::symbol(op));
  if (c == 2) return Value::boolean(false);
  switch (op) {
    case CmpOpKind::Lt: return Value::boolean(c < 0);
    case CmpOpKind::LtE: return Value::boolean(c <= 0);
    case CmpOpKind::Gt: return Value::boolean(c > 0);
    case CmpOpKind::GtE: return Value::boolean(c >= 0);
    default: return Value::boolean(false);
  }
}

}  // namespace pt::interp
