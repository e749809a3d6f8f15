// torch.nn.functional, jax.nn and tf.nn: activations, normalisation, distances and losses as
// compositions of IR ops. Each follows the formula of torch's CPU kernel (branch conditions
// included, so NaN and the thresholds behave the same); torch raises for integer inputs of these
// kernels, and so do these. jax.nn converts integers to its default float; tf.nn refuses them.
#include <algorithm>
#include <cmath>

#include "frontends/Decompositions.h"
#include "frontends/Lowerings.h"
#include "frontends/Promotion.h"
#include "frontends/TensorBuild.h"
#include "ir/TypeRules.h"

namespace pt::frontends {

namespace {

using ir::DType;
using ir::Framework;
using ir::OpKind;

// Elementwise arithmetic in one dtype, spelled out so the formulas read like torch's kernels.
struct Ops {
  Builder& b;
  DType d;
  Operand c(double v) const { return build::scalar(b, v, d); }
  Operand f(OpKind op, Operand x) const { return b.apply1(op, {x}); }
  Operand f(OpKind op, Operand x, Operand y) const { return b.apply1(op, {x, y}); }
  Operand where(Operand cond, Operand x, Operand y) const { return b.apply1(OpKind::Where, {cond, x, y}); }
};

// The float input of an activation kernel (torch has no integer loops for them).
// softsign and tanhshrink are compositions in torch too: integers become float32 there.
std::pair<Operand, Ops> floatArg(Builder& b, const BoundArgs& args, const ApiEntry& e, const char* kernel,
                                 bool convertsIntegers = false) {
  Operand x = firstTensor(b, args, e);
  DType d = build::typeOf(b, x, kernel).dtype;
  if (!ir::isFloating(d) && (convertsIntegers || e.framework != Framework::Torch)) {
    x = floatInput(b, e.framework, x);
    d = build::typeOf(b, x, kernel).dtype;
  }
  if (!ir::isFloating(d))
    throw LoweringError{"RuntimeError", "\"" + std::string(kernel) + "\" not implemented for '" +
                                            std::string(ir::dtypeLongName(d)) + "'", ""};
  return {x, Ops{b, d}};
}

// A number parameter; `fallback` where the framework's function has no such parameter (tf.nn.elu's alpha).
double number(const BoundArgs& args, const char* name, double fallback = NAN) {
  const Arg& a = args.get(name);
  if (a.isAbsent() && !std::isnan(fallback)) return fallback;
  return readNumber(a, name);
}

Lowered lowerSoftplus(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  auto [x, o] = floatArg(b, args, e, "softplus_cpu");
  double beta = number(args, "beta"), threshold = number(args, "threshold");
  Operand z = beta == 1.0 ? x : o.f(OpKind::Mul, x, o.c(beta));
  Operand soft = o.f(OpKind::Log1p, o.f(OpKind::Exp, z));
  if (beta != 1.0) soft = o.f(OpKind::Div, soft, o.c(beta));
  return Lowered::one(o.where(o.f(OpKind::Gt, z, o.c(threshold)), x, soft));
}

// gelu: x * 0.5 * (1 + erf(x / sqrt(2))), or the tanh approximation.
Lowered lowerGelu(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  auto [x, o] = floatArg(b, args, e, "GeluKernelImpl");
  const Arg& approximate = args.get("approximate");
  // torch: 'none' / 'tanh'; jax.nn and tf.nn: a bool (jax defaults to the tanh form, §45).
  std::string mode = approximate.isNone() ? "none" : approximate.text;
  if (approximate.kind == Arg::Kind::Bool) mode = approximate.boolValue ? "tanh" : "none";
  if (mode == "none") {
    Operand inner = o.f(OpKind::Erf, o.f(OpKind::Mul, x, o.c(M_SQRT1_2)));
    return Lowered::one(o.f(OpKind::Mul, o.f(OpKind::Mul, x, o.c(0.5)), o.f(OpKind::Add, o.c(1.0), inner)));
  }
  if (mode != "tanh") throw LoweringError{"RuntimeError", "approximate argument must be either none or tanh.", ""};
  Operand cube = o.f(OpKind::Mul, o.f(OpKind::Mul, x, x), x);
  Operand inner = o.f(OpKind::Mul, o.c(M_SQRT2 * M_2_SQRTPI * 0.5), o.f(OpKind::Add, x, o.f(OpKind::Mul, o.c(0.044715), cube)));
  return Lowered::one(o.f(OpKind::Mul, o.f(OpKind::Mul, o.c(0.5), x), o.f(OpKind::Add, o.c(1.0), o.f(OpKind::Tanh, inner))));
}

Lowered lowerSilu(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  auto [x, o] = floatArg(b, args, e, "silu_cpu");
  if (number(args, "beta", 1.0) != 1.0) throwUnsupported("unsupported-argument", "swish with beta other than 1");
  return Lowered::one(o.f(OpKind::Div, x, o.f(OpKind::Add, o.c(1.0), o.f(OpKind::Exp, o.f(OpKind::Neg, x)))));
}

Lowered lowerMish(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  auto [x, o] = floatArg(b, args, e, "mish_cpu");
  return Lowered::one(o.f(OpKind::Mul, x, o.f(OpKind::Tanh, o.f(OpKind::Log1p, o.f(OpKind::Exp, x)))));
}

Lowered lowerLeakyRelu(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  auto [x, o] = floatArg(b, args, e, "leaky_relu_cpu");
  Operand scaled = o.f(OpKind::Mul, x, o.c(readNumber(argByNames(args, {"negative_slope", "alpha"}), "negative_slope")));
  return Lowered::one(o.where(o.f(OpKind::Gt, x, o.c(0.0)), x, scaled));
}

// elu/selu/celu: x <= 0 ? expm1(x * input_scale) * alpha * scale : x * scale (torch's elu kernel).
Lowered lowerElu(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  auto [x, o] = floatArg(b, args, e, "elu_cpu");
  std::string kind = ir::attrString(e.attrs, "kind", "elu");
  double alpha = kind == "selu" ? 1.6732632423543772848170429916717 : number(args, "alpha", 1.0);
  double scale = kind == "selu" ? 1.0507009873554804934193349852946 : 1.0;
  double inputScale = kind == "celu" ? 1.0 / alpha : 1.0;
  Operand z = inputScale == 1.0 ? x : o.f(OpKind::Mul, x, o.c(inputScale));
  Operand negative = o.f(OpKind::Mul, o.f(OpKind::Expm1, z), o.c(alpha * scale));
  Operand positive = scale == 1.0 ? x : o.f(OpKind::Mul, x, o.c(scale));
  return Lowered::one(o.where(o.f(OpKind::Le, x, o.c(0.0)), negative, positive));
}

// hardtanh/relu6 clamp in the input's own dtype (integers stay integers).
Lowered lowerHardtanh(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = firstTensor(b, args, e);
  Ops o{b, build::typeOf(b, x, "hardtanh").dtype};
  double lo = e.attrs.count("min") ? ir::attrFloat(e.attrs, "min") : number(args, "min_val");
  double hi = e.attrs.count("max") ? ir::attrFloat(e.attrs, "max") : number(args, "max_val");
  return Lowered::one(o.f(OpKind::Minimum, o.f(OpKind::Maximum, x, o.c(lo)), o.c(hi)));
}

// hardsigmoid: min(max(x + 3, 0), 6) / 6; hardswish multiplies x by it.
Lowered lowerHardSigmoid(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  bool swish = ir::attrBool(e.attrs, "swish");
  auto [x, o] = floatArg(b, args, e, swish ? "hardswish_cpu" : "hardsigmoid_cpu");
  Operand clamped = o.f(OpKind::Minimum, o.f(OpKind::Maximum, o.f(OpKind::Add, x, o.c(3.0)), o.c(0.0)), o.c(6.0));
  if (swish) return Lowered::one(o.f(OpKind::Div, o.f(OpKind::Mul, x, clamped), o.c(6.0)));
  return Lowered::one(o.f(OpKind::Div, clamped, o.c(6.0)));
}

// logsigmoid: min(x, 0) - log1p(exp(-|x|)), stable for large |x|.
Lowered lowerLogSigmoid(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  auto [x, o] = floatArg(b, args, e, "log_sigmoid_cpu");
  Operand tail = o.f(OpKind::Log1p, o.f(OpKind::Exp, o.f(OpKind::Neg, o.f(OpKind::Abs, x))));
  return Lowered::one(o.f(OpKind::Sub, o.f(OpKind::Minimum, x, o.c(0.0)), tail));
}

Lowered lowerSoftsign(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  auto [x, o] = floatArg(b, args, e, "softsign", true);
  return Lowered::one(o.f(OpKind::Div, x, o.f(OpKind::Add, o.c(1.0), o.f(OpKind::Abs, x))));
}

Lowered lowerTanhshrink(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  auto [x, o] = floatArg(b, args, e, "tanhshrink", true);
  return Lowered::one(o.f(OpKind::Sub, x, o.f(OpKind::Tanh, x)));
}

// softshrink: x > l ? x - l : (x < -l ? x + l : 0) (NaN gives 0); hardshrink: -l <= x <= l ? 0 : x.
Lowered lowerShrink(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  bool hard = ir::attrBool(e.attrs, "hard");
  auto [x, o] = floatArg(b, args, e, hard ? "hardshrink_cpu" : "softshrink_cpu");
  double l = number(args, "lambd");
  if (hard) {
    Operand inside = o.f(OpKind::LogicalAnd, o.f(OpKind::Ge, x, o.c(-l)), o.f(OpKind::Le, x, o.c(l)));
    return Lowered::one(o.where(inside, o.c(0.0), x));
  }
  Operand below = o.where(o.f(OpKind::Lt, x, o.c(-l)), o.f(OpKind::Add, x, o.c(l)), o.c(0.0));
  return Lowered::one(o.where(o.f(OpKind::Gt, x, o.c(l)), o.f(OpKind::Sub, x, o.c(l)), below));
}

Lowered lowerThreshold(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = firstTensor(b, args, e);
  Ops o{b, build::typeOf(b, x, "threshold").dtype};
  return Lowered::one(o.where(o.f(OpKind::Le, x, o.c(number(args, "threshold"))), o.c(number(args, "value")), x));
}

// glu: the first half of dim times the sigmoid of the second.
Lowered lowerGlu(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  auto [x, o] = floatArg(b, args, e, "glu_cpu");
  ir::TensorType t = build::typeOf(b, x, "glu");
  int64_t dim = readInt(argByNames(args, {"dim", "axis"}), "dim");
  if (!ir::normalizeAxis(dim, t.rank())) throw LoweringError{"IndexError", "Dimension out of range", ""};
  int64_t n = t.shape[static_cast<size_t>(dim)];
  if (n % 2) throw LoweringError{"RuntimeError", "Halving dimension must be even, but dimension " + std::to_string(dim) +
                                                     " is size " + std::to_string(n), ""};
  Operand first = build::slice(b, x, dim, 0, n / 2), second = build::slice(b, x, dim, n / 2, n);
  return Lowered::one(o.f(OpKind::Mul, first, o.f(OpKind::Sigmoid, second)));
}

Lowered lowerSoftmin(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  BoundArgs negated = args;
  negated.values.at(0).second = Arg::tensor(b.apply1(OpKind::Neg, {firstTensor(b, args, e)}));
  ApiEntry softmax = e;
  softmax.op = OpKind::Softmax;
  return lowerSoftmax(b, negated, softmax);
}

// normalize: x / max(||x||_p over dim, eps).
Lowered lowerNormalize(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  auto [x, o] = floatArg(b, args, e, "normalize");
  int64_t dim = readInt(args.get("dim"), "dim");
  Operand norm = vectorNorm(b, x, number(args, "p"), {dim}, true);
  return Lowered::one(o.f(OpKind::Div, x, o.f(OpKind::Maximum, norm, o.c(number(args, "eps")))));
}

// cosine_similarity: sum(x1*x2) / sqrt(max(sum(x1^2) * sum(x2^2), eps^2)) over dim.
Lowered lowerCosineSimilarity(Builder& b, const BoundArgs& args, const ApiEntry&) {
  auto [x, y] = promotePair(b, Framework::Torch, param(args, 0), param(args, 1));
  Ops o{b, build::typeOf(b, x, "cosine_similarity").dtype};
  if (!ir::isFloating(o.d)) {
    x = castTo(b, x, DType::Float32);
    y = castTo(b, y, DType::Float32);
    o.d = DType::Float32;
  }
  ir::Attrs reduce{{"axes", std::vector<int64_t>{readInt(args.get("dim"), "dim")}}, {"keepdims", false}};
  auto sum = [&](Operand v) { return b.apply1(OpKind::Sum, {v}, reduce); };
  Operand w12 = sum(o.f(OpKind::Mul, x, y)), w1 = sum(o.f(OpKind::Mul, x, x)), w2 = sum(o.f(OpKind::Mul, y, y));
  double eps = number(args, "eps");
  Operand n12 = o.f(OpKind::Sqrt, o.f(OpKind::Maximum, o.f(OpKind::Mul, w1, w2), o.c(eps * eps)));
  return Lowered::one(o.f(OpKind::Div, w12, n12));
}

Lowered lowerPairwiseDistance(Builder& b, const BoundArgs& args, const ApiEntry&) {
  auto [x, y] = promotePair(b, Framework::Torch, param(args, 0), param(args, 1));
  Ops o{b, build::typeOf(b, x, "pairwise_distance").dtype};
  if (!ir::isFloating(o.d)) throw LoweringError{"RuntimeError", "pairwise_distance needs floating point inputs", ""};
  Operand d = o.f(OpKind::Add, o.f(OpKind::Sub, x, y), o.c(number(args, "eps")));
  return Lowered::one(vectorNorm(b, d, number(args, "p"), {-1}, readBool(args.get("keepdim"), "keepdim")));
}

// The reduction of a loss: 'none', 'mean' or 'sum' (the legacy size_average/reduce flags are reported).
Operand reduced(Builder& b, const BoundArgs& args, Operand loss) {
  if (!args.get("size_average").isNone() || !args.get("reduce").isNone())
    throwUnsupported("unsupported-argument", "the legacy size_average/reduce arguments (use reduction=)");
  std::string r = args.get("reduction").text;
  ir::Attrs all{{"axes", std::vector<int64_t>{}}, {"keepdims", false}};
  if (r == "none") return loss;
  if (r == "sum") return b.apply1(OpKind::Sum, {loss}, all);
  if (r == "mean") return b.apply1(OpKind::Mean, {loss}, all);
  throwValueError(r + " is not a valid value for reduction");
}

// mse, l1, smooth_l1 (beta), huber (delta) on d = input - target.
Lowered lowerRegressionLoss(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  auto [x, y] = promotePair(b, Framework::Torch, param(args, 0), param(args, 1));
  Ops o{b, build::typeOf(b, x, "loss").dtype};
  std::string kind = ir::attrString(e.attrs, "kind");
  if (!ir::isFloating(o.d))
    throw LoweringError{"RuntimeError", "\"" + kind + "_loss\" not implemented for '" + std::string(ir::dtypeLongName(o.d)) + "'", ""};
  Operand d = o.f(OpKind::Sub, x, y);
  Operand loss;
  if (kind == "mse") {
    loss = o.f(OpKind::Mul, d, d);
  } else {
    Operand z = o.f(OpKind::Abs, d);
    if (kind == "l1") {
      loss = z;
    } else if (kind == "smooth_l1") {
      double beta = number(args, "beta");
      if (beta == 0.0) {
        loss = z;
      } else {
        Operand quad = o.f(OpKind::Div, o.f(OpKind::Mul, o.f(OpKind::Mul, o.c(0.5), z), z), o.c(beta));
        loss = o.where(o.f(OpKind::Lt, z, o.c(beta)), quad, o.f(OpKind::Sub, z, o.c(0.5 * beta)));
      }
    } else {
      double delta = number(args, "delta");
      Operand quad = o.f(OpKind::Mul, o.f(OpKind::Mul, o.c(0.5), z), z);
      loss = o.where(o.f(OpKind::Lt, z, o.c(delta)), quad, o.f(OpKind::Mul, o.c(delta), o.f(OpKind::Sub, z, o.c(0.5 * delta))));
    }
  }
  return Lowered::one(reduced(b, args, loss));
}

// binary_cross_entropy: (t - 1) * max(log1p(-x), -100) - t * max(log(x), -100), times weight.
Lowered lowerBinaryCrossEntropy(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  auto [x, o] = floatArg(b, args, e, "binary_cross_entropy");
  Operand t = castTo(b, asTensor(b, Framework::Torch, param(args, 1), "target"), o.d);
  Operand logX = o.f(OpKind::Maximum, o.f(OpKind::Log, x), o.c(-100.0));
  Operand log1mX = o.f(OpKind::Maximum, o.f(OpKind::Log1p, o.f(OpKind::Neg, x)), o.c(-100.0));
  Operand loss = o.f(OpKind::Sub, o.f(OpKind::Mul, o.f(OpKind::Sub, t, o.c(1.0)), log1mX), o.f(OpKind::Mul, t, logX));
  if (args.get("weight").isTensor()) loss = o.f(OpKind::Mul, loss, castTo(b, args.get("weight").operand, o.d));
  return Lowered::one(reduced(b, args, loss));
}

// binary_cross_entropy_with_logits: (1 - t) * x + m + log(exp(-m) + exp(-x - m)), m = max(-x, 0).
Lowered lowerBceWithLogits(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  auto [x, o] = floatArg(b, args, e, "binary_cross_entropy_with_logits");
  if (!args.get("pos_weight").isNone()) throwUnsupported("unsupported-argument", "binary_cross_entropy_with_logits with pos_weight");
  Operand t = castTo(b, asTensor(b, Framework::Torch, param(args, 1), "target"), o.d);
  Operand m = o.f(OpKind::Maximum, o.f(OpKind::Neg, x), o.c(0.0));
  Operand lse = o.f(OpKind::Log, o.f(OpKind::Add, o.f(OpKind::Exp, o.f(OpKind::Neg, m)),
                                     o.f(OpKind::Exp, o.f(OpKind::Sub, o.f(OpKind::Neg, x), m))));
  Operand loss = o.f(OpKind::Add, o.f(OpKind::Add, o.f(OpKind::Mul, o.f(OpKind::Sub, o.c(1.0), t), x), m), lse);
  if (args.get("weight").isTensor()) loss = o.f(OpKind::Mul, loss, castTo(b, args.get("weight").operand, o.d));
  return Lowered::one(reduced(b, args, loss));
}

// nll_loss on log-probabilities (N, C, ...) or (C,) with int64 class targets: -logp[target],
// ignore_index dropped from the sum and from the mean's count. cross_entropy = log_softmax first;
// float targets of the input's shape are class probabilities.
Lowered lowerNllLoss(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  auto [x, o] = floatArg(b, args, e, "nll_loss");
  ir::TensorType tx = build::typeOf(b, x, "nll_loss");
  if (!args.get("weight").isNone()) throwUnsupported("unsupported-argument", "class weights in nll_loss/cross_entropy");
  if (args.get("label_smoothing").isNumber() && args.get("label_smoothing").asDouble() != 0.0)
    throwUnsupported("unsupported-argument", "cross_entropy with label_smoothing");
  int64_t classDim = tx.rank() == 1 ? 0 : 1;
  if (ir::attrBool(e.attrs, "softmax")) x = b.apply1(OpKind::LogSoftmax, {x}, {{"axis", classDim}});
  Operand target = asTensor(b, Framework::Torch, param(args, 1), "target");
  ir::TensorType tt = build::typeOf(b, target, "nll_loss");
  ir::Attrs overClasses{{"axes", std::vector<int64_t>{classDim}}, {"keepdims", false}};
  if (ir::isFloating(tt.dtype) && ir::attrBool(e.attrs, "softmax")) {
    Operand loss = o.f(OpKind::Neg, b.apply1(OpKind::Sum, {o.f(OpKind::Mul, castTo(b, target, o.d), x)}, overClasses));
    return Lowered::one(reduced(b, args, loss));
  }
  if (tt.dtype != DType::Int64)
    throw LoweringError{"RuntimeError", "expected scalar type Long but found " + std::string(ir::dtypeLongName(tt.dtype)), ""};
  int64_t classes = tx.shape[static_cast<size_t>(classDim)];
  int64_t ignore = readInt(args.get("ignore_index"), "ignore_index");
  if (auto values = b.peekValues(target))
    for (double v : *values)
      if (static_cast<int64_t>(v) != ignore && (v < 0 || v >= static_cast<double>(classes)))
        throw LoweringError{"IndexError", "Target " + std::to_string(static_cast<int64_t>(v)) + " is out of bounds.", ""};
  std::vector<int64_t> classShape(static_cast<size_t>(tx.rank()), 1);
  classShape[static_cast<size_t>(classDim)] = classes;
  std::vector<int64_t> ids(static_cast<size_t>(classes));
  for (int64_t i = 0; i < classes; ++i) ids[static_cast<size_t>(i)] = i;
  Operand onehot = b.apply1(OpKind::Eq, {b.apply1(OpKind::Unsqueeze, {target}, {{"axis", classDim}}), build::constantInts(b, ids, classShape)});
  Operand picked = b.apply1(OpKind::Sum, {o.where(onehot, x, o.c(0.0))}, overClasses);
  Operand valid = b.apply1(OpKind::Ne, {target, build::scalar(b, static_cast<double>(ignore), DType::Int64)});
  Operand loss = o.where(valid, o.f(OpKind::Neg, picked), o.c(0.0));
  std::string r = args.get("reduction").text;
  if (r != "mean" || !args.get("size_average").isNone() || !args.get("reduce").isNone()) return Lowered::one(reduced(b, args, loss));
  ir::Attrs all{{"axes", std::vector<int64_t>{}}, {"keepdims", false}};
  Operand count = b.apply1(OpKind::Sum, {castTo(b, valid, o.d)}, all);
  return Lowered::one(o.f(OpKind::Div, b.apply1(OpKind::Sum, {loss}, all), count));
}

// one_hot: (x[..., None] == arange(C)) as int64; C = max + 1 when not given (read from the data).
Lowered lowerOneHot(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = firstTensor(b, args, e);
  ir::TensorType t = build::typeOf(b, x, "one_hot");
  if (e.framework == Framework::Torch ? t.dtype != DType::Int64 : !ir::isInteger(t.dtype))
    throw LoweringError{"RuntimeError", "one_hot is only applicable to index tensor.", ""};
  if (!args.get("axis").isAbsent() && readInt(args.get("axis"), "axis") != -1)
    throwUnsupported("unsupported-argument", "one_hot with an axis other than -1");
  int64_t classes = readInt(args.get("num_classes"), "num_classes");
  auto values = classes < 0 ? b.valuesOf(x) : b.peekValues(x);
  if (classes < 0) {
    if (!values) throwUnsupported("data-dependent-shape", "one_hot without num_classes takes its size from the data");
    classes = 0;
    for (double v : *values) classes = std::max(classes, static_cast<int64_t>(v) + 1);
  }
  if (values)
    for (double v : *values)
      if (v < 0 || v >= static_cast<double>(classes)) throw LoweringError{"RuntimeError", "Class values must be smaller than num_classes.", ""};
  std::vector<int64_t> ids(static_cast<size_t>(classes));
  for (int64_t i = 0; i < classes; ++i) ids[static_cast<size_t>(i)] = i;
  Operand hits = b.apply1(OpKind::Eq, {b.apply1(OpKind::Unsqueeze, {x}, {{"axis", int64_t{-1}}}), build::constantInts(b, ids, {classes})});
  // torch gives int64; jax.nn.one_hot its default float unless dtype= says otherwise.
  DType d = e.framework == Framework::Torch ? DType::Int64 : readDType(args.get("dtype")).value_or(defaultFloat(e.framework));
  return Lowered::one(castTo(b, hits, d));
}

// jax.nn.softplus(x) = logaddexp(x, 0).
Lowered lowerJaxSoftplus(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  BoundArgs pair;
  pair.values = {{"x1", Arg::tensor(floatInput(b, e.framework, firstTensor(b, args, e)))}, {"x2", Arg::real(0.0)}};
  return lowerLogAddExp(b, pair, e);
}

}  // namespace

void registerNeuralNetApi(ApiTable& table) {
  using enum ir::OpKind;
  const char* loss = "input, target, size_average=None, reduce=None, reduction='mean'";
  table.add(Framework::Torch, "torch.nn.functional",
            {
                {"gelu", "input, approximate='none'", lowerGelu, Erf, {}, "erf form; approximate='tanh'"},
                {"silu", "input, inplace=False", lowerSilu, Exp, {}, "x / (1 + exp(-x))"},
                {"softplus", "input, beta=1, threshold=20", lowerSoftplus, Log1p, {}, "x where beta*x > threshold"},
                {"mish", "input, inplace=False", lowerMish, Tanh},
                {"leaky_relu", "input, negative_slope=0.01, inplace=False", lowerLeakyRelu, Where, {}, "slope 0.01"},
                {"elu", "input, alpha=1.0, inplace=False", lowerElu, Expm1},
                {"selu", "input, inplace=False", lowerElu, Expm1, {{"kind", std::string("selu")}}},
                {"celu", "input, alpha=1.0, inplace=False", lowerElu, Expm1, {{"kind", std::string("celu")}}},
                {"hardtanh", "input, min_val=-1.0, max_val=1.0, inplace=False", lowerHardtanh, Clip},
                {"relu6", "input, inplace=False", lowerHardtanh, Clip, {{"min", 0.0}, {"max", 6.0}}},
                {"hardsigmoid", "input, inplace=False", lowerHardSigmoid, Div, {}, "(x + 3) / 6 clamped"},
                {"hardswish", "input, inplace=False", lowerHardSigmoid, Mul, {{"swish", true}}},
                {"logsigmoid", "input", lowerLogSigmoid, Log1p},
                {"softsign", "input", lowerSoftsign, Div},
                {"tanhshrink", "input", lowerTanhshrink, Sub},
                {"softshrink", "input, lambd=0.5", lowerShrink, Where},
                {"hardshrink", "input, lambd=0.5", lowerShrink, Where, {{"hard", true}}},
                {"threshold", "input, threshold, value, inplace=False", lowerThreshold, Where},
                {"glu", "input, dim=-1", lowerGlu, Sigmoid},
                {"softmin", "input, dim=None, _stacklevel=3, dtype=None", lowerSoftmin, Softmax},
                {"normalize", "input, p=2.0, dim=1, eps=1e-12, out=None", lowerNormalize, Div},
                {"cosine_similarity", "x1, x2, dim=1, eps=1e-08", lowerCosineSimilarity, Div},
                {"pairwise_distance", "x1, x2, p=2.0, eps=1e-06, keepdim=False", lowerPairwiseDistance, Sqrt},
                {"mse_loss", loss, lowerRegressionLoss, Mean, {{"kind", std::string("mse")}}},
                {"l1_loss", loss, lowerRegressionLoss, Mean, {{"kind", std::string("l1")}}},
                {"smooth_l1_loss", "input, target, size_average=None, reduce=None, reduction='mean', beta=1.0",
                 lowerRegressionLoss, Mean, {{"kind", std::string("smooth_l1")}}},
                {"huber_loss", "input, target, reduction='mean', delta=1.0", lowerRegressionLoss, Mean,
                 {{"kind", std::string("huber")}}},
                {"binary_cross_entropy", "input, target, weight=None, size_average=None, reduce=None, reduction='mean'",
                 lowerBinaryCrossEntropy, Log, {}, "logs clamped at -100"},
                {"binary_cross_entropy_with_logits",
                 "input, target, weight=None, size_average=None, reduce=None, reduction='mean', pos_weight=None",
                 lowerBceWithLogits, Log},
                {"nll_loss", "input, target, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean'",
                 lowerNllLoss, Where, {}, "class-index targets"},
                {"cross_entropy",
                 "input, target, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean', "
                 "label_smoothing=0.0",
                 lowerNllLoss, LogSoftmax, {{"softmax", true}}, "class indices or probabilities"},
                {"one_hot", "tensor, num_classes=-1", lowerOneHot, Eq},
            });
  table.add(Framework::Jax, "jax.nn",
            {
                {"gelu", "x, approximate=True", lowerGelu, Erf, {}, "tanh form by default (§45)"},
                {"silu", "x", lowerSilu, Exp},
                {"swish", "x", lowerSilu, Exp},
                {"softplus", "x", lowerJaxSoftplus, Log1p, {}, "logaddexp(x, 0)"},
                {"log_sigmoid", "x", lowerLogSigmoid, Log1p},
                {"leaky_relu", "x, negative_slope=0.01", lowerLeakyRelu, Where},
                {"elu", "x, alpha=1.0", lowerElu, Expm1},
                {"celu", "x, alpha=1.0", lowerElu, Expm1, {{"kind", std::string("celu")}}},
                {"selu", "x", lowerElu, Expm1, {{"kind", std::string("selu")}}},
                {"relu6", "x", lowerHardtanh, Clip, {{"min", 0.0}, {"max", 6.0}}},
                {"hard_tanh", "x", lowerHardtanh, Clip, {{"min", -1.0}, {"max", 1.0}}},
                {"hard_sigmoid", "x", lowerHardSigmoid, Div},
                {"hard_swish", "x", lowerHardSigmoid, Mul, {{"swish", true}}},
                {"soft_sign", "x", lowerSoftsign, Div},
                {"mish", "x", lowerMish, Tanh},
                {"glu", "x, axis=-1", lowerGlu, Sigmoid},
                {"logsumexp", "a, axis=None, keepdims=False", lowerLogSumExp, Log, {}, "no b/return_sign/where"},
                {"one_hot", "x, num_classes, *, dtype=None, axis=-1", lowerOneHot, Eq, {}, "float32 by default"},
            });
  table.add(Framework::TensorFlow, "tensorflow.nn",
            {
                {"gelu", "features, approximate=False, name=None", lowerGelu, Erf, {}, "erf form by default"},
                {"silu", "features, beta=1.0", lowerSilu, Exp, {}, "beta 1 only"},
                {"swish", "features, beta=1.0", lowerSilu, Exp, {}, "beta 1 only"},
                {"leaky_relu", "features, alpha=0.2, name=None", lowerLeakyRelu, Where, {}, "slope 0.2 (§45)"},
                {"elu", "features, name=None", lowerElu, Expm1},
                {"selu", "features, name=None", lowerElu, Expm1, {{"kind", std::string("selu")}}},
                {"relu6", "features, name=None", lowerHardtanh, Clip, {{"min", 0.0}, {"max", 6.0}}},
                {"softsign", "features, name=None", lowerSoftsign, Div},
            });
  table.add(Framework::TensorFlow, "tensorflow.math", {{"log_sigmoid", "x, name=None", lowerLogSigmoid, Log1p}});
}

}  // namespace pt::frontends
