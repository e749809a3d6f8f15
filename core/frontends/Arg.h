#pragma once
// An argument of a framework API call, as the frontends see it. The interpreter passes concrete
// Python values and tensor handles; the source-to-source translator passes literals it can read
// from the source and symbolic tensors. Either way the same lowering code runs.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ir/DType.h"

namespace pt::frontends {

using Operand = int;  // a tensor handle owned by the Builder

struct Arg {
  enum class Kind { Absent, Tensor, None, Bool, Int, Float, Str, DType, Sequence, Opaque };
  Kind kind = Kind::Absent;
  bool boolValue = false;
  int64_t intValue = 0;
  double floatValue = 0.0;
  std::string text;            // Str: the string; Opaque: a description for messages
  ir::DType dtype{};           // DType
  std::vector<Arg> items;      // Sequence
  bool isTuple = false;        // Sequence: tuple (true) or list (false)
  Operand operand = -1;        // Tensor: the builder's handle. Opaque: builder-specific handle (may be -1)

  static Arg absent() { return {}; }
  static Arg none() { Arg a; a.kind = Kind::None; return a; }
  static Arg boolean(bool v) { Arg a; a.kind = Kind::Bool; a.boolValue = v; return a; }
  static Arg integer(int64_t v) { Arg a; a.kind = Kind::Int; a.intValue = v; return a; }
  static Arg real(double v) { Arg a; a.kind = Kind::Float; a.floatValue = v; return a; }
  static Arg str(std::string v) { Arg a; a.kind = Kind::Str; a.text = std::move(v); return a; }
  static Arg dtypeArg(ir::DType d) { Arg a; a.kind = Kind::DType; a.dtype = d; return a; }
  static Arg tensor(Operand h) { Arg a; a.kind = Kind::Tensor; a.operand = h; return a; }
  static Arg sequence(std::vector<Arg> items, bool tuple) {
    Arg a; a.kind = Kind::Sequence; a.items = std::move(items); a.isTuple = tuple; return a;
  }
  static Arg opaque(std::string what, Operand h = -1) {
    Arg a; a.kind = Kind::Opaque; a.text = std::move(what); a.operand = h; return a;
  }

  bool isAbsent() const { return kind == Kind::Absent; }
  bool isNone() const { return kind == Kind::None || kind == Kind::Absent; }
  bool isTensor() const { return kind == Kind::Tensor; }
  bool isNumber() const { return kind == Kind::Bool || kind == Kind::Int || kind == Kind::Float; }
  // Python's numeric tower: bool ⊂ int ⊂ float.
  double asDouble() const {
    return kind == Kind::Float ? floatValue : kind == Kind::Int ? static_cast<double>(intValue) : boolValue ? 1.0 : 0.0;
  }
  std::string describe() const;  // "a tensor", "int 3", "None", ...
};

}  // namespace pt::frontends
