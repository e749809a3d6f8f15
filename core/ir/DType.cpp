#include "ir/DType.h"

#include <array>

namespace pt::ir {

namespace {
struct DTypeFacts {
  DType dtype;
  std::string_view shortName;
  std::string_view longName;
  int bits;
  bool floating;
  bool integer;
  bool isSigned;
};

constexpr std::array<DTypeFacts, kDTypeCount> kFacts = {{
    {DType::Bool, "bool", "bool", 8, false, false, false},
    {DType::UInt8, "u8", "uint8", 8, false, true, false},
    {DType::Int8, "i8", "int8", 8, false, true, true},
    {DType::Int16, "i16", "int16", 16, false, true, true},
    {DType::Int32, "i32", "int32", 32, false, true, true},
    {DType::Int64, "i64", "int64", 64, false, true, true},
    {DType::Float16, "f16", "float16", 16, true, false, true},
    {DType::BFloat16, "bf16", "bfloat16", 16, true, false, true},
    {DType::Float32, "f32", "float32", 32, true, false, true},
    {DType::Float64, "f64", "float64", 64, true, false, true},
}};

const DTypeFacts& facts(DType d) { return kFacts[static_cast<size_t>(d)]; }
}  // namespace

std::string_view dtypeName(DType d) { return facts(d).shortName; }
std::string_view dtypeLongName(DType d) { return facts(d).longName; }
bool isFloating(DType d) { return facts(d).floating; }
bool isInteger(DType d) { return facts(d).integer; }
bool isSigned(DType d) { return facts(d).isSigned; }
int dtypeBits(DType d) { return facts(d).bits; }
size_t dtypeSize(DType d) { return static_cast<size_t>(facts(d).bits / 8); }

std::optional<DType> dtypeFromName(std::string_view name) {
  for (const auto& f : kFacts)
    if (f.shortName == name) return f.dtype;
  return std::nullopt;
}

std::optional<DType> dtypeFromLongName(std::string_view name) {
  for (const auto& f : kFacts)
    if (f.longName == name) return f.dtype;
  return std::nullopt;
}

int64_t TensorType::numel() const {
  int64_t n = 1;
  for (int64_t d : shape) n *= d;
  return n;
}

std::string typeText(const TensorType& t) {
  std::string out(dtypeName(t.dtype));
  out += '[';
  for (size_t i = 0; i < t.shape.size(); ++i) {
    if (i) out += ',';
    out += std::to_string(t.shape[i]);
  }
  out += ']';
  return out;
}

}  // namespace pt::ir
