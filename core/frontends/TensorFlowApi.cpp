// tensorflow: tf.*, tf.math, tf.nn and tf.Tensor methods. TensorFlow never promotes dtypes
// implicitly (§4); the lowerings raise where real TensorFlow would.
#include "frontends/ApiTable.h"
#include "frontends/Decompositions.h"
#include "frontends/Lowerings.h"
#include "frontends/TensorOperators.h"

namespace pt::frontends {

namespace {
using enum ir::OpKind;

// tf.math.argmax: axis=None means axis 0 (not "flattened"), output_type int64 (§12).
Lowered lowerTfArgReduce(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = asTensor(b, e.framework, args.get("input"), "input");
  const Arg& axis = args.get("axis");
  ir::Attrs attrs{{"keepdims", false}, {"axis", axis.isNone() ? int64_t{0} : readInt(axis, "axis")}};
  Operand r = b.apply1(e.op, {x}, attrs);
  if (auto d = readDType(args.get("output_type")); d && *d != ir::DType::Int64) r = castTo(b, r, *d);
  return Lowered::one(r);
}

// tf.math.cumsum(x, axis=0, exclusive=False, reverse=False) (§48).
Lowered lowerTfCumSum(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  if (readBool(args.get("exclusive"), "exclusive") || readBool(args.get("reverse"), "reverse"))
    throwUnsupported("unsupported-argument", "tf.math.cumsum with exclusive/reverse is not supported yet");
  return lowerCumSum(b, args, e);
}

// tf.linalg.matmul needs rank >= 2 operands and has transpose flags this lowering does not model.
Lowered lowerTfMatMul(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  for (const char* flag : {"transpose_a", "transpose_b", "adjoint_a", "adjoint_b"})
    if (readBool(args.get(flag), flag)) throwUnsupported("unsupported-argument", std::string("tf.linalg.matmul ") + flag + " is not supported yet");
  for (const char* operand : {"a", "b"}) {
    const Arg& x = args.get(operand);
    if (x.isTensor())
      if (auto t = b.typeOf(x.operand); t && t->rank() < 2)
        throwValueError("tf.linalg.matmul: In[0] and In[1] must have rank >= 2");
  }
  return lowerMatMul(b, args, e);
}

// tf.gather(params, indices, axis=None): axis None means 0 here (unlike np.take, which flattens).
Lowered lowerTfGather(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  if (readInt(args.get("batch_dims"), "batch_dims") != 0) throwUnsupported("unsupported-argument", "tf.gather with batch_dims");
  BoundArgs fixed = args;
  for (auto& [name, value] : fixed.values)
    if (name == "axis" && value.isNone()) value = Arg::integer(0);
  return lowerTake(b, fixed, e);
}

// tf.norm / tf.linalg.norm(tensor, ord='euclidean', axis=None, keepdims=None): without an axis the
// whole tensor is one vector; 'euclidean' and 'fro' are 2-norms. tf.math.reduce_euclidean_norm is
// the 2-norm over axis. Integer tensors (which TensorFlow reduces in their own dtype) are reported.
Lowered lowerTfNorm(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = asTensor(b, e.framework, param(args, 0), "tensor");
  if (auto t = b.typeOf(x); !t || !ir::isFloating(t->dtype))
    throwUnsupported("unsupported-dtype", "TensorFlow norms of integer tensors stay integers; not modelled");
  const Arg& ord = args.get("ord");
  double p = 2.0;
  if (ord.kind == Arg::Kind::Str) {
    if (ord.text != "euclidean" && ord.text != "fro") throwValueError("'ord' must be a supported vector norm, got " + ord.text);
  } else if (!ord.isNone()) {
    p = readNumber(ord, "ord");
  }
  std::vector<int64_t> axes = readAxes(argByNames(args, {"axis"}), "axis");
  if (axes.size() > 1 && p != 2.0) throwUnsupported("unsupported-argument", "tf.norm matrix norms other than 'fro'");
  return Lowered::one(vectorNorm(b, x, p, axes, readBool(args.get("keepdims"), "keepdims")));
}

// tf.math.squared_difference(x, y) = (x - y)^2.
Lowered lowerSquaredDifference(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  auto [x, y] = promotePair(b, e.framework, param(args, 0), param(args, 1));
  Operand d = b.apply1(Sub, {x, y});
  return Lowered::one(b.apply1(Mul, {d, d}));
}

// tf.math.is_inf / is_finite have float kernels only.
Lowered lowerTfFloatPredicate(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  if (const Arg& x = param(args, 0); x.isTensor())
    if (auto t = b.typeOf(x.operand); t && !ir::isFloating(t->dtype))
      throwTypeError("Value for attr 'T' of " + std::string(ir::dtypeLongName(t->dtype)) + " is not in the list of allowed values");
  return e.op == Lt ? lowerIsFinite(b, args, e) : lowerIsInf(b, args, e);
}

// tf.linspace(start, stop, num): the dtype is the bounds' (tensors or Python floats → float32).
Lowered lowerTfLinspace(Builder& b, const BoundArgs& args, const ApiEntry&) {
  ir::DType d = ir::DType::Float32;
  auto bound = [&](const Arg& a, const char* what) {
    if (a.isNumber()) return a.asDouble();
    if (a.isTensor()) {
      auto t = b.typeOf(a.operand);
      auto v = b.valuesOf(a.operand);
      if (t && v && v->size() == 1) {
        d = t->dtype;
        return v->front();
      }
    }
    throwUnsupported("unsupported-argument", std::string("tf.linspace needs a known scalar ") + what);
  };
  double start = bound(args.get("start"), "start"), stop = bound(args.get("stop"), "stop");
  if (readInt(args.get("axis"), "axis") != 0) throwUnsupported("unsupported-argument", "tf.linspace with axis");
  int64_t num = readInt(args.get("num"), "num");
  return Lowered::one(b.apply1(Linspace, {}, {{"start", start}, {"stop", stop}, {"num", num}, {"dtype", d},
                                              {"shape", std::vector<int64_t>{num}}}));
}

std::vector<ApiRow> mathRows() {
  const char* reduce = "input_tensor, axis=None, keepdims=False, name=None";
  const char* unary = "x, name=None";
  const char* binary = "x, y, name=None";
  return {
      {"reduce_mean", reduce, lowerFloatReduce, Mean},
      {"reduce_sum", reduce, lowerReduce, Sum, {}, "keeps the input dtype"},
      {"reduce_prod", reduce, lowerReduce, Prod},
      {"reduce_std", reduce, lowerFloatReduce, Std, {}, "biased (correction 0)"},
      {"reduce_variance", reduce, lowerFloatReduce, Var, {}, "biased (correction 0)"},
      {"reduce_max", reduce, lowerReduce, ReduceMax},
      {"reduce_min", reduce, lowerReduce, ReduceMin},
      {"reduce_all", reduce, lowerReduce, All},
      {"reduce_any", reduce, lowerReduce, Any},
      {"argmax", "input, axis=None, output_type=None, name=None", lowerTfArgReduce, ArgMax, {}, "axis=None means 0"},
      {"argmin", "input, axis=None, output_type=None, name=None", lowerTfArgReduce, ArgMin, {}, "axis=None means 0"},
      {"cumsum", "x, axis=0, exclusive=False, reverse=False, name=None", lowerTfCumSum, CumSum},
      {"abs", unary, lowerUnary, Abs},
      {"negative", unary, lowerNeg, Neg},
      {"sign", unary, lowerUnary, Sign},
      {"exp", unary, lowerFloatUnary, Exp},
      {"log", unary, lowerFloatUnary, Log},
      {"log1p", unary, lowerFloatUnary, Log1p},
      {"expm1", unary, lowerFloatUnary, Expm1},
      {"sqrt", unary, lowerFloatUnary, Sqrt},
      {"rsqrt", unary, lowerFloatUnary, Rsqrt},
      {"square", unary, lowerUnary, Square},
      {"reciprocal", unary, lowerFloatUnary, Reciprocal},
      {"sin", unary, lowerFloatUnary, Sin},
      {"cos", unary, lowerFloatUnary, Cos},
      {"tan", unary, lowerFloatUnary, Tan},
      {"tanh", unary, lowerFloatUnary, Tanh},
      {"sigmoid", unary, lowerFloatUnary, Sigmoid},
      {"erf", unary, lowerFloatUnary, Erf},
      {"floor", unary, lowerUnary, Floor},
      {"ceil", unary, lowerUnary, Ceil},
      {"round", unary, lowerUnary, Round, {}, "half to even"},
      {"is_nan", unary, lowerUnary, IsNan},
      {"logical_not", unary, lowerUnary, LogicalNot},
      {"add", binary, lowerBinary, Add},
      {"subtract", binary, lowerBinary, Sub},
      {"multiply", binary, lowerBinary, Mul},
      {"divide", binary, lowerTrueDivide, Div, {}, "int32/int64 give float64"},
      {"truediv", binary, lowerTrueDivide, Div},
      {"floordiv", binary, lowerBinary, FloorDiv},
      {"floormod", binary, lowerBinary, Remainder, {}, "sign of the divisor"},
      {"truncatemod", binary, lowerBinary, Fmod, {}, "sign of the dividend"},
      {"mod", binary, lowerBinary, Remainder},
      {"pow", binary, lowerBinary, Pow},
      {"maximum", binary, lowerBinary, Maximum},
      {"minimum", binary, lowerBinary, Minimum},
      {"atan2", "y, x, name=None", lowerBinary, Atan2},
      {"equal", binary, lowerBinary, Eq},
      {"not_equal", binary, lowerBinary, Ne},
      {"less", binary, lowerBinary, Lt},
      {"less_equal", binary, lowerBinary, Le},
      {"greater", binary, lowerBinary, Gt},
      {"greater_equal", binary, lowerBinary, Ge},
      {"logical_and", binary, lowerBinary, LogicalAnd},
      {"logical_or", binary, lowerBinary, LogicalOr},
      {"cumprod", "x, axis=0, exclusive=False, reverse=False, name=None", lowerTfCumSum, CumProd},
      {"is_inf", unary, lowerTfFloatPredicate, Eq},
      {"is_finite", unary, lowerTfFloatPredicate, Lt},
      {"logical_xor", "x, y, name='LogicalXor'", lowerLogicalXor, Ne},
      {"reduce_logsumexp", reduce, lowerLogSumExp, Log, {}, "max-shifted"},
      {"reduce_euclidean_norm", reduce, lowerTfNorm, Sqrt, {}, "float tensors"},
      {"squared_difference", binary, lowerSquaredDifference, Mul},
  };
}

// The tf.* aliases of tf.math functions.
constexpr const char* kTopLevelMathAliases[] = {
    "reduce_mean", "reduce_sum", "reduce_prod", "reduce_max", "reduce_min", "reduce_all", "reduce_any", "argmax",
    "argmin", "cumsum", "abs", "negative", "sign", "exp", "sqrt", "square", "sin", "cos", "tan", "tanh", "floor",
    "ceil", "round", "logical_not", "add", "subtract", "multiply", "divide", "truediv", "floordiv", "pow", "maximum",
    "minimum", "equal", "not_equal", "less", "less_equal", "greater", "greater_equal", "logical_and", "logical_or"};

std::vector<ApiRow> topLevelRows(const std::vector<ApiRow>& math) {
  std::vector<ApiRow> rows;
  for (const char* name : kTopLevelMathAliases)
    for (const auto& m : math)
      if (std::string_view(m.name) == name) rows.push_back(m);
  rows.insert(rows.end(), {
      {"constant", "value, dtype=None, shape=None, name='Const'", lowerFromData, Constant},
      {"convert_to_tensor", "value, dtype=None, dtype_hint=None, name=None", lowerFromData, Constant},
      {"cast", "x, dtype, name=None", lowerCast, Cast},
      {"unstack", "value, num=None, axis=0, name='unstack'", lowerUnbind, Squeeze},
      {"reshape", "tensor, shape, name=None", lowerReshape, Reshape},
      {"transpose", "a, perm=None, conjugate=False, name='transpose'", lowerTransposeAxes, Transpose},
      {"squeeze", "input, axis=None, name=None", lowerSqueeze, Squeeze},
      {"broadcast_to", "input, shape, name=None", lowerBroadcastTo, Expand},
      {"expand_dims", "input, axis, name=None", lowerUnsqueeze, Unsqueeze},
      {"concat", "values, axis, name='concat'", lowerConcat, Concat},
      {"stack", "values, axis=0, name='stack'", lowerConcat, Stack},
      {"where", "condition, x=None, y=None, name=None", lowerWhere, Where},
      {"clip_by_value", "t, clip_value_min, clip_value_max, name=None", lowerClip, Clip},
      {"matmul", "a, b, transpose_a=False, transpose_b=False, adjoint_a=False, adjoint_b=False, a_is_sparse=False, "
                 "b_is_sparse=False, output_type=None, name=None", lowerTfMatMul, MatMul, {}, "rank >= 2 operands"},
      {"tensordot", "a, b, axes, name=None", lowerTensordot, MatMul, {}, "transposes and one matrix product"},
      {"zeros", "shape, dtype=None, name=None", lowerFull, Full, {{"value", 0.0}}},
      {"ones", "shape, dtype=None, name=None", lowerFull, Full, {{"value", 1.0}}},
      {"fill", "dims, value, name=None", lowerFull, Full},
      {"zeros_like", "input, dtype=None, name=None", lowerFullLike, Full, {{"value", 0.0}}},
      {"ones_like", "input, dtype=None, name=None", lowerFullLike, Full, {{"value", 1.0}}},
      {"range", "start, limit=None, delta=1, dtype=None, name='range'", lowerArange, Arange},
      {"linspace", "start, stop, num, name=None, axis=0", lowerTfLinspace, Linspace},
      {"reverse", "tensor, axis, name=None", lowerFlip, Flip},
      {"gather", "params, indices, validate_indices=None, axis=None, batch_dims=0, name=None", lowerTfGather, Take, {},
       "= np.take (§26); batch_dims 0 only"},
      {"tile", "input, multiples, name=None", lowerTile, Expand},
      {"repeat", "input, repeats, axis=None, name=None", lowerRepeat, Expand},
      {"roll", "input, shift, axis, name=None", lowerRoll, Concat},
      {"split", "value, num_or_size_splits, axis=0, num=None, name='split'", lowerSplit, Slice, {{"mode", std::string("tf")}},
       "an int is the number of parts, a list the sizes (§33)"},
      {"eye", "num_rows, num_columns=None, batch_shape=None, dtype=None, name=None", lowerEye, Eq},
      {"norm", "tensor, ord='euclidean', axis=None, keepdims=None, name=None", lowerTfNorm, Sqrt, {},
       "vector norms; 'fro' over two axes"},
  });
  return rows;
}

std::vector<ApiRow> nnRows() {
  return {
      {"relu", "features, name=None", lowerUnary, Relu},
      {"sigmoid", "x, name=None", lowerFloatUnary, Sigmoid},
      {"softmax", "logits, axis=None, name=None", lowerSoftmax, Softmax, {}, "axis defaults to -1"},
      {"log_softmax", "logits, axis=None, name=None", lowerSoftmax, LogSoftmax},
  };
}
}  // namespace

std::vector<ApiRow> linalgRows() {
  return {
      {"norm", "tensor, ord='euclidean', axis=None, keepdims=None, name=None", lowerTfNorm, Sqrt, {},
       "vector norms; 'fro' over two axes"},
      {"tensordot", "a, b, axes, name=None", lowerTensordot, MatMul},
      {"matmul", "a, b, transpose_a=False, transpose_b=False, adjoint_a=False, adjoint_b=False, a_is_sparse=False, "
                 "b_is_sparse=False, output_type=None, name=None", lowerTfMatMul, MatMul, {}, "rank >= 2 operands"},
  };
}

void registerTensorFlowApi(ApiTable& table) {
  auto math = mathRows();
  for (auto& row : inverseAndHyperbolicRows("x, name=None")) math.push_back(std::move(row));
  table.add(ir::Framework::TensorFlow, "tensorflow.math", math);
  table.add(ir::Framework::TensorFlow, "tensorflow", topLevelRows(math));
  table.add(ir::Framework::TensorFlow, "tensorflow.nn", nnRows());
  table.add(ir::Framework::TensorFlow, "tensorflow.linalg", linalgRows());
  table.add(ir::Framework::TensorFlow, "tensorflow.bitwise",
            {{"bitwise_and", "x, y, name=None", lowerBinary, BitwiseAnd},
             {"bitwise_or", "x, y, name=None", lowerBinary, BitwiseOr},
             {"bitwise_xor", "x, y, name=None", lowerBinary, BitwiseXor},
             {"invert", "x, name=None", lowerBitwiseNot, BitwiseNot}});
  // The C log2/log10 numpy uses (tf.math has neither); what the emitters write for those ops.
  table.add(ir::Framework::TensorFlow, "tensorflow.experimental.numpy",
            {{"log2", "x", lowerFloatUnary, Log2}, {"log10", "x", lowerFloatUnary, Log10}});
  table.add(ir::Framework::TensorFlow, "tensorflow.Tensor", tensorOperatorRows());
}

}  // namespace pt::frontends
