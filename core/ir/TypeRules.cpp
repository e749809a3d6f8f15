#include "ir/TypeRules.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <set>

namespace pt::ir {

bool broadcastShapes(const std::vector<int64_t>& a, const std::vector<int64_t>& b, std::vector<int64_t>& out) {
  size_t n = std::max(a.size(), b.size());
  out.assign(n, 1);
  for (size_t i = 0; i < n; ++i) {
    int64_t da = i < n - a.size() ? 1 : a[i - (n - a.size())];
    int64_t db = i < n - b.size() ? 1 : b[i - (n - b.size())];
    if (da != db && da != 1 && db != 1) return false;
    out[i] = da == 1 ? db : da;
  }
  return true;
}

bool normalizeAxis(int64_t& axis, int rank) {
  if (axis < -rank || axis >= std::max(rank, 1)) return false;
  if (axis < 0) axis += rank;
  return true;
}

namespace {

using Types = std::vector<TensorType>;
using Result = std::variant<Types, TypeError>;

std::string shapeText(const std::vector<int64_t>& s) {
  TensorType t{DType::Bool, s};
  std::string text = typeText(t);
  return text.substr(text.find('['));
}

TypeError error(std::string message) { return TypeError{std::move(message)}; }

Result requireSameDType(const Types& in) {
  for (const auto& t : in)
    if (t.dtype != in[0].dtype)
      return error("operand dtypes differ (" + std::string(dtypeName(in[0].dtype)) + " vs " +
                   std::string(dtypeName(t.dtype)) + "): the frontend must insert a cast");
  return Types{};
}

Result broadcastAll(const Types& in, DType resultDType) {
  std::vector<int64_t> shape;
  for (const auto& t : in) {
    std::vector<int64_t> next;
    if (!broadcastShapes(shape, t.shape, next))
      return error("shapes " + shapeText(shape) + " and " + shapeText(t.shape) + " do not broadcast");
    shape = std::move(next);
  }
  return Types{{resultDType, shape}};
}

// Reduced shape for `axes` (empty = all) with or without kept dimensions.
Result reduceShape(const TensorType& in, const Attrs& attrs, DType resultDType) {
  std::vector<int64_t> axes = attrInts(attrs, "axes");
  std::set<int64_t> reduced;
  for (int64_t a : axes) {
    if (!normalizeAxis(a, in.rank())) return error("axis " + std::to_string(a) + " out of range");
    reduced.insert(a);
  }
  bool all = axes.empty();
  bool keep = attrBool(attrs, "keepdims");
  std::vector<int64_t> shape;
  for (int i = 0; i < in.rank(); ++i) {
    bool r = all || reduced.count(i);
    if (!r) shape.push_back(in.shape[static_cast<size_t>(i)]);
    else if (keep) shape.push_back(1);
  }
  return Types{{resultDType, shape}};
}

Result rule_Constant(const Types&, const Attrs& a) {
  auto d = attrDType(a, "dtype");
  if (!d) return error("constant needs a dtype");
  return Types{{*d, attrInts(a, "shape")}};
}
Result rule_Creation(const Types& in, const Attrs& a) { return rule_Constant(in, a); }
Result rule_FullLike(const Types& in, const Attrs& a) {
  return Types{{attrDType(a, "dtype").value_or(in[0].dtype), in[0].shape}};
}
Result rule_Arange(const Types&, const Attrs& a) {
  auto d = attrDType(a, "dtype");
  if (!d) return error("arange needs a dtype");
  double start = attrFloat(a, "start"), stop = attrFloat(a, "stop"), step = attrFloat(a, "step", 1.0);
  if (step == 0) return error("arange step must not be zero");
  auto n = static_cast<int64_t>(std::ceil((stop - start) / step));
  return Types{{*d, {std::max<int64_t>(n, 0)}}};
}
Result rule_SameAsInput(const Types& in, const Attrs&) { return Types{in[0]}; }
Result rule_BoolResult(const Types& in, const Attrs&) { return Types{{DType::Bool, in[0].shape}}; }
Result rule_Cast(const Types& in, const Attrs& a) {
  auto d = attrDType(a, "dtype");
  if (!d) return error("cast needs a dtype");
  return Types{{*d, in[0].shape}};
}
Result rule_Broadcast(const Types& in, const Attrs&) {
  auto same = requireSameDType(in);
  if (std::holds_alternative<TypeError>(same)) return same;
  return broadcastAll(in, in[0].dtype);
}
Result rule_BroadcastBool(const Types& in, const Attrs&) {
  auto same = requireSameDType(in);
  if (std::holds_alternative<TypeError>(same)) return same;
  return broadcastAll(in, DType::Bool);
}
Result rule_Where(const Types& in, const Attrs&) {
  if (in[0].dtype != DType::Bool) return error("where: condition must be bool");
  auto same = requireSameDType({in[1], in[2]});
  if (std::holds_alternative<TypeError>(same)) return same;
  return broadcastAll(in, in[1].dtype);
}
Result rule_Clip(const Types& in, const Attrs& a) { return rule_Broadcast(in, a); }
Result rule_Reduce(const Types& in, const Attrs& a) { return reduceShape(in[0], a, in[0].dtype); }
Result rule_ReduceBool(const Types& in, const Attrs& a) { return reduceShape(in[0], a, DType::Bool); }
Result rule_ArgReduce(const Types& in, const Attrs& a) {
  if (attrIsNone(a, "axis")) return Types{{DType::Int64, {}}};
  Attrs r{{"axes", std::vector<int64_t>{attrInt(a, "axis")}}, {"keepdims", attrBool(a, "keepdims")}};
  return reduceShape(in[0], r, DType::Int64);
}
Result rule_CumSum(const Types& in, const Attrs& a) {
  if (attrIsNone(a, "axis")) return Types{{in[0].dtype, {in[0].numel()}}};
  int64_t axis = attrInt(a, "axis");
  if (!normalizeAxis(axis, in[0].rank())) return error("cumsum axis out of range");
  return Types{in[0]};
}
Result rule_Reshape(const Types& in, const Attrs& a) {
  std::vector<int64_t> shape = attrInts(a, "shape");
  int64_t known = 1, inferred = -1;
  for (size_t i = 0; i < shape.size(); ++i) {
    if (shape[i] == -1) {
      if (inferred >= 0) return error("reshape: more than one -1");
      inferred = static_cast<int64_t>(i);
    } else {
      known *= shape[i];
    }
  }
  if (inferred >= 0) {
    if (known == 0 || in[0].numel() % known) return error("reshape: cannot infer -1");
    shape[static_cast<size_t>(inferred)] = in[0].numel() / known;
  }
  TensorType out{in[0].dtype, shape};
  if (out.numel() != in[0].numel())
    return error("reshape: " + shapeText(in[0].shape) + " to " + shapeText(shape) + " changes the element count");
  return Types{out};
}
Result rule_Transpose(const Types& in, const Attrs& a) {
  std::vector<int64_t> perm = attrInts(a, "perm");
  if (static_cast<int>(perm.size()) != in[0].rank()) return error("transpose: perm length differs from rank");
  std::vector<int64_t> shape;
  std::set<int64_t> seen;
  for (int64_t p : perm) {
    if (!normalizeAxis(p, in[0].rank()) || !seen.insert(p).second) return error("transpose: bad perm");
    shape.push_back(in[0].shape[static_cast<size_t>(p)]);
  }
  return Types{{in[0].dtype, shape}};
}
Result rule_BroadcastTo(const Types& in, const Attrs& a) {
  std::vector<int64_t> target = attrInts(a, "shape"), out;
  if (!broadcastShapes(in[0].shape, target, out) || out != target)
    return error("broadcast_to: " + shapeText(in[0].shape) + " cannot expand to " + shapeText(target));
  return Types{{in[0].dtype, target}};
}
Result rule_Squeeze(const Types& in, const Attrs& a) {
  std::vector<int64_t> axes = attrInts(a, "axes");
  std::set<int64_t> drop;
  for (int64_t ax : axes) {
    if (!normalizeAxis(ax, in[0].rank())) return error("squeeze: axis out of range");
    if (in[0].shape[static_cast<size_t>(ax)] == 1) drop.insert(ax);
  }
  std::vector<int64_t> shape;
  for (int i = 0; i < in[0].rank(); ++i) {
    bool squeeze = axes.empty() ? in[0].shape[static_cast<size_t>(i)] == 1 : drop.count(i) > 0;
    if (!squeeze) shape.push_back(in[0].shape[static_cast<size_t>(i)]);
  }
  return Types{{in[0].dtype, shape}};
}
Result rule_Unsqueeze(const Types& in, const Attrs& a) {
  int64_t axis = attrInt(a, "axis");
  if (!normalizeAxis(axis, in[0].rank() + 1)) return error("unsqueeze: axis out of range");
  std::vector<int64_t> shape = in[0].shape;
  shape.insert(shape.begin() + axis, 1);
  return Types{{in[0].dtype, shape}};
}
Result rule_Concat(const Types& in, const Attrs& a) {
  auto same = requireSameDType(in);
  if (std::holds_alternative<TypeError>(same)) return same;
  int64_t axis = attrInt(a, "axis");
  if (!normalizeAxis(axis, in[0].rank())) return error("concat: axis out of range");
  std::vector<int64_t> shape = in[0].shape;
  for (size_t i = 1; i < in.size(); ++i) {
    if (in[i].rank() != in[0].rank()) return error("concat: ranks differ");
    for (int d = 0; d < in[0].rank(); ++d)
      if (d != axis && in[i].shape[static_cast<size_t>(d)] != shape[static_cast<size_t>(d)])
        return error("concat: sizes differ outside the axis");
    shape[static_cast<size_t>(axis)] += in[i].shape[static_cast<size_t>(axis)];
  }
  return Types{{in[0].dtype, shape}};
}
Result rule_Stack(const Types& in, const Attrs& a) {
  auto same = requireSameDType(in);
  if (std::holds_alternative<TypeError>(same)) return same;
  for (const auto& t : in)
    if (t.shape != in[0].shape) return error("stack: shapes differ");
  int64_t axis = attrInt(a, "axis");
  if (!normalizeAxis(axis, in[0].rank() + 1)) return error("stack: axis out of range");
  std::vector<int64_t> shape = in[0].shape;
  shape.insert(shape.begin() + axis, static_cast<int64_t>(in.size()));
  return Types{{in[0].dtype, shape}};
}
// Python slice semantics per axis (clamped bounds, positive step).
Result rule_Slice(const Types& in, const Attrs& a) {
  auto axes = attrInts(a, "axes"), starts = attrInts(a, "starts"), stops = attrInts(a, "stops"),
       steps = attrInts(a, "steps");
  if (starts.size() != axes.size() || stops.size() != axes.size() || steps.size() != axes.size())
    return error("slice: axes, starts, stops and steps must have equal length");
  std::vector<int64_t> shape = in[0].shape;
  for (size_t i = 0; i < axes.size(); ++i) {
    int64_t ax = axes[i];
    if (!normalizeAxis(ax, in[0].rank())) return error("slice: axis out of range");
    if (steps[i] <= 0) return error("slice: step must be positive");
    int64_t n = shape[static_cast<size_t>(ax)];
    auto clampIndex = [n](int64_t v) { return std::clamp(v < 0 ? v + n : v, int64_t{0}, n); };
    int64_t b = clampIndex(starts[i]), e = clampIndex(stops[i]);
    shape[static_cast<size_t>(ax)] = e > b ? (e - b + steps[i] - 1) / steps[i] : 0;
  }
  return Types{{in[0].dtype, shape}};
}
Result rule_Take(const Types& in, const Attrs& a) {
  if (!isInteger(in[1].dtype)) return error("take: indices must be integers");
  int64_t axis = attrInt(a, "axis");
  if (!normalizeAxis(axis, in[0].rank())) return error("take: axis out of range");
  std::vector<int64_t> shape(in[0].shape.begin(), in[0].shape.begin() + axis);
  shape.insert(shape.end(), in[1].shape.begin(), in[1].shape.end());
  shape.insert(shape.end(), in[0].shape.begin() + axis + 1, in[0].shape.end());
  return Types{{in[0].dtype, shape}};
}
Result rule_MatMul(const Types& in, const Attrs&) {
  auto same = requireSameDType(in);
  if (std::holds_alternative<TypeError>(same)) return same;
  auto a = in[0].shape, b = in[1].shape;
  if (a.empty() || b.empty()) return error("matmul: scalar operands");
  bool vecA = a.size() == 1, vecB = b.size() == 1;
  if (vecA) a.insert(a.begin(), 1);
  if (vecB) b.push_back(1);
  if (a.back() != b[b.size() - 2])
    return error("matmul: inner dimensions differ (" + shapeText(in[0].shape) + " @ " + shapeText(in[1].shape) + ")");
  std::vector<int64_t> batchA(a.begin(), a.end() - 2), batchB(b.begin(), b.end() - 2), batch;
  if (!broadcastShapes(batchA, batchB, batch)) return error("matmul: batch dimensions do not broadcast");
  if (!vecA) batch.push_back(a[a.size() - 2]);
  if (!vecB) batch.push_back(b.back());
  return Types{{in[0].dtype, batch}};
}

using RuleFn = Result (*)(const Types&, const Attrs&);
constexpr std::array<RuleFn, kOpCount> kRules = {{
#define OP(id, name, inputs, outputs, rule, traits) &rule_##rule,
#include "ir/ops.def"
#undef OP
}};

}  // namespace

std::variant<std::vector<TensorType>, TypeError> inferTypes(OpKind op, const std::vector<TensorType>& inputs,
                                                           const Attrs& attrs) {
  const OpInfo& info = opInfo(op);
  if (info.inputs >= 0 && static_cast<int>(inputs.size()) != info.inputs)
    return error(std::string(info.name) + " takes " + std::to_string(info.inputs) + " operands, got " +
                 std::to_string(inputs.size()));
  if (info.inputs < 0 && inputs.empty()) return error(std::string(info.name) + " needs at least one operand");
  if (hasTrait(op, kFloatOnly))
    for (const auto& t : inputs)
      if (!isFloating(t.dtype))
        return error(std::string(info.name) + " needs floating-point operands, got " + std::string(dtypeName(t.dtype)));
  return kRules[static_cast<size_t>(op)](inputs, attrs);
}

}  // namespace pt::ir
