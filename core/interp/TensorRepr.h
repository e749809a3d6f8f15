#pragma once
// How each framework prints a tensor, reproduced exactly (numpy 1.24 arrayprint, torch 1.13
// _tensor_str, TensorFlow's EagerTensor repr around numpy's, jax's Array repr, ivy.array).
// Pure formatting on host data: no runtime needed.
#include <cstdint>
#include <string>
#include <vector>

#include "ir/DType.h"

namespace pt::interp {

struct ArrayData {
  ir::TensorType type;
  std::vector<double> floats;  // when the dtype is floating (row-major)
  std::vector<int64_t> ints;   // when the dtype is bool or integer (row-major)
};

std::string numpyRepr(const ArrayData& a);  // repr(np_array):  array([1., 2.]) / array([1, 2], dtype=int32)
std::string numpyStr(const ArrayData& a);   // str(np_array):   [1. 2.]
std::string torchRepr(const ArrayData& a);  // repr(torch_tensor): tensor([1., 2.], dtype=torch.float64)
std::string tfRepr(const ArrayData& a);     // repr(tf_tensor): <tf.Tensor: shape=(2,), dtype=float64, numpy=array([1., 2.])>
std::string jaxRepr(const ArrayData& a);    // repr(jax_array): Array([1., 2.], dtype=float32)
std::string ivyRepr(const ArrayData& a);    // repr(ivy.array): ivy.array([1., 2.])

}  // namespace pt::interp
