#pragma once
// Helpers for the standard-library modules the interpreter provides in C++ (StdModules.cpp,
// StdClasses.cpp). Their filename is "<builtin NAME>": a name they lack is reported as not
// supported by Polytrace rather than as missing from Python.
#include <memory>
#include <string>

#include "interp/Interpreter.h"

namespace pt::interp {

std::shared_ptr<ModuleObject> newModule(const std::string& name);
void def(ModuleObject& m, const std::string& name, BuiltinFunction::Fn fn);
bool isBuiltinModule(const ModuleObject& m);
void installStdClassModules(Interpreter& in);  // dataclasses, enum (StdClasses.cpp)
void installTorchNn(Interpreter& in);          // torch.nn, torch.no_grad & co (TorchNn.cpp)

}  // namespace pt::interp
