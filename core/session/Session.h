#pragma once
// The front door to core/ for the CLI and the IDE: a source path (a .py file or a source root),
// its functions, example inputs evaluated by the interpreter, traced functions and translations.
// Everything here is Qt-free; long operations report errors as Diagnostics, never exit().
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/Diagnostic.h"
#include "codegen/GraphCodegen.h"
#include "interp/Interpreter.h"
#include "ir/Framework.h"
#include "session/IvyApi.h"
#include "session/ParamInput.h"
#include "trace/TracedFunction.h"

namespace pt::session {

struct FunctionInfo {
  std::string qualname;  // "normalize" in a file; "pkg.mod.normalize" under a root
  std::string module;    // dotted module name ("" for a single file)
  std::string name;      // the function's own name
  std::string file;
  int line = 0;
  int endLine = 0;
  std::vector<std::string> params;
  std::optional<ir::Framework> framework;  // guessed from the module's imports
};

struct SourceFile {
  std::string path;
  std::string module;
};

// Parses (never runs) every module under `path` and lists module-level functions.
std::vector<FunctionInfo> listFunctions(const std::string& path, Diagnostics& diagnostics);
std::vector<SourceFile> sourceFiles(const std::string& path);
// The Python source at `path`: the file's text, or for a notebook (.ipynb) its code cells as one
// module (notebookAsModule). nullopt when unreadable.
std::optional<std::string> readFile(const std::string& path);  // the bytes of a file; nullopt when unreadable
std::optional<std::string> readPythonSource(const std::string& path);  // a file, or the .py files of a root (sorted)
std::optional<FunctionInfo> findFunction(const std::string& path, const std::string& qualname, Diagnostics& diagnostics);

// Turns an interpreter exception into a diagnostic with the Python traceback in the message.
Diagnostic diagnosticFromException(const interp::PyException& e);

class Session {
 public:
  explicit Session(std::string path);
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  const std::string& path() const { return path_; }
  interp::Interpreter& interpreter() { return *interp_; }
  // ivy.trace_graph & co. as interpreted code calls them, with what they created.
  IvyApi& ivyApi() { return *ivy_; }
  // The scope --setup code runs in and --args are evaluated in (like a notebook's __main__).
  const std::shared_ptr<interp::ModuleObject>& scope() { return scope_; }

  // Each throws interp::PyException on Python errors.
  interp::Value function(const std::string& qualname);
  void runSetup(const std::string& code);
  std::vector<interp::Value> evalArgs(const std::string& exprs);
  // The arguments for a function with parameters `params`: the typed expressions by position,
  // each picked input in its parameter's place (SessionInputs.cpp).
  std::vector<interp::Value> evalInputs(const std::vector<std::string>& params, const std::string& exprs,
                                        const ParamInputs& pickers);
  // A picked input as a numpy array; raises ValueError / MemoryError with a reason code.
  interp::Value materialize(const ParamInput& input);
  // Re-wraps tensors of other frameworks as `fw` tensors (sharing data), as a user of `fw` would pass them.
  std::vector<interp::Value> asFrameworkInputs(const std::vector<interp::Value>& args, ir::Framework fw);

 private:
  std::string path_;
  bool isFile_ = false;
  std::unique_ptr<interp::Interpreter> interp_;
  std::unique_ptr<IvyApi> ivy_;
  std::shared_ptr<interp::ModuleObject> scope_;
  std::shared_ptr<interp::ModuleObject> fileModule_;  // the file, when PATH is a file
};

// Writes each leaf of a result (tensors, Python numbers/bools; tuples and lists flattened in
// order) as DIR/out0.npy, out1.npy, ... Returns the files written.
std::vector<std::string> saveOutputsAsNpy(interp::Interpreter& in, const interp::Value& result, const std::string& dir);

}  // namespace pt::session

namespace pt::session {
// Constant folding for passes::optimize, evaluated on the tensor runtime.
std::optional<ir::Attrs> evaluateConstantOp(ir::OpKind op, const std::vector<const ir::Attrs*>& inputs, const ir::Attrs& attrs);
}
