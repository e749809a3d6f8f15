#pragma once
// Shared by the ATen plug-in's translation units only: the kernel table and dtype mapping.
#include <ATen/core/Tensor.h>

#include <array>
#include <optional>
#include <vector>

#include "ir/Attr.h"
#include "ir/DType.h"
#include "ir/Op.h"

namespace pt::runtime::aten {

using Tensors = std::vector<at::Tensor>;
// A kernel may return non-contiguous views; the backend makes every result contiguous.
using Kernel = Tensors (*)(const ir::Attrs&, const Tensors&);

// Indexed by ir::OpKind; generated from ops.def, so an op without a kernel does not compile.
const std::array<Kernel, ir::kOpCount>& kernelTable();

at::ScalarType toScalarType(ir::DType dtype);
std::optional<ir::DType> fromScalarType(at::ScalarType type);

}  // namespace pt::runtime::aten
