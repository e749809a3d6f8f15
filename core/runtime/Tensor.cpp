#include "runtime/Tensor.h"

#include <cstddef>

#include "runtime/Backend.h"
#include "runtime/HostValues.h"

namespace pt::runtime {

namespace {
std::vector<std::byte> elementBytes(const Tensor& t) {
  if (!t.defined()) throw RuntimeError{"reading the values of an undefined tensor"};
  std::vector<std::byte> bytes(static_cast<size_t>(t.numel()) * ir::dtypeSize(t.dtype()));
  backend().toBuffer(t, bytes.data());
  return bytes;
}
}  // namespace

std::vector<double> Tensor::toDoubles() const {
  auto bytes = elementBytes(*this);
  return decodeDoubles(bytes.data(), static_cast<size_t>(numel()), dtype());
}

std::vector<int64_t> Tensor::toInts() const {
  auto bytes = elementBytes(*this);
  return decodeInts(bytes.data(), static_cast<size_t>(numel()), dtype());
}

}  // namespace pt::runtime
