#pragma once
// An opaque handle to a tensor held by the runtime backend. Everything outside core/runtime sees
// only this: dtype and shape are cached here, the data stays behind the backend interface.
#include <cstdint>
#include <memory>
#include <vector>

#include "ir/DType.h"

namespace pt::runtime {

class TensorImpl {
 public:
  virtual ~TensorImpl() = default;
};

class Tensor {
 public:
  Tensor() = default;
  Tensor(std::shared_ptr<TensorImpl> impl, ir::TensorType type) : impl_(std::move(impl)), type_(std::move(type)) {}

  bool defined() const { return impl_ != nullptr; }
  const ir::TensorType& type() const { return type_; }
  ir::DType dtype() const { return type_.dtype; }
  const std::vector<int64_t>& shape() const { return type_.shape; }
  int rank() const { return type_.rank(); }
  int64_t numel() const { return type_.numel(); }
  TensorImpl* impl() const { return impl_.get(); }
  // Identity of the underlying storage handle: two Tensors from one result compare equal.
  const void* id() const { return impl_.get(); }

  // Element values converted to double / int64, in C (row-major) order.
  std::vector<double> toDoubles() const;
  std::vector<int64_t> toInts() const;

 private:
  std::shared_ptr<TensorImpl> impl_;
  ir::TensorType type_;
};

}  // namespace pt::runtime
