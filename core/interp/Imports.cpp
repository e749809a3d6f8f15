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

namespace {
std::filesystem::path relativePath(const std::string& dottedName) {
  std::filesystem::path rel;
  for (size_t start = 0; start <= dottedName.size();) {
    size_t dot = dottedName.find('.', start);
    if (dot == std::string::npos) dot = dottedName.size();
    rel /= dottedName.substr(start, dot - start);
    start = dot + 1;
  }
  return rel;
}

// A compiled extension module next to `base` (base.cpython-311-x86_64-linux-gnu.so, base.so).
std::optional<std::filesystem::path> extensionFile(const std::filesystem::path& base) {
  std::error_code ec;
  std::filesystem::path dir = base.parent_path();
  std::string leaf = base.filename().string();
  if (!std::filesystem::is_directory(dir, ec)) return std::nullopt;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    std::string name = entry.path().filename().string();
    if (name.rfind(leaf + ".", 0) != 0) continue;
    std::string ext = entry.path().extension().string();
    if (ext == ".so" || ext == ".pyd") return entry.path();
  }
  return std::nullopt;
}
}  // namespace

std::shared_ptr<ModuleObject> Interpreter::packageForSubmodule(const std::string& dottedName) {
  if (auto it = modules_.find(dottedName); it != modules_.end()) {
    auto mod = it->second.asShared<ModuleObject>();
    if (!mod || !mod->isPackage)
      raise("ModuleNotFoundError", "No module named '" + dottedName + "." + "...': '" + dottedName + "' is not a package");
    return mod;
  }
  std::shared_ptr<ModuleObject> parent;
  if (auto dot = dottedName.rfind('.'); dot != std::string::npos) {
    parent = packageForSubmodule(dottedName.substr(0, dot));
    if (!parent) return nullptr;
    if (auto it = modules_.find(dottedName); it != modules_.end()) return it->second.asShared<ModuleObject>();
  }
  std::filesystem::path rel = relativePath(dottedName);
  for (const auto& root : sourceRoots_) {
    std::filesystem::path base = std::filesystem::path(root) / rel;
    std::filesystem::path init = base / "__init__.py";
    if (!std::filesystem::is_regular_file(init)) continue;
    auto mod = std::make_shared<ModuleObject>();
    mod->name = dottedName;
    mod->filename = std::filesystem::relative(init, root).generic_string();
    mod->globals["__name__"] = makeStr(dottedName);
    mod->globals["__file__"] = makeStr(mod->filename);
    mod->isPackage = true;
    mod->packagePath = base.string();
    mod->initPending = true;
    mod->initPath = init.string();
    modules_[dottedName] = Value::object(mod);
    if (parent) parent->globals[dottedName.substr(dottedName.rfind('.') + 1)] = Value::object(mod);
    return mod;
  }
  return nullptr;
}

void Interpreter::runPendingInit(const std::shared_ptr<ModuleObject>& mod) {
  if (!mod->initPending) return;
  mod->initPending = false;  // before running: the __init__ may import its own submodules
  auto text = readFile(mod->initPath);
  if (!text) raise("ImportError", "cannot read " + mod->initPath);
  mod->source = std::make_shared<syntax::ParseResult>(syntax::parseModule(*text, mod->filename));
  runModuleBody(mod);
}

Value Interpreter::loadFromSourceRoots(const std::string& dottedName) {
  std::string top = dottedName.substr(0, dottedName.find('.'));
  // A submodule needs its package; the package's __init__ runs only when something needs it.
  std::shared_ptr<ModuleObject> parent;
  if (auto dot = dottedName.rfind('.'); dot != std::string::npos) {
    parent = packageForSubmodule(dottedName.substr(0, dot));
    auto it = modules_.find(dottedName);
    if (it != modules_.end()) return it->second;
    if (!parent) raise("ModuleNotFoundError", "No module named '" + dottedName + "'", "module-not-found");
  }
  std::filesystem::path rel = relativePath(dottedName);
  for (const auto& root : sourceRoots_) {
    std::filesystem::path base = std::filesystem::path(root) / rel;
    std::filesystem::path init = base / "__init__.py";
    std::filesystem::path file = base;
    file += ".py";
    bool isPackage = std::filesystem::is_regular_file(init);
    std::filesystem::path chosen = isPackage ? init : file;
    std::shared_ptr<ModuleObject> mod;
    if (std::filesystem::is_regular_file(chosen)) {
      auto text = readFile(chosen);
      if (!text) continue;
      // Locations name files relative to their source root: stable across machines and checkouts.
      std::string shownName = std::filesystem::relative(chosen, root).generic_string();
      mod = loadModuleSource(dottedName, shownName, *text, isPackage);
      if (isPackage) mod->packagePath = base.string();
    } else if (auto so = extensionFile(base)) {
      mod = std::make_shared<ModuleObject>();
      mod->name = dottedName;
      mod->filename = std::filesystem::relative(*so, root).generic_string();
      mod->extensionFile = mod->filename;
      modules_[dottedName] = Value::object(mod);
    } else {
      continue;
    }
    if (parent) parent->globals[dottedName.substr(dottedName.rfind('.') + 1)] = Value::object(mod);
    return Value::object(mod);
  }
  if (isForbiddenModule(top))
    raise("ModuleNotFoundError", "module '" + top + "' is not available: interpreted code has no access to files, "
                                                      "processes or the network", "sandbox");
  raise("ModuleNotFoundError", "No module named '" + dottedName + "'", "module-not-found");
}

}  // namespace pt::interp
