#pragma once
// Values of the interpreted Python: small scalars inline, everything else a shared heap object
// (Python's reference semantics: lists and dicts are shared by every name bound to them).
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace pt::interp {

class Object {
 public:
  virtual ~Object() = default;
  virtual std::string_view typeName() const = 0;  // Python's type(x).__name__
};
using ObjRef = std::shared_ptr<Object>;

class Value {
 public:
  enum class Kind : uint8_t { None, Bool, Int, Float, Obj };

  Value() = default;
  static Value none() { return Value(); }
  static Value boolean(bool b) { Value v; v.kind_ = Kind::Bool; v.i_ = b ? 1 : 0; return v; }
  static Value integer(int64_t i) { Value v; v.kind_ = Kind::Int; v.i_ = i; return v; }
  static Value real(double f) { Value v; v.kind_ = Kind::Float; v.f_ = f; return v; }
  static Value object(ObjRef o) { Value v; v.kind_ = Kind::Obj; v.obj_ = std::move(o); return v; }

  Kind kind() const { return kind_; }
  bool isNone() const { return kind_ == Kind::None; }
  bool isBool() const { return kind_ == Kind::Bool; }
  bool isInt() const { return kind_ == Kind::Int; }      // bool is not included (check isBool too)
  bool isFloat() const { return kind_ == Kind::Float; }
  bool isNumber() const { return kind_ == Kind::Bool || kind_ == Kind::Int || kind_ == Kind::Float; }
  bool isObject() const { return kind_ == Kind::Obj; }

  bool asBool() const { return i_ != 0; }
  int64_t asInt() const { return i_; }         // valid for Bool and Int
  double asFloat() const { return kind_ == Kind::Float ? f_ : static_cast<double>(i_); }
  const ObjRef& obj() const { return obj_; }

  template <class T>
  T* as() const {
    return kind_ == Kind::Obj ? dynamic_cast<T*>(obj_.get()) : nullptr;
  }
  template <class T>
  std::shared_ptr<T> asShared() const {
    return kind_ == Kind::Obj ? std::dynamic_pointer_cast<T>(obj_) : nullptr;
  }

  std::string_view typeName() const;
  bool identical(const Value& other) const;  // Python `is`

 private:
  Kind kind_ = Kind::None;
  union {
    int64_t i_ = 0;
    double f_;
  };
  ObjRef obj_;
};

}  // namespace pt::interp
