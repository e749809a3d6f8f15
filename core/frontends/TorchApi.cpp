// torch: top-level functions, torch.nn.functional, and Tensor methods.
#include "frontends/ApiTable.h"
#include "frontends/Lowerings.h"
#include "frontends/Promotion.h"
#include "frontends/TensorOperators.h"
#include "frontends/TorchApiParts.h"

namespace pt::frontends {

namespace {

using enum ir::OpKind;
using ir::Framework;

// §13: torch.max(x) → scalar; torch.max(x, dim) → (values, indices); torch.max(x, other) → maximum.
Lowered lowerTorchMaxMin(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  bool isMax = e.op == ReduceMax;
  Operand x = asTensor(b, Framework::Torch, args.get("input"), "input");
  const Arg& dim = args.get("dim");
  if (dim.isTensor()) {
    auto [p, q] = promotePair(b, Framework::Torch, Arg::tensor(x), dim);
    return Lowered::one(b.apply1(isMax ? Maximum : Minimum, {p, q}));
  }
  if (dim.isNone()) return Lowered::one(b.apply1(e.op, {x}, {{"axes", std::vector<int64_t>{}}, {"keepdims", false}}));
  int64_t axis = readInt(dim, "dim");
  bool keep = readBool(args.get("keepdim"), "keepdim");
  Lowered l;
  l.tensors = {b.apply1(e.op, {x}, {{"axes", std::vector<int64_t>{axis}}, {"keepdims", keep}}),
               b.apply1(isMax ? ArgMax : ArgMin, {x}, {{"axis", axis}, {"keepdims", keep}})};
  l.tuple = true;
  l.tupleFieldNames = {"values", "indices"};
  return l;
}

// torch.sign(nan) is 0; the IR's sign keeps NaN (numpy, jax, tf): make torch's rule explicit.
Lowered lowerTorchSign(Builder& b, const BoundArgs& args, const ApiEntry&) {
  Operand x = asTensor(b, Framework::Torch, args.get("input"), "input");
  Operand s = b.apply1(Sign, {x});
  auto t = b.typeOf(x);
  if (t && !ir::isFloating(t->dtype)) return Lowered::one(s);
  ir::DType d = t ? t->dtype : ir::DType::Float32;
  Operand zero = b.scalar(Arg::real(0.0), d, true);
  return Lowered::one(b.apply1(Where, {b.apply1(IsNan, {x}), zero, s}));
}

// torch.transpose(x, dim0, dim1) swaps two dims (§25).
Lowered lowerTorchTranspose(Builder& b, const BoundArgs& args, const ApiEntry&) {
  Operand x = asTensor(b, Framework::Torch, args.get("input"), "input");
  auto t = b.typeOf(x);
  if (!t) throwUnsupported("type-unknown", "transpose needs the tensor's rank");
  int64_t d0 = readInt(args.get("dim0"), "dim0"), d1 = readInt(args.get("dim1"), "dim1");
  int rank = t->rank();
  if (d0 < 0) d0 += rank;
  if (d1 < 0) d1 += rank;
  if (d0 < 0 || d1 < 0 || d0 >= std::max(rank, 1) || d1 >= std::max(rank, 1))
    throw LoweringError{"IndexError", "Dimension out of range", ""};
  std::vector<int64_t> perm;
  for (int i = 0; i < rank; ++i) perm.push_back(i);
  if (rank > 0) std::swap(perm[static_cast<size_t>(d0)], perm[static_cast<size_t>(d1)]);
  return Lowered::one(b.apply1(Transpose, {x}, {{"perm", perm}}));
}

// torch.flatten(x, start_dim=0, end_dim=-1) (§23).
Lowered lowerTorchFlatten(Builder& b, const BoundArgs& args, const ApiEntry&) {
  Operand x = asTensor(b, Framework::Torch, args.get("input"), "input");
  int64_t s = readInt(args.get("start_dim"), "start_dim"), e = readInt(args.get("end_dim"), "end_dim");
  if (s == 0 && e == -1) return Lowered::one(b.apply1(Reshape, {x}, {{"shape", std::vector<int64_t>{-1}}}));
  auto t = b.typeOf(x);
  if (!t) throwUnsupported("type-unknown", "flatten over some dims needs the tensor's shape");
  int rank = t->rank();
  if (rank == 0) return Lowered::one(b.apply1(Reshape, {x}, {{"shape", std::vector<int64_t>{1}}}));
  if (s < 0) s += rank;
  if (e < 0) e += rank;
  std::vector<int64_t> shape(t->shape.begin(), t->shape.begin() + s);
  int64_t merged = 1;
  for (int64_t i = s; i <= e; ++i) merged *= t->shape[static_cast<size_t>(i)];
  shape.push_back(merged);
  shape.insert(shape.end(), t->shape.begin() + e + 1, t->shape.end());
  return Lowered::one(b.apply1(Reshape, {x}, {{"shape", shape}}));
}

// torch.rand / torch.randn draw from the CPU generator that torch.manual_seed seeds.
Lowered lowerTorchRandom(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  std::vector<int64_t> shape;
  for (const Arg& a : args.varArgs()) {
    auto more = readInts(a, "size");
    shape.insert(shape.end(), more.begin(), more.end());
  }
  auto d = readDType(args.get("dtype"));
  return Lowered::one(b.apply1(e.op, {}, {{"shape", shape}, {"dtype", d ? *d : ir::DType::Float32}}));
}

std::vector<ApiRow> torchFunctionRows() {
  ir::Attrs unbiased{{"correction", int64_t{1}}};
  return {
      // reductions
      {"mean", "input, dim=None, keepdim=False, *, dtype=None", lowerFloatReduce, Mean},
      {"sum", "input, dim=None, keepdim=False, *, dtype=None", lowerReduce, Sum},
      {"prod", "input, dim=None, keepdim=False, *, dtype=None", lowerReduce, Prod},
      {"std", "input, dim=None, unbiased=None, keepdim=False, *, correction=None", lowerFloatReduce, Std, unbiased,
       "correction defaults to 1 (unbiased)"},
      {"var", "input, dim=None, unbiased=None, keepdim=False, *, correction=None", lowerFloatReduce, Var, unbiased,
       "correction defaults to 1 (unbiased)"},
      {"amax", "input, dim=(), keepdim=False", lowerReduce, ReduceMax},
      {"amin", "input, dim=(), keepdim=False", lowerReduce, ReduceMin},
      {"max", "input, dim=None, keepdim=False", lowerTorchMaxMin, ReduceMax, {}, "three overloads (§13)"},
      {"min", "input, dim=None, keepdim=False", lowerTorchMaxMin, ReduceMin, {}, "three overloads (§13)"},
      {"argmax", "input, dim=None, keepdim=False", lowerArgReduce, ArgMax},
      {"argmin", "input, dim=None, keepdim=False", lowerArgReduce, ArgMin},
      {"all", "input, dim=None, keepdim=False", lowerReduce, All},
      {"any", "input, dim=None, keepdim=False", lowerReduce, Any},
      {"cumsum", "input, dim, *, dtype=None", lowerCumSum, CumSum},
      // elementwise
      {"abs", "input", lowerUnary, Abs},
      {"neg", "input", lowerNeg, Neg},
      {"negative", "input", lowerNeg, Neg},
      {"sign", "input", lowerTorchSign, Sign, {}, "sign(nan) is 0"},
      {"sgn", "input", lowerTorchSign, Sign, {}, "= sign for real tensors"},
      {"exp", "input", lowerFloatUnary, Exp},
      {"log", "input", lowerFloatUnary, Log},
      {"log1p", "input", lowerFloatUnary, Log1p},
      {"expm1", "input", lowerFloatUnary, Expm1},
      {"sqrt", "input", lowerFloatUnary, Sqrt},
      {"rsqrt", "input", lowerFloatUnary, Rsqrt},
      {"square", "input", lowerUnary, Square},
      {"reciprocal", "input", lowerFloatUnary, Reciprocal},
      {"sin", "input", lowerFloatUnary, Sin},
      {"cos", "input", lowerFloatUnary, Cos},
      {"tan", "input", lowerFloatUnary, Tan},
      {"tanh", "input", lowerFloatUnary, Tanh},
      {"sigmoid", "input", lowerFloatUnary, Sigmoid},
      {"relu", "input", lowerUnary, Relu},
      {"erf", "input", lowerFloatUnary, Erf},
      {"floor", "input", lowerUnary, Floor},
      {"ceil", "input", lowerUnary, Ceil},
      {"round", "input", lowerUnary, Round, {}, "half to even"},
      {"isnan", "input", lowerUnary, IsNan},
      {"logical_not", "input", lowerUnary, LogicalNot},
      {"add", "input, other, *, alpha=1", lowerBinary, Add},
      {"sub", "input, other, *, alpha=1", lowerBinary, Sub},
      {"subtract", "input, other, *, alpha=1", lowerBinary, Sub},
      {"mul", "input, other", lowerBinary, Mul},
      {"multiply", "input, other", lowerBinary, Mul},
      {"div", "input, other, *, rounding_mode=None", lowerTrueDivide, Div},
      {"divide", "input, other, *, rounding_mode=None", lowerTrueDivide, Div},
      {"true_divide", "input, other", lowerTrueDivide, Div},
      {"floor_divide", "input, other", lowerBinary, FloorDiv, {}, "floors since torch 1.13"},
      {"remainder", "input, other", lowerBinary, Remainder, {}, "sign of the divisor"},
      {"pow", "input, exponent", lowerBinary, Pow},
      {"maximum", "input, other", lowerBinary, Maximum},
      {"minimum", "input, other", lowerBinary, Minimum},
      {"atan2", "input, other", lowerTorchAtan2, Atan2},
      {"eq", "input, other", lowerBinary, Eq},
      {"ne", "input, other", lowerBinary, Ne},
      {"lt", "input, other", lowerBinary, Lt},
      {"le", "input, other", lowerBinary, Le},
      {"gt", "input, other", lowerBinary, Gt},
      {"ge", "input, other", lowerBinary, Ge},
      {"logical_and", "input, other", lowerBinary, LogicalAnd},
      {"logical_or", "input, other", lowerBinary, LogicalOr},
      {"where", "condition, input, other", lowerWhere, Where},
      {"clamp", "input, min=None, max=None", lowerClip, Clip, {}, "min > max gives max"},
      {"clip", "input, min=None, max=None", lowerClip, Clip},
      {"matmul", "input, other", lowerMatMul, MatMul},
      {"mm", "input, mat2", lowerMatMul, MatMul},
      {"softmax", "input, dim, dtype=None", lowerSoftmax, Softmax},
      {"log_softmax", "input, dim, dtype=None", lowerSoftmax, LogSoftmax},
      // shapes
      {"reshape", "input, shape", lowerReshape, Reshape},
      {"transpose", "input, dim0, dim1", lowerTorchTranspose, Transpose, {}, "swaps two dims (§25)"},
      {"permute", "input, dims", lowerTransposeAxes, Transpose},
      {"squeeze", "input, dim=None", lowerSqueeze, Squeeze, {}, "non-1 dims are left alone (§35)"},
      {"unsqueeze", "input, dim", lowerUnsqueeze, Unsqueeze},
      {"cat", "tensors, dim=0", lowerConcat, Concat},
      {"concat", "tensors, dim=0", lowerConcat, Concat},
      {"stack", "tensors, dim=0", lowerConcat, Stack},
      {"flatten", "input, start_dim=0, end_dim=-1", lowerTorchFlatten, Reshape},
      {"flip", "input, dims", lowerFlip, Flip},
      {"index_select", "input, dim, index", lowerTake, Take, {}, "= np.take along dim (§26)"},
      // creation
      {"tensor", "data, *, dtype=None, device=None, requires_grad=False, pin_memory=False", lowerFromData, Constant},
      {"as_tensor", "data, dtype=None, device=None", lowerFromData, Constant},
      {"from_numpy", "ndarray", lowerFromData, Constant},
      {"zeros", "*size, out=None, dtype=None, layout=None, device=None, requires_grad=False", lowerFull, Full,
       {{"value", 0.0}}},
      {"ones", "*size, out=None, dtype=None, layout=None, device=None, requires_grad=False", lowerFull, Full,
       {{"value", 1.0}}},
      {"full", "size, fill_value, *, out=None, dtype=None, layout=None, device=None, requires_grad=False", lowerFull, Full},
      {"zeros_like", "input, *, dtype=None, layout=None, device=None, requires_grad=False", lowerFullLike, Full,
       {{"value", 0.0}}},
      {"ones_like", "input, *, dtype=None, layout=None, device=None, requires_grad=False", lowerFullLike, Full,
       {{"value", 1.0}}},
      {"full_like", "input, fill_value, *, dtype=None, layout=None, device=None, requires_grad=False", lowerFullLike, Full},
      {"arange", "start, end=None, step=None, *, out=None, dtype=None, layout=None, device=None, requires_grad=False",
       lowerArange, Arange},
      {"rand", "*size, generator=None, out=None, dtype=None, layout=None, device=None, requires_grad=False",
       lowerTorchRandom, RandUniform},
      {"randn", "*size, generator=None, out=None, dtype=None, layout=None, device=None, requires_grad=False",
       lowerTorchRandom, RandNormal},
  };
}

// Methods that share their function's signature (the tensor is passed as the first argument).
constexpr const char* kMethodsLikeFunctions[] = {
    "mean", "sum", "prod", "std", "var", "amax", "amin", "max", "min", "argmax", "argmin", "all", "any", "cumsum",
    "abs", "neg", "negative", "sign", "sgn", "exp", "log", "log1p", "expm1", "sqrt", "rsqrt", "square", "reciprocal", "sin",
    "cos", "tan", "tanh", "sigmoid", "relu", "erf", "floor", "ceil", "round", "isnan", "logical_not", "add", "sub",
    "subtract", "mul", "multiply", "div", "divide", "true_divide", "floor_divide", "remainder", "pow", "maximum",
    "minimum", "atan2", "eq", "ne", "lt", "le", "gt", "ge", "logical_and", "logical_or", "clamp", "clip", "matmul",
    "mm", "softmax", "log_softmax", "transpose", "squeeze", "unsqueeze", "flatten", "flip"};

std::vector<ApiRow> torchMethodRows(const std::vector<ApiRow>& functions) {
  std::vector<ApiRow> rows;
  for (const char* name : kMethodsLikeFunctions)
    for (const auto& f : functions)
      if (std::string_view(f.name) == name) rows.push_back(f);
  using enum ir::OpKind;
  rows.push_back({"reshape", "input, *shape", lowerReshape, Reshape});
  rows.push_back({"view", "input, *shape", lowerReshape, Reshape, {}, "functionalised as reshape"});
  rows.push_back({"permute", "input, *dims", lowerTransposeAxes, Transpose});
  rows.push_back({"float", "input", lowerCast, Cast, {}, ""});
  rows.push_back({"type", "input, dtype=None", lowerIdentity, Cast});
  rows.push_back({"contiguous", "input", lowerIdentity, Cast});
  rows.push_back({"clone", "input", lowerIdentity, Cast});
  rows.push_back({"detach", "input", lowerIdentity, Cast});
  return rows;
}


std::vector<ApiRow> functionalRows() {
  return {
      {"relu", "input, inplace=False", lowerUnary, Relu},
      {"sigmoid", "input", lowerFloatUnary, Sigmoid},
      {"tanh", "input", lowerFloatUnary, Tanh},
      {"softmax", "input, dim=None, _stacklevel=3, dtype=None", lowerSoftmax, Softmax, {}, "legacy default dim (§10)"},
      {"log_softmax", "input, dim=None, _stacklevel=3, dtype=None", lowerSoftmax, LogSoftmax},
  };
}

}  // namespace

Lowered lowerToDType(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  return Lowered::one(castTo(b, asTensor(b, e.framework, args.get("input"), "input"), e.attrs.count("dtype")
                                                                                          ? *ir::attrDType(e.attrs, "dtype")
                                                                                          : ir::DType::Float32));
}

void registerTorchApi(ApiTable& table) {
  auto functions = torchFunctionRows();
  table.add(Framework::Torch, "torch", functions);
  auto methods = torchMethodRows(functions);
  for (auto& m : methods)
    if (std::string_view(m.name) == "float") {
      m.lower = lowerToDType;
      m.attrs = {{"dtype", ir::DType::Float32}};
    }
  methods.push_back({"double", "input", lowerToDType, ir::OpKind::Cast, {{"dtype", ir::DType::Float64}}});
  methods.push_back({"long", "input", lowerToDType, ir::OpKind::Cast, {{"dtype", ir::DType::Int64}}});
  methods.push_back({"int", "input", lowerToDType, ir::OpKind::Cast, {{"dtype", ir::DType::Int32}}});
  methods.push_back({"bool", "input", lowerToDType, ir::OpKind::Cast, {{"dtype", ir::DType::Bool}}});
  table.add(Framework::Torch, "torch.Tensor", methods);
  // number / tensor is a reciprocal times the number in torch (TorchTensorOps.cpp).
  std::vector<ApiRow> operators;
  for (const auto& row : tensorOperatorRows())
    if (std::string_view(row.name) != "__rtruediv__") operators.push_back(row);
  table.add(Framework::Torch, "torch.Tensor", operators);
  table.add(Framework::Torch, "torch.nn.functional", functionalRows());
  registerTorchTensorOps(table);
  registerTorchImageOps(table);
  registerTorchNnOps(table);
  registerTorchMathApi(table);
}

}  // namespace pt::frontends
