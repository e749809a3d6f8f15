#pragma once
// The torch table is registered in parts (TorchApi.cpp calls these): tensor manipulation beyond
// the basics (TorchTensorOps.cpp), torch.nn.functional's image ops (TorchImageOps.cpp), math,
// shapes and norms (TorchMathApi.cpp). Activations and losses are in NeuralNetApi.cpp.
#include <cstdint>
#include <utility>

#include "frontends/ApiTable.h"

namespace pt::frontends {

void registerTorchTensorOps(ApiTable& table);
void registerTorchImageOps(ApiTable& table);
void registerTorchNnOps(ApiTable& table);  // linear, batch_norm, pooling, dropout (TorchNnOps.cpp)

// torch.nn.functional's `input` parameter as a tensor, and an int-or-pair argument (kernel_size,
// stride, padding, ...) as (height, width) (TorchImageOps.cpp).
Operand torchInput(Builder& b, const BoundArgs& args);
std::pair<int64_t, int64_t> readPair(const Arg& a, const char* what);
void registerTorchMathApi(ApiTable& table);        // TorchMathApi.cpp

// torch.atan2 / arctan2 (TorchMathApi.cpp): two tensors, integers as the default float.
Lowered lowerTorchAtan2(Builder& b, const BoundArgs& args, const ApiEntry& e);

// Tensor.float()/.double()/...: a cast to the entry's attrs dtype (float32 when absent).
Lowered lowerToDType(Builder& b, const BoundArgs& args, const ApiEntry& e);

// Shared with the numpy-like and TensorFlow tables: einsum as transposes, a broadcast multiply and
// a sum over the contracted labels (Einsum.cpp).
Lowered lowerEinsum(Builder& b, const BoundArgs& args, const ApiEntry& e);

}  // namespace pt::frontends
