#include "frontends/Lowerings.h"

#include <algorithm>

#include "frontends/Promotion.h"
#include "frontends/TensorBuild.h"
#include "ir/TypeRules.h"

namespace pt::frontends {

using ir::DType;
using ir::Framework;
using ir::OpKind;

void throwTypeError(const std::string& message) { throw LoweringError{"TypeError", message, ""}; }
void throwValueError(const std::string& message) { throw LoweringError{"ValueError", message, ""}; }
void throwUnsupported(const std::string& reasonCode, const std::string& message) {
  throw LoweringError{"NotImplementedError", message, reasonCode};
}

// ---- argument readers -------------------------------------------------------------------------

const Arg& argByNames(const BoundArgs& args, std::initializer_list<std::string_view> names) {
  for (auto n : names) {
    const Arg& a = args.get(n);
    if (!a.isAbsent()) return a;
  }
  return args.get("");
}

int64_t readInt(const Arg& a, const std::string& what) {
  if (a.kind == Arg::Kind::Int) return a.intValue;
  if (a.kind == Arg::Kind::Bool) return a.boolValue ? 1 : 0;
  throwTypeError(what + " must be an int, not " + a.describe());
}

bool readBool(const Arg& a, const std::string& what) {
  if (a.kind == Arg::Kind::Bool) return a.boolValue;
  if (a.kind == Arg::Kind::Int) return a.intValue != 0;
  if (a.isNone()) return false;
  throwTypeError(what + " must be a bool, not " + a.describe());
}

double readNumber(const Arg& a, const std::string& what) {
  if (a.isNumber()) return a.asDouble();
  throwTypeError(what + " must be a number, not " + a.describe());
}

std::vector<int64_t> readInts(const Arg& a, const std::string& what) {
  if (a.kind == Arg::Kind::Int) return {a.intValue};
  if (a.kind == Arg::Kind::Sequence) {
    std::vector<int64_t> out;
    for (const Arg& item : a.items) out.push_back(readInt(item, what));
    return out;
  }
  throwTypeError(what + " must be an int or a sequence of ints, not " + a.describe());
}

std::vector<int64_t> readShape(Builder& b, const Arg& a, const std::string& what) {
  if (a.isTensor()) {
    auto t = b.typeOf(a.operand);
    if (t && t->rank() <= 1 && !ir::isFloating(t->dtype))
      if (auto values = b.valuesOf(a.operand)) return std::vector<int64_t>(values->begin(), values->end());
    throwTypeError(what + " must be a shape (ints), not a tensor whose values are unknown here");
  }
  return readInts(a, what);
}

std::vector<int64_t> readAxes(const Arg& a, const std::string& what) {
  if (a.isNone()) return {};
  return readInts(a, what);
}

std::optional<DType> readDType(const Arg& a) {
  if (a.isNone()) return std::nullopt;
  if (a.kind == Arg::Kind::DType) return a.dtype;
  if (a.kind == Arg::Kind::Str) {
    if (auto d = ir::dtypeFromLongName(a.text)) return d;
    if (a.text == "float") return DType::Float64;
    if (a.text == "int") return DType::Int64;
  }
  throwTypeError("expected a dtype, got " + a.describe());
}

// ---- operands ----------------------------------------------------------------------------------

Operand asTensor(Builder& b, Framework fw, const Arg& a, const std::string& what) {
  switch (a.kind) {
    case Arg::Kind::Tensor: return a.operand;
    case Arg::Kind::Bool:
    case Arg::Kind::Int:
    case Arg::Kind::Float:
      if (fw == Framework::Torch) throwTypeError(what + " must be Tensor, not " + a.describe());
      return b.scalar(a, scalarDType(fw, a.kind), false);
    case Arg::Kind::Sequence:
      if (fw == Framework::Torch) throwTypeError(what + " must be Tensor, not " + a.describe());
      return b.fromData(a, std::nullopt);
    default: throwTypeError(what + " must be a tensor, not " + a.describe());
  }
}

Operand castTo(Builder& b, Operand x, DType d) {
  auto t = b.typeOf(x);
  if (t && t->dtype == d) return x;
  return b.apply1(OpKind::Cast, {x}, {{"dtype", d}});
}

Operand floatInput(Builder& b, Framework fw, Operand x) {
  auto t = b.typeOf(x);
  if (!t || ir::isFloating(t->dtype)) return x;
  if (fw == Framework::TensorFlow)
    throwTypeError("TensorFlow float op called on a " + std::string(ir::dtypeLongName(t->dtype)) +
                   " tensor (cast it with tf.cast first)");
  std::string error;
  auto d = floatFor(fw, t->dtype, error);
  if (!d) throwTypeError(error);
  return castTo(b, x, *d);
}

std::pair<Operand, Operand> promotePair(Builder& b, Framework fw, const Arg& x, const Arg& y) {
  std::string error;
  if (x.isTensor() && y.isTensor()) {
    auto tx = b.typeOf(x.operand), ty = b.typeOf(y.operand);
    if (!tx || !ty) return {x.operand, y.operand};
    auto d = promoteTensors(fw, tx->dtype, ty->dtype, error);
    if (!d) throwTypeError(error);
    return {castTo(b, x.operand, *d), castTo(b, y.operand, *d)};
  }
  if (x.isTensor() != y.isTensor() && (x.isNumber() || y.isNumber())) {
    const Arg& t = x.isTensor() ? x : y;
    const Arg& s = x.isTensor() ? y : x;
    auto tt = b.typeOf(t.operand);
    DType d = scalarDType(fw, s.kind);
    Operand tensor = t.operand;
    if (tt) {
      auto promoted = promoteWithScalar(fw, tt->dtype, s, error);
      // numpy never refuses here; it only widens to a dtype the IR lacks.
      if (!promoted) fw == Framework::Numpy ? throwUnsupported("unsupported-dtype", error) : throwTypeError(error);
      d = *promoted;
      tensor = castTo(b, t.operand, d);
    }
    Operand scalar = tt ? b.scalar(s, d, true) : b.scalarLike(s, t.operand, fw);
    return x.isTensor() ? std::pair{tensor, scalar} : std::pair{scalar, tensor};
  }
  Arg tx = x.isTensor() ? x : Arg::tensor(asTensor(b, fw == Framework::Torch ? Framework::Numpy : fw, x, "operand"));
  Arg ty = y.isTensor() ? y : Arg::tensor(asTensor(b, fw == Framework::Torch ? Framework::Numpy : fw, y, "operand"));
  return promotePair(b, fw, tx, ty);
}

// ---- generic lowerings -----------------------------------------------------------------------

const Arg& param(const BoundArgs& args, size_t i) {
  static const Arg kAbsent;
  return i < args.values.size() ? args.values[i].second : kAbsent;
}
namespace {
const std::string& paramName(const BoundArgs& args, size_t i) {
  static const std::string kEmpty;
  return i < args.values.size() ? args.values[i].first : kEmpty;
}
}  // namespace
Operand firstTensor(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  return asTensor(b, e.framework, param(args, 0), "argument '" + paramName(args, 0) + "'");
}
bool keepDims(const BoundArgs& args) { return readBool(argByNames(args, {"keepdim", "keepdims"}), "keepdim"); }

// §6: integer sums widen to the framework's accumulator type (tf keeps the input dtype).
Operand widenIntegerAccumulator(Builder& b, Framework fw, Operand x) {
  auto t = b.typeOf(x);
  if (!t || ir::isFloating(t->dtype) || fw == Framework::TensorFlow) return x;
  DType acc = fw == Framework::Jax ? DType::Int32 : DType::Int64;
  if (t->dtype == DType::UInt8 && fw == Framework::Numpy)
    throwUnsupported("unsupported-dtype", "numpy accumulates unsigned integers in uint64, which the IR lacks");
  return ir::dtypeBits(t->dtype) < ir::dtypeBits(acc) || t->dtype == DType::Bool ? castTo(b, x, acc) : x;
}

namespace {
// How elementwise ops treat bool and integer inputs where frameworks differ from the IR's
// same-dtype-in, same-dtype-out kernels.
Operand unaryInputFor(Builder& b, Framework fw, OpKind op, Operand x) {
  auto t = b.typeOf(x);
  if (!t) return x;
  bool isBool = t->dtype == DType::Bool;
  switch (op) {
    case OpKind::Sign:
      if (isBool && fw == Framework::Numpy) throwTypeError("ufunc 'sign' did not contain a loop with signature matching types");
      return isBool ? castTo(b, x, DType::Int64) : x;
    case OpKind::Square:
      // bool squares as the smallest signed int (numpy int8, torch int64).
      if (isBool) return castTo(b, x, fw == Framework::Numpy ? DType::Int8 : defaultInt(fw));
      return x;
    case OpKind::Floor:
    case OpKind::Ceil:
      // numpy's floor/ceil have float loops only: integers become floats.
      if (fw == Framework::Numpy && !ir::isFloating(t->dtype)) return floatInput(b, fw, x);
      if (isBool && fw == Framework::Torch)
        throw LoweringError{"RuntimeError", std::string(ir::opName(op)) + ": not implemented for 'Bool'", ""};
      if (isBool) throwUnsupported("unsupported-dtype", std::string(ir::opName(op)) + " of a bool tensor");
      return x;
    case OpKind::Round:
      if (isBool && fw == Framework::Numpy) return castTo(b, x, DType::Float16);
      return x;
    default: return x;
  }
}
}  // namespace

Lowered lowerUnary(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = firstTensor(b, args, e);
  auto t = b.typeOf(x);
  // abs of bool: numpy keeps it (the identity); torch has no bool kernel and raises.
  if (e.op == OpKind::Abs && t && t->dtype == DType::Bool) {
    if (e.framework == Framework::Torch) throw LoweringError{"RuntimeError", "\"abs_cpu\" not implemented for 'Bool'", ""};
    return Lowered::one(x);
  }
  x = unaryInputFor(b, e.framework, e.op, x);
  Operand r = b.apply1(e.op, {x}, e.attrs);
  // sign of bool: computed as int, given back as bool (torch keeps the dtype).
  if (e.op == OpKind::Sign && t && t->dtype == DType::Bool) r = castTo(b, r, DType::Bool);
  return Lowered::one(r);
}

Lowered lowerFloatUnary(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  return Lowered::one(b.apply1(e.op, {floatInput(b, e.framework, firstTensor(b, args, e))}, e.attrs));
}

std::vector<ApiRow> inverseAndHyperbolicRows(const char* signature) {
  static const std::pair<const char*, OpKind> kOps[] = {
      {"asin", OpKind::Asin},   {"acos", OpKind::Acos},   {"atan", OpKind::Atan},   {"sinh", OpKind::Sinh},
      {"cosh", OpKind::Cosh},   {"asinh", OpKind::Asinh}, {"acosh", OpKind::Acosh}, {"atanh", OpKind::Atanh}};
  std::vector<ApiRow> rows;
  for (const auto& [name, op] : kOps) rows.push_back({name, signature, lowerFloatUnary, op});
  return rows;
}

namespace {
bool isBoolArg(Builder& b, const Arg& a) {
  if (a.kind == Arg::Kind::Bool) return true;
  if (!a.isTensor()) return false;
  auto t = b.typeOf(a.operand);
  return t && t->dtype == DType::Bool;
}

// §7: bool - bool is an error (numpy TypeError); torch refuses any bool operand of `-`.
void checkBoolSubtraction(Builder& b, Framework fw, OpKind op, const Arg& x, const Arg& y) {
  if (op != OpKind::Sub) return;
  bool bx = isBoolArg(b, x), by = isBoolArg(b, y);
  if (fw == Framework::Torch && (bx || by) && (x.isTensor() && y.isTensor() ? true : bx && by))
    throw LoweringError{"RuntimeError", "Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying "
                                        "to invert a mask, use the `~` or `logical_not()` operator instead.", ""};
  if (fw == Framework::Numpy && bx && by)
    throwTypeError("numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or "
                   "the logical_xor function instead.");
}

// numpy refuses integer powers with negative integer exponents (a value check, known when running).
void checkNumpyIntegerPower(Builder& b, Framework fw, OpKind op, Operand base, Operand exponent) {
  if (op != OpKind::Pow || fw != Framework::Numpy) return;
  auto tb = b.typeOf(base), te = b.typeOf(exponent);
  if (!tb || !te || ir::isFloating(tb->dtype) || ir::isFloating(te->dtype)) return;
  if (auto values = b.valuesOf(exponent))
    for (double v : *values)
      if (v < 0) throwValueError("Integers to negative integer powers are not allowed.");
}
}  // namespace

Lowered lowerBinary(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  checkBoolSubtraction(b, e.framework, e.op, param(args, 0), param(args, 1));
  auto [x, y] = promotePair(b, e.framework, param(args, 0), param(args, 1));
  checkNumpyIntegerPower(b, e.framework, e.op, x, y);
  // torch.add(x, y, alpha=a) computes x + a*y.
  const Arg& alpha = args.get("alpha");
  if (alpha.isNumber() && alpha.asDouble() != 1.0) {
    auto ty = b.typeOf(y);
    y = b.apply1(OpKind::Mul, {y, b.scalar(alpha, ty ? ty->dtype : DType::Float32, true)});
  }
  return Lowered::one(b.apply1(e.op, {x, y}, e.attrs));
}

Lowered lowerReflected(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  checkBoolSubtraction(b, e.framework, e.op, param(args, 1), param(args, 0));
  auto [y, x] = promotePair(b, e.framework, param(args, 1), param(args, 0));
  checkNumpyIntegerPower(b, e.framework, e.op, y, x);
  return Lowered::one(b.apply1(e.op, {y, x}, e.attrs));
}

Lowered lowerTrueDivide(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  const Arg& mode = args.get("rounding_mode");
  auto [x, y] = promotePair(b, e.framework, param(args, 0), param(args, 1));
  if (mode.kind == Arg::Kind::Str) {
    if (mode.text == "floor") return Lowered::one(b.apply1(OpKind::FloorDiv, {x, y}));
    if (mode.text == "trunc")
      throwUnsupported("unsupported-convention", "division with rounding_mode='trunc' has no IR op yet");
    throwValueError("div expected rounding_mode to be one of None, 'trunc', or 'floor' but found '" + mode.text + "'");
  }
  return Lowered::one(b.apply1(OpKind::Div, {floatInput(b, e.framework == Framework::TensorFlow ? Framework::Numpy : e.framework, x),
                                             floatInput(b, e.framework == Framework::TensorFlow ? Framework::Numpy : e.framework, y)}));
}

Lowered lowerReflectedTrueDivide(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  BoundArgs swapped = args;
  std::swap(swapped.values[0].second, swapped.values[1].second);
  return lowerTrueDivide(b, swapped, e);
}

Lowered lowerReduce(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = firstTensor(b, args, e);
  if (auto d = readDType(args.get("dtype"))) x = castTo(b, x, *d);
  else if (e.op == OpKind::Sum || e.op == OpKind::Prod) x = widenIntegerAccumulator(b, e.framework, x);
  ir::Attrs attrs = e.attrs;
  attrs["axes"] = readAxes(argByNames(args, {"dim", "axis", "axes"}), "dim");
  attrs["keepdims"] = keepDims(args);
  return Lowered::one(b.apply1(e.op, {x}, attrs));
}

Lowered lowerFloatReduce(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = firstTensor(b, args, e);
  if (auto d = readDType(args.get("dtype"))) x = castTo(b, x, *d);
  auto t = b.typeOf(x);
  if (t && !ir::isFloating(t->dtype)) {
    if (e.framework == Framework::Torch)
      throw LoweringError{"RuntimeError", std::string(ir::opName(e.op)) + "(): could not infer output dtype. Input dtype must be "
                          "either a floating point or complex dtype. Got: " + std::string(ir::dtypeLongName(t->dtype)), ""};
    if (e.framework == Framework::TensorFlow)
      throwUnsupported("unsupported-convention", "TensorFlow reduces integer tensors in their own dtype (truncating); "
                                                 "Polytrace does not model that yet");
    // numpy's mean/std/var accumulate integers and bools in float64 (unlike its ufuncs).
    x = e.framework == Framework::Numpy ? castTo(b, x, DType::Float64) : floatInput(b, e.framework, x);
  }
  ir::Attrs attrs = e.attrs;
  attrs["axes"] = readAxes(argByNames(args, {"dim", "axis", "axes"}), "dim");
  attrs["keepdims"] = keepDims(args);
  if (e.op == OpKind::Std || e.op == OpKind::Var) {
    // §8: the correction is explicit. torch: correction= or unbiased=; numpy/jax: ddof=.
    const Arg& correction = args.get("correction");
    const Arg& unbiased = args.get("unbiased");
    const Arg& ddof = args.get("ddof");
    if (!correction.isNone()) {
      double c = readNumber(correction, "correction");
      if (c != static_cast<double>(static_cast<int64_t>(c)))
        throwUnsupported("unsupported-convention", "a fractional correction is not supported");
      attrs["correction"] = static_cast<int64_t>(c);
    }
    else if (!unbiased.isNone()) attrs["correction"] = int64_t{readBool(unbiased, "unbiased") ? 1 : 0};
    else if (!ddof.isNone()) attrs["correction"] = readInt(ddof, "ddof");
    if (!attrs.count("correction")) attrs["correction"] = int64_t{0};
  }
  return Lowered::one(b.apply1(e.op, {x}, attrs));
}

Lowered lowerIdentity(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = firstTensor(b, args, e);
  if (auto d = readDType(args.get("dtype"))) x = castTo(b, x, *d);
  return Lowered::one(x);
}

ir::DType dataDType(Framework fw, const Arg& data) {
  bool anyFloat = false, allBool = true, any = false;
  auto visit = [&](auto&& self, const Arg& a) -> void {
    if (a.kind == Arg::Kind::Sequence) {
      for (const Arg& i : a.items) self(self, i);
      return;
    }
    any = true;
    if (a.kind == Arg::Kind::Float) anyFloat = true;
    if (a.kind != Arg::Kind::Bool) allBool = false;
    if (a.isTensor()) anyFloat = true;
  };
  visit(visit, data);
  if (!any || anyFloat) return defaultFloat(fw);
  return allBool ? DType::Bool : defaultInt(fw);
}

Lowered lowerFromData(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  const Arg& data = param(args, 0);
  auto dtype = readDType(args.get("dtype"));
  if (data.isTensor()) return Lowered::one(dtype ? castTo(b, data.operand, *dtype) : data.operand);
  if (data.isNumber()) return Lowered::one(b.scalar(data, dtype ? *dtype : scalarDType(e.framework, data.kind), false));
  if (data.kind != Arg::Kind::Sequence) throwTypeError("cannot make a tensor from " + data.describe());
  // The framework's own choice for Python data is made explicit, so every target agrees.
  if (!dtype) dtype = dataDType(e.framework, data);
  return Lowered::one(b.fromData(data, dtype));
}

Lowered lowerCast(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  auto d = readDType(argByNames(args, {"dtype", "DstT"}));
  if (!d) throwTypeError("a dtype is required");
  return Lowered::one(castTo(b, firstTensor(b, args, e), *d));
}

Lowered lowerReshape(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  std::vector<int64_t> shape;
  const Arg& s = argByNames(args, {"shape", "newshape"});
  if (!s.isAbsent() && !s.isNone()) shape = readShape(b, s, "shape");
  for (const Arg& extra : args.varArgs()) {
    auto more = readInts(extra, "shape");
    shape.insert(shape.end(), more.begin(), more.end());
  }
  if (shape.empty() && e.attrs.count("shape")) shape = ir::attrInts(e.attrs, "shape");
  return Lowered::one(b.apply1(OpKind::Reshape, {firstTensor(b, args, e)}, {{"shape", shape}}));
}

Lowered lowerBroadcastTo(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  std::vector<int64_t> shape = readShape(b, args.get("shape"), "shape");
  return Lowered::one(b.apply1(OpKind::Expand, {firstTensor(b, args, e)}, {{"shape", shape}}));
}

Lowered lowerSqueeze(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = firstTensor(b, args, e);
  std::vector<int64_t> axes = readAxes(argByNames(args, {"dim", "axis"}), "dim");
  auto t = b.typeOf(x);
  // §35: numpy and tf raise for a dim whose size is not 1; torch leaves it.
  if (t && e.framework != Framework::Torch)
    for (int64_t a : axes) {
      int64_t n = a;
      if (ir::normalizeAxis(n, t->rank()) && t->shape[static_cast<size_t>(n)] != 1)
        throwValueError("cannot select an axis to squeeze out which has size not equal to one");
    }
  return Lowered::one(b.apply1(OpKind::Squeeze, {x}, {{"axes", axes}}));
}

Lowered lowerUnsqueeze(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  return Lowered::one(b.apply1(OpKind::Unsqueeze, {firstTensor(b, args, e)},
                              {{"axis", readInt(argByNames(args, {"dim", "axis"}), "dim")}}));
}

Lowered lowerConcat(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  const Arg& seq = param(args, 0);
  if (seq.kind != Arg::Kind::Sequence || seq.items.empty())
    throwTypeError(std::string(ir::opName(e.op)) + "() expects a non-empty sequence of tensors");
  std::vector<Arg> items = seq.items;
  std::vector<Operand> ops;
  // Promote all operands pairwise to one dtype.
  Arg acc = items[0];
  for (size_t i = 1; i < items.size(); ++i) {
    auto [x, y] = promotePair(b, e.framework, acc, items[i]);
    acc = Arg::tensor(x);
    items[i] = Arg::tensor(y);
  }
  for (size_t i = 0; i < items.size(); ++i) {
    Operand o = asTensor(b, e.framework, items[i], "tensors");
    auto target = b.typeOf(acc.operand);
    ops.push_back(target ? castTo(b, o, target->dtype) : o);
  }
  int64_t axis = readInt(argByNames(args, {"dim", "axis"}), "dim");
  return Lowered::one(b.apply1(e.op, ops, {{"axis", axis}}));
}

Lowered lowerWhere(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand cond = asTensor(b, e.framework, param(args, 0), "condition");
  cond = castTo(b, cond, DType::Bool);
  auto [x, y] = promotePair(b, e.framework, param(args, 1), param(args, 2));
  return Lowered::one(b.apply1(OpKind::Where, {cond, x, y}));
}

Lowered lowerClip(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = firstTensor(b, args, e);
  const Arg& lo = argByNames(args, {"min", "a_min", "clip_value_min"});
  const Arg& hi = argByNames(args, {"max", "a_max", "clip_value_max"});
  if (lo.isNone() && hi.isNone()) throwValueError("clip: at least one of min and max must be given");
  Arg acc = Arg::tensor(x);
  if (!lo.isNone()) acc = Arg::tensor(b.apply1(OpKind::Maximum, {promotePair(b, e.framework, acc, lo).first,
                                                               promotePair(b, e.framework, acc, lo).second}));
  if (!hi.isNone()) acc = Arg::tensor(b.apply1(OpKind::Minimum, {promotePair(b, e.framework, acc, hi).first,
                                                               promotePair(b, e.framework, acc, hi).second}));
  return Lowered::one(acc.operand);
}

Lowered lowerMatMul(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  auto [x, y] = promotePair(b, e.framework, param(args, 0), param(args, 1));
  return Lowered::one(b.apply1(OpKind::MatMul, {x, y}));
}

Lowered lowerSoftmax(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = floatInput(b, e.framework, firstTensor(b, args, e));
  const Arg& axisArg = argByNames(args, {"dim", "axis"});
  int64_t axis = -1;
  if (axisArg.isNone()) {
    // §10: F.softmax without dim uses the legacy rule (0 for 1-D and 3-D inputs, else 1).
    if (e.framework == Framework::Torch) {
      auto t = b.typeOf(x);
      if (!t) throwUnsupported("type-unknown", "softmax without dim depends on the input's rank, which is unknown here");
      axis = (t->rank() == 0 || t->rank() == 1 || t->rank() == 3) ? 0 : 1;
    }
  } else {
    axis = readInt(axisArg, "dim");
  }
  return Lowered::one(b.apply1(e.op, {x}, {{"axis", axis}}));
}

Lowered lowerFull(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  std::vector<int64_t> shape;
  const Arg& s = argByNames(args, {"size", "shape", "dims"});
  if (!s.isAbsent()) shape = readShape(b, s, "size");
  for (const Arg& extra : args.varArgs()) {
    auto more = readInts(extra, "size");
    shape.insert(shape.end(), more.begin(), more.end());
  }
  double value = e.attrs.count("value") ? ir::attrFloat(e.attrs, "value") : 0.0;
  const Arg& fill = argByNames(args, {"fill_value", "value"});
  DType d = defaultFloat(e.framework);
  if (fill.isNumber()) {
    value = fill.asDouble();
    d = scalarDType(e.framework, fill.kind);
  } else if (fill.isTensor()) {
    // tf.fill(dims, tf.constant(v, dtype)): the result takes the value tensor's dtype.
    auto t = b.typeOf(fill.operand);
    auto values = b.valuesOf(fill.operand);
    if (!t || !values || values->size() != 1) throwTypeError("the fill value must be a scalar known here");
    value = values->front();
    d = t->dtype;
  }
  if (auto given = readDType(args.get("dtype"))) d = *given;
  return Lowered::one(b.apply1(OpKind::Full, {}, {{"shape", shape}, {"value", value}, {"dtype", d}}));
}

Lowered lowerFullLike(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = firstTensor(b, args, e);
  double value = e.attrs.count("value") ? ir::attrFloat(e.attrs, "value") : 0.0;
  const Arg& fill = argByNames(args, {"fill_value", "value"});
  if (fill.isNumber()) value = fill.asDouble();
  ir::Attrs attrs{{"value", value}};
  if (auto given = readDType(args.get("dtype"))) attrs["dtype"] = *given;
  return Lowered::one(b.apply1(OpKind::FullLike, {x}, attrs));
}

Lowered lowerArange(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  const Arg& a0 = argByNames(args, {"start"});
  const Arg& a1 = argByNames(args, {"end", "stop", "limit"});
  const Arg& a2 = argByNames(args, {"step", "delta"});
  double start = 0, stop = 0, step = a2.isNone() ? 1.0 : readNumber(a2, "step");
  bool anyFloat = a0.kind == Arg::Kind::Float || a1.kind == Arg::Kind::Float || a2.kind == Arg::Kind::Float;
  if (a1.isNone()) stop = readNumber(a0, "end");
  else {
    start = readNumber(a0, "start");
    stop = readNumber(a1, "end");
  }
  DType d = anyFloat ? defaultFloat(e.framework) : defaultInt(e.framework);
  if (auto given = readDType(args.get("dtype"))) d = *given;
  return Lowered::one(b.apply1(OpKind::Arange, {}, {{"start", start}, {"stop", stop}, {"step", step}, {"dtype", d}}));
}

Lowered lowerArgReduce(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = firstTensor(b, args, e);
  if (auto t = b.typeOf(x); t && t->dtype == DType::Bool) x = castTo(b, x, DType::UInt8);  // same order, real kernels
  const Arg& axis = argByNames(args, {"dim", "axis"});
  ir::Attrs attrs{{"keepdims", keepDims(args)}};
  if (axis.isNone()) attrs["axis"] = ir::NoneAttr{};
  else attrs["axis"] = readInt(axis, "dim");
  Operand r = b.apply1(e.op, {x}, attrs);
  // §12: index dtype is int64 in torch/numpy/tf (output_type), int32 in jax.
  if (e.framework == Framework::Jax) r = castTo(b, r, DType::Int32);
  return Lowered::one(r);
}

Lowered lowerCumSum(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = widenIntegerAccumulator(b, e.framework, firstTensor(b, args, e));
  if (auto d = readDType(args.get("dtype"))) x = castTo(b, x, *d);
  const Arg& axis = argByNames(args, {"dim", "axis"});
  ir::Attrs attrs;
  if (axis.isNone()) attrs["axis"] = ir::NoneAttr{};
  else attrs["axis"] = readInt(axis, "dim");
  return Lowered::one(b.apply1(e.op, {x}, attrs));  // cumsum or cumprod
}

Lowered lowerFlip(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = firstTensor(b, args, e);
  const Arg& axes = argByNames(args, {"dims", "axis"});
  std::vector<int64_t> list;
  if (axes.isNone()) {
    auto t = b.typeOf(x);
    if (!t) throwUnsupported("type-unknown", "flip over all axes needs the rank");
    for (int i = 0; i < t->rank(); ++i) list.push_back(i);
  } else {
    list = readInts(axes, "dims");
    if (list.empty()) return Lowered::one(x);  // torch.flip(x, []) flips nothing
  }
  return Lowered::one(b.apply1(OpKind::Flip, {x}, {{"axes", list}}));
}

Lowered lowerTransposeAxes(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = firstTensor(b, args, e);
  const Arg& axes = argByNames(args, {"dims", "axes", "perm"});
  std::vector<int64_t> perm;
  if (!axes.isNone()) perm = readInts(axes, "dims");
  for (const Arg& extra : args.varArgs()) perm.push_back(readInt(extra, "dims"));
  if (perm.empty()) {
    // §25: no-argument numpy/tf transpose reverses all dims.
    auto t = b.typeOf(x);
    if (!t) throwUnsupported("type-unknown", "transpose without axes needs the rank");
    for (int i = t->rank() - 1; i >= 0; --i) perm.push_back(i);
  }
  return Lowered::one(b.apply1(OpKind::Transpose, {x}, {{"perm", perm}}));
}

// np.take / torch.index_select / tf.gather: out = x[:axis] + idx.shape + x[axis+1:]; no axis = flattened.
Lowered lowerTake(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = firstTensor(b, args, e);
  const Arg& idx = argByNames(args, {"indices", "index"});
  Operand indices = idx.isTensor() ? idx.operand : b.fromData(idx.kind == Arg::Kind::Int ? Arg::sequence({idx}, false) : idx, DType::Int64);
  auto it = b.typeOf(indices);
  if (it && !ir::isInteger(it->dtype)) throwTypeError("indices must be integers");
  const Arg& axis = argByNames(args, {"axis", "dim"});
  int64_t a = 0;
  if (axis.isNone()) x = b.apply1(OpKind::Reshape, {x}, {{"shape", std::vector<int64_t>{-1}}});
  else a = readInt(axis, "axis");
  Operand r = b.apply1(OpKind::Take, {x, indices}, {{"axis", a}});
  // A scalar index removes the axis (np.take(x, 1, axis=0)).
  if (idx.kind == Arg::Kind::Int) r = b.apply1(OpKind::Squeeze, {r}, {{"axes", std::vector<int64_t>{a}}});
  return Lowered::one(r);
}

Lowered lowerNeg(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = firstTensor(b, args, e);
  auto t = b.typeOf(x);
  if (t && t->dtype == DType::Bool && e.framework == Framework::Torch)
    throw LoweringError{"RuntimeError", "Negation, the `-` operator, on a bool tensor is not supported. If you are trying to "
                                        "invert a mask, use the `~` or `logical_not()` operator instead.", ""};
  if (t && t->dtype == DType::Bool && e.framework != Framework::TensorFlow)
    throwTypeError("The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the "
                   "logical_not function instead.");
  return Lowered::one(b.apply1(OpKind::Neg, {x}));
}

Lowered lowerRound(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  const Arg& decimals = argByNames(args, {"decimals"});
  if (!decimals.isNone() && readInt(decimals, "decimals") != 0)
    throwUnsupported("unsupported-argument", "round with decimals other than 0 is not supported yet");
  return Lowered::one(b.apply1(OpKind::Round, {unaryInputFor(b, e.framework, OpKind::Round, firstTensor(b, args, e))}));
}

Lowered lowerPos(Builder& b, const BoundArgs& args, const ApiEntry& e) { return Lowered::one(firstTensor(b, args, e)); }

}  // namespace pt::frontends
