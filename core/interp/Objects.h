#pragma once
// The heap object kinds of the interpreter.
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "frontends/ApiTable.h"
#include "interp/Value.h"
#include "ir/Framework.h"
#include "runtime/Tensor.h"
#include "syntax/Ast.h"
#include "syntax/Parser.h"

namespace pt::interp {

class Interpreter;

struct CallArgs {
  std::vector<Value> positional;
  std::vector<std::pair<std::string, Value>> keywords;
};

struct StrObject : Object {
  explicit StrObject(std::string s) : value(std::move(s)) {}
  std::string_view typeName() const override { return "str"; }
  std::string value;
};

struct TupleObject : Object {
  explicit TupleObject(std::vector<Value> v = {}) : items(std::move(v)) {}
  std::string_view typeName() const override { return "tuple"; }
  std::vector<Value> items;
  std::vector<std::string> fieldNames;  // a named tuple's fields (torch.max(x, dim).values), else empty
  bool torchSize = false;               // a torch tensor's shape: repr torch.Size([2, 3])
};

struct ListObject : Object {
  explicit ListObject(std::vector<Value> v = {}) : items(std::move(v)) {}
  std::string_view typeName() const override { return "list"; }
  std::vector<Value> items;
};

// Insertion-ordered like Python's dict. Keys are compared with Python equality.
struct DictObject : Object {
  std::string_view typeName() const override { return ordered ? "OrderedDict" : "dict"; }
  bool ordered = false;  // a collections.OrderedDict (state_dict()): only its repr differs
  std::vector<std::pair<Value, Value>> items;
  const Value* find(const Value& key) const;
  void set(const Value& key, Value value);
  bool erase(const Value& key);
};

struct SliceObject : Object {
  std::string_view typeName() const override { return "slice"; }
  Value start, stop, step;
};

struct EllipsisObject : Object {
  std::string_view typeName() const override { return "ellipsis"; }
};

struct RangeObject : Object {
  std::string_view typeName() const override { return "range"; }
  int64_t start = 0, stop = 0, step = 1;
  int64_t size() const;
};

struct Scope;

struct ModuleObject : Object {
  std::string_view typeName() const override { return "module"; }
  std::string name;       // dotted module name, e.g. "imgkit.color"
  std::string filename;   // for locations
  std::unordered_map<std::string, Value> globals;
  std::shared_ptr<syntax::ParseResult> source;  // keeps the AST alive for functions defined here
  bool isPackage = false;
  std::string packagePath;  // directory of a package, for submodule imports
  // A package whose `__init__` has not run yet: importing `a.b.c` loads a.b.c alone and makes
  // `a`, `a.b` shells, whose `__init__` runs only when code asks them for something that is not
  // a submodule (a function's module must be usable without interpreting unrelated parts of the
  // package, e.g. torchvision/__init__.py importing datasets and C extensions).
  bool initPending = false;
  std::string initPath;   // the __init__.py to run, when initPending
  // A compiled extension (torchvision/_C.cpython-311-x86_64-linux-gnu.so): importing it works,
  // using any attribute raises NotImplementedError with reason "c-extension".
  std::string extensionFile;
  // Polytrace's own Python (torch.nn's modules): its functions are not scopes of a graph.
  bool internal = false;
};

// Where names live while a function runs. Enclosing function scopes are chained for closures.
struct Scope {
  std::unordered_map<std::string, Value> vars;
  std::shared_ptr<Scope> enclosing;
  std::vector<std::string> globalNames;  // names declared `global`
  // A class body's namespace keeps its definition order (enum members, dataclass fields and
  // `cls.__dict__` follow it); function scopes do not need it.
  bool recordOrder = false;
  std::vector<std::string> order;
};

// Objects defined by layers above the interpreter (core/session's ivy API: traced and transpiled
// functions, lazily transpiled modules) and framework classes answer attribute lookups and repr()
// themselves. A mixin: such an object is also an Object (and often a Callable).
struct HostObject {
  virtual ~HostObject() = default;
  virtual std::optional<Value> hostAttr(Interpreter& in, const std::string& name) = 0;
  virtual std::string hostRepr() const = 0;
};

struct ClassObject;

struct Callable : Object {
  virtual Value call(Interpreter& in, CallArgs& args) = 0;
  virtual std::string name() const = 0;
};

struct FunctionObject : Callable, std::enable_shared_from_this<FunctionObject> {
  std::string_view typeName() const override { return "function"; }
  std::string name() const override { return qualname; }
  Value call(Interpreter& in, CallArgs& args) override;

  std::string qualname;
  const syntax::Arguments* params = nullptr;
  const syntax::FunctionDef* def = nullptr;  // null for lambdas
  const syntax::Expr* lambdaBody = nullptr;
  std::shared_ptr<ModuleObject> module;
  std::shared_ptr<Scope> closure;
  std::vector<Value> defaults;                          // for the last len(defaults) positional params
  std::unordered_map<std::string, Value> kwDefaults;
  std::unordered_map<std::string, Value> attributes;    // func.__name__ etc. and user-set attributes
  // The class whose body defined this function (zero-argument super() and __class__), if any.
  std::weak_ptr<ClassObject> definingClass;
  bool isGenerator = false;  // the body contains `yield`: calling it makes a GeneratorObject
};

struct BuiltinFunction : Callable {
  using Fn = std::function<Value(Interpreter&, CallArgs&)>;
  BuiltinFunction(std::string n, Fn f) : fnName(std::move(n)), fn(std::move(f)) {}
  std::string_view typeName() const override { return "builtin_function_or_method"; }
  std::string name() const override { return fnName; }
  Value call(Interpreter& in, CallArgs& args) override;
  std::string fnName;
  Fn fn;
  // A method the interpreter generated for a class (dataclass __init__, object.__init__): bound
  // to the instance like a Python function when looked up through one.
  bool isMethod = false;
};

struct BoundMethod : Callable {
  BoundMethod(Value s, Value f) : self(std::move(s)), function(std::move(f)) {}
  std::string_view typeName() const override { return "method"; }
  std::string name() const override;
  Value call(Interpreter& in, CallArgs& args) override;
  Value self, function;
};

// A tensor of one framework. The same runtime tensor may be wrapped for several frameworks
// (tf.constant(np_array) shares the data).
struct TensorObject : Object {
  TensorObject(runtime::Tensor t, ir::Framework f) : tensor(std::move(t)), framework(f) {}
  std::string_view typeName() const override;
  runtime::Tensor tensor;  // replaced by in-place operations (the Python object stays the same)
  ir::Framework framework;

  // In-place writes are functionalised: the written tensor gets a new value, and a view writes
  // through to its base (§29–30). Views made by indexing keep their subscript; reshaping views
  // (view, unsqueeze, squeeze, flatten) write back by reshaping; other views cannot be written.
  enum class ViewKind { None, Index, Reshape, Opaque };
  ViewKind viewKind = ViewKind::None;
  std::shared_ptr<TensorObject> viewBase;
  Value viewIndex;        // ViewKind::Index: the subscript
  int64_t version = 0;    // bumped by every in-place write
  int64_t baseVersion = 0;  // the base's version this view's value was read at
  bool parameter = false;   // made by torch.nn.Parameter
};

struct DTypeObject : Object {
  DTypeObject(ir::DType d, ir::Framework f) : dtype(d), framework(f) {}
  std::string_view typeName() const override { return "dtype"; }
  ir::DType dtype;
  ir::Framework framework;
};

// A framework API symbol: a module/namespace ("torch", "tensorflow.math") or a function.
struct FrameworkNamespace : Object {
  FrameworkNamespace(std::string s, ir::Framework f) : symbol(std::move(s)), framework(f) {}
  std::string_view typeName() const override { return "module"; }
  std::string symbol;
  ir::Framework framework;
};

struct ApiFunctionObject : Callable {
  explicit ApiFunctionObject(const frontends::ApiEntry* e, Value self = Value::none()) : entry(e), boundSelf(std::move(self)) {}
  std::string_view typeName() const override { return "builtin_function_or_method"; }
  std::string name() const override { return entry->symbol; }
  Value call(Interpreter& in, CallArgs& args) override;
  const frontends::ApiEntry* entry;
  Value boundSelf;  // set for tensor methods
};

struct ClassObject : Callable, std::enable_shared_from_this<ClassObject> {
  std::string_view typeName() const override { return "type"; }
  std::string name() const override { return className; }
  Value call(Interpreter& in, CallArgs& args) override;
  bool isSubclassOf(const ClassObject* other) const;
  std::optional<Value> lookup(const std::string& attr) const;  // through the MRO
  // Like lookup, from the class after `after` in this class's MRO (super()).
  std::optional<Value> lookupAfter(const ClassObject* after, const std::string& attr) const;
  // The method resolution order (C3, as CPython), this class first. Empty until computed for
  // classes made by the interpreter itself (their single-base chain is used instead).
  std::vector<const ClassObject*> linearization() const;

  std::string className;
  std::vector<std::shared_ptr<ClassObject>> bases;
  std::unordered_map<std::string, Value> dict;
  std::vector<std::string> order;  // the class body's names in definition order
  std::vector<const ClassObject*> mro;
  bool isException = false;
  enum class EnumKind { None, Enum, IntEnum };
  EnumKind enumKind = EnumKind::None;
  std::vector<Value> enumMembers;  // in definition order
  std::string module;
};

// Descriptors made by the builtins property(), staticmethod() and classmethod().
struct PropertyObject : Object {
  std::string_view typeName() const override { return "property"; }
  Value fget, fset, fdel;
};
struct StaticMethodObject : Object {
  explicit StaticMethodObject(Value f) : function(std::move(f)) {}
  std::string_view typeName() const override { return "staticmethod"; }
  Value function;
};
struct ClassMethodObject : Object {
  explicit ClassMethodObject(Value f) : function(std::move(f)) {}
  std::string_view typeName() const override { return "classmethod"; }
  Value function;
};

// super(): attribute lookup on `self`'s class MRO, starting after `cls`.
struct SuperObject : Object {
  SuperObject(std::shared_ptr<ClassObject> c, Value s) : cls(std::move(c)), self(std::move(s)) {}
  std::string_view typeName() const override { return "super"; }
  std::shared_ptr<ClassObject> cls;
  Value self;  // an instance, or a class (super() inside a classmethod)
};

// iter() over a sequence, and generators. Generators are run eagerly, to completion, the first
// time a value is asked for (see Generators.cpp for why and what that means).
struct IteratorObject : Object {
  std::string_view typeName() const override { return isGenerator ? "generator" : "iterator"; }
  bool isGenerator = false;
  std::vector<Value> items;
  size_t position = 0;
  std::shared_ptr<FunctionObject> generator;  // set until the generator body has run
  CallArgs generatorArgs;
  Value returnValue;  // the generator's `return` value (the result of `yield from`)
};

struct InstanceObject : Object {
  explicit InstanceObject(std::shared_ptr<ClassObject> c) : cls(std::move(c)) {}
  std::string_view typeName() const override { return cls->className; }
  std::shared_ptr<ClassObject> cls;
  std::unordered_map<std::string, Value> attrs;
  std::vector<Value> exceptionArgs;  // for exception instances
};

// A Python exception travelling through the C++ stack.
struct TracebackEntry {
  std::string function;
  SourceLocation loc;
};

struct PyException {
  Value exception;  // an InstanceObject of an exception class
  std::string type;
  std::string message;
  std::vector<TracebackEntry> traceback;  // innermost last
  std::string reasonCode;                 // set for Polytrace limits ("unsupported-api", "step-budget", ...)
  std::string formatted() const;          // "Traceback (most recent call last): ... ValueError: msg"
};

// Convenience constructors.
Value makeStr(std::string s);
Value makeTuple(std::vector<Value> items);
Value makeList(std::vector<Value> items);

}  // namespace pt::interp
