#pragma once
// Walks the AST of one function activation (or a module body).
#include <memory>
#include <string>

#include "interp/Interpreter.h"
#include "interp/Operators.h"
#include "syntax/Ast.h"

namespace pt::interp {

// Makes the class object once its body has run (Classes.cpp): MRO, enums, __init_subclass__.
Value buildClass(Interpreter& in, const std::string& name, const std::string& module, const std::vector<Value>& bases,
                 Scope& ns, const std::vector<std::pair<std::string, Value>>& keywords);
// True when a function body yields (not counting nested functions, classes and lambdas).
bool containsYield(const std::vector<syntax::Stmt*>& body);

class Evaluator {
 public:
  // `yielded` collects what a generator body yields (null outside generators).
  Evaluator(Interpreter& in, std::shared_ptr<ModuleObject> module, std::shared_ptr<Scope> scope, std::string function,
            std::vector<Value>* yielded = nullptr);

  enum class Flow { Normal, Return, Break, Continue };

  Flow execBlock(const std::vector<syntax::Stmt*>& body);
  Flow exec(const syntax::Stmt& s);
  Value eval(const syntax::Expr& e);
  Value returnValue() const { return returnValue_; }
  void assign(const syntax::Expr& target, const Value& value);

 private:
  Interpreter& in_;
  std::shared_ptr<ModuleObject> module_;
  std::shared_ptr<Scope> scope_;  // null at module level: names go to module globals
  std::string function_;
  Value returnValue_;
  std::vector<Value>* yielded_ = nullptr;
  // The exception being handled by the innermost `except` block (for a bare `raise`).
  std::optional<PyException> handling_;

  Value lookup(const std::string& name, const syntax::Node& at);
  void bind(const std::string& name, Value v);
  void unbind(const std::string& name);

  Flow execIf(const syntax::If& s);
  Flow execWhile(const syntax::While& s);
  Flow execFor(const syntax::For& s);
  Flow execTry(const syntax::Try& s);
  Flow execWith(const syntax::With& s);
  void execFunctionDef(const syntax::FunctionDef& s);
  void execClassDef(const syntax::ClassDef& s);
  void execImport(const syntax::Import& s);
  void execImportFrom(const syntax::ImportFrom& s);
  void execRaise(const syntax::Raise& s);
  void execAugAssign(const syntax::AugAssign& s);
  void execDelete(const syntax::Delete& s);

  Value evalExpr(const syntax::Expr& e);  // eval() without recording the value's type
  Value evalCall(const syntax::Call& c);
  Value evalCompare(const syntax::Compare& c);
  Value evalBoolOp(const syntax::BoolOp& b);
  Value evalSubscriptIndex(const syntax::Expr& slice);
  Value evalComprehension(const syntax::Expr& e);
  Value evalJoinedStr(const syntax::JoinedStr& j);
  Value evalConstant(const syntax::Constant& c);
  Value evalYield(const syntax::Expr& e);
  void recordAnnotation(const syntax::AnnAssign& a);
  std::shared_ptr<FunctionObject> makeFunction(const std::string& name, const syntax::Arguments* params,
                                               const syntax::FunctionDef* def, const syntax::Expr* lambdaBody);
  std::vector<Value> evalSequenceItems(const std::vector<syntax::Expr*>& elts);
};

}  // namespace pt::interp
