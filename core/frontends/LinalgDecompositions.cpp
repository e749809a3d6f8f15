// Products and norms as compositions of IR ops (see Decompositions.h): every contraction is a
// transpose + reshape to a matrix product (the one op that sums in the libraries' own order), and
// norms follow numpy.linalg.norm's formulas. Norms that need a decomposition (2, -2, 'nuc' of a
// matrix: singular values) are reported as unsupported.
#include <algorithm>
#include <cmath>
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

// Two operands of a product: numpy promotes, torch requires one dtype.
std::pair<Operand, Operand> operands(Builder& b, const BoundArgs& args, const ApiEntry& e, const char* what) {
  Operand x = asTensor(b, e.framework, param(args, 0), "a"), y = asTensor(b, e.framework, param(args, 1), "b");
  DType dx = build::typeOf(b, x, what).dtype, dy = build::typeOf(b, y, what).dtype;
  if (e.framework == Framework::Torch && dx != dy)
    throw LoweringError{"RuntimeError", std::string(what) + ": expected both operands to have the same dtype, but found " +
                                            std::string(ir::dtypeLongName(dx)) + " and " + std::string(ir::dtypeLongName(dy)), ""};
  auto [p, q] = promotePair(b, e.framework, Arg::tensor(x), Arg::tensor(y));
  if (build::typeOf(b, p, what).dtype == DType::Bool)
    throwUnsupported("unsupported-dtype", std::string(what) + " of boolean arrays (a logical matrix product) is not supported");
  return {p, q};
}

Operand transposed(Builder& b, Operand x, const std::vector<int64_t>& perm) {
  std::vector<int64_t> identity(perm.size());
  std::iota(identity.begin(), identity.end(), 0);
  if (perm == identity) return x;
  return b.apply1(OpKind::Transpose, {x}, {{"perm", perm}});
}

// sum over a's axes `ca` and b's axes `cb`, pairwise: the free axes of a, then those of b.
Operand contract(Builder& b, Operand x, Operand y, const std::vector<int64_t>& ca, const std::vector<int64_t>& cb) {
  ir::TensorType tx = build::typeOf(b, x, "tensordot"), ty = build::typeOf(b, y, "tensordot");
  std::vector<int64_t> freeA, freeB, permA, permB, outShape;
  for (int64_t i = 0; i < tx.rank(); ++i)
    if (std::find(ca.begin(), ca.end(), i) == ca.end()) freeA.push_back(i);
  for (int64_t i = 0; i < ty.rank(); ++i)
    if (std::find(cb.begin(), cb.end(), i) == cb.end()) freeB.push_back(i);
  int64_t p = 1, q = 1, k = 1;
  for (int64_t i : freeA) {
    permA.push_back(i);
    p *= tx.shape[static_cast<size_t>(i)];
    outShape.push_back(tx.shape[static_cast<size_t>(i)]);
  }
  for (size_t i = 0; i < ca.size(); ++i) {
    if (tx.shape[static_cast<size_t>(ca[i])] != ty.shape[static_cast<size_t>(cb[i])]) throwValueError("shape-mismatch for sum");
    permA.push_back(ca[i]);
    permB.push_back(cb[i]);
    k *= tx.shape[static_cast<size_t>(ca[i])];
  }
  for (int64_t i : freeB) {
    permB.push_back(i);
    q *= ty.shape[static_cast<size_t>(i)];
    outShape.push_back(ty.shape[static_cast<size_t>(i)]);
  }
  Operand a2 = build::reshape(b, transposed(b, x, permA), {p, k});
  Operand b2 = build::reshape(b, transposed(b, y, permB), {k, q});
  return build::reshape(b, b.apply1(OpKind::MatMul, {a2, b2}), outShape);
}

// A float operand for a norm: numpy casts integers and bools to float64; torch raises.
Operand normInput(Builder& b, const ApiEntry& e, Operand x, const char* what) {
  DType d = build::typeOf(b, x, what).dtype;
  if (ir::isFloating(d)) return x;
  if (e.framework == Framework::Torch)
    throw LoweringError{"RuntimeError", std::string(what) + ": Expected a floating point or complex tensor as input. Got " +
                                            std::string(ir::dtypeLongName(d)), ""};
  return castTo(b, x, e.framework == Framework::Numpy ? DType::Float64 : defaultFloat(e.framework));
}

double readOrder(const Arg& a, double fallback) {
  if (a.isNone()) return fallback;
  if (a.kind == Arg::Kind::Str) throwValueError("Invalid norm order '" + a.text + "' for vectors");
  return readNumber(a, "ord");
}

std::vector<int64_t> normalized(std::vector<int64_t> axes, int rank) {
  for (auto& a : axes) {
    int64_t n = a;
    if (!ir::normalizeAxis(n, rank))
      throw LoweringError{"IndexError", "axis " + std::to_string(a) + " is out of bounds", ""};
    a = n;
  }
  return axes;
}

// Matrix norms over (row, col): 'fro'/None, 1/-1 (max/min column sum), inf/-inf (row sum).
Operand matrixNorm(Builder& b, Operand x, const Arg& ord, int64_t row, int64_t col, bool keep) {
  ir::TensorType t = build::typeOf(b, x, "norm");
  if (ord.isNone() || (ord.kind == Arg::Kind::Str && ord.text == "fro")) return vectorNorm(b, x, 2.0, {row, col}, keep);
  if (ord.kind == Arg::Kind::Str || (ord.isNumber() && std::abs(ord.asDouble()) == 2.0))
    throwUnsupported("unsupported-argument", "matrix norms from singular values (ord=2, -2, 'nuc') are not supported");
  double p = readNumber(ord, "ord");
  Operand absx = b.apply1(OpKind::Abs, {x});
  Operand r;
  auto reduce = [&](OpKind op, Operand v, int64_t axis) {
    return b.apply1(op, {v}, {{"axes", std::vector<int64_t>{axis}}, {"keepdims", false}});
  };
  if (std::abs(p) == 1.0) {
    int64_t c = col > row ? col - 1 : col;
    r = reduce(p > 0 ? OpKind::ReduceMax : OpKind::ReduceMin, reduce(OpKind::Sum, absx, row), c);
  } else if (std::isinf(p)) {
    int64_t rr = row > col ? row - 1 : row;
    r = reduce(p > 0 ? OpKind::ReduceMax : OpKind::ReduceMin, reduce(OpKind::Sum, absx, col), rr);
  } else {
    throwValueError("Invalid norm order for matrices.");
  }
  if (!keep) return r;
  std::vector<int64_t> shape = t.shape;
  shape[static_cast<size_t>(row)] = 1;
  shape[static_cast<size_t>(col)] = 1;
  return build::reshape(b, r, shape);
}

}  // namespace

Operand vectorNorm(Builder& b, Operand x, double p, const std::vector<int64_t>& axes, bool keepdims) {
  DType d = build::typeOf(b, x, "norm").dtype;
  ir::Attrs reduce{{"axes", axes}, {"keepdims", keepdims}};
  if (p == 2.0) return b.apply1(OpKind::Sqrt, {b.apply1(OpKind::Sum, {b.apply1(OpKind::Mul, {x, x})}, reduce)});
  Operand absx = b.apply1(OpKind::Abs, {x});
  if (std::isinf(p)) return b.apply1(p > 0 ? OpKind::ReduceMax : OpKind::ReduceMin, {absx}, reduce);
  if (p == 0.0)
    return b.apply1(OpKind::Sum, {castTo(b, b.apply1(OpKind::Ne, {x, build::scalar(b, 0.0, d)}), d)}, reduce);
  if (p == 1.0) return b.apply1(OpKind::Sum, {absx}, reduce);
  Operand s = b.apply1(OpKind::Sum, {b.apply1(OpKind::Pow, {absx, build::scalar(b, p, d)})}, reduce);
  return b.apply1(OpKind::Pow, {s, build::scalar(b, 1.0 / p, d)});
}

Lowered lowerOuter(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  auto [x, y] = promotePair(b, e.framework, param(args, 0), param(args, 1));
  // numpy flattens; torch takes two vectors.
  if (e.framework == Framework::Torch && (build::typeOf(b, x, "outer").rank() != 1 || build::typeOf(b, y, "outer").rank() != 1))
    throw LoweringError{"RuntimeError", "outer: expected 1-D vectors", ""};
  x = build::reshape(b, x, {build::typeOf(b, x, "outer").numel(), 1});
  y = build::reshape(b, y, {1, build::typeOf(b, y, "outer").numel()});
  return Lowered::one(b.apply1(OpKind::Mul, {x, y}));
}

// inner: sum over the last axes of both (a scalar operand multiplies).
Lowered lowerInner(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  auto [x, y] = operands(b, args, e, "inner");
  ir::TensorType tx = build::typeOf(b, x, "inner"), ty = build::typeOf(b, y, "inner");
  if (tx.rank() == 0 || ty.rank() == 0) return Lowered::one(b.apply1(OpKind::Mul, {x, y}));
  if (tx.shape.back() != ty.shape.back()) {
    if (e.framework == Framework::Torch) throw LoweringError{"RuntimeError", "inner() the last dimension must match", ""};
    throwValueError("shapes not aligned: last dimensions differ");
  }
  if (tx.rank() == 1 && ty.rank() == 1) return Lowered::one(b.apply1(OpKind::MatMul, {x, y}));
  return Lowered::one(contract(b, x, y, {tx.rank() - 1}, {ty.rank() - 1}));
}

// dot: numpy's rules (scalars multiply; N-D x M-D contracts a's last axis with b's second-to-last);
// torch.dot takes two vectors of one dtype.
Lowered lowerDot(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  auto [x, y] = operands(b, args, e, "dot");
  ir::TensorType tx = build::typeOf(b, x, "dot"), ty = build::typeOf(b, y, "dot");
  if (e.framework == Framework::Torch && (tx.rank() != 1 || ty.rank() != 1))
    throw LoweringError{"RuntimeError", "1D tensors expected, but got " + std::to_string(tx.rank()) + "D and " +
                                            std::to_string(ty.rank()) + "D tensors", ""};
  if (tx.rank() == 0 || ty.rank() == 0) return Lowered::one(b.apply1(OpKind::Mul, {x, y}));
  int64_t k = tx.shape.back(), kb = ty.shape[static_cast<size_t>(std::max(0, ty.rank() - 2))];
  if (k != kb) {
    if (e.framework == Framework::Torch) throw LoweringError{"RuntimeError", "inconsistent tensor size", ""};
    throwValueError("shapes not aligned");
  }
  if (tx.rank() <= 2 && ty.rank() <= 2) return Lowered::one(b.apply1(OpKind::MatMul, {x, y}));
  if (ty.rank() == 1) return Lowered::one(contract(b, x, y, {tx.rank() - 1}, {0}));
  return Lowered::one(contract(b, x, y, {tx.rank() - 1}, {ty.rank() - 2}));
}

Lowered lowerVdot(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  auto [x, y] = operands(b, args, e, "vdot");
  if (e.framework == Framework::Torch && (build::typeOf(b, x, "vdot").rank() != 1 || build::typeOf(b, y, "vdot").rank() != 1))
    throw LoweringError{"RuntimeError", "1D tensors expected", ""};
  x = b.apply1(OpKind::Reshape, {x}, {{"shape", std::vector<int64_t>{-1}}});
  y = b.apply1(OpKind::Reshape, {y}, {{"shape", std::vector<int64_t>{-1}}});
  if (build::typeOf(b, x, "vdot").numel() != build::typeOf(b, y, "vdot").numel()) throwValueError("cannot reshape array");
  return Lowered::one(b.apply1(OpKind::MatMul, {x, y}));
}

// tensordot(a, b, axes): an int N pairs a's last N axes with b's first N; or two axis lists.
Lowered lowerTensordot(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  auto [x, y] = operands(b, args, e, "tensordot");
  ir::TensorType tx = build::typeOf(b, x, "tensordot"), ty = build::typeOf(b, y, "tensordot");
  const Arg& axes = argByNames(args, {"axes", "dims"});
  std::vector<int64_t> ca, cb;
  if (axes.kind == Arg::Kind::Sequence) {
    if (axes.items.size() != 2) throwValueError("axes must be an int or a pair of axis lists");
    ca = normalized(readInts(axes.items[0], "axes"), tx.rank());
    cb = normalized(readInts(axes.items[1], "axes"), ty.rank());
    if (ca.size() != cb.size()) throwValueError("shape-mismatch for sum");
  } else {
    int64_t n = axes.isTensor() ? 0 : readInt(axes, "axes");
    if (axes.isTensor()) throwUnsupported("unsupported-argument", "tensordot axes given as a tensor");
    if (n < 0 || n > tx.rank() || n > ty.rank()) throwValueError("axes exceeds the dimensions of the operands");
    for (int64_t i = 0; i < n; ++i) {
      ca.push_back(tx.rank() - n + i);
      cb.push_back(i);
    }
  }
  return Lowered::one(contract(b, x, y, ca, cb));
}

// linalg.multi_dot: the matrix products left to right (numpy picks the cheapest order; the
// values agree up to rounding).
Lowered lowerMultiDot(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  const Arg& seq = param(args, 0);
  if (seq.kind != Arg::Kind::Sequence || seq.items.size() < 2) throwValueError("Expecting at least two arrays.");
  Arg acc = seq.items[0];
  for (size_t i = 1; i < seq.items.size(); ++i) {
    auto [x, y] = promotePair(b, e.framework, acc, seq.items[i]);
    acc = Arg::tensor(b.apply1(OpKind::MatMul, {x, y}));
  }
  return Lowered::one(acc.operand);
}

// torch.linalg.vector_norm(x, ord=2, dim=None, keepdim=False, *, dtype=None).
Lowered lowerVectorNorm(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = firstTensor(b, args, e);
  if (auto d = readDType(args.get("dtype"))) x = castTo(b, x, *d);
  x = normInput(b, e, x, "linalg.vector_norm");
  int rank = build::typeOf(b, x, "norm").rank();
  std::vector<int64_t> axes = normalized(readAxes(argByNames(args, {"dim", "axis"}), "dim"), rank);
  return Lowered::one(vectorNorm(b, x, readOrder(argByNames(args, {"ord"}), 2.0), axes, keepDims(args)));
}

Lowered lowerMatrixNorm(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = normInput(b, e, firstTensor(b, args, e), "linalg.matrix_norm");
  int rank = build::typeOf(b, x, "norm").rank();
  const Arg& dim = args.get("dim");
  std::vector<int64_t> axes = normalized(dim.isNone() ? std::vector<int64_t>{-2, -1} : readInts(dim, "dim"), rank);
  if (axes.size() != 2) throw LoweringError{"RuntimeError", "linalg.matrix_norm: dim must be a 2-tuple", ""};
  const Arg& ord = args.get("ord");
  return Lowered::one(matrixNorm(b, x, ord.isNone() ? Arg::str("fro") : ord, axes[0], axes[1], keepDims(args)));
}

// numpy.linalg.norm(x, ord=None, axis=None, keepdims=False) and torch.linalg.norm(A, ord=None,
// dim=None, keepdim=False): without ord and axis the 2-norm of the flattened array; with ord only a
// vector or a matrix; one axis is a vector norm, two a matrix norm.
Lowered lowerLinalgNorm(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = firstTensor(b, args, e);
  if (auto d = readDType(args.get("dtype"))) x = castTo(b, x, *d);
  x = normInput(b, e, x, "linalg.norm");
  int rank = build::typeOf(b, x, "norm").rank();
  const Arg& ord = args.get("ord");
  const Arg& axisArg = argByNames(args, {"axis", "dim"});
  bool keep = keepDims(args);
  std::vector<int64_t> axes;
  if (axisArg.isNone()) {
    if (ord.isNone()) return Lowered::one(vectorNorm(b, x, 2.0, {}, keep));
    if (rank != 1 && rank != 2) {
      if (e.framework == Framework::Torch)
        throw LoweringError{"RuntimeError", "linalg.norm: If dim is not specified but ord is, the input must be 1D or 2D", ""};
      throwValueError("Improper number of dimensions to norm.");
    }
    axes = rank == 1 ? std::vector<int64_t>{0} : std::vector<int64_t>{0, 1};
  } else {
    axes = normalized(readInts(axisArg, "axis"), rank);
  }
  if (axes.size() == 1) return Lowered::one(vectorNorm(b, x, readOrder(ord, 2.0), axes, keep));
  if (axes.size() != 2 || axes[0] == axes[1]) throwValueError("Improper number of dimensions to norm.");
  return Lowered::one(matrixNorm(b, x, ord, axes[0], axes[1], keep));
}

// torch.norm(input, p='fro', dim=None, keepdim=False): 'fro' and numbers are vector norms over
// the listed dims (all when None).
Lowered lowerTorchNorm(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  Operand x = firstTensor(b, args, e);
  if (auto d = readDType(args.get("dtype"))) x = castTo(b, x, *d);
  x = normInput(b, e, x, "norm");
  int rank = build::typeOf(b, x, "norm").rank();
  const Arg& p = args.get("p");
  double order = 2.0;
  if (p.kind == Arg::Kind::Str) {
    if (p.text != "fro") throwUnsupported("unsupported-argument", "torch.norm with p='" + p.text + "'");
  } else if (!p.isNone()) {
    order = readNumber(p, "p");
  }
  std::vector<int64_t> axes = normalized(readAxes(args.get("dim"), "dim"), rank);
  return Lowered::one(vectorNorm(b, x, order, axes, keepDims(args)));
}

Lowered lowerDist(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  auto [x, y] = promotePair(b, e.framework, param(args, 0), param(args, 1));
  Operand d = normInput(b, e, b.apply1(OpKind::Sub, {x, y}), "dist");
  return Lowered::one(vectorNorm(b, d, readNumber(args.get("p"), "p"), {}, false));
}

}  // namespace pt::frontends
