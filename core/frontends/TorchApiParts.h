#pragma once
// The torch table is registered in parts (TorchApi.cpp calls these): tensor manipulation beyond
// the basics (TorchTensorOps.cpp) and torch.nn.functional's image ops (TorchImageOps.cpp).
#include "frontends/ApiTable.h"

namespace pt::frontends {

void registerTorchTensorOps(ApiTable& table);
void registerTorchImageOps(ApiTable& table);

// Shared with the numpy-like and TensorFlow tables: einsum as transposes, a broadcast multiply and
// a sum over the contracted labels (Einsum.cpp).
Lowered lowerEinsum(Builder& b, const BoundArgs& args, const ApiEntry& e);

}  // namespace pt::frontends
