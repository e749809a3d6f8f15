#pragma once
// The Python 3.11 abstract syntax tree, shaped exactly like CPython's Parser/Python.asdl:
// same node kinds, same fields in the same order, same position attributes.
// Nodes live in an AstArena owned by the parse result; pointers between nodes are plain
// (non-owning) and optional fields are nullptr.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace pt::syntax {

// Position attributes as CPython reports them: 1-based lines, 0-based columns in UTF-8 bytes.
struct Pos {
  int lineno = 0;
  int col_offset = 0;
  int end_lineno = 0;
  int end_col_offset = 0;
};

struct Node {
  Pos pos;
  virtual ~Node() = default;
};

class AstArena {
 public:
  template <class T, class... Args>
  T* make(Args&&... args) {
    auto node = std::make_unique<T>(std::forward<Args>(args)...);
    T* raw = node.get();
    nodes_.push_back(std::move(node));
    return raw;
  }
  size_t size() const { return nodes_.size(); }

 private:
  std::vector<std::unique_ptr<Node>> nodes_;
};

// ---- enums ---------------------------------------------------------------------------
enum class ExprContext { Load, Store, Del };
enum class BoolOpKind { And, Or };
enum class OperatorKind { Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv };
enum class UnaryOpKind { Invert, Not, UAdd, USub };
enum class CmpOpKind { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

const char* name(ExprContext);
const char* name(BoolOpKind);
const char* name(OperatorKind);
// The stem of the operator's special methods and of Python's `operator` module functions:
// "add" (__add__, __radd__, operator.add), "and" (__and__, operator.and_), ...
const char* methodStem(OperatorKind);
const char* name(UnaryOpKind);
const char* name(CmpOpKind);
const char* symbol(OperatorKind);  // "+", "-", "*", "@", ...
const char* symbol(CmpOpKind);     // "==", "is not", ...

// ---- constants -------------------------------------------------------------------------
// The value of an ast.Constant. Ints of any size keep their decimal text; strings are UTF-8.
struct ConstantValue {
  enum class Kind { None, Bool, Ellipsis, Int, Float, Complex, Str, Bytes };
  Kind kind = Kind::None;
  bool boolValue = false;
  int64_t intValue = 0;     // valid when intFits
  bool intFits = true;
  std::string text;         // Int: decimal digits (any size); Str: UTF-8; Bytes: raw bytes
  double floatValue = 0.0;  // Float, or the imaginary part of Complex
};

// ---- expressions ---------------------------------------------------------------------
enum class ExprKind {
  BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp, Dict, Set, ListComp, SetComp, DictComp,
  GeneratorExp, Await, Yield, YieldFrom, Compare, Call, FormattedValue, JoinedStr, Constant,
  Attribute, Subscript, Starred, Name, List, Tuple, Slice
};
const char* name(ExprKind);

struct Expr : Node {
  explicit Expr(ExprKind k) : kind(k) {}
  const ExprKind kind;
};

struct Stmt;
struct Arguments;
struct Keyword;
struct Comprehension;

struct BoolOp : Expr { BoolOp() : Expr(ExprKind::BoolOp) {} BoolOpKind op{}; std::vector<Expr*> values; };
struct NamedExpr : Expr { NamedExpr() : Expr(ExprKind::NamedExpr) {} Expr* target = nullptr; Expr* value = nullptr; };
struct BinOp : Expr { BinOp() : Expr(ExprKind::BinOp) {} Expr* left = nullptr; OperatorKind op{}; Expr* right = nullptr; };
struct UnaryOp : Expr { UnaryOp() : Expr(ExprKind::UnaryOp) {} UnaryOpKind op{}; Expr* operand = nullptr; };
struct Lambda : Expr { Lambda() : Expr(ExprKind::Lambda) {} Arguments* args = nullptr; Expr* body = nullptr; };
struct IfExp : Expr { IfExp() : Expr(ExprKind::IfExp) {} Expr* test = nullptr; Expr* body = nullptr; Expr* orelse = nullptr; };
// keys[i] == nullptr marks a `**mapping` entry, as in CPython.
struct Dict : Expr { Dict() : Expr(ExprKind::Dict) {} std::vector<Expr*> keys; std::vector<Expr*> values; };
struct Set : Expr { Set() : Expr(ExprKind::Set) {} std::vector<Expr*> elts; };
struct ListComp : Expr { ListComp() : Expr(ExprKind::ListComp) {} Expr* elt = nullptr; std::vector<Comprehension*> generators; };
struct SetComp : Expr { SetComp() : Expr(ExprKind::SetComp) {} Expr* elt = nullptr; std::vector<Comprehension*> generators; };
struct DictComp : Expr { DictComp() : Expr(ExprKind::DictComp) {} Expr* key = nullptr; Expr* value = nullptr; std::vector<Comprehension*> generators; };
struct GeneratorExp : Expr { GeneratorExp() : Expr(ExprKind::GeneratorExp) {} Expr* elt = nullptr; std::vector<Comprehension*> generators; };
struct Await : Expr { Await() : Expr(ExprKind::Await) {} Expr* value = nullptr; };
struct Yield : Expr { Yield() : Expr(ExprKind::Yield) {} Expr* value = nullptr; };
struct YieldFrom : Expr { YieldFrom() : Expr(ExprKind::YieldFrom) {} Expr* value = nullptr; };
struct Compare : Expr { Compare() : Expr(ExprKind::Compare) {} Expr* left = nullptr; std::vector<CmpOpKind> ops; std::vector<Expr*> comparators; };
struct Call : Expr { Call() : Expr(ExprKind::Call) {} Expr* func = nullptr; std::vector<Expr*> args; std::vector<Keyword*> keywords; };
// conversion: -1 (none), 's', 'r' or 'a' as in CPython.
struct FormattedValue : Expr { FormattedValue() : Expr(ExprKind::FormattedValue) {} Expr* value = nullptr; int conversion = -1; Expr* format_spec = nullptr; };
struct JoinedStr : Expr { JoinedStr() : Expr(ExprKind::JoinedStr) {} std::vector<Expr*> values; };
// kind is "u" for u-prefixed strings, otherwise absent.
struct Constant : Expr { Constant() : Expr(ExprKind::Constant) {} ConstantValue value; std::optional<std::string> kind; };
struct Attribute : Expr { Attribute() : Expr(ExprKind::Attribute) {} Expr* value = nullptr; std::string attr; ExprContext ctx = ExprContext::Load; };
struct Subscript : Expr { Subscript() : Expr(ExprKind::Subscript) {} Expr* value = nullptr; Expr* slice = nullptr; ExprContext ctx = ExprContext::Load; };
struct Starred : Expr { Starred() : Expr(ExprKind::Starred) {} Expr* value = nullptr; ExprContext ctx = ExprContext::Load; };
struct Name : Expr { Name() : Expr(ExprKind::Name) {} std::string id; ExprContext ctx = ExprContext::Load; };
struct List : Expr { List() : Expr(ExprKind::List) {} std::vector<Expr*> elts; ExprContext ctx = ExprContext::Load; };
struct Tuple : Expr { Tuple() : Expr(ExprKind::Tuple) {} std::vector<Expr*> elts; ExprContext ctx = ExprContext::Load; };
struct Slice : Expr { Slice() : Expr(ExprKind::Slice) {} Expr* lower = nullptr; Expr* upper = nullptr; Expr* step = nullptr; };

// ---- helper nodes ----------------------------------------------------------------------
// comprehension has no position attributes in CPython.
struct Comprehension : Node { Expr* target = nullptr; Expr* iter = nullptr; std::vector<Expr*> ifs; int is_async = 0; };

struct Arg : Node { std::string arg; Expr* annotation = nullptr; std::optional<std::string> type_comment; };

// arguments has no position attributes in CPython. kw_defaults[i] == nullptr means "no default".
struct Arguments : Node {
  std::vector<Arg*> posonlyargs;
  std::vector<Arg*> args;
  Arg* vararg = nullptr;
  std::vector<Arg*> kwonlyargs;
  std::vector<Expr*> kw_defaults;
  Arg* kwarg = nullptr;
  std::vector<Expr*> defaults;
};

// arg is empty (std::nullopt) for `**kwargs` in a call.
struct Keyword : Node { std::optional<std::string> arg; Expr* value = nullptr; };
struct Alias : Node { std::string name; std::optional<std::string> asname; };
// withitem has no position attributes in CPython.
struct WithItem : Node { Expr* context_expr = nullptr; Expr* optional_vars = nullptr; };

struct ExceptHandler : Node { Expr* type = nullptr; std::optional<std::string> name; std::vector<Stmt*> body; };

// ---- patterns (match statement) -------------------------------------------------------------
enum class PatternKind { MatchValue, MatchSingleton, MatchSequence, MatchMapping, MatchClass, MatchStar, MatchAs, MatchOr };
const char* name(PatternKind);

struct Pattern : Node {
  explicit Pattern(PatternKind k) : kind(k) {}
  const PatternKind kind;
};
struct MatchValue : Pattern { MatchValue() : Pattern(PatternKind::MatchValue) {} Expr* value = nullptr; };
struct MatchSingleton : Pattern { MatchSingleton() : Pattern(PatternKind::MatchSingleton) {} ConstantValue value; };
struct MatchSequence : Pattern { MatchSequence() : Pattern(PatternKind::MatchSequence) {} std::vector<Pattern*> patterns; };
struct MatchMapping : Pattern { MatchMapping() : Pattern(PatternKind::MatchMapping) {} std::vector<Expr*> keys; std::vector<Pattern*> patterns; std::optional<std::string> rest; };
struct MatchClass : Pattern { MatchClass() : Pattern(PatternKind::MatchClass) {} Expr* cls = nullptr; std::vector<Pattern*> patterns; std::vector<std::string> kwd_attrs; std::vector<Pattern*> kwd_patterns; };
struct MatchStar : Pattern { MatchStar() : Pattern(PatternKind::MatchStar) {} std::optional<std::string> name; };
struct MatchAs : Pattern { MatchAs() : Pattern(PatternKind::MatchAs) {} Pattern* pattern = nullptr; std::optional<std::string> name; };
struct MatchOr : Pattern { MatchOr() : Pattern(PatternKind::MatchOr) {} std::vector<Pattern*> patterns; };

// match_case has no position attributes in CPython.
struct MatchCase : Node { Pattern* pattern = nullptr; Expr* guard = nullptr; std::vector<Stmt*> body; };

// ---- statements ------------------------------------------------------------------------
enum class StmtKind {
  FunctionDef, AsyncFunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign, For, AsyncFor,
  While, If, With, AsyncWith, Match, Raise, Try, TryStar, Assert, Import, ImportFrom, Global, Nonlocal,
  ExprStmt, Pass, Break, Continue
};
const char* name(StmtKind);  // CPython's class name ("Expr" for ExprStmt)

struct Stmt : Node {
  explicit Stmt(StmtKind k) : kind(k) {}
  const StmtKind kind;
};

// Used for both FunctionDef and AsyncFunctionDef (kind tells which), as the fields are identical.
struct FunctionDef : Stmt {
  explicit FunctionDef(StmtKind k = StmtKind::FunctionDef) : Stmt(k) {}
  std::string name;
  Arguments* args = nullptr;
  std::vector<Stmt*> body;
  std::vector<Expr*> decorator_list;
  Expr* returns = nullptr;
  std::optional<std::string> type_comment;
};
struct ClassDef : Stmt {
  ClassDef() : Stmt(StmtKind::ClassDef) {}
  std::string name;
  std::vector<Expr*> bases;
  std::vector<Keyword*> keywords;
  std::vector<Stmt*> body;
  std::vector<Expr*> decorator_list;
};
struct Return : Stmt { Return() : Stmt(StmtKind::Return) {} Expr* value = nullptr; };
struct Delete : Stmt { Delete() : Stmt(StmtKind::Delete) {} std::vector<Expr*> targets; };
struct Assign : Stmt { Assign() : Stmt(StmtKind::Assign) {} std::vector<Expr*> targets; Expr* value = nullptr; std::optional<std::string> type_comment; };
struct AugAssign : Stmt { AugAssign() : Stmt(StmtKind::AugAssign) {} Expr* target = nullptr; OperatorKind op{}; Expr* value = nullptr; };
struct AnnAssign : Stmt { AnnAssign() : Stmt(StmtKind::AnnAssign) {} Expr* target = nullptr; Expr* annotation = nullptr; Expr* value = nullptr; int simple = 0; };
// Used for both For and AsyncFor.
struct For : Stmt {
  explicit For(StmtKind k = StmtKind::For) : Stmt(k) {}
  Expr* target = nullptr; Expr* iter = nullptr; std::vector<Stmt*> body; std::vector<Stmt*> orelse; std::optional<std::string> type_comment;
};
struct While : Stmt { While() : Stmt(StmtKind::While) {} Expr* test = nullptr; std::vector<Stmt*> body; std::vector<Stmt*> orelse; };
struct If : Stmt { If() : Stmt(StmtKind::If) {} Expr* test = nullptr; std::vector<Stmt*> body; std::vector<Stmt*> orelse; };
// Used for both With and AsyncWith.
struct With : Stmt {
  explicit With(StmtKind k = StmtKind::With) : Stmt(k) {}
  std::vector<WithItem*> items; std::vector<Stmt*> body; std::optional<std::string> type_comment;
};
struct Match : Stmt { Match() : Stmt(StmtKind::Match) {} Expr* subject = nullptr; std::vector<MatchCase*> cases; };
struct Raise : Stmt { Raise() : Stmt(StmtKind::Raise) {} Expr* exc = nullptr; Expr* cause = nullptr; };
// Used for both Try and TryStar.
struct Try : Stmt {
  explicit Try(StmtKind k = StmtKind::Try) : Stmt(k) {}
  std::vector<Stmt*> body; std::vector<ExceptHandler*> handlers; std::vector<Stmt*> orelse; std::vector<Stmt*> finalbody;
};
struct Assert : Stmt { Assert() : Stmt(StmtKind::Assert) {} Expr* test = nullptr; Expr* msg = nullptr; };
struct Import : Stmt { Import() : Stmt(StmtKind::Import) {} std::vector<Alias*> names; };
struct ImportFrom : Stmt { ImportFrom() : Stmt(StmtKind::ImportFrom) {} std::optional<std::string> module; std::vector<Alias*> names; int level = 0; };
struct Global : Stmt { Global() : Stmt(StmtKind::Global) {} std::vector<std::string> names; };
struct Nonlocal : Stmt { Nonlocal() : Stmt(StmtKind::Nonlocal) {} std::vector<std::string> names; };
struct ExprStmt : Stmt { ExprStmt() : Stmt(StmtKind::ExprStmt) {} Expr* value = nullptr; };
struct Pass : Stmt { Pass() : Stmt(StmtKind::Pass) {} };
struct Break : Stmt { Break() : Stmt(StmtKind::Break) {} };
struct Continue : Stmt { Continue() : Stmt(StmtKind::Continue) {} };

struct TypeIgnore : Node { int lineno = 0; std::string tag; };

struct Module : Node {
  std::vector<Stmt*> body;
  std::vector<TypeIgnore*> type_ignores;
};

}  // namespace pt::syntax
