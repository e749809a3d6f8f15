// torch.nn.functional's image operations as decompositions into IR ops every target has (slice,
// concat, take, multiply, add, ...). The arithmetic mirrors ATen's CPU kernels step by step (the
// same float32 formulas for source coordinates and weights, the same summation order), so traced
// results match torch, including after rounding back to uint8. Indices and weights that depend
// only on shapes are computed here and enter the graph as constants.
#include <algorithm>
#include <cmath>

#include "frontends/Lowerings.h"
#include "frontends/Promotion.h"
#include "frontends/TensorBuild.h"
#include "frontends/TorchApiParts.h"

namespace pt::frontends {

Operand torchInput(Builder& b, const BoundArgs& args) {
  return asTensor(b, ir::Framework::Torch, args.get("input"), "input");
}

std::pair<int64_t, int64_t> readPair(const Arg& a, const char* what) {
  auto v = readInts(a, what);
  if (v.size() == 1) return {v[0], v[0]};
  if (v.size() != 2) throwValueError(std::string(what) + " must be an int or a pair");
  return {v[0], v[1]};
}

namespace {

using ir::DType;
using ir::Framework;
using ir::OpKind;

Operand input(Builder& b, const BoundArgs& args) { return torchInput(b, args); }

// ---- F.pad ------------------------------------------------------------------------------------------

// torch lists (before, after) pairs from the last dim backwards (§43).
Lowered lowerPad(Builder& b, const BoundArgs& args, const ApiEntry&) {
  Operand x = input(b, args);
  ir::TensorType t = build::typeOf(b, x, "F.pad");
  std::vector<int64_t> pad = readInts(args.get("pad"), "pad");
  if (pad.size() % 2 || static_cast<int>(pad.size() / 2) > t.rank())
    throwValueError("Padding length must be divisible by 2 and at most twice the number of dimensions of the input");
  std::string mode = args.get("mode").isNone() ? "constant" : args.get("mode").text;
  const Arg& valueArg = args.get("value");
  if (mode != "constant" && !valueArg.isNone())
    throwValueError("Padding mode \"" + mode + "\" doesn't take in value argument");
  if ((mode == "reflect" || mode == "replicate") && !ir::isFloating(t.dtype))
    throw LoweringError{"RuntimeError", std::string("\"") + (mode == "reflect" ? "reflection_pad" : "replication_pad") +
                                            "\" not implemented for '" + std::string(ir::dtypeLongName(t.dtype)) + "'", ""};
  if (mode != "constant" && mode != "reflect" && mode != "replicate" && mode != "circular")
    throwValueError("Unrecognised padding mode " + mode);
  double value = valueArg.isNone() ? 0.0 : readNumber(valueArg, "value");
  for (size_t k = 0; k < pad.size() / 2; ++k) {
    int64_t axis = t.rank() - 1 - static_cast<int64_t>(k);
    int64_t before = pad[2 * k], after = pad[2 * k + 1];
    ir::TensorType cur = build::typeOf(b, x, "F.pad");
    int64_t n = cur.shape[static_cast<size_t>(axis)];
    if (mode == "constant") {
      // Negative padding crops.
      if (before < 0 || after < 0) {
        x = build::slice(b, x, axis, std::max<int64_t>(-before, 0), n - std::max<int64_t>(-after, 0));
        before = std::max<int64_t>(before, 0), after = std::max<int64_t>(after, 0);
        cur = build::typeOf(b, x, "F.pad");
      }
      std::vector<Operand> parts;
      auto block = [&](int64_t size) {
        std::vector<int64_t> shape = cur.shape;
        shape[static_cast<size_t>(axis)] = size;
        return build::full(b, shape, value, t.dtype);
      };
      if (before > 0) parts.push_back(block(before));
      parts.push_back(x);
      if (after > 0) parts.push_back(block(after));
      x = build::concat(b, parts, axis);
      continue;
    }
    if (before < 0 || after < 0) throwUnsupported("unsupported-argument", "negative padding in " + mode + " mode");
    if (mode == "reflect" && (before >= n || after >= n))
      throw LoweringError{"RuntimeError", "Argument #4: Padding size should be less than the corresponding input dimension, but got: "
                                          "padding (" + std::to_string(before) + ", " + std::to_string(after) +
                                              ") at dimension " + std::to_string(axis) + " of input " + ir::typeText(cur), ""};
    std::vector<Operand> parts;
    if (before > 0) {
      if (mode == "reflect") parts.push_back(b.apply1(OpKind::Flip, {build::slice(b, x, axis, 1, before + 1)}, {{"axes", std::vector<int64_t>{axis}}}));
      if (mode == "circular") parts.push_back(build::slice(b, x, axis, n - before, n));
      if (mode == "replicate") {
        std::vector<int64_t> shape = cur.shape;
        shape[static_cast<size_t>(axis)] = before;
        parts.push_back(build::expand(b, build::slice(b, x, axis, 0, 1), shape));
      }
    }
    parts.push_back(x);
    if (after > 0) {
      if (mode == "reflect") parts.push_back(b.apply1(OpKind::Flip, {build::slice(b, x, axis, n - 1 - after, n - 1)}, {{"axes", std::vector<int64_t>{axis}}}));
      if (mode == "circular") parts.push_back(build::slice(b, x, axis, 0, after));
      if (mode == "replicate") {
        std::vector<int64_t> shape = cur.shape;
        shape[static_cast<size_t>(axis)] = after;
        parts.push_back(build::expand(b, build::slice(b, x, axis, n - 1, n), shape));
      }
    }
    x = build::concat(b, parts, axis);
  }
  return Lowered::one(x);
}

// ---- F.conv2d -----------------------------------------------------------------------------------------


// out[n, o, i, j] = sum over the group's input channels c and kernel taps (u, v) of
// x[n, c, i*s + u*d, j*s + v*d] * w[o, c, u, v]: the taps are gathered as strided slices.
Lowered lowerConv2d(Builder& b, const BoundArgs& args, const ApiEntry&) {
  Operand x = input(b, args);
  Operand w = asTensor(b, Framework::Torch, args.get("weight"), "weight");
  ir::TensorType xt = build::typeOf(b, x, "F.conv2d"), wt = build::typeOf(b, w, "F.conv2d");
  bool unbatched = xt.rank() == 3;
  if (unbatched) x = b.apply1(OpKind::Unsqueeze, {x}, {{"axis", int64_t{0}}}), xt = build::typeOf(b, x, "F.conv2d");
  if (xt.rank() != 4 || wt.rank() != 4)
    throw LoweringError{"RuntimeError", "Expected 3D (unbatched) or 4D (batched) input to conv2d, but got input of size: " +
                                            ir::typeText(xt), ""};
  if (xt.dtype != wt.dtype)
    throw LoweringError{"RuntimeError", "Input type and weight type should be the same", ""};
  if (args.get("padding").kind == Arg::Kind::Str) throwUnsupported("unsupported-argument", "string padding in conv2d");
  auto [sh, sw] = readPair(args.get("stride"), "stride");
  auto [ph, pw] = readPair(args.get("padding"), "padding");
  auto [dh, dw] = readPair(args.get("dilation"), "dilation");
  int64_t groups = readInt(args.get("groups"), "groups");
  int64_t N = xt.shape[0], C = xt.shape[1], O = wt.shape[0], Cg = wt.shape[1], kh = wt.shape[2], kw = wt.shape[3];
  if (groups <= 0 || C != Cg * groups || O % groups)
    throw LoweringError{"RuntimeError", "Given groups=" + std::to_string(groups) + ", weight of size " + ir::typeText(wt) +
                                            ", expected input" + ir::typeText(xt) + " to have " + std::to_string(Cg * groups) +
                                            " channels", ""};
  if (ph || pw) {
    std::vector<Operand> parts;
    Operand padded = x;
    for (auto [axis, p] : {std::pair<int64_t, int64_t>{2, ph}, {3, pw}}) {
      if (!p) continue;
      auto cur = build::typeOf(b, padded, "F.conv2d");
      std::vector<int64_t> shape = cur.shape;
      shape[static_cast<size_t>(axis)] = p;
      Operand z = build::full(b, shape, 0.0, xt.dtype);
      padded = build::concat(b, {z, padded, z}, axis);
    }
    x = padded;
    xt = build::typeOf(b, x, "F.conv2d");
  }
  int64_t H = xt.shape[2], W = xt.shape[3];
  int64_t Ho = (H - dh * (kh - 1) - 1) / sh + 1, Wo = (W - dw * (kw - 1) - 1) / sw + 1;
  if (Ho <= 0 || Wo <= 0) throw LoweringError{"RuntimeError", "Calculated output size is too small", ""};
  std::vector<Operand> taps;
  for (int64_t u = 0; u < kh; ++u)
    for (int64_t v = 0; v < kw; ++v) {
      Operand rows = build::slice(b, x, 2, u * dh, u * dh + (Ho - 1) * sh + 1, sh);
      taps.push_back(build::slice(b, rows, 3, v * dw, v * dw + (Wo - 1) * sw + 1, sw));
    }
  int64_t K = kh * kw, G = groups, Og = O / groups;
  Operand patches = taps.size() == 1 ? b.apply1(OpKind::Unsqueeze, {taps[0]}, {{"axis", int64_t{2}}})
                                     : b.apply1(OpKind::Stack, taps, {{"axis", int64_t{2}}});  // N, C, K, Ho, Wo
  patches = build::reshape(b, patches, {N, G, 1, Cg, K, Ho, Wo});
  Operand weights = build::reshape(b, w, {1, G, Og, Cg, K, 1, 1});
  Operand out = b.apply1(OpKind::Sum, {b.apply1(OpKind::Mul, {patches, weights})},
                         {{"axes", std::vector<int64_t>{3, 4}}, {"keepdims", false}});
  out = build::reshape(b, out, {N, O, Ho, Wo});
  const Arg& bias = args.get("bias");
  if (bias.isTensor()) out = b.apply1(OpKind::Add, {out, build::reshape(b, castTo(b, bias.operand, xt.dtype), {1, O, 1, 1})});
  if (unbatched) out = b.apply1(OpKind::Squeeze, {out}, {{"axes", std::vector<int64_t>{0}}});
  return Lowered::one(out);
}

// ---- F.interpolate ---------------------------------------------------------------------------------------

// One output position of a separable resampling: input indices and their weights, summed in order.
struct Taps {
  std::vector<std::vector<int64_t>> index;  // [output][tap]
  std::vector<std::vector<double>> weight;  // [output][tap]
};

// out = sum_j take(x, index[:, j], axis) * weight[:, j], accumulated tap by tap as ATen does.
Operand resample(Builder& b, Operand x, int64_t axis, const Taps& taps, DType dtype, bool weighted) {
  ir::TensorType t = build::typeOf(b, x, "F.interpolate");
  int64_t out = static_cast<int64_t>(taps.index.size());
  size_t width = 0;
  for (const auto& row : taps.index) width = std::max(width, row.size());
  std::vector<int64_t> wshape(static_cast<size_t>(t.rank()), 1);
  wshape[static_cast<size_t>(axis)] = out;
  Operand acc = -1;
  for (size_t j = 0; j < width; ++j) {
    std::vector<int64_t> idx;
    std::vector<double> w;
    for (int64_t i = 0; i < out; ++i) {
      const auto& row = taps.index[static_cast<size_t>(i)];
      idx.push_back(j < row.size() ? row[j] : row.back());
      w.push_back(j < row.size() ? taps.weight[static_cast<size_t>(i)][j] : 0.0);
    }
    Operand term = build::take(b, x, build::constantInts(b, idx, {out}), axis);
    if (weighted) term = b.apply1(OpKind::Mul, {term, build::constant(b, w, wshape, dtype)});
    acc = acc < 0 ? term : b.apply1(OpKind::Add, {acc, term});
  }
  return acc;
}

// ATen's weights in the tensor's precision T (float for float32 images): the scale in T, the source
// index in double (ATen's CPU accumulate type), the weights rounded to T. Checked against torch's
// own weights (interpolating an identity matrix): bilinear exact; bicubic within an ulp (ATen's
// coefficient arithmetic may be contracted into fused multiply-adds).
template <class T>
double sourceIndex(T scale, int64_t i, bool alignCorners) {
  return alignCorners ? static_cast<double>(scale) * static_cast<double>(i)
                      : static_cast<double>(scale) * (static_cast<double>(i) + 0.5) - 0.5;
}
template <class T>
T scaleOf(int64_t in, int64_t out, bool alignCorners) {
  if (alignCorners) return out > 1 ? static_cast<T>(in - 1) / static_cast<T>(out - 1) : T(0);
  return static_cast<T>(in) / static_cast<T>(out);
}

template <class T>
Taps linearTaps(int64_t in, int64_t out, bool alignCorners) {
  Taps taps;
  T scale = scaleOf<T>(in, out, alignCorners);
  for (int64_t i = 0; i < out; ++i) {
    if (in == out) {
      taps.index.push_back({i, i});
      taps.weight.push_back({1.0, 0.0});
      continue;
    }
    double real = sourceIndex(scale, i, alignCorners);
    if (real < 0) real = 0;
    int64_t i0 = std::min(static_cast<int64_t>(real), in - 1);
    T lambda = static_cast<T>(std::min(std::max(real - static_cast<double>(i0), 0.0), 1.0));
    int64_t i1 = i0 + (i0 < in - 1 ? 1 : 0);
    taps.index.push_back({i0, i1});
    taps.weight.push_back({static_cast<double>(T(1) - lambda), static_cast<double>(lambda)});
  }
  return taps;
}

template <class T>
Taps cubicTaps(int64_t in, int64_t out, bool alignCorners) {
  Taps taps;
  const T A = static_cast<T>(-0.75);
  auto conv1 = [&](T x) -> T { return ((A + 2) * x - (A + 3)) * x * x + 1; };
  auto conv2 = [&](T x) -> T { return ((A * x - 5 * A) * x + 8 * A) * x - 4 * A; };
  T scale = scaleOf<T>(in, out, alignCorners);
  for (int64_t i = 0; i < out; ++i) {
    T real = static_cast<T>(sourceIndex(scale, i, alignCorners));
    int64_t i0 = static_cast<int64_t>(std::floor(real));
    T t = real - static_cast<T>(i0);
    T x2 = static_cast<T>(1.0 - static_cast<double>(t));
    std::vector<double> w = {static_cast<double>(conv2(static_cast<T>(static_cast<double>(t) + 1.0))), static_cast<double>(conv1(t)),
                             static_cast<double>(conv1(x2)), static_cast<double>(conv2(static_cast<T>(static_cast<double>(x2) + 1.0)))};
    std::vector<int64_t> idx;
    for (int64_t j = 0; j < 4; ++j) idx.push_back(std::clamp<int64_t>(i0 - 1 + j, 0, in - 1));
    taps.index.push_back(idx);
    taps.weight.push_back(w);
  }
  return taps;
}

// Antialiased (Pillow-style) weights, with ATen's mixed float/double arithmetic: a filter of
// support interp/2 * scale when downsampling, normalised per output.
template <class T>
Taps antialiasTaps(int64_t in, int64_t out, bool cubic) {
  Taps taps;
  T scale = static_cast<T>(in) / static_cast<T>(out);
  int64_t interp = cubic ? 4 : 2;
  T support = static_cast<T>(scale >= 1.0 ? (static_cast<double>(interp) * 0.5) * scale : static_cast<double>(interp) * 0.5);
  T invscale = static_cast<T>(scale >= 1.0 ? 1.0 / scale : 1.0);
  auto filter = [&](T x) -> T {
    double v = x;
    if (v < 0.0) v = -v;
    if (!cubic) return static_cast<T>(v < 1.0 ? 1.0 - v : 0.0);
    const double a = -0.5;
    if (v < 1.0) return static_cast<T>(((a + 2.0) * v - (a + 3.0)) * v * v + 1);
    if (v < 2.0) return static_cast<T>((((v - 5) * v + 8) * v - 4) * a);
    return T(0);
  };
  for (int64_t i = 0; i < out; ++i) {
    T center = static_cast<T>(scale * (static_cast<double>(i) + 0.5));
    int64_t xmin = std::max(static_cast<int64_t>(static_cast<double>(static_cast<T>(center - support)) + 0.5), int64_t{0});
    int64_t xsize = std::min(static_cast<int64_t>(static_cast<double>(static_cast<T>(center + support)) + 0.5), in) - xmin;
    std::vector<T> w;
    T total = 0;
    for (int64_t j = 0; j < xsize; ++j) {
      T v = filter(static_cast<T>((static_cast<double>(static_cast<T>(j + xmin) - center) + 0.5) * invscale));
      w.push_back(v);
      total += v;
    }
    std::vector<int64_t> idx;
    std::vector<double> wd;
    for (int64_t j = 0; j < xsize; ++j) {
      idx.push_back(xmin + j);
      wd.push_back(static_cast<double>(total != T(0) ? w[static_cast<size_t>(j)] / total : w[static_cast<size_t>(j)]));
    }
    taps.index.push_back(idx);
    taps.weight.push_back(wd);
  }
  return taps;
}

Taps nearestTaps(int64_t in, int64_t out) {
  Taps taps;
  float scale = static_cast<float>(in) / static_cast<float>(out);
  for (int64_t i = 0; i < out; ++i) {
    taps.index.push_back({std::min(static_cast<int64_t>(std::floor(static_cast<float>(i) * scale)), in - 1)});
    taps.weight.push_back({1.0});
  }
  return taps;
}

Lowered lowerInterpolate(Builder& b, const BoundArgs& args, const ApiEntry&) {
  Operand x = input(b, args);
  ir::TensorType t = build::typeOf(b, x, "F.interpolate");
  std::string mode = args.get("mode").isNone() ? "nearest" : args.get("mode").text;
  int spatial = t.rank() - 2;
  if (spatial < 1 || spatial > 3) throwValueError("F.interpolate expects a 3-D, 4-D or 5-D input");
  if (!args.get("scale_factor").isNone() || args.get("size").isNone())
    throwUnsupported("unsupported-argument", "F.interpolate with scale_factor (give size)");
  std::vector<int64_t> size = readInts(args.get("size"), "size");
  if (size.size() == 1) size.assign(static_cast<size_t>(spatial), size[0]);
  if (static_cast<int>(size.size()) != spatial) throwValueError("size shape must match input shape");
  bool align = readBool(args.get("align_corners"), "align_corners");
  bool antialias = readBool(args.get("antialias"), "antialias");
  bool linear = mode == "bilinear" || mode == "linear" || mode == "trilinear", cubic = mode == "bicubic";
  if (!args.get("align_corners").isNone() && !linear && !cubic)
    throwValueError("align_corners option can only be set with the interpolating modes: linear | bilinear | bicubic | trilinear");
  if (mode != "nearest" && !linear && !cubic) throwUnsupported("unsupported-argument", "F.interpolate mode '" + mode + "'");
  if (antialias && !(mode == "bilinear" || mode == "bicubic"))
    throwUnsupported("unsupported-argument", "antialias with mode '" + mode + "'");
  if ((linear || cubic) && !ir::isFloating(t.dtype))
    throw LoweringError{"RuntimeError", "\"upsample_" + mode + "2d_out_frame\" not implemented for '" +
                                            std::string(ir::dtypeLongName(t.dtype)) + "'", ""};
  bool dbl = t.dtype == DType::Float64;
  // Separable: the last axis first, then the ones before it (ATen's order for antialiasing; for
  // the plain modes it gives the same sums, tap by tap).
  for (int k = spatial - 1; k >= 0; --k) {
    int64_t axis = 2 + k, in = t.shape[static_cast<size_t>(axis)], out = size[static_cast<size_t>(k)];
    if (in == out && !antialias && mode == "nearest") continue;
    Taps taps = mode == "nearest" ? nearestTaps(in, out)
                : antialias       ? (dbl ? antialiasTaps<double>(in, out, cubic) : antialiasTaps<float>(in, out, cubic))
                : cubic           ? (dbl ? cubicTaps<double>(in, out, align) : cubicTaps<float>(in, out, align))
                                  : (dbl ? linearTaps<double>(in, out, align) : linearTaps<float>(in, out, align));
    x = resample(b, x, axis, taps, t.dtype, mode != "nearest");
  }
  return Lowered::one(x);
}

// ---- F.grid_sample -----------------------------------------------------------------------------------------

// ATen's CPU grid sampler (zeros padding): source coordinates (g + 1) * size/2 - 0.5 without
// align_corners, (g + 1) / 2 * (size - 1) with it; bilinear weights from the distances to the four
// neighbours; out-of-bounds neighbours read as zero.
Lowered lowerGridSample(Builder& b, const BoundArgs& args, const ApiEntry&) {
  Operand x = input(b, args);
  Operand grid = asTensor(b, Framework::Torch, args.get("grid"), "grid");
  ir::TensorType xt = build::typeOf(b, x, "F.grid_sample"), gt = build::typeOf(b, grid, "F.grid_sample");
  std::string mode = args.get("mode").isNone() ? "bilinear" : args.get("mode").text;
  std::string padding = args.get("padding_mode").isNone() ? "zeros" : args.get("padding_mode").text;
  bool align = readBool(args.get("align_corners"), "align_corners");
  if (xt.rank() != 4 || gt.rank() != 4 || gt.shape[3] != 2)
    throwUnsupported("unsupported-argument", "F.grid_sample on other than 4-D inputs with an (N, H, W, 2) grid");
  if (xt.shape[0] != gt.shape[0])
    throw LoweringError{"RuntimeError", "grid_sampler(): expected grid and input to have same batch size", ""};
  if (xt.dtype != gt.dtype)
    throw LoweringError{"RuntimeError", "grid_sampler(): expected input and grid to have same dtype", ""};
  if (padding != "zeros") throwUnsupported("unsupported-argument", "F.grid_sample padding_mode '" + padding + "'");
  if (mode != "bilinear" && mode != "nearest") throwUnsupported("unsupported-argument", "F.grid_sample mode '" + mode + "'");
  DType d = xt.dtype;
  int64_t N = xt.shape[0], C = xt.shape[1], H = xt.shape[2], W = xt.shape[3], Ho = gt.shape[1], Wo = gt.shape[2];
  auto coordinate = [&](int64_t component, int64_t size) {
    Operand g = b.apply1(OpKind::Squeeze, {build::slice(b, grid, 3, component, component + 1)}, {{"axes", std::vector<int64_t>{3}}});
    Operand plus1 = b.apply1(OpKind::Add, {g, build::scalar(b, 1.0, d)});
    if (align)
      return b.apply1(OpKind::Mul, {b.apply1(OpKind::Div, {plus1, build::scalar(b, 2.0, d)}), build::scalar(b, static_cast<double>(size - 1), d)});
    double half = d == DType::Float64 ? static_cast<double>(size) / 2 : static_cast<double>(static_cast<float>(size) / 2);
    return b.apply1(OpKind::Sub, {b.apply1(OpKind::Mul, {plus1, build::scalar(b, half, d)}), build::scalar(b, 0.5, d)});
  };
  Operand ix = coordinate(0, W), iy = coordinate(1, H);
  // Channels last, images stacked: row n*H*W + y*W + x of an (N*H*W, C) table.
  Operand table = build::reshape(b, b.apply1(OpKind::Transpose, {x}, {{"perm", std::vector<int64_t>{0, 2, 3, 1}}}), {N * H * W, C});
  std::vector<int64_t> batchBase;
  for (int64_t n = 0; n < N; ++n) batchBase.push_back(n * H * W);
  Operand base = build::constantInts(b, batchBase, {N, 1, 1});
  auto gather = [&](Operand fx, Operand fy) {
    // In bounds: -1 < x < W and -1 < y < H on the float coordinates (x, y are whole numbers here).
    auto cmp = [&](OpKind op, Operand v, double bound) { return b.apply1(op, {v, build::scalar(b, bound, d)}); };
    Operand inside = b.apply1(OpKind::LogicalAnd, {b.apply1(OpKind::LogicalAnd, {cmp(OpKind::Gt, fx, -1), cmp(OpKind::Lt, fx, static_cast<double>(W))}),
                                                   b.apply1(OpKind::LogicalAnd, {cmp(OpKind::Gt, fy, -1), cmp(OpKind::Lt, fy, static_cast<double>(H))})});
    auto index = [&](Operand f, int64_t size) {
      Operand i = castTo(b, f, DType::Int64);
      i = b.apply1(OpKind::Maximum, {i, build::scalar(b, 0, DType::Int64)});
      return b.apply1(OpKind::Minimum, {i, build::scalar(b, static_cast<double>(size - 1), DType::Int64)});
    };
    Operand row = b.apply1(OpKind::Add, {b.apply1(OpKind::Add, {base, b.apply1(OpKind::Mul, {index(fy, H), build::scalar(b, static_cast<double>(W), DType::Int64)})}),
                                         index(fx, W)});
    Operand values = b.apply1(OpKind::Transpose, {build::take(b, table, row, 0)}, {{"perm", std::vector<int64_t>{0, 3, 1, 2}}});
    Operand mask = build::reshape(b, inside, {N, 1, Ho, Wo});
    return b.apply1(OpKind::Where, {mask, values, build::scalar(b, 0.0, d)});
  };
  auto channelAxis = [&](Operand w) { return build::reshape(b, w, {N, 1, Ho, Wo}); };
  if (mode == "nearest") return Lowered::one(gather(b.apply1(OpKind::Round, {ix}), b.apply1(OpKind::Round, {iy})));
  Operand xw = b.apply1(OpKind::Floor, {ix}), yn = b.apply1(OpKind::Floor, {iy});
  Operand one = build::scalar(b, 1.0, d);
  Operand w = b.apply1(OpKind::Sub, {ix, xw}), e = b.apply1(OpKind::Sub, {one, w});
  Operand n = b.apply1(OpKind::Sub, {iy, yn}), s = b.apply1(OpKind::Sub, {one, n});
  Operand xe = b.apply1(OpKind::Add, {xw, one}), ys = b.apply1(OpKind::Add, {yn, one});
  Operand nw = channelAxis(b.apply1(OpKind::Mul, {s, e})), ne = channelAxis(b.apply1(OpKind::Mul, {s, w}));
  Operand sw = channelAxis(b.apply1(OpKind::Mul, {n, e})), se = channelAxis(b.apply1(OpKind::Mul, {n, w}));
  Operand out = b.apply1(OpKind::Mul, {gather(xw, yn), nw});
  out = b.apply1(OpKind::Add, {out, b.apply1(OpKind::Mul, {gather(xe, yn), ne})});
  out = b.apply1(OpKind::Add, {out, b.apply1(OpKind::Mul, {gather(xw, ys), sw})});
  out = b.apply1(OpKind::Add, {out, b.apply1(OpKind::Mul, {gather(xe, ys), se})});
  (void)C;
  return Lowered::one(out);
}

}  // namespace

void registerTorchImageOps(ApiTable& table) {
  using enum ir::OpKind;
  table.add(Framework::Torch, "torch.nn.functional",
            {
                {"pad", "input, pad, mode='constant', value=None", lowerPad, Concat, {},
                 "decomposed: constant/reflect/replicate/circular from slices and concatenation"},
                {"conv2d", "input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1", lowerConv2d, Sum, {},
                 "decomposed: kernel taps as strided slices, multiplied and summed"},
                {"interpolate",
                 "input, size=None, scale_factor=None, mode='nearest', align_corners=None, recompute_scale_factor=None, "
                 "antialias=False",
                 lowerInterpolate, Take, {}, "decomposed: constant indices and ATen's weights, separable"},
                {"grid_sample", "input, grid, mode='bilinear', padding_mode='zeros', align_corners=None", lowerGridSample,
                 Take, {}, "decomposed: ATen's source coordinates and bilinear weights, zeros padding"},
            });
}

}  // namespace pt::frontends
