#include "interp/Value.h"

namespace pt::interp {

std::string_view Value::typeName() const {
  switch (kind_) {
    case Kind::None: return "NoneType";
    case Kind::Bool: return "bool";
    case Kind::Int: return "int";
    case Kind::Float: return "float";
    case Kind::Obj: return obj_->typeName();
  }
  return "object";
}

bool Value::identical(const Value& o) const {
  if (kind_ != o.kind_) return false;
  switch (kind_) {
    case Kind::None: return true;
    case Kind::Bool:
    case Kind::Int: return i_ == o.i_;
    case Kind::Float: return f_ == o.f_;
    case Kind::Obj: return obj_ == o.obj_;
  }
  return false;
}

}  // namespace pt::interp
