#pragma once
// What the source-to-source translator knows about the value of an expression, from three
// sources in this order: the types observed at that AST node when the function ran (a trace
// with example inputs; see ir/ObservedTypes.h), annotations (`img: Tensor`, `n: int`), and local
// inference over the function's statements in source order (`mask = -int(2 ** (8 - bits))` is a
// Python int). Unknown stays unknown: callers report it rather than guess.
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "frontends/ApiTable.h"
#include "ir/ObservedTypes.h"
#include "syntax/Ast.h"

namespace pt::s2s {

enum class ValueKind { Unknown, Tensor, Int, Float, Bool, DType, OtherPython };
const char* valueKindName(ValueKind k);  // "unknown", "tensor", "int", ...

class TypeFacts {
 public:
  // symbolOf: the framework symbol an expression names ("torch.exp"), if any.
  // returnsTensor: whether a call of that symbol gives a tensor; isTensorType: whether it names a
  // tensor type (an annotation).
  using SymbolOf = std::function<std::optional<std::string>(const syntax::Expr&)>;
  using SymbolTest = std::function<bool(const std::string&)>;
  TypeFacts(SymbolOf symbolOf, SymbolTest returnsTensor, SymbolTest isTensorType,
            const std::map<ir::SourceSpan, ir::ObservedType>* observed)
      : symbolOf_(std::move(symbolOf)),
        returnsTensor_(std::move(returnsTensor)),
        isTensorType_(std::move(isTensorType)),
        observed_(observed) {}

  // Names bound to non-framework modules (math, warnings): known not to be tensors.
  // The API entry a call resolves to (a framework function, or a method of a tensor), or null.
  using EntryOf = std::function<const frontends::ApiEntry*(const syntax::Call&)>;
  void setEntryOf(EntryOf entryOf) { entryOf_ = std::move(entryOf); }
  // The file's own functions: a call of one gives what its return annotation says.
  void setFunctions(const std::map<std::string, const syntax::FunctionDef*>* functions) { functions_ = functions; }
  void setModuleNames(std::set<std::string> names) { modules_ = std::move(names); }
  void beginFunction(const syntax::FunctionDef& f);  // forgets locals, reads parameter annotations
  void noteStatement(const syntax::Stmt& s);         // assignments bind their targets' kinds

  ValueKind kindOf(const syntax::Expr& e) const;
  bool isTensor(const syntax::Expr& e) const { return kindOf(e) == ValueKind::Tensor; }
  bool isNumber(const syntax::Expr& e) const;
  // A tensor whose dtype is floating whatever the inputs: observed so on every run, or computed by
  // an op that gives floats for any input (torch.mean, x.float(), true division, tensor * 0.5).
  bool isFloatingTensor(const syntax::Expr& e) const;
  // A bool tensor: observed so, or a comparison involving a tensor (and &, |, ^, ~ of such).
  bool isBoolTensor(const syntax::Expr& e) const;
  // What was observed at this node when the function ran, or null.
  const ir::ObservedType* observed(const syntax::Expr& e) const;
  bool hasObservations() const { return observed_ != nullptr; }

 private:
  SymbolOf symbolOf_;
  SymbolTest returnsTensor_;
  SymbolTest isTensorType_;
  const std::map<ir::SourceSpan, ir::ObservedType>* observed_;
  std::set<std::string> modules_;
  EntryOf entryOf_;
  const std::map<std::string, const syntax::FunctionDef*>* functions_ = nullptr;
  std::map<std::string, ValueKind> locals_;
  std::set<std::string> floating_;  // locals holding floating tensors
  std::map<std::string, ValueKind> elements_;  // List[torch.dtype], Tuple[int, ...]: what indexing gives

  ValueKind inferred(const syntax::Expr& e) const;
  ValueKind annotationKind(const syntax::Expr& annotation) const;
  ValueKind elementKind(const syntax::Expr& annotation) const;
  void bind(const syntax::Expr& target, ValueKind k);
  // The return annotation of a call of one of the file's functions, or null.
  const syntax::Expr* returnAnnotation(const syntax::Expr& call) const;
};

}  // namespace pt::s2s
