// torch.nn.functional's layer operations (what torch.nn's modules call in forward) as
// decompositions into IR ops every target has: linear as matmul + add, batch_norm (inference) and
// layer_norm as elementwise arithmetic on per-channel statistics, pooling as strided slices
// reduced together (like F.conv2d's taps). Modes whose result depends on randomness or on state
// the graph cannot express (dropout while training, batch_norm's running-stat updates) are
// reported, not guessed.
#include <cmath>
#include <limits>

#include "frontends/Lowerings.h"
#include "frontends/TensorBuild.h"
#include "frontends/TorchApiParts.h"

namespace pt::frontends {

namespace {

using ir::DType;
using ir::Framework;
using ir::OpKind;

// x @ weight.T + bias.
Lowered lowerLinear(Builder& b, const BoundArgs& args, const ApiEntry&) {
  Operand x = torchInput(b, args);
  Operand w = asTensor(b, Framework::Torch, args.get("weight"), "weight");
  ir::TensorType wt = build::typeOf(b, w, "F.linear"), xt = build::typeOf(b, x, "F.linear");
  if (xt.dtype != wt.dtype)
    throw LoweringError{"RuntimeError", "expected input and weight to have the same dtype, but got " +
                                            std::string(ir::dtypeLongName(xt.dtype)) + " and " +
                                            std::string(ir::dtypeLongName(wt.dtype)), ""};
  Operand wT = wt.rank() == 2 ? b.apply1(OpKind::Transpose, {w}, {{"perm", std::vector<int64_t>{1, 0}}}) : w;
  Operand out = b.apply1(OpKind::MatMul, {x, wT});
  const Arg& bias = args.get("bias");
  if (bias.isTensor()) out = b.apply1(OpKind::Add, {out, castTo(b, bias.operand, xt.dtype)});
  return Lowered::one(out);
}

// A per-channel vector (C,) shaped to broadcast against x (N, C, ...).
Operand channelwise(Builder& b, Operand v, int rank, DType dtype) {
  ir::TensorType t = build::typeOf(b, v, "batch_norm");
  std::vector<int64_t> shape(static_cast<size_t>(rank), 1);
  if (rank > 1) shape[1] = t.numel();
  return build::reshape(b, castTo(b, v, dtype), shape);
}

// Inference: y = x * (weight / sqrt(var + eps)) + (bias - mean * weight / sqrt(var + eps)), the
// scale and shift per channel as ATen's CPU kernel computes them.
Lowered lowerBatchNorm(Builder& b, const BoundArgs& args, const ApiEntry&) {
  Operand x = torchInput(b, args);
  ir::TensorType xt = build::typeOf(b, x, "F.batch_norm");
  if (readBool(args.get("training"), "training"))
    throwUnsupported("unsupported-argument",
                     "batch_norm in training mode (batch statistics, and running statistics updated in place) is not "
                     "traced; call model.eval() first");
  const Arg& meanArg = args.get("running_mean");
  const Arg& varArg = args.get("running_var");
  if (!meanArg.isTensor() || !varArg.isTensor())
    throwUnsupported("unsupported-argument", "batch_norm without running statistics (track_running_stats=False)");
  int rank = xt.rank();
  double eps = readNumber(args.get("eps"), "eps");
  Operand var = channelwise(b, varArg.operand, rank, xt.dtype);
  Operand invstd = b.apply1(OpKind::Div, {build::full(b, {}, 1.0, xt.dtype),
                                          b.apply1(OpKind::Sqrt, {b.apply1(OpKind::Add, {var, build::full(b, {}, eps, xt.dtype)})})});
  Operand alpha = invstd;
  if (args.get("weight").isTensor()) alpha = b.apply1(OpKind::Mul, {invstd, channelwise(b, args.get("weight").operand, rank, xt.dtype)});
  Operand beta = b.apply1(OpKind::Neg, {b.apply1(OpKind::Mul, {channelwise(b, meanArg.operand, rank, xt.dtype), alpha})});
  if (args.get("bias").isTensor()) beta = b.apply1(OpKind::Add, {channelwise(b, args.get("bias").operand, rank, xt.dtype), beta});
  return Lowered::one(b.apply1(OpKind::Add, {b.apply1(OpKind::Mul, {x, alpha}), beta}));
}

// Normalises over the trailing `normalized_shape` dims with the biased variance.
Lowered lowerLayerNorm(Builder& b, const BoundArgs& args, const ApiEntry&) {
  Operand x = torchInput(b, args);
  ir::TensorType xt = build::typeOf(b, x, "F.layer_norm");
  auto normalized = readInts(args.get("normalized_shape"), "normalized_shape");
  int rank = xt.rank(), n = static_cast<int>(normalized.size());
  if (n > rank) throwValueError("normalized_shape has more dimensions than the input");
  std::vector<int64_t> axes;
  for (int i = rank - n; i < rank; ++i) {
    if (xt.shape[static_cast<size_t>(i)] != normalized[static_cast<size_t>(i - (rank - n))])
      throw LoweringError{"RuntimeError", "Given normalized_shape=" + ir::typeText({xt.dtype, normalized}) +
                                              ", expected input with shape [*, ...] matching it, but got " + ir::typeText(xt), ""};
    axes.push_back(i);
  }
  ir::Attrs reduce{{"axes", axes}, {"keepdims", true}};
  Operand mean = b.apply1(OpKind::Mean, {x}, reduce);
  ir::Attrs varAttrs = reduce;
  varAttrs["correction"] = int64_t{0};
  Operand var = b.apply1(OpKind::Var, {x}, varAttrs);
  double eps = readNumber(args.get("eps"), "eps");
  Operand out = b.apply1(OpKind::Div, {b.apply1(OpKind::Sub, {x, mean}),
                                       b.apply1(OpKind::Sqrt, {b.apply1(OpKind::Add, {var, build::full(b, {}, eps, xt.dtype)})})});
  if (args.get("weight").isTensor()) out = b.apply1(OpKind::Mul, {out, castTo(b, args.get("weight").operand, xt.dtype)});
  if (args.get("bias").isTensor()) out = b.apply1(OpKind::Add, {out, castTo(b, args.get("bias").operand, xt.dtype)});
  return Lowered::one(out);
}

// Pooling windows as strided slices of the (padded) input, stacked on a new axis and reduced.
Operand poolWindows(Builder& b, Operand x, const BoundArgs& args, double padValue, OpKind reduce, const char* name,
                    int64_t& windowSize) {
  ir::TensorType xt = build::typeOf(b, x, name);
  if (xt.rank() != 3 && xt.rank() != 4)
    throw LoweringError{"RuntimeError", std::string(name) + ": expected 3D or 4D input, got " + ir::typeText(xt), ""};
  if (readBool(args.get("ceil_mode"), "ceil_mode")) throwUnsupported("unsupported-argument", std::string(name) + " with ceil_mode=True");
  auto [kh, kw] = readPair(args.get("kernel_size"), "kernel_size");
  auto [sh, sw] = args.get("stride").isNone() || (args.get("stride").kind == Arg::Kind::Sequence && args.get("stride").items.empty())
                      ? std::pair{kh, kw}
                      : readPair(args.get("stride"), "stride");
  auto [ph, pw] = readPair(args.get("padding"), "padding");
  auto [dh, dw] = args.has("dilation") ? readPair(args.get("dilation"), "dilation") : std::pair<int64_t, int64_t>{1, 1};
  if (ph * 2 > kh || pw * 2 > kw) throwValueError("pad should be at most half of effective kernel size");
  int64_t hAxis = xt.rank() - 2, wAxis = xt.rank() - 1;
  for (auto [axis, p] : {std::pair{hAxis, ph}, std::pair{wAxis, pw}}) {
    if (!p) continue;
    std::vector<int64_t> shape = build::typeOf(b, x, name).shape;
    shape[static_cast<size_t>(axis)] = p;
    Operand fill = build::full(b, shape, padValue, xt.dtype);
    x = build::concat(b, {fill, x, fill}, axis);
  }
  ir::TensorType pt = build::typeOf(b, x, name);
  int64_t H = pt.shape[static_cast<size_t>(hAxis)], W = pt.shape[static_cast<size_t>(wAxis)];
  int64_t Ho = (H - dh * (kh - 1) - 1) / sh + 1, Wo = (W - dw * (kw - 1) - 1) / sw + 1;
  if (Ho <= 0 || Wo <= 0) throw LoweringError{"RuntimeError", std::string(name) + ": output size is too small", ""};
  std::vector<Operand> taps;
  for (int64_t u = 0; u < kh; ++u)
    for (int64_t v = 0; v < kw; ++v) {
      Operand rows = build::slice(b, x, hAxis, u * dh, u * dh + (Ho - 1) * sh + 1, sh);
      taps.push_back(build::slice(b, rows, wAxis, v * dw, v * dw + (Wo - 1) * sw + 1, sw));
    }
  windowSize = kh * kw;
  if (taps.size() == 1) return taps[0];
  Operand stacked = b.apply1(OpKind::Stack, taps, {{"axis", int64_t{0}}});
  return b.apply1(reduce, {stacked}, {{"axes", std::vector<int64_t>{0}}, {"keepdims", false}});
}

Lowered lowerMaxPool2d(Builder& b, const BoundArgs& args, const ApiEntry&) {
  if (readBool(args.get("return_indices"), "return_indices"))
    throwUnsupported("unsupported-argument", "max_pool2d with return_indices=True");
  int64_t k = 0;
  return Lowered::one(poolWindows(b, torchInput(b, args), args, -std::numeric_limits<double>::infinity(), OpKind::ReduceMax,
                                  "max_pool2d", k));
}

Lowered lowerAvgPool2d(Builder& b, const BoundArgs& args, const ApiEntry&) {
  Operand x = torchInput(b, args);
  DType dtype = build::typeOf(b, x, "avg_pool2d").dtype;
  auto [ph, pw] = readPair(args.get("padding"), "padding");
  if ((ph || pw) && !readBool(args.get("count_include_pad"), "count_include_pad"))
    throwUnsupported("unsupported-argument", "avg_pool2d with padding and count_include_pad=False");
  if (!args.get("divisor_override").isNone()) throwUnsupported("unsupported-argument", "avg_pool2d with divisor_override");
  int64_t k = 0;
  Operand sum = poolWindows(b, x, args, 0.0, OpKind::Sum, "avg_pool2d", k);
  return Lowered::one(b.apply1(OpKind::Div, {sum, build::full(b, {}, static_cast<double>(k), dtype)}));
}

// Output cell i of n over an input of size `in` averages [floor(i*in/n), ceil((i+1)*in/n)).
Lowered lowerAdaptiveAvgPool2d(Builder& b, const BoundArgs& args, const ApiEntry&) {
  Operand x = torchInput(b, args);
  ir::TensorType xt = build::typeOf(b, x, "adaptive_avg_pool2d");
  if (xt.rank() != 3 && xt.rank() != 4)
    throw LoweringError{"RuntimeError", "adaptive_avg_pool2d: expected 3D or 4D input, got " + ir::typeText(xt), ""};
  const Arg& size = args.get("output_size");
  std::vector<Arg> sizes = size.kind == Arg::Kind::Sequence ? size.items : std::vector<Arg>{size, size};
  if (sizes.size() != 2) throwValueError("output_size must be an int or a pair");
  Operand out = x;
  for (int k = 0; k < 2; ++k) {
    int64_t axis = xt.rank() - 2 + k, in = xt.shape[static_cast<size_t>(axis)];
    int64_t n = sizes[static_cast<size_t>(k)].isNone() ? in : readInt(sizes[static_cast<size_t>(k)], "output_size");
    if (n <= 0) throwValueError("output_size must be positive");
    if (in % n == 0) {
      // Equal windows: a reshape and one mean.
      std::vector<int64_t> shape = build::typeOf(b, out, "adaptive_avg_pool2d").shape;
      shape[static_cast<size_t>(axis)] = n;
      shape.insert(shape.begin() + axis + 1, in / n);
      out = b.apply1(OpKind::Mean, {build::reshape(b, out, shape)}, {{"axes", std::vector<int64_t>{axis + 1}}, {"keepdims", false}});
      continue;
    }
    std::vector<Operand> cells;
    for (int64_t i = 0; i < n; ++i) {
      int64_t start = (i * in) / n, stop = ((i + 1) * in + n - 1) / n;
      cells.push_back(b.apply1(OpKind::Mean, {build::slice(b, out, axis, start, stop)},
                               {{"axes", std::vector<int64_t>{axis}}, {"keepdims", true}}));
    }
    out = build::concat(b, cells, axis);
  }
  return Lowered::one(out);
}

Lowered lowerDropout(Builder& b, const BoundArgs& args, const ApiEntry&) {
  Operand x = torchInput(b, args);
  double p = readNumber(args.get("p"), "p");
  if (p < 0 || p > 1) throwValueError("dropout probability has to be between 0 and 1, but got " + std::to_string(p));
  if (readBool(args.get("training"), "training") && p > 0)
    throwUnsupported("unsupported-argument",
                     "dropout while training draws a random mask that is not traced; call model.eval() (or pass training=False)");
  return Lowered::one(x);
}

// weight[input]: rows of the table (padding_idx only matters for gradients).
Lowered lowerEmbedding(Builder& b, const BoundArgs& args, const ApiEntry&) {
  Operand idx = torchInput(b, args);
  Operand w = asTensor(b, Framework::Torch, args.get("weight"), "weight");
  if (!ir::isInteger(build::typeOf(b, idx, "F.embedding").dtype))
    throw LoweringError{"RuntimeError", "Expected tensor for argument #1 'indices' to have one of the following scalar types: Long, Int", ""};
  if (!args.get("max_norm").isNone())
    throwUnsupported("unsupported-argument", "embedding with max_norm (it renormalises the weight in place)");
  return Lowered::one(b.apply1(OpKind::Take, {w, idx}, {{"axis", int64_t{0}}}));
}

}  // namespace

void registerTorchNnOps(ApiTable& table) {
  using enum ir::OpKind;
  table.add(Framework::Torch, "torch.nn.functional",
            {
                {"linear", "input, weight, bias=None", lowerLinear, MatMul, {}, "decomposed: matmul with the transposed weight, add"},
                {"batch_norm",
                 "input, running_mean, running_var, weight=None, bias=None, training=False, momentum=0.1, eps=1e-05",
                 lowerBatchNorm, Mul, {}, "decomposed; inference only (training mode is reported)"},
                {"layer_norm", "input, normalized_shape, weight=None, bias=None, eps=1e-05", lowerLayerNorm, Var, {},
                 "decomposed: mean, biased var over the trailing dims"},
                {"max_pool2d",
                 "input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False, return_indices=False",
                 lowerMaxPool2d, ReduceMax, {}, "decomposed: window taps as strided slices, reduce_max"},
                {"avg_pool2d",
                 "input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True, divisor_override=None",
                 lowerAvgPool2d, Sum, {}, "decomposed: window taps as strided slices, sum / window size"},
                {"adaptive_avg_pool2d", "input, output_size", lowerAdaptiveAvgPool2d, Mean, {},
                 "decomposed: reshape + mean for equal windows, else one mean per output cell"},
                {"dropout", "input, p=0.5, training=True, inplace=False", lowerDropout, Mul, {},
                 "identity when not training (training with p > 0 is reported)"},
                {"embedding", "input, weight, padding_idx=None, max_norm=None, norm_type=2.0, scale_grad_by_freq=False, sparse=False",
                 lowerEmbedding, Take, {}, "take rows of the weight"},
            });
}

}  // namespace pt::frontends
