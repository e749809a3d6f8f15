#pragma once
// NumPy's .npy format (versions 1.0-3.0): the dtype codes both directions and a reader for the
// inputs a user picks in the IDE or passes with --inputs. Reading is done by Polytrace itself,
// never by interpreted code: the sandbox gives user code no file access.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ir/DType.h"

namespace pt::session {

// The descr numpy writes for a dtype ("<f8", "|b1", ...); bfloat16 has none (saved as "<f4").
std::string_view npyDescr(ir::DType dtype);
// The dtype of a little-endian or byte-order-free descr; nullopt for anything else.
std::optional<ir::DType> dtypeFromNpyDescr(std::string_view descr);

struct NpyArray {
  ir::DType dtype = ir::DType::Float64;
  std::vector<int64_t> shape;
  std::string data;  // row-major (C order) elements, little endian
};

struct NpyError {
  std::string message;
};

// Throws NpyError naming the file and what is wrong (not .npy, unsupported dtype such as object or
// big-endian arrays, truncated data, larger than maxBytes). Fortran-order arrays are reordered.
NpyArray readNpy(const std::string& path, uint64_t maxBytes);

}  // namespace pt::session
