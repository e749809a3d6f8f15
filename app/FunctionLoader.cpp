#include "app/FunctionLoader.h"

#include <filesystem>
#include <vector>

#include "interp/Interpreter.h"
#include "interp/Objects.h"

namespace pt::app {

namespace fs = std::filesystem;

interp::Value loadFunction(session::Session& session, const session::FunctionInfo& info,
                           const std::map<std::string, std::string>& unsaved) {
  interp::Interpreter& in = session.interpreter();
  const fs::path root(session.path());
  if (fs::is_regular_file(root)) {
    auto edited = unsaved.find(info.file);
    if (edited == unsaved.end()) return session.function(info.qualname);
    // Loaded under the file's own name, as Session::function does with the file on disk.
    auto module = in.loadModuleSource(root.stem().string(), root.filename().string(), edited->second);
    return in.getAttr(interp::Value::object(module), info.name);
  }

  // Parents first: importing a package may load its submodules from disk, and the edited text
  // must replace what that import put into sys.modules.
  std::vector<std::string> chain;
  for (size_t dot = info.module.find('.'); dot != std::string::npos; dot = info.module.find('.', dot + 1))
    chain.push_back(info.module.substr(0, dot));
  chain.push_back(info.module);

  std::map<std::string, std::string> fileOfModule;
  for (const auto& f : session::sourceFiles(session.path())) fileOfModule[f.module] = f.path;

  for (const std::string& module : chain) {
    auto file = fileOfModule.find(module);
    if (file == fileOfModule.end()) continue;
    auto edited = unsaved.find(file->second);
    if (edited == unsaved.end()) continue;
    const auto dot = module.rfind('.');
    interp::ModuleObject* parent = nullptr;
    if (dot != std::string::npos) parent = in.importModule(module.substr(0, dot)).as<interp::ModuleObject>();
    const fs::path path(file->second);
    const bool isPackage = path.filename() == "__init__.py";
    // Locations name files relative to the source root, as imports from disk do.
    auto loaded = in.loadModuleSource(module, fs::relative(path, root).generic_string(), edited->second, isPackage);
    if (isPackage) loaded->packagePath = path.parent_path().string();
    if (parent) parent->globals[module.substr(dot + 1)] = interp::Value::object(loaded);
  }
  return session.function(info.qualname);
}

}  // namespace pt::app
