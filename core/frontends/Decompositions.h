#pragma once
// Framework functions that are compositions of existing IR ops, so every target can emit them
// without an op of its own. The lowerings are shared by the numpy, jax.numpy, torch, tensorflow
// and ivy tables; where frameworks differ (dtypes of integer inputs, errors), they consult the
// entry's framework. Grouped by what they compute:
//   ElementwiseDecompositions.cpp  isinf, hypot, logaddexp, isclose, nan_to_num, nan-reductions, ...
//   ShapeDecompositions.cpp        swapaxes, stacks, splits, tile/repeat, roll, diff, tril/eye, diagonal, ...
//   LinalgDecompositions.cpp       outer, inner, dot, tensordot, norms
#include "frontends/ApiTable.h"

namespace pt::frontends {

// ---- elementwise (entry.attrs configure the variant where one lowering serves several names) ---
Lowered lowerIsInf(Builder&, const BoundArgs&, const ApiEntry&);        // attrs sign: 0 either, 1 +inf, -1 -inf
Lowered lowerIsFinite(Builder&, const BoundArgs&, const ApiEntry&);
Lowered lowerHypot(Builder&, const BoundArgs&, const ApiEntry&);
Lowered lowerScale(Builder&, const BoundArgs&, const ApiEntry&);        // x * attrs factor (deg2rad, rad2deg)
Lowered lowerLogAddExp(Builder&, const BoundArgs&, const ApiEntry&);    // attrs base2
Lowered lowerLogicalXor(Builder&, const BoundArgs&, const ApiEntry&);
Lowered lowerIsClose(Builder&, const BoundArgs&, const ApiEntry&);
Lowered lowerAllClose(Builder&, const BoundArgs&, const ApiEntry&);     // a Python bool
Lowered lowerArrayEqual(Builder&, const BoundArgs&, const ApiEntry&);   // a Python bool (np.array_equal, torch.equal)
Lowered lowerNanToNum(Builder&, const BoundArgs&, const ApiEntry&);
Lowered lowerFMaxMin(Builder&, const BoundArgs&, const ApiEntry&);      // op Maximum / Minimum, NaN ignored
Lowered lowerFloatPower(Builder&, const BoundArgs&, const ApiEntry&);
Lowered lowerExp2(Builder&, const BoundArgs&, const ApiEntry&);
Lowered lowerTrunc(Builder&, const BoundArgs&, const ApiEntry&);
Lowered lowerFrac(Builder&, const BoundArgs&, const ApiEntry&);
Lowered lowerPositive(Builder&, const BoundArgs&, const ApiEntry&);
Lowered lowerFloatAbs(Builder&, const BoundArgs&, const ApiEntry&);     // np.fabs
Lowered lowerNanReduce(Builder&, const BoundArgs&, const ApiEntry&);    // op Sum/Prod/Mean/ReduceMax/ReduceMin
Lowered lowerCountNonzero(Builder&, const BoundArgs&, const ApiEntry&);
Lowered lowerPtp(Builder&, const BoundArgs&, const ApiEntry&);
Lowered lowerAverage(Builder&, const BoundArgs&, const ApiEntry&);
Lowered lowerLogSumExp(Builder&, const BoundArgs&, const ApiEntry&);
Lowered lowerLerp(Builder&, const BoundArgs&, const ApiEntry&);
Lowered lowerBitwiseNot(Builder&, const BoundArgs&, const ApiEntry&);   // ~x: bitwise on integers, logical on bools
Lowered lowerBitwiseBinary(Builder&, const BoundArgs&, const ApiEntry&);  // op BitwiseAnd/Or/Xor; bools logical

// ---- shapes --------------------------------------------------------------------------------------
Lowered lowerSwapAxes(Builder&, const BoundArgs&, const ApiEntry&);     // (x, axis1, axis2), any parameter names
Lowered lowerMoveAxis(Builder&, const BoundArgs&, const ApiEntry&);
Lowered lowerRavel(Builder&, const BoundArgs&, const ApiEntry&);
Lowered lowerAtLeast(Builder&, const BoundArgs&, const ApiEntry&);      // attrs ndim; *arys
Lowered lowerStackAlong(Builder&, const BoundArgs&, const ApiEntry&);   // attrs mode: "h", "v", "d", "column"
Lowered lowerSplit(Builder&, const BoundArgs&, const ApiEntry&);        // attrs mode: "np", "array", "torch", "chunk"; axis
Lowered lowerTile(Builder&, const BoundArgs&, const ApiEntry&);
Lowered lowerRepeat(Builder&, const BoundArgs&, const ApiEntry&);       // np.repeat / repeat_interleave
Lowered lowerRoll(Builder&, const BoundArgs&, const ApiEntry&);
Lowered lowerDiff(Builder&, const BoundArgs&, const ApiEntry&);
Lowered lowerFlipAxis(Builder&, const BoundArgs&, const ApiEntry&);     // fliplr (attrs axis 1) / flipud (axis 0)
Lowered lowerRot90(Builder&, const BoundArgs&, const ApiEntry&);
Lowered lowerTriangle(Builder&, const BoundArgs&, const ApiEntry&);     // tril / triu (attrs upper)
Lowered lowerEye(Builder&, const BoundArgs&, const ApiEntry&);          // eye / identity / tri (attrs lower)
Lowered lowerDiag(Builder&, const BoundArgs&, const ApiEntry&);
Lowered lowerDiagonal(Builder&, const BoundArgs&, const ApiEntry&);
Lowered lowerTrace(Builder&, const BoundArgs&, const ApiEntry&);

// ---- linear algebra ------------------------------------------------------------------------------
Lowered lowerOuter(Builder&, const BoundArgs&, const ApiEntry&);
Lowered lowerInner(Builder&, const BoundArgs&, const ApiEntry&);
Lowered lowerDot(Builder&, const BoundArgs&, const ApiEntry&);
Lowered lowerVdot(Builder&, const BoundArgs&, const ApiEntry&);
Lowered lowerTensordot(Builder&, const BoundArgs&, const ApiEntry&);
Lowered lowerMultiDot(Builder&, const BoundArgs&, const ApiEntry&);
Lowered lowerLinalgNorm(Builder&, const BoundArgs&, const ApiEntry&);   // np.linalg.norm / torch.linalg.norm
Lowered lowerVectorNorm(Builder&, const BoundArgs&, const ApiEntry&);   // torch.linalg.vector_norm
Lowered lowerMatrixNorm(Builder&, const BoundArgs&, const ApiEntry&);   // torch.linalg.matrix_norm
Lowered lowerTorchNorm(Builder&, const BoundArgs&, const ApiEntry&);    // torch.norm / Tensor.norm
Lowered lowerDist(Builder&, const BoundArgs&, const ApiEntry&);

// Shared pieces of the above.
// A vector p-norm of x (already float) over `axes` (empty = all): p = 2, 1, inf, -inf, 0 or any number.
Operand vectorNorm(Builder& b, Operand x, double p, const std::vector<int64_t>& axes, bool keepdims);

}  // namespace pt::frontends
