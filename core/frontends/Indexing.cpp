// Python subscripts on tensors: x[index] and x[index] = value, with numpy's and torch's rules for
// ints, slices, Ellipsis, None, index arrays (several adjacent ones broadcast together) and boolean
// masks. Reading by mask has a data-dependent shape: where the builder knows the mask's values
// (the interpreter, which records that as a guard), the positions become constant indices.
// Assignment is functional: it returns the updated tensor (the interpreter writes it back into
// the Python object and, for views, into their base).
#include <algorithm>
#include <numeric>

#include "frontends/Lowerings.h"
#include "frontends/TensorBuild.h"
#include "ir/TypeRules.h"

namespace pt::frontends {

using ir::DType;
using ir::Framework;
using ir::OpKind;

Arg sliceArg(const Arg& start, const Arg& stop, const Arg& step) {
  Arg a = Arg::sequence({start, stop, step}, true);
  a.text = "slice";
  return a;
}
bool isSliceArg(const Arg& a) { return a.kind == Arg::Kind::Sequence && a.text == "slice"; }
bool isEllipsisArg(const Arg& a) { return a.kind == Arg::Kind::Opaque && a.text == "..."; }

namespace {

[[noreturn]] void indexError(const std::string& message) { throw LoweringError{"IndexError", message, ""}; }

// One entry per input axis after Ellipsis expansion, and the new axes (None) between them.
struct AxisIndex {
  enum class Kind { Full, Int, Slice, Array } kind = Kind::Full;
  int64_t start = 0, stop = 0, step = 1;  // Int: start; Slice: normalised bounds (step may be < 0 for numpy)
  Arg array;                              // Array: a tensor or nested ints (bool masks are split per axis)
  int newAxesBefore = 0;                  // None items right before this axis
};

struct ParsedIndex {
  std::vector<AxisIndex> axes;  // one per input axis
  int trailingNewAxes = 0;      // None items after the last indexed axis
};

bool isBoolTensor(Builder& b, const Arg& a) {
  if (!a.isTensor()) return false;
  auto t = b.typeOf(a.operand);
  return t && t->dtype == DType::Bool;
}

// Splits a boolean mask into one int64 index array per axis it covers (numpy's nonzero), from the
// mask's values: known to the interpreter (a guard), not to source-to-source.
std::vector<Arg> maskIndices(Builder& b, Operand mask, std::vector<int64_t>& count) {
  auto t = build::typeOf(b, mask, "boolean mask indexing");
  auto values = b.valuesOf(mask);
  if (!values)
    throwUnsupported("data-dependent-shape", "indexing with a boolean mask gives a shape that depends on the data; "
                                             "it can only be traced, not translated from source");
  std::vector<std::vector<int64_t>> coords(static_cast<size_t>(t.rank()));
  for (size_t flat = 0; flat < values->size(); ++flat) {
    if ((*values)[flat] == 0) continue;
    size_t rest = flat;
    for (int d = t.rank() - 1; d >= 0; --d) {
      int64_t n = t.shape[static_cast<size_t>(d)];
      coords[static_cast<size_t>(d)].push_back(static_cast<int64_t>(rest % static_cast<size_t>(n)));
      rest /= static_cast<size_t>(n);
    }
  }
  std::vector<Arg> out;
  int64_t n = coords.empty() ? 0 : static_cast<int64_t>(coords[0].size());
  count = {n};
  for (auto& c : coords) out.push_back(Arg::tensor(build::constantInts(b, c, {n})));
  return out;
}

ParsedIndex parseIndex(Builder& b, const ir::TensorType& t, const Arg& index, Framework fw) {
  std::vector<Arg> items = (index.kind == Arg::Kind::Sequence && index.isTuple && !isSliceArg(index))
                               ? index.items
                               : std::vector<Arg>{index};
  // Boolean masks index as many axes as they have dims.
  int consumed = 0;
  bool sawEllipsis = false;
  for (const Arg& it : items) {
    if (isEllipsisArg(it)) {
      if (sawEllipsis) indexError("an index can only have a single ellipsis ('...')");
      sawEllipsis = true;
    } else if (isBoolTensor(b, it)) {
      consumed += b.typeOf(it.operand)->rank();
    } else if (!it.isNone()) {
      ++consumed;
    }
  }
  if (consumed > t.rank()) indexError("too many indices for tensor of dimension " + std::to_string(t.rank()));
  ParsedIndex p;
  p.axes.resize(static_cast<size_t>(t.rank()));
  int64_t axis = 0;
  int pendingNew = 0;
  auto place = [&](AxisIndex a) {
    a.newAxesBefore = pendingNew;
    pendingNew = 0;
    p.axes[static_cast<size_t>(axis++)] = std::move(a);
  };
  for (const Arg& it : items) {
    if (isEllipsisArg(it)) {
      for (int64_t k = 0; k < t.rank() - consumed; ++k) place({});
    } else if (it.isNone()) {
      ++pendingNew;
    } else if (it.kind == Arg::Kind::Int || it.kind == Arg::Kind::Bool) {
      int64_t n = t.shape[static_cast<size_t>(axis)], i = it.kind == Arg::Kind::Bool ? it.boolValue : it.intValue;
      if (i < -n || i >= n)
        indexError("index " + std::to_string(i) + " is out of bounds for dimension " + std::to_string(axis) + " with size " +
                   std::to_string(n));
      AxisIndex a;
      a.kind = AxisIndex::Kind::Int;
      a.start = i < 0 ? i + n : i;
      place(a);
    } else if (isSliceArg(it)) {
      int64_t n = t.shape[static_cast<size_t>(axis)];
      int64_t step = it.items[2].isNone() ? 1 : readInt(it.items[2], "slice step");
      if (step == 0) throwValueError("slice step cannot be zero");
      if (step < 0 && fw == Framework::Torch) throwValueError("step must be greater than zero");
      AxisIndex a;
      a.kind = AxisIndex::Kind::Slice;
      a.step = step;
      auto bound = [&](const Arg& v, int64_t dflt, int64_t lo, int64_t hi) {
        if (v.isNone()) return dflt;
        int64_t i = readInt(v, "slice index");
        if (i < 0) i += n;
        return std::clamp(i, lo, hi);
      };
      if (step > 0) {
        a.start = bound(it.items[0], 0, 0, n);
        a.stop = bound(it.items[1], n, 0, n);
      } else {
        a.start = bound(it.items[0], n - 1, -1, n - 1);
        a.stop = bound(it.items[1], -1, -1, n - 1);
      }
      place(a);
    } else if (isBoolTensor(b, it)) {
      std::vector<int64_t> count;
      for (Arg& idx : maskIndices(b, it.operand, count)) {
        AxisIndex a;
        a.kind = AxisIndex::Kind::Array;
        a.array = idx;
        place(a);
      }
    } else if (it.isTensor() || it.kind == Arg::Kind::Sequence) {
      AxisIndex a;
      a.kind = AxisIndex::Kind::Array;
      a.array = it;
      place(a);
    } else {
      throwTypeError("unsupported index: " + it.describe());
    }
  }
  while (axis < t.rank()) place({});
  p.trailingNewAxes = pendingNew;
  return p;
}

Operand indexArray(Builder& b, const Arg& a) {
  Operand idx = a.isTensor() ? a.operand : b.fromData(a, DType::Int64);
  auto t = build::typeOf(b, idx, "indexing with an index array");
  if (!ir::isInteger(t.dtype)) throw LoweringError{"IndexError", "tensors used as indices must be long, int, byte or bool tensors", ""};
  return castTo(b, idx, DType::Int64);
}

}  // namespace

Lowered lowerGetItem(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = asTensor(b, e.framework, args.values.at(0).second, "self");
  ir::TensorType t = build::typeOf(b, x, "indexing");
  ParsedIndex p = parseIndex(b, t, args.values.at(1).second, e.framework);
  // 1. Slices and ints, as one slice op (negative numpy steps: flip first).
  std::vector<int64_t> sliceAxes, starts, stops, steps, flipAxes, dropAxes;
  for (size_t i = 0; i < p.axes.size(); ++i) {
    const AxisIndex& a = p.axes[i];
    int64_t n = t.shape[i], ax = static_cast<int64_t>(i);
    if (a.kind == AxisIndex::Kind::Int) {
      sliceAxes.push_back(ax), starts.push_back(a.start), stops.push_back(a.start + 1), steps.push_back(1);
      dropAxes.push_back(ax);
    } else if (a.kind == AxisIndex::Kind::Slice) {
      if (a.step > 0 && a.start == 0 && a.stop == n && a.step == 1) continue;
      if (a.step > 0) {
        sliceAxes.push_back(ax), starts.push_back(a.start), stops.push_back(std::max(a.start, a.stop)), steps.push_back(a.step);
      } else {
        // x[a:b:-s] = flip(x)[n-1-a : n-1-b : s].
        flipAxes.push_back(ax);
        sliceAxes.push_back(ax), starts.push_back(n - 1 - a.start), stops.push_back(std::max(n - 1 - a.start, n - 1 - a.stop));
        steps.push_back(-a.step);
      }
    }
  }
  if (!flipAxes.empty()) x = b.apply1(OpKind::Flip, {x}, {{"axes", flipAxes}});
  if (!sliceAxes.empty())
    x = b.apply1(OpKind::Slice, {x}, {{"axes", sliceAxes}, {"starts", starts}, {"stops", stops}, {"steps", steps}});
  // 2. Index arrays: broadcast together; adjacent ones replace their axes by the broadcast shape.
  std::vector<int64_t> arrayAxes;  // input axes
  for (size_t i = 0; i < p.axes.size(); ++i)
    if (p.axes[i].kind == AxisIndex::Kind::Array) arrayAxes.push_back(static_cast<int64_t>(i));
  int64_t arrayRank = 0;
  if (!arrayAxes.empty()) {
    // Int-indexed axes between index arrays make them non-adjacent too (numpy puts them first).
    for (size_t k = 1; k < arrayAxes.size(); ++k)
      if (arrayAxes[k] != arrayAxes[k - 1] + 1)
        throwUnsupported("unsupported-indexing", "index arrays separated by other indices move their axes to the front; "
                                                 "not supported yet");
    // Axis positions in x (ints not yet dropped): the arrays' axes are arrayAxes.
    auto cur = build::typeOf(b, x, "indexing");
    std::vector<Operand> idx;
    for (int64_t ax : arrayAxes) {
      Operand i = indexArray(b, p.axes[static_cast<size_t>(ax)].array);
      int64_t n = cur.shape[static_cast<size_t>(ax)];
      // Out-of-bounds indices raise, as in torch and numpy (a check only: no guard on the values).
      if (auto values = b.peekValues(i))
        for (double v : *values)
          if (v < -n || v >= n)
            indexError("index " + std::to_string(static_cast<int64_t>(v)) + " is out of bounds for dimension " +
                       std::to_string(ax) + " with size " + std::to_string(n));
      // Several arrays combine into one linear index: negative indices wrap first.
      if (arrayAxes.size() > 1) i = b.apply1(OpKind::Remainder, {i, build::scalar(b, static_cast<double>(n), DType::Int64)});
      idx.push_back(i);
    }
    Operand linear = idx[0];
    int64_t merged = cur.shape[static_cast<size_t>(arrayAxes[0])];
    if (idx.size() > 1) {
      // Row-major linear index over the indexed axes.
      for (size_t k = 1; k < idx.size(); ++k) {
        int64_t n = cur.shape[static_cast<size_t>(arrayAxes[k])];
        linear = b.apply1(OpKind::Add, {b.apply1(OpKind::Mul, {linear, build::scalar(b, static_cast<double>(n), DType::Int64)}),
                                        idx[k]});
        merged *= n;
      }
      std::vector<int64_t> shape(cur.shape.begin(), cur.shape.begin() + arrayAxes.front());
      shape.push_back(merged);
      shape.insert(shape.end(), cur.shape.begin() + arrayAxes.back() + 1, cur.shape.end());
      x = build::reshape(b, x, shape);
    }
    x = build::take(b, x, linear, arrayAxes.front());
    arrayRank = build::typeOf(b, linear, "indexing").rank();
    // Axes after the arrays shifted by (arrayRank - number of arrays).
    int64_t shift = arrayRank - static_cast<int64_t>(arrayAxes.size());
    for (int64_t& d : dropAxes)
      if (d > arrayAxes.back()) d += shift;
  }
  if (!dropAxes.empty()) x = b.apply1(OpKind::Squeeze, {x}, {{"axes", dropAxes}});
  // 3. New axes (None), at their output positions.
  int64_t out = 0;
  std::vector<int64_t> newAxes;
  bool arraysPlaced = false;
  for (const AxisIndex& a : p.axes) {
    for (int k = 0; k < a.newAxesBefore; ++k) newAxes.push_back(out++);
    if (a.kind == AxisIndex::Kind::Int) continue;
    if (a.kind == AxisIndex::Kind::Array) {
      if (!arraysPlaced) out += arrayRank;
      arraysPlaced = true;
      continue;
    }
    ++out;
  }
  for (int k = 0; k < p.trailingNewAxes; ++k) newAxes.push_back(out++);
  for (int64_t a : newAxes) x = b.apply1(OpKind::Unsqueeze, {x}, {{"axis", a}});
  return Lowered::one(x);
}

namespace {
// base with base[region] replaced by `value` (already of the region's shape, ints kept as size-1
// dims), rebuilt axis by axis from slices of the base and the value: exact, and every target has
// slice and concatenate.
Operand sliceUpdate(Builder& b, Operand base, Operand value, const std::vector<int64_t>& starts,
                    const std::vector<int64_t>& stops, size_t axis) {
  auto t = build::typeOf(b, base, "assignment into a slice");
  if (axis == starts.size()) return value;
  int64_t n = t.shape[axis], start = starts[axis], stop = stops[axis];
  auto ax = static_cast<int64_t>(axis);
  if (start == 0 && stop == n) return sliceUpdate(b, base, value, starts, stops, axis + 1);
  Operand middle = build::slice(b, base, ax, start, stop);
  Operand updated = sliceUpdate(b, middle, value, starts, stops, axis + 1);
  std::vector<Operand> parts;
  if (start > 0) parts.push_back(build::slice(b, base, ax, 0, start));
  parts.push_back(updated);
  if (stop < n) parts.push_back(build::slice(b, base, ax, stop, n));
  return build::concat(b, parts, ax);
}
}  // namespace

Lowered lowerSetItem(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = asTensor(b, e.framework, args.values.at(0).second, "self");
  ir::TensorType t = build::typeOf(b, x, "assignment into a tensor");
  const Arg& index = args.values.at(1).second;
  const Arg& valueArg = args.values.at(2).second;
  // The value takes the target's dtype (torch and numpy cast on assignment).
  // A Python number becomes a typed 0-d constant: it is reshaped and concatenated below, where a
  // bare literal would take the target's default dtype.
  Operand value = valueArg.isTensor() ? castTo(b, valueArg.operand, t.dtype)
                  : valueArg.isNumber() ? b.scalar(valueArg, t.dtype, false)
                                        : castTo(b, asTensor(b, Framework::Numpy, valueArg, "value"), t.dtype);
  auto vt = build::typeOf(b, value, "assignment into a tensor");
  // x[mask] = v: a mask of x's shape (or of its leading dims).
  if (isBoolTensor(b, index) || (index.kind == Arg::Kind::Sequence && index.isTuple && index.items.size() == 1 &&
                                 isBoolTensor(b, index.items[0]))) {
    Operand mask = index.isTensor() ? index.operand : index.items[0].operand;
    auto mt = build::typeOf(b, mask, "mask assignment");
    if (mt.rank() > t.rank() || !std::equal(mt.shape.begin(), mt.shape.end(), t.shape.begin()))
      indexError("the shape of the mask does not match the shape of the indexed tensor");
    std::vector<int64_t> maskShape = mt.shape;
    maskShape.resize(static_cast<size_t>(t.rank()), 1);
    Operand m = build::reshape(b, mask, maskShape);
    if (vt.numel() == 1) return Lowered::one(b.apply1(OpKind::Where, {m, build::reshape(b, value, {}), x}));
    // x[mask] = v with one row of v per selected position (masked scatter): v's rows are spread to
    // their positions with constant indices from the mask's values.
    std::vector<int64_t> count;
    auto positions = b.valuesOf(mask);
    if (!positions) throwUnsupported("data-dependent-shape", "assignment through a boolean mask with a tensor of values "
                                                             "depends on the mask's data");
    std::vector<int64_t> rank;
    int64_t k = 0;
    for (double v : *positions) rank.push_back(v != 0 ? k++ : 0);
    if (vt.rank() < 1 || vt.shape[0] != k)
      throw LoweringError{"RuntimeError", "shape mismatch: value tensor of shape " + ir::typeText(vt) +
                                              " cannot be broadcast to indexing result of shape [" + std::to_string(k) + "]", ""};
    std::vector<int64_t> flatMask{mt.numel()};
    std::vector<int64_t> rest(t.shape.begin() + mt.rank(), t.shape.end());
    std::vector<int64_t> flatShape = flatMask;
    flatShape.insert(flatShape.end(), rest.begin(), rest.end());
    Operand spread = build::take(b, value, build::constantInts(b, rank, {mt.numel()}), 0);
    Operand flatX = build::reshape(b, x, flatShape);
    std::vector<int64_t> mShape = flatMask;
    mShape.resize(flatShape.size(), 1);
    Operand updated = b.apply1(OpKind::Where, {build::reshape(b, mask, mShape), spread, flatX});
    return Lowered::one(build::reshape(b, updated, t.shape));
  }
  ParsedIndex p = parseIndex(b, t, index, e.framework);
  std::vector<int64_t> starts, stops, region;
  for (size_t i = 0; i < p.axes.size(); ++i) {
    const AxisIndex& a = p.axes[i];
    if (a.newAxesBefore) throwUnsupported("unsupported-indexing", "assignment through an index with None is not supported yet");
    switch (a.kind) {
      case AxisIndex::Kind::Full: starts.push_back(0), stops.push_back(t.shape[i]); break;
      case AxisIndex::Kind::Int: starts.push_back(a.start), stops.push_back(a.start + 1); break;
      case AxisIndex::Kind::Slice:
        if (a.step != 1) throwUnsupported("unsupported-indexing", "assignment into a strided slice is not supported yet");
        starts.push_back(a.start), stops.push_back(std::max(a.start, a.stop));
        break;
      case AxisIndex::Kind::Array:
        throwUnsupported("unsupported-indexing", "assignment through index arrays (scatter) is not supported yet");
    }
    region.push_back(stops.back() - starts.back());
  }
  // The value broadcasts to the indexed result's shape (ints drop their axes), then takes the
  // region's shape with those axes kept.
  std::vector<int64_t> resultShape;
  for (size_t i = 0; i < p.axes.size(); ++i)
    if (p.axes[i].kind != AxisIndex::Kind::Int) resultShape.push_back(region[i]);
  std::vector<int64_t> broadcast;
  if (!ir::broadcastShapes(vt.shape, resultShape, broadcast) || broadcast != resultShape)
    throw LoweringError{"RuntimeError", "shape mismatch: value tensor of shape " + ir::typeText(vt) +
                                            " cannot be broadcast to the indexed region", ""};
  value = build::reshape(b, build::expand(b, value, resultShape), region);
  return Lowered::one(sliceUpdate(b, x, value, starts, stops, 0));
}

}  // namespace pt::frontends
