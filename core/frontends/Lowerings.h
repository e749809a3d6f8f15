#pragma once
// Building blocks for the API tables: argument readers, promotion-aware operand preparation,
// and the generic lowerings most rows use (unary, binary, reductions, ...). Framework files
// add only what is specific to them.
#include <string>
#include <vector>

#include "frontends/ApiTable.h"

namespace pt::frontends {

[[noreturn]] void throwTypeError(const std::string& message);
[[noreturn]] void throwValueError(const std::string& message);
[[noreturn]] void throwUnsupported(const std::string& reasonCode, const std::string& message);

// ---- argument readers ------------------------------------------------------------------------
// First of the given parameter names that the call binds (e.g. {"dim", "axis"}).
const Arg& argByNames(const BoundArgs& args, std::initializer_list<std::string_view> names);
// int or sequence of ints; None/absent → empty (= all axes). Throws TypeError otherwise.
std::vector<int64_t> readAxes(const Arg& a, const std::string& what);
std::vector<int64_t> readInts(const Arg& a, const std::string& what);  // shape-like: int or sequence
int64_t readInt(const Arg& a, const std::string& what);
// A shape: ints, a sequence of ints, or (when running) a 1-D integer tensor such as tf.shape(x).
std::vector<int64_t> readShape(Builder& b, const Arg& a, const std::string& what);
bool readBool(const Arg& a, const std::string& what);
double readNumber(const Arg& a, const std::string& what);
std::optional<ir::DType> readDType(const Arg& a);  // None/absent → nullopt

// The value bound to the i-th parameter, in signature order (Absent past the end).
const Arg& param(const BoundArgs& args, size_t i);
bool keepDims(const BoundArgs& args);  // keepdim= / keepdims=

// ---- operands ---------------------------------------------------------------------------------
// The first parameter as a tensor (the array a function or method works on).
Operand firstTensor(Builder& b, const BoundArgs& args, const ApiEntry& e);
// §6: integer sums widen to the framework's accumulator type (tf keeps the input dtype).
Operand widenIntegerAccumulator(Builder& b, ir::Framework fw, Operand x);
// The tensor for an argument that must be array-like: a tensor, a Python scalar, or nested data.
Operand asTensor(Builder& b, ir::Framework fw, const Arg& a, const std::string& what);
Operand castTo(Builder& b, Operand x, ir::DType d);  // no-op when already of that dtype (or unknown)
// Casts integer/bool inputs of float-only ops as the framework would (§5–6).
Operand floatInput(Builder& b, ir::Framework fw, Operand x);
// Two operands of a binary op, promoted to a common dtype by the framework's rules (§1–4).
std::pair<Operand, Operand> promotePair(Builder& b, ir::Framework fw, const Arg& x, const Arg& y);

// The dtype a framework gives nested Python data (any float → default float, all bool → bool).
ir::DType dataDType(ir::Framework fw, const Arg& data);

// ---- generic lowerings (use entry.op and entry.attrs) -------------------------------------------
Lowered lowerUnary(Builder&, const BoundArgs&, const ApiEntry&);       // op(first param)
Lowered lowerFloatUnary(Builder&, const BoundArgs&, const ApiEntry&);  // op(float(first param))
// asin, acos, atan, sinh, cosh, asinh, acosh, atanh: the same names in torch, tensorflow and ivy,
// each taking `signature` (the framework's unary parameters).
std::vector<ApiRow> inverseAndHyperbolicRows(const char* signature);
Lowered lowerBinary(Builder&, const BoundArgs&, const ApiEntry&);      // op(p0, p1), promoted
Lowered lowerReflected(Builder&, const BoundArgs&, const ApiEntry&);   // op(p1, p0): __radd__ etc.
Lowered lowerTrueDivide(Builder&, const BoundArgs&, const ApiEntry&);  // div with int → float
Lowered lowerReflectedTrueDivide(Builder&, const BoundArgs&, const ApiEntry&);
Lowered lowerReduce(Builder&, const BoundArgs&, const ApiEntry&);      // axes from dim/axis, keepdim(s), dtype
Lowered lowerFloatReduce(Builder&, const BoundArgs&, const ApiEntry&); // mean/std/var: int → float first
Lowered lowerIdentity(Builder&, const BoundArgs&, const ApiEntry&);    // returns the first param as a tensor
Lowered lowerFromData(Builder&, const BoundArgs&, const ApiEntry&);    // torch.tensor / np.array / tf.constant
Lowered lowerCast(Builder&, const BoundArgs&, const ApiEntry&);        // x.astype(d) / tf.cast(x, d)
Lowered lowerReshape(Builder&, const BoundArgs&, const ApiEntry&);     // shape from "shape"/"newshape"/varargs
Lowered lowerSqueeze(Builder&, const BoundArgs&, const ApiEntry&);
Lowered lowerBroadcastTo(Builder&, const BoundArgs&, const ApiEntry&);  // np/jnp/tf broadcast_to(x, shape)
Lowered lowerUnsqueeze(Builder&, const BoundArgs&, const ApiEntry&);   // axis from dim/axis
Lowered lowerConcat(Builder&, const BoundArgs&, const ApiEntry&);      // sequence of tensors + dim/axis
Lowered lowerWhere(Builder&, const BoundArgs&, const ApiEntry&);       // cond, x, y
Lowered lowerClip(Builder&, const BoundArgs&, const ApiEntry&);        // x, min/max (either may be None)
Lowered lowerMatMul(Builder&, const BoundArgs&, const ApiEntry&);
Lowered lowerSoftmax(Builder&, const BoundArgs&, const ApiEntry&);     // axis from dim/axis (default -1)
Lowered lowerFull(Builder&, const BoundArgs&, const ApiEntry&);        // zeros/ones/full: entry.attrs["value"] or fill
Lowered lowerFullLike(Builder&, const BoundArgs&, const ApiEntry&);    // zeros_like/ones_like/full_like
Lowered lowerArange(Builder&, const BoundArgs&, const ApiEntry&);
Lowered lowerArgReduce(Builder&, const BoundArgs&, const ApiEntry&);   // argmax/argmin
Lowered lowerCumSum(Builder&, const BoundArgs&, const ApiEntry&);     // entry.op CumSum or CumProd
Lowered lowerFlip(Builder&, const BoundArgs&, const ApiEntry&);
Lowered lowerTransposeAxes(Builder&, const BoundArgs&, const ApiEntry&);  // permute / np.transpose(axes)
Lowered lowerUnbind(Builder&, const BoundArgs&, const ApiEntry&);         // torch.unbind / tf.unstack
Lowered lowerGetItem(Builder&, const BoundArgs&, const ApiEntry&);     // x[index] (Indexing.cpp)
Lowered lowerSetItem(Builder&, const BoundArgs&, const ApiEntry&);     // x[index] = v, functionally: the updated x
Lowered lowerNeg(Builder&, const BoundArgs&, const ApiEntry&);
Lowered lowerTake(Builder&, const BoundArgs&, const ApiEntry&);       // np.take / index_select / tf.gather
Lowered lowerPos(Builder&, const BoundArgs&, const ApiEntry&);
Lowered lowerRound(Builder&, const BoundArgs&, const ApiEntry&);       // decimals must be 0

// Python subscripts reach lowerGetItem as an Arg: ints, slices (Sequence tagged "slice" with
// three items start/stop/step as Int or None), Ellipsis (Opaque "..."), None (new axis), tuples.
Arg sliceArg(const Arg& start, const Arg& stop, const Arg& step);
bool isSliceArg(const Arg& a);
bool isEllipsisArg(const Arg& a);

}  // namespace pt::frontends
