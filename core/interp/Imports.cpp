// Modules from the user's source roots. The host reads the files; interpreted code never can.
#include <filesystem>
#include <fstream>
#include <sstream>

#include "interp/Interpreter.h"

namespace pt::interp {

namespace {
std::optional<std::string> readFile(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Modules whose absence is a sandbox rule rather than a missing file.
bool isForbiddenModule(const std::string& top) {
  static const char* kForbidden[] = {"os", "sys", "subprocess", "socket", "shutil", "pathlib", "io", "builtins",
                                     "ctypes", "multiprocessing", "threading", "urllib", "http", "pickle", "importlib"};
  for (const char* f : kForbidden)
    if (top == f) return true;
  return false;
}
}  // namespace

Value Interpreter::loadFromSourceRoots(const std::string& dottedName) {
  std::string top = dottedName.substr(0, dottedName.find('.'));
  // A submodule needs its package loaded first (its __init__ may define what the child uses).
  if (auto dot = dottedName.rfind('.'); dot != std::string::npos) {
    Value parent = importModule(dottedName.substr(0, dot));
    auto it = modules_.find(dottedName);
    if (it != modules_.end()) return it->second;
    (void)parent;
  }
  std::filesystem::path rel;
  for (size_t start = 0; start <= dottedName.size();) {
    size_t dot = dottedName.find('.', start);
    if (dot == std::string::npos) dot = dottedName.size();
    rel /= dottedName.substr(start, dot - start);
    start = dot + 1;
  }
  for (const auto& root : sourceRoots_) {
    std::filesystem::path base = std::filesystem::path(root) / rel;
    std::filesystem::path init = base / "__init__.py";
    std::filesystem::path file = base;
    file += ".py";
    bool isPackage = std::filesystem::is_regular_file(init);
    std::filesystem::path chosen = isPackage ? init : file;
    if (!std::filesystem::is_regular_file(chosen)) continue;
    auto text = readFile(chosen);
    if (!text) continue;
    // Locations name files relative to their source root: stable across machines and checkouts.
    std::string shownName = std::filesystem::relative(chosen, root).generic_string();
    auto mod = loadModuleSource(dottedName, shownName, *text, isPackage);
    if (isPackage) mod->packagePath = base.string();
    if (auto dot = dottedName.rfind('.'); dot != std::string::npos)
      if (auto* parent = modules_.at(dottedName.substr(0, dot)).as<ModuleObject>())
        parent->globals[dottedName.substr(dot + 1)] = Value::object(mod);
    return Value::object(mod);
  }
  if (isForbiddenModule(top))
    raise("ModuleNotFoundError", "module '" + top + "' is not available: interpreted code has no access to files, "
                                                      "processes or the network", "sandbox");
  raise("ModuleNotFoundError", "No module named '" + dottedName + "'", "module-not-found");
}

}  // namespace pt::interp
