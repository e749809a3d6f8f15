#include "session/Session.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "session/Notebook.h"
#include "syntax/Parser.h"

namespace pt::session {

namespace fs = std::filesystem;

namespace {

std::optional<ir::Framework> guessFramework(const syntax::Module& m) {
  for (const syntax::Stmt* s : m.body) {
    std::vector<std::string> names;
    if (s->kind == syntax::StmtKind::Import)
      for (const auto* a : static_cast<const syntax::Import*>(s)->names) names.push_back(a->name);
    if (s->kind == syntax::StmtKind::ImportFrom) {
      const auto* f = static_cast<const syntax::ImportFrom*>(s);
      if (f->module && f->level == 0) names.push_back(*f->module);
    }
    for (const auto& n : names)
      if (auto fw = ir::frameworkFromName(n.substr(0, n.find('.'))); fw && n.substr(0, n.find('.')) != "tf") return fw;
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<SourceFile> sourceFiles(const std::string& path) {
  std::vector<SourceFile> files;
  fs::path p(path);
  if (fs::is_regular_file(p)) {
    files.push_back({path, ""});
    return files;
  }
  if (!fs::is_directory(p)) return files;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(p, fs::directory_options::skip_permission_denied, ec);
       it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const fs::path& f = it->path();
    std::string leaf = f.filename().string();
    if (it->is_directory() && (leaf.empty() || leaf[0] == '.' || leaf == "__pycache__")) {
      it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file() || f.extension() != ".py") continue;
    fs::path rel = fs::relative(f, p);
    std::string module;
    for (const auto& part : rel.parent_path()) module += (module.empty() ? "" : ".") + part.string();
    std::string stem = f.stem().string();
    if (stem != "__init__") module += (module.empty() ? "" : ".") + stem;
    files.push_back({f.string(), module});
  }
  std::sort(files.begin(), files.end(), [](const SourceFile& a, const SourceFile& b) { return a.path < b.path; });
  return files;
}

std::optional<std::string> readPythonSource(const std::string& path) {
  auto text = readFile(path);
  if (!text || fs::path(path).extension() != ".ipynb") return text;
  std::string error;
  auto notebook = parseNotebook(*text, error);
  if (!notebook) return std::nullopt;
  return notebookAsModule(*notebook);
}

std::vector<FunctionInfo> listFunctions(const std::string& path, Diagnostics& diagnostics) {
  std::vector<FunctionInfo> out;
  auto files = sourceFiles(path);
  if (files.empty()) diagnostics.push_back({Severity::Error, "no-source", "no Python source at " + path, {path}});
  for (const auto& f : files) {
    auto text = readPythonSource(f.path);
    if (!text) {
      diagnostics.push_back({Severity::Error, "unreadable", "cannot read " + f.path, {f.path}});
      continue;
    }
    auto parsed = syntax::parseModule(*text, f.path);
    for (const auto& d : parsed.diagnostics()) diagnostics.push_back(d);
    auto framework = guessFramework(*parsed.module);
    for (const syntax::Stmt* s : parsed.module->body) {
      if (s->kind != syntax::StmtKind::FunctionDef) continue;
      const auto* def = static_cast<const syntax::FunctionDef*>(s);
      FunctionInfo info;
      info.name = def->name;
      info.module = f.module;
      info.qualname = f.module.empty() ? def->name : f.module + "." + def->name;
      info.file = f.path;
      info.line = def->pos.lineno;
      info.endLine = def->pos.end_lineno;
      for (const auto* a : def->args->posonlyargs) info.params.push_back(a->arg);
      for (const auto* a : def->args->args) info.params.push_back(a->arg);
      info.framework = framework;
      out.push_back(std::move(info));
    }
  }
  return out;
}

std::optional<FunctionInfo> findFunction(const std::string& path, const std::string& qualname, Diagnostics& diagnostics) {
  // Under a source root, QUAL names its module: parse that file only (a root may be all of
  // site-packages).
  if (auto dot = qualname.rfind('.'); dot != std::string::npos && fs::is_directory(path)) {
    std::string module = qualname.substr(0, dot);
    fs::path rel;
    for (size_t start = 0; start <= module.size();) {
      size_t next = module.find('.', start);
      if (next == std::string::npos) next = module.size();
      rel /= module.substr(start, next - start);
      start = next + 1;
    }
    for (fs::path file : {fs::path(path) / rel / "__init__.py", (fs::path(path) / rel).concat(".py")}) {
      if (!fs::is_regular_file(file)) continue;
      Diagnostics local;
      for (auto& f : listFunctions(file.string(), local)) {
        if (f.name != qualname.substr(dot + 1)) continue;
        f.module = module;
        f.qualname = qualname;
        return f;
      }
    }
    diagnostics.push_back({Severity::Error, "function-not-found", "no function '" + qualname + "' in " + path, {path}});
    return std::nullopt;
  }
  for (auto& f : listFunctions(path, diagnostics))
    if (f.qualname == qualname) return f;
  diagnostics.push_back({Severity::Error, "function-not-found", "no function '" + qualname + "' in " + path, {path}});
  return std::nullopt;
}

Diagnostic diagnosticFromException(const interp::PyException& e) {
  Diagnostic d;
  d.code = e.reasonCode.empty() ? "python-exception" : e.reasonCode;
  d.message = e.type + (e.message.empty() ? "" : ": " + e.message);
  if (e.traceback.size() > 1 || e.reasonCode.empty()) d.message += "\n" + e.formatted();
  if (!e.traceback.empty()) d.loc = e.traceback.back().loc;
  return d;
}

Session::Session(std::string path)
    : path_(std::move(path)), interp_(std::make_unique<interp::Interpreter>()), ivy_(std::make_unique<IvyApi>(*interp_)) {
  isFile_ = fs::is_regular_file(path_);
  interp_->addSourceRoot(isFile_ ? fs::path(path_).parent_path().string() : path_);
  scope_ = std::make_shared<interp::ModuleObject>();
  scope_->name = "__main__";
  scope_->filename = "<setup>";
  scope_->globals["__name__"] = interp::makeStr("__main__");
}

interp::Value Session::function(const std::string& qualname) {
  if (isFile_) {
    std::string stem = fs::path(path_).stem().string();
    // The file is loaded under its own name (not through the source root) so a file named like a
    // framework or a standard module still opens.
    if (!fileModule_) {
      auto text = readPythonSource(path_);
      if (!text) interp_->raise("FileNotFoundError", "cannot read " + path_);
      fileModule_ = interp_->loadModuleSource(stem, fs::path(path_).filename().string(), *text);
    }
    return interp_->getAttr(interp::Value::object(fileModule_), qualname);
  }
  auto dot = qualname.rfind('.');
  if (dot == std::string::npos) interp_->raise("ValueError", "under a source root, name functions as module.function");
  interp::Value mod = interp_->importModule(qualname.substr(0, dot));
  return interp_->getAttr(mod, qualname.substr(dot + 1));
}

void Session::runSetup(const std::string& code) {
  if (!code.empty()) interp_->execSource(code, scope_, "<setup>");
}

std::vector<interp::Value> Session::evalArgs(const std::string& exprs) {
  if (exprs.find_first_not_of(" \t\n") == std::string::npos) return {};
  interp::Value tuple = interp_->evalSource("(" + exprs + ",)", scope_, "<args>");
  return interp_->toList(tuple);
}

std::vector<interp::Value> Session::asFrameworkInputs(const std::vector<interp::Value>& args, ir::Framework fw) {
  if (fw == ir::Framework::Ivy) return args;
  std::vector<interp::Value> out;
  for (const auto& a : args) {
    if (auto* t = a.as<interp::TensorObject>(); t && t->framework != fw) out.push_back(interp_->wrapTensor(t->tensor, fw));
    else out.push_back(a);
  }
  return out;
}

}  // namespace pt::session
