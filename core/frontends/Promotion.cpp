#include "frontends/Promotion.h"

#include <algorithm>

namespace pt::frontends {

using ir::DType;
using ir::Framework;

namespace {

enum class Category { Bool = 0, Int = 1, Float = 2 };

Category categoryOf(DType d) {
  if (d == DType::Bool) return Category::Bool;
  return ir::isFloating(d) ? Category::Float : Category::Int;
}

Category categoryOf(const Arg& scalar) {
  switch (scalar.kind) {
    case Arg::Kind::Bool: return Category::Bool;
    case Arg::Kind::Int: return Category::Int;
    default: return Category::Float;
  }
}

DType signedIntOfBits(int bits) {
  switch (bits) {
    case 8: return DType::Int8;
    case 16: return DType::Int16;
    case 32: return DType::Int32;
    default: return DType::Int64;
  }
}

DType floatOfBits(int bits) { return bits <= 16 ? DType::Float16 : bits <= 32 ? DType::Float32 : DType::Float64; }

// Integer promotion shared by numpy, torch and jax: unsigned with signed widens to a signed type
// that holds both (u8+i8 → i16); beyond 64 bits numpy falls back to float64.
DType promoteIntegers(DType a, DType b, bool& overflow) {
  overflow = false;
  if (ir::isSigned(a) == ir::isSigned(b)) return ir::dtypeBits(a) >= ir::dtypeBits(b) ? a : b;
  DType u = ir::isSigned(a) ? b : a, s = ir::isSigned(a) ? a : b;
  if (ir::dtypeBits(s) > ir::dtypeBits(u)) return s;
  if (ir::dtypeBits(u) >= 64) {
    overflow = true;
    return DType::Float64;
  }
  return signedIntOfBits(ir::dtypeBits(u) * 2);
}

DType promoteFloats(DType a, DType b) {
  if (a == b) return a;
  // f16 with bf16 has no common 16-bit type.
  if ((a == DType::Float16 && b == DType::BFloat16) || (a == DType::BFloat16 && b == DType::Float16)) return DType::Float32;
  return ir::dtypeBits(a) >= ir::dtypeBits(b) ? a : b;
}

// numpy's promote_types: a float must be able to hold every value of the integer.
DType numpyPromote(DType a, DType b) {
  if (a == b) return a;
  if (a == DType::Bool) return b;
  if (b == DType::Bool) return a;
  Category ca = categoryOf(a), cb = categoryOf(b);
  bool overflow = false;
  if (ca == Category::Int && cb == Category::Int) return promoteIntegers(a, b, overflow);
  if (ca == Category::Float && cb == Category::Float) return promoteFloats(a, b);
  DType i = ca == Category::Int ? a : b, f = ca == Category::Int ? b : a;
  int needed = ir::dtypeBits(i) <= 8 ? 16 : ir::dtypeBits(i) <= 16 ? 32 : 64;
  return floatOfBits(std::max(needed, ir::dtypeBits(f)));
}

// torch and jax promote by category first: the higher category's operand decides.
DType categoryPromote(DType a, DType b) {
  if (a == b) return a;
  Category ca = categoryOf(a), cb = categoryOf(b);
  if (ca != cb) return ca > cb ? a : b;
  bool overflow = false;
  if (ca == Category::Int) return promoteIntegers(a, b, overflow);
  if (ca == Category::Float) return promoteFloats(a, b);
  return a;
}

bool fitsIn(int64_t v, DType d) {
  switch (d) {
    case DType::UInt8: return v >= 0 && v <= 255;
    case DType::Int8: return v >= -128 && v <= 127;
    case DType::Int16: return v >= -32768 && v <= 32767;
    case DType::Int32: return v >= INT32_MIN && v <= INT32_MAX;
    default: return true;
  }
}

// numpy 1.x's value-based casting of a Python int against an integer array: the smallest type of
// the array's kind (signed, or unsigned for a non-negative value with an unsigned array) that
// holds the value. nullopt for uint16/32/64, which the IR does not have.
std::optional<DType> minScalarInt(int64_t v, bool unsignedArray) {
  if (unsignedArray && v >= 0) return v <= 255 ? std::optional<DType>(DType::UInt8) : std::nullopt;
  return v >= -128 && v <= 127       ? DType::Int8
         : v >= -32768 && v <= 32767 ? DType::Int16
         : v >= INT32_MIN && v <= INT32_MAX ? DType::Int32
                                            : DType::Int64;
}

}  // namespace

DType defaultFloat(Framework fw) { return fw == Framework::Numpy ? DType::Float64 : DType::Float32; }

DType defaultInt(Framework fw) {
  return (fw == Framework::Jax || fw == Framework::TensorFlow) ? DType::Int32 : DType::Int64;
}

DType scalarDType(Framework fw, Arg::Kind kind) {
  if (kind == Arg::Kind::Bool) return DType::Bool;
  if (kind == Arg::Kind::Int) return defaultInt(fw);
  return defaultFloat(fw);
}

std::optional<DType> promoteTensors(Framework fw, DType a, DType b, std::string& error) {
  switch (fw) {
    case Framework::Numpy: return numpyPromote(a, b);
    case Framework::Torch:
    case Framework::Jax:
    case Framework::Ivy: return categoryPromote(a, b);
    case Framework::TensorFlow:
      if (a != b) {
        error = "cannot compute the op: one operand is a " + std::string(ir::dtypeLongName(a)) + " tensor and the other a " +
                std::string(ir::dtypeLongName(b)) + " tensor (TensorFlow does not promote dtypes)";
        return std::nullopt;
      }
      return a;
  }
  return a;
}

std::optional<DType> promoteWithScalar(Framework fw, DType tensor, const Arg& scalar, std::string& error) {
  Category ct = categoryOf(tensor), cs = categoryOf(scalar);
  switch (fw) {
    case Framework::TensorFlow:
      if (cs > ct && !(ct == Category::Bool)) {
        error = "cannot convert " + scalar.describe() + " to a tensor of dtype " + std::string(ir::dtypeLongName(tensor));
        return std::nullopt;
      }
      return tensor;
    case Framework::Numpy:
      // numpy 1.x looks at the value: a Python int that does not fit widens the integer type.
      if (cs <= ct) {
        if (cs == Category::Int && ct == Category::Int && !fitsIn(scalar.intValue, tensor)) {
          auto s = minScalarInt(scalar.intValue, !ir::isSigned(tensor));
          if (!s) {
            error = "numpy would widen to uint16 or wider here, which Polytrace does not support";
            return std::nullopt;
          }
          return numpyPromote(tensor, *s);
        }
        if (ct == Category::Bool && cs == Category::Bool) return DType::Bool;
        return tensor;
      }
      if (cs == Category::Int) return DType::Int64;  // bool array with an int
      return DType::Float64;                          // int or bool array with a float
    case Framework::Torch:
    case Framework::Jax:
    case Framework::Ivy:
      if (cs <= ct) return tensor;
      return cs == Category::Int ? defaultInt(fw) : defaultFloat(fw);
  }
  return tensor;
}

std::optional<DType> floatFor(Framework fw, DType input, std::string& error) {
  if (ir::isFloating(input)) return input;
  switch (fw) {
    // numpy picks the smallest float that holds every value of the integer type.
    case Framework::Numpy:
      return ir::dtypeBits(input) <= 8 ? DType::Float16 : ir::dtypeBits(input) <= 16 ? DType::Float32 : DType::Float64;
    case Framework::TensorFlow:
      // tf.math.divide of ints gives float64 for int32/int64 (truediv); most float ops reject ints.
      if (input == DType::Int32 || input == DType::Int64) return DType::Float64;
      if (input == DType::Int8 || input == DType::Int16 || input == DType::UInt8) return DType::Float32;
      error = "this TensorFlow op does not accept bool tensors";
      return std::nullopt;
    default: return defaultFloat(fw);
  }
}

}  // namespace pt::frontends
