// Shape and data-movement functions as compositions of IR ops (see Decompositions.h): axes moved
// by transpose, stacks by reshape + concat, splits by slices, tile/repeat by expand + reshape,
// roll by two slices, triangles and diagonals by index comparisons.
#include <algorithm>
#include <numeric>

#include "frontends/Decompositions.h"
#include "frontends/Lowerings.h"
#include "frontends/Promotion.h"
#include "frontends/TensorBuild.h"
#include "ir/TypeRules.h"

namespace pt::frontends {

using ir::DType;
using ir::Framework;
using ir::OpKind;

namespace {

// An axis in [0, rank), with the framework's error for one out of range.
int64_t axisIn(Framework fw, int64_t axis, int rank) {
  int64_t a = axis;
  if (!ir::normalizeAxis(a, rank)) {
    std::string message = "axis " + std::to_string(axis) + " is out of bounds for array of dimension " + std::to_string(rank);
    // numpy's AxisError is an IndexError (and a ValueError).
    throw LoweringError{"IndexError", (fw == Framework::Torch ? "Dimension out of range: " : "") + message, ""};
  }
  return a;
}

Operand transposed(Builder& b, Operand x, const std::vector<int64_t>& perm) {
  std::vector<int64_t> identity(perm.size());
  std::iota(identity.begin(), identity.end(), 0);
  if (perm == identity) return x;
  return b.apply1(OpKind::Transpose, {x}, {{"perm", perm}});
}

// A synthetic argument list for reusing a table lowering (lowerConcat, lowerReduce).
BoundArgs makeArgs(std::vector<std::pair<std::string, Arg>> values) {
  BoundArgs a;
  a.values = std::move(values);
  return a;
}

Operand concatPromoted(Builder& b, const ApiEntry& e, const std::vector<Operand>& xs, int64_t axis) {
  std::vector<Arg> items;
  for (Operand x : xs) items.push_back(Arg::tensor(x));
  ApiEntry concat = e;
  concat.op = OpKind::Concat;
  return lowerConcat(b, makeArgs({{"tensors", Arg::sequence(items, false)}, {"axis", Arg::integer(axis)}}), concat).tensors.at(0);
}

// The arrays of a *args parameter; torch also takes one sequence of tensors.
std::vector<Operand> arrayArgs(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  std::vector<Arg> items = args.varArgs();
  if (items.size() == 1 && items[0].kind == Arg::Kind::Sequence && e.framework == Framework::Torch) items = items[0].items;
  std::vector<Operand> out;
  for (const Arg& a : items) out.push_back(asTensor(b, e.framework, a, "arys"));
  return out;
}

// np.atleast_Nd's shapes: a scalar becomes [1]*n, a vector [1, N] / [1, N, 1], a matrix [M, N, 1].
Operand atLeast(Builder& b, Operand x, int n) {
  ir::TensorType t = build::typeOf(b, x, "atleast_nd");
  std::vector<int64_t> s = t.shape;
  if (t.rank() >= n) return x;
  if (t.rank() == 0) s.assign(static_cast<size_t>(n), 1);
  else if (t.rank() == 1) s = n == 2 ? std::vector<int64_t>{1, s[0]} : std::vector<int64_t>{1, s[0], 1};
  else s.push_back(1);
  return build::reshape(b, x, s);
}

// The sequence of arrays of hstack/vstack/...: a list/tuple argument.
std::vector<Operand> sequenceArg(Builder& b, const ApiEntry& e, const Arg& seq) {
  if (seq.kind != Arg::Kind::Sequence || seq.items.empty()) throwTypeError("expected a non-empty sequence of arrays");
  std::vector<Operand> out;
  for (const Arg& a : seq.items) out.push_back(asTensor(b, e.framework, a, "tup"));
  return out;
}

// [lo, hi) bounds of split pieces along an axis of length n.
using Bounds = std::vector<std::pair<int64_t, int64_t>>;

Bounds boundsFromIndices(const std::vector<int64_t>& indices, int64_t n) {
  Bounds out;
  int64_t lo = 0;
  auto clamp = [&](int64_t i) { return std::clamp(i < 0 ? i + n : i, int64_t{0}, n); };
  for (int64_t i : indices) {
    int64_t hi = clamp(i);
    out.push_back({std::min(lo, n), std::max(std::min(lo, n), hi)});
    lo = hi;
  }
  out.push_back({std::min(lo, n), n});
  return out;
}

Lowered splitPieces(Builder& b, const ApiEntry& e, Operand x, int64_t axis, const Bounds& bounds) {
  std::vector<Operand> pieces;
  for (auto [lo, hi] : bounds) pieces.push_back(build::slice(b, x, axis, lo, hi));
  return Lowered::many(pieces, e.framework != Framework::Torch);
}

std::vector<int64_t> rangeInts(int64_t n) {
  std::vector<int64_t> v(static_cast<size_t>(n));
  std::iota(v.begin(), v.end(), 0);
  return v;
}

// col - row for an n x m grid (int64), the index comparison behind tril/triu/eye/tri/diag.
Operand diagonalOffsets(Builder& b, int64_t n, int64_t m) {
  Operand rows = build::constantInts(b, rangeInts(n), {n, 1});
  Operand cols = build::constantInts(b, rangeInts(m), {1, m});
  return b.apply1(OpKind::Sub, {cols, rows});
}

Operand offsetMask(Builder& b, int64_t n, int64_t m, OpKind compare, int64_t k) {
  return b.apply1(compare, {diagonalOffsets(b, n, m), build::scalar(b, static_cast<double>(k), DType::Int64)});
}

Operand rollAlong(Builder& b, Operand x, int64_t shift, int64_t axis) {
  int64_t n = build::typeOf(b, x, "roll").shape[static_cast<size_t>(axis)];
  if (n == 0) return x;
  int64_t s = ((shift % n) + n) % n;
  if (s == 0) return x;
  return build::concat(b, {build::slice(b, x, axis, n - s, n), build::slice(b, x, axis, 0, n - s)}, axis);
}

// numpy.diagonal's order: the other axes first, the diagonal last.
Operand diagonalOf(Builder& b, Framework fw, Operand x, int64_t offset, int64_t axis1, int64_t axis2) {
  ir::TensorType t = build::typeOf(b, x, "diagonal");
  int64_t a1 = axisIn(fw, axis1, t.rank()), a2 = axisIn(fw, axis2, t.rank());
  if (a1 == a2) throwValueError("axis1 and axis2 cannot be the same");
  std::vector<int64_t> perm, shape;
  for (int64_t i = 0; i < t.rank(); ++i)
    if (i != a1 && i != a2) {
      perm.push_back(i);
      shape.push_back(t.shape[static_cast<size_t>(i)]);
    }
  int64_t n = t.shape[static_cast<size_t>(a1)], m = t.shape[static_cast<size_t>(a2)];
  perm.push_back(a1);
  perm.push_back(a2);
  Operand flat = build::reshape(b, transposed(b, x, perm), [&] { auto s = shape; s.push_back(n * m); return s; }());
  int64_t length = std::max<int64_t>(0, offset >= 0 ? std::min(n, m - offset) : std::min(n + offset, m));
  std::vector<int64_t> idx;
  for (int64_t i = 0; i < length; ++i) idx.push_back(offset >= 0 ? i * m + i + offset : (i - offset) * m + i);
  return build::take(b, flat, build::constantInts(b, idx, {length}), static_cast<int64_t>(shape.size()));
}

}  // namespace

Lowered lowerSwapAxes(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = firstTensor(b, args, e);
  int rank = build::typeOf(b, x, "swapaxes").rank();
  std::vector<int64_t> perm = rangeInts(rank);
  if (rank == 0) return Lowered::one(x);
  int64_t a = axisIn(e.framework, readInt(param(args, 1), "axis1"), rank);
  int64_t c = axisIn(e.framework, readInt(param(args, 2), "axis2"), rank);
  std::swap(perm[static_cast<size_t>(a)], perm[static_cast<size_t>(c)]);
  return Lowered::one(transposed(b, x, perm));
}

// moveaxis(a, source, destination): numpy's order — the other axes in order, each moved axis
// inserted at its destination, in increasing destination order.
Lowered lowerMoveAxis(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = firstTensor(b, args, e);
  int rank = build::typeOf(b, x, "moveaxis").rank();
  std::vector<int64_t> source = readInts(param(args, 1), "source"), destination = readInts(param(args, 2), "destination");
  if (source.size() != destination.size())
    throwValueError("`source` and `destination` arguments must have the same number of elements");
  for (auto& s : source) s = axisIn(e.framework, s, rank);
  for (auto& d : destination) d = axisIn(e.framework, d, rank);
  std::vector<int64_t> order;
  for (int64_t i = 0; i < rank; ++i)
    if (std::find(source.begin(), source.end(), i) == source.end()) order.push_back(i);
  std::vector<std::pair<int64_t, int64_t>> moves;
  for (size_t i = 0; i < source.size(); ++i) moves.push_back({destination[i], source[i]});
  std::sort(moves.begin(), moves.end());
  for (auto [dest, src] : moves) order.insert(order.begin() + std::min<int64_t>(dest, static_cast<int64_t>(order.size())), src);
  return Lowered::one(transposed(b, x, order));
}

Lowered lowerRavel(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  return Lowered::one(b.apply1(OpKind::Reshape, {firstTensor(b, args, e)}, {{"shape", std::vector<int64_t>{-1}}}));
}

Lowered lowerAtLeast(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  int n = static_cast<int>(ir::attrInt(e.attrs, "ndim"));
  std::vector<Operand> xs = arrayArgs(b, args, e);
  if (xs.empty()) return Lowered::many({}, e.framework != Framework::Torch);
  for (auto& x : xs) x = atLeast(b, x, n);
  if (xs.size() == 1) return Lowered::one(xs[0]);
  return Lowered::many(xs, e.framework != Framework::Torch);
}

// hstack (1-D: axis 0, else 1), vstack (atleast_2d, axis 0), dstack (atleast_3d, axis 2),
// column_stack (vectors become columns, axis 1).
Lowered lowerStackAlong(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  std::string mode = ir::attrString(e.attrs, "mode");
  std::vector<Operand> xs = sequenceArg(b, e, param(args, 0));
  int64_t axis = 0;
  if (mode == "h") {
    for (auto& x : xs) x = atLeast(b, x, 1);
    axis = build::typeOf(b, xs[0], "hstack").rank() == 1 ? 0 : 1;
  } else if (mode == "v") {
    for (auto& x : xs) x = atLeast(b, x, 2);
  } else if (mode == "d") {
    for (auto& x : xs) x = atLeast(b, x, 3);
    axis = 2;
  } else {
    for (auto& x : xs) {
      ir::TensorType t = build::typeOf(b, x, "column_stack");
      if (t.rank() < 2) x = build::reshape(b, x, {t.rank() == 0 ? 1 : t.shape[0], 1});
    }
    axis = 1;
  }
  return Lowered::one(concatPromoted(b, e, xs, axis));
}

// modes: "np" (np.split: N equal parts or indices), "tf" (tf.split: N equal parts or sizes), "array" (np.array_split / torch.tensor_split:
// the first L % N parts one longer), "torch" (torch.split: chunk size or sizes), "chunk"
// (torch.chunk: ceil(L/N) per piece). attrs axis (optional) fixes the axis: hsplit/vsplit/dsplit.
Lowered lowerSplit(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  std::string mode = ir::attrString(e.attrs, "mode");
  Operand x = firstTensor(b, args, e);
  ir::TensorType t = build::typeOf(b, x, "split");
  int64_t axis = 0;
  if (e.attrs.count("axis")) {
    axis = ir::attrInt(e.attrs, "axis");
    if (t.rank() == 0 || (axis == 2 && t.rank() < 3) || (axis == 0 && mode == "np" && t.rank() < 2 && e.attrs.count("rows")))
      throwValueError("the array has too few dimensions for this split");
    if (axis == 1 && t.rank() == 1) axis = 0;  // hsplit of a vector splits it along its only axis
  } else {
    axis = readInt(argByNames(args, {"dim", "axis"}), "axis");
  }
  axis = axisIn(e.framework, axis, t.rank());
  int64_t n = t.shape[static_cast<size_t>(axis)];
  const Arg& how = param(args, 1);
  if (how.kind == Arg::Kind::Sequence || how.isTensor()) {
    std::vector<int64_t> values;
    if (how.isTensor()) {
      auto v = b.valuesOf(how.operand);
      if (!v) throwUnsupported("data-dependent-shape", "split points given as a tensor must be known here");
      values.assign(v->begin(), v->end());
    } else {
      values = readInts(how, "indices_or_sections");
    }
    if (mode != "torch" && mode != "tf") return splitPieces(b, e, x, axis, boundsFromIndices(values, n));
    Bounds bounds;
    int64_t lo = 0;
    for (int64_t s : values) {
      bounds.push_back({lo, lo + s});
      lo += s;
    }
    if (lo != n)
      throw LoweringError{"RuntimeError", "split_with_sizes expects split_sizes to sum exactly to " + std::to_string(n), ""};
    return splitPieces(b, e, x, axis, bounds);
  }
  int64_t k = readInt(how, "sections");
  if (k <= 0) {
    if (e.framework == Framework::Torch) throw LoweringError{"RuntimeError", "split size/chunks must be positive", ""};
    throwValueError("number sections must be larger than 0.");
  }
  Bounds bounds;
  if (mode == "torch" || mode == "chunk") {
    int64_t size = mode == "torch" ? k : (n + k - 1) / k;
    if (size == 0) size = 1;
    for (int64_t lo = 0; lo < n || (lo == 0 && n == 0); lo += size) bounds.push_back({lo, std::min(n, lo + size)});
    return splitPieces(b, e, x, axis, bounds);
  }
  if ((mode == "np" || mode == "tf") && n % k != 0) throwValueError("array split does not result in an equal division");
  int64_t each = n / k, extra = n % k, lo = 0;
  for (int64_t i = 0; i < k; ++i) {
    int64_t size = each + (i < extra ? 1 : 0);
    bounds.push_back({lo, lo + size});
    lo += size;
  }
  return splitPieces(b, e, x, axis, bounds);
}

// np.tile / torch.tile / Tensor.repeat: reps padded to the rank (or the array to the reps), each
// dim expanded in an interleaved (rep, size) pair and merged.
Lowered lowerTile(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = firstTensor(b, args, e);
  ir::TensorType t = build::typeOf(b, x, "tile");
  std::vector<int64_t> reps;
  for (const Arg& a : args.varArgs()) {
    auto more = readInts(a, "repeats");
    reps.insert(reps.end(), more.begin(), more.end());
  }
  if (args.varArgs().empty()) reps = readInts(param(args, 1), "reps");
  if (e.attrs.count("strict") && static_cast<int>(reps.size()) < t.rank())
    throw LoweringError{"RuntimeError", "Number of dimensions of repeat dims can not be smaller than number of dimensions of tensor", ""};
  size_t n = std::max(reps.size(), static_cast<size_t>(t.rank()));
  reps.insert(reps.begin(), n - reps.size(), 1);
  std::vector<int64_t> shape = t.shape;
  shape.insert(shape.begin(), n - shape.size(), 1);
  std::vector<int64_t> pairs, expanded, merged;
  for (size_t i = 0; i < n; ++i) {
    pairs.insert(pairs.end(), {1, shape[i]});
    expanded.insert(expanded.end(), {reps[i], shape[i]});
    merged.push_back(reps[i] * shape[i]);
  }
  Operand r = build::expand(b, build::reshape(b, x, pairs), expanded);
  return Lowered::one(build::reshape(b, r, merged));
}

// np.repeat / torch.repeat_interleave: an int repeats each element (expand of a new axis, merged);
// per-element counts gather the indices they name. No axis: the flattened array.
Lowered lowerRepeat(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = firstTensor(b, args, e);
  const Arg& axisArg = argByNames(args, {"dim", "axis"});
  int64_t axis = 0;
  if (axisArg.isNone()) x = b.apply1(OpKind::Reshape, {x}, {{"shape", std::vector<int64_t>{-1}}});
  ir::TensorType t = build::typeOf(b, x, "repeat");
  if (!axisArg.isNone()) axis = axisIn(e.framework, readInt(axisArg, "axis"), t.rank());
  if (t.rank() == 0) {
    x = build::reshape(b, x, {1});
    t = build::typeOf(b, x, "repeat");
  }
  int64_t n = t.shape[static_cast<size_t>(axis)];
  const Arg& rep = param(args, 1);
  std::vector<int64_t> counts;
  if (rep.isTensor()) {
    auto v = b.valuesOf(rep.operand);
    if (!v) throwUnsupported("data-dependent-shape", "repeat counts given as a tensor must be known here");
    counts.assign(v->begin(), v->end());
  } else if (rep.kind == Arg::Kind::Sequence) {
    counts = readInts(rep, "repeats");
  } else {
    int64_t r = readInt(rep, "repeats");
    if (r < 0) throwValueError("negative dimensions are not allowed");
    std::vector<int64_t> with = t.shape, expanded = t.shape, merged = t.shape;
    with.insert(with.begin() + axis + 1, 1);
    expanded.insert(expanded.begin() + axis + 1, r);
    merged[static_cast<size_t>(axis)] = n * r;
    return Lowered::one(build::reshape(b, build::expand(b, build::reshape(b, x, with), expanded), merged));
  }
  if (counts.size() == 1) counts.assign(static_cast<size_t>(n), counts[0]);
  if (static_cast<int64_t>(counts.size()) != n) throwValueError("repeats must have the same length as the axis it repeats");
  std::vector<int64_t> idx;
  for (int64_t i = 0; i < n; ++i) idx.insert(idx.end(), static_cast<size_t>(std::max<int64_t>(0, counts[static_cast<size_t>(i)])), i);
  return Lowered::one(build::take(b, x, build::constantInts(b, idx, {static_cast<int64_t>(idx.size())}), axis));
}

Lowered lowerRoll(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = firstTensor(b, args, e);
  ir::TensorType t = build::typeOf(b, x, "roll");
  std::vector<int64_t> shifts = readInts(param(args, 1), "shift");
  const Arg& axisArg = argByNames(args, {"dims", "axis"});
  if (axisArg.isNone() || (axisArg.kind == Arg::Kind::Sequence && axisArg.items.empty())) {
    if (shifts.size() != 1) throwUnsupported("unsupported-argument", "roll without an axis takes one shift");
    Operand flat = b.apply1(OpKind::Reshape, {x}, {{"shape", std::vector<int64_t>{-1}}});
    return Lowered::one(build::reshape(b, rollAlong(b, flat, shifts[0], 0), t.shape));
  }
  std::vector<int64_t> axes = readInts(axisArg, "axis");
  if (shifts.size() == 1 && axes.size() > 1 && e.framework != Framework::Torch) shifts.assign(axes.size(), shifts[0]);
  if (shifts.size() != axes.size()) {
    if (e.framework == Framework::Torch)
      throw LoweringError{"RuntimeError", "shifts and dimensions must align. shifts: " + std::to_string(shifts.size()) +
                                              ", dims:" + std::to_string(axes.size()), ""};
    throwValueError("'shift' and 'axis' should be scalars or 1D sequences");
  }
  for (size_t i = 0; i < axes.size(); ++i) x = rollAlong(b, x, shifts[i], axisIn(e.framework, axes[i], t.rank()));
  return Lowered::one(x);
}

// diff: a[1:] - a[:-1] along the axis, n times (not-equal for bools, as numpy and torch do);
// prepend/append are concatenated first (a scalar broadcast to one slice).
Lowered lowerDiff(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = firstTensor(b, args, e);
  ir::TensorType t = build::typeOf(b, x, "diff");
  int64_t times = readInt(param(args, 1), "n");
  if (times < 0) throwValueError("order must be non-negative but got " + std::to_string(times));
  if (t.rank() == 0) throwValueError("diff requires input that is at least one dimensional");
  int64_t axis = axisIn(e.framework, readInt(argByNames(args, {"dim", "axis"}), "axis"), t.rank());
  auto edge = [&](const char* name) -> std::optional<Operand> {
    const Arg& a = args.get(name);
    if (a.isNone()) return std::nullopt;
    Operand p = asTensor(b, e.framework, a, name);
    if (build::typeOf(b, p, "diff").rank() == 0) {
      std::vector<int64_t> s = t.shape;
      s[static_cast<size_t>(axis)] = 1;
      p = build::expand(b, build::reshape(b, p, std::vector<int64_t>(s.size(), 1)), s);
    }
    return p;
  };
  auto before = edge("prepend"), after = edge("append");
  if (before || after) {
    std::vector<Operand> parts;
    if (before) parts.push_back(*before);
    parts.push_back(x);
    if (after) parts.push_back(*after);
    x = concatPromoted(b, e, parts, axis);
  }
  for (int64_t i = 0; i < times; ++i) {
    ir::TensorType cur = build::typeOf(b, x, "diff");
    int64_t n = cur.shape[static_cast<size_t>(axis)];
    Operand hi = build::slice(b, x, axis, std::min<int64_t>(1, n), n), lo = build::slice(b, x, axis, 0, std::max<int64_t>(0, n - 1));
    x = b.apply1(cur.dtype == DType::Bool ? OpKind::Ne : OpKind::Sub, {hi, lo});
  }
  return Lowered::one(x);
}

Lowered lowerFlipAxis(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = firstTensor(b, args, e);
  int64_t axis = ir::attrInt(e.attrs, "axis");
  if (build::typeOf(b, x, "flip").rank() <= axis) {
    std::string message = "Input must be >= " + std::to_string(axis + 1) + "-d.";
    if (e.framework == Framework::Torch) throw LoweringError{"RuntimeError", message, ""};
    throwValueError(message);
  }
  return Lowered::one(b.apply1(OpKind::Flip, {x}, {{"axes", std::vector<int64_t>{axis}}}));
}

// rot90 as numpy writes it: k=1 transposes the flipped second axis, k=3 flips the transposed one.
Lowered lowerRot90(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = firstTensor(b, args, e);
  int rank = build::typeOf(b, x, "rot90").rank();
  int64_t k = ((readInt(param(args, 1), "k") % 4) + 4) % 4;
  const Arg& axesArg = argByNames(args, {"axes", "dims"});
  std::vector<int64_t> axes = axesArg.isNone() ? std::vector<int64_t>{0, 1} : readInts(axesArg, "axes");
  if (axes.size() != 2) throwValueError("len(axes) must be 2.");
  int64_t a0 = axisIn(e.framework, axes[0], rank), a1 = axisIn(e.framework, axes[1], rank);
  if (a0 == a1) throwValueError("Axes must be different.");
  if (k == 0) return Lowered::one(x);
  if (k == 2) return Lowered::one(b.apply1(OpKind::Flip, {x}, {{"axes", std::vector<int64_t>{a0, a1}}}));
  std::vector<int64_t> perm = rangeInts(rank);
  std::swap(perm[static_cast<size_t>(a0)], perm[static_cast<size_t>(a1)]);
  ir::Attrs flip{{"axes", std::vector<int64_t>{a1}}};
  if (k == 1) return Lowered::one(transposed(b, b.apply1(OpKind::Flip, {x}, flip), perm));
  return Lowered::one(b.apply1(OpKind::Flip, {transposed(b, x, perm)}, flip));
}

// tril/triu: where(col - row <= k, x, 0) / where(col - row >= k, x, 0) over the last two dims.
Lowered lowerTriangle(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = firstTensor(b, args, e);
  ir::TensorType t = build::typeOf(b, x, "tril");
  if (t.rank() < 2 && (e.framework == Framework::Torch || t.rank() == 0)) {
    if (e.framework == Framework::Torch) throw LoweringError{"RuntimeError", "tril/triu: input tensor must have at least 2 dimensions", ""};
    throwValueError("tril/triu needs at least one dimension");
  }
  int64_t k = readInt(argByNames(args, {"k", "diagonal"}), "k");
  int64_t m = t.shape.back(), n = t.rank() >= 2 ? t.shape[t.shape.size() - 2] : m;
  bool upper = ir::attrBool(e.attrs, "upper");
  Operand mask = offsetMask(b, n, m, upper ? OpKind::Ge : OpKind::Le, k);
  return Lowered::one(b.apply1(OpKind::Where, {mask, x, build::scalar(b, 0.0, t.dtype)}));
}

// eye/identity (col - row == k) and tri (col - row <= k), cast to the dtype (default float).
Lowered lowerEye(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  int64_t n = readInt(param(args, 0), "N");
  if (!args.get("batch_shape").isNone()) throwUnsupported("unsupported-argument", "eye with batch_shape");
  const Arg& mArg = argByNames(args, {"M", "m", "num_columns", "n_cols"});
  int64_t m = mArg.isNone() ? n : readInt(mArg, "M");
  if (n < 0 || m < 0) {
    if (e.framework == Framework::Torch) throw LoweringError{"RuntimeError", "n must be greater or equal to 0", ""};
    throwValueError("negative dimensions are not allowed");
  }
  int64_t k = args.get("k").isAbsent() ? 0 : readInt(args.get("k"), "k");  // torch.eye has no k
  DType d = readDType(args.get("dtype")).value_or(defaultFloat(e.framework));
  Operand mask = offsetMask(b, n, m, ir::attrBool(e.attrs, "lower") ? OpKind::Le : OpKind::Eq, k);
  return Lowered::one(castTo(b, mask, d));
}

// diag: a vector becomes a matrix with it on the k-th diagonal (row i holds v[i] for k >= 0,
// v[i + k] below); a matrix gives its k-th diagonal.
Lowered lowerDiag(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand v = firstTensor(b, args, e);
  ir::TensorType t = build::typeOf(b, v, "diag");
  int64_t k = readInt(argByNames(args, {"k", "diagonal"}), "k");
  if (t.rank() == 2) return Lowered::one(diagonalOf(b, e.framework, v, k, 0, 1));
  if (t.rank() != 1) {
    if (e.framework == Framework::Torch) throw LoweringError{"RuntimeError", "diag(): Supports 1D or 2D tensors. Got " +
                                                                                 std::to_string(t.rank()) + "D", ""};
    throwValueError("Input must be 1- or 2-d.");
  }
  int64_t pad = k < 0 ? -k : k, n = t.shape[0] + pad;
  if (pad) {
    Operand zeros = build::full(b, {pad}, 0.0, t.dtype);
    v = k > 0 ? build::concat(b, {v, zeros}, 0) : build::concat(b, {zeros, v}, 0);
  }
  Operand mask = offsetMask(b, n, n, OpKind::Eq, k);
  return Lowered::one(b.apply1(OpKind::Where, {mask, build::reshape(b, v, {n, 1}), build::scalar(b, 0.0, t.dtype)}));
}

Lowered lowerDiagonal(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = firstTensor(b, args, e);
  return Lowered::one(diagonalOf(b, e.framework, x, readInt(args.get("offset"), "offset"),
                                 readInt(argByNames(args, {"axis1", "dim1"}), "axis1"),
                                 readInt(argByNames(args, {"axis2", "dim2"}), "axis2")));
}

// trace: the sum of the diagonal, integers widened like sum (§6).
Lowered lowerTrace(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = firstTensor(b, args, e);
  if (e.framework == Framework::Torch && build::typeOf(b, x, "trace").rank() != 2)
    throw LoweringError{"RuntimeError", "trace: expected a matrix", ""};
  // torch.trace(input) has none of numpy's offset/axis1/axis2 parameters.
  auto intOr = [&](const char* name, int64_t fallback) { return args.get(name).isAbsent() ? fallback : readInt(args.get(name), name); };
  Operand d = diagonalOf(b, e.framework, x, intOr("offset", 0), intOr("axis1", 0), intOr("axis2", 1));
  ApiEntry sum = e;
  sum.op = OpKind::Sum;
  return lowerReduce(b, makeArgs({{"a", Arg::tensor(d)}, {"axis", Arg::integer(-1)}, {"dtype", args.get("dtype")}}), sum);
}

}  // namespace pt::frontends
