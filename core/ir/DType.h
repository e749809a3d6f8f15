#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pt::ir {

enum class DType : uint8_t { Bool, UInt8, Int8, Int16, Int32, Int64, Float16, BFloat16, Float32, Float64 };
inline constexpr int kDTypeCount = 10;

std::string_view dtypeName(DType);                      // IR text: "bool", "u8", ..., "f64"
std::optional<DType> dtypeFromName(std::string_view);   // inverse of dtypeName
std::string_view dtypeLongName(DType);                  // "float64", "int32", ... (numpy/torch spelling)
std::optional<DType> dtypeFromLongName(std::string_view);
bool isFloating(DType);
bool isInteger(DType);   // signed or unsigned, not bool
bool isSigned(DType);
int dtypeBits(DType);
size_t dtypeSize(DType);  // bytes per element

// A tensor's static type. Every dimension is known: Polytrace traces concrete inputs.
struct TensorType {
  DType dtype = DType::Float32;
  std::vector<int64_t> shape;
  int rank() const { return static_cast<int>(shape.size()); }
  int64_t numel() const;
  bool operator==(const TensorType&) const = default;
};

std::string typeText(const TensorType&);  // "f64[10]", "f32[2,3]", "bool[]"

}  // namespace pt::ir
