#pragma once
// Dtype rules per framework (shared/SEMANTICS.md §1–6): default dtypes, array–array promotion,
// and the "weak" treatment of Python scalars.
#include <optional>
#include <string>

#include "frontends/Arg.h"
#include "ir/DType.h"
#include "ir/Framework.h"

namespace pt::frontends {

ir::DType defaultFloat(ir::Framework fw);  // torch f32, numpy f64, jax f32, tf f32, ivy f32
ir::DType defaultInt(ir::Framework fw);    // torch i64, numpy i64, jax i32, tf i32, ivy i64

// The dtype a Python scalar (or nested data of scalars) gets on its own: torch.tensor(2.5) → f32.
ir::DType scalarDType(ir::Framework fw, Arg::Kind scalarKind);

// Result dtype of a binary op on two tensors; nullopt + error when the framework refuses (tf).
std::optional<ir::DType> promoteTensors(ir::Framework fw, ir::DType a, ir::DType b, std::string& error);

// Result dtype of a binary op on a tensor and a Python scalar.
std::optional<ir::DType> promoteWithScalar(ir::Framework fw, ir::DType tensor, const Arg& scalar, std::string& error);

// The float dtype integer inputs become for ops like true division, mean or exp (§5–6);
// nullopt + error when the framework refuses integer inputs.
std::optional<ir::DType> floatFor(ir::Framework fw, ir::DType input, std::string& error);

}  // namespace pt::frontends
