#pragma once
// User classes: attribute lookup through the MRO with descriptors (property, staticmethod,
// classmethod), super(), __getattr__/__setattr__ hooks, enum members.
#include <optional>
#include <string>

#include "interp/Interpreter.h"

namespace pt::interp {

std::optional<Value> instanceGetAttr(Interpreter& in, const Value& object, const std::string& name);
// False when nothing special applies and the caller stores the attribute itself.
bool instanceSetAttr(Interpreter& in, const Value& object, const std::string& name, const Value& value);
std::optional<Value> classGetAttr(Interpreter& in, const Value& cls, const std::string& name);
std::optional<Value> superGetAttr(Interpreter& in, const SuperObject& s, const std::string& name);
// The builtin `object` (not put into user classes' MROs: it only answers explicit calls such as
// object.__setattr__ and super() calls that run past the last user base).
bool isObjectClass(const Value& v);
// An IntEnum member's int value (IntEnum members are ints in Python), else nullopt.
std::optional<Value> intEnumValue(const Value& v);
// repr()/str() of an enum member, if v is one.
std::optional<std::string> enumMemberText(Interpreter& in, const Value& v, bool forRepr);
// Python's dispatch of a binary dunder on instances: a.__name__(b); nullopt when not defined or
// it returned NotImplemented.
std::optional<Value> callDunder(Interpreter& in, const Value& self, const std::string& name, const Value& other);

}  // namespace pt::interp
