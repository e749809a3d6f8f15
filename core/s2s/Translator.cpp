#include "s2s/Translator.h"

#include <algorithm>
#include <map>
#include <set>

#include "codegen/EmitContext.h"
#include "codegen/GraphCodegen.h"
#include "codegen/PyFormat.h"
#include "frontends/ApiTable.h"
#include "frontends/Lowerings.h"
#include "s2s/S2sBuilder.h"
#include "syntax/AstWalk.h"
#include "syntax/Parser.h"
#include "syntax/SourceText.h"

namespace pt::s2s {

using namespace syntax;
using frontends::Arg;

namespace {

struct Replacement {
  size_t begin, end;
  std::string text;
};

std::string applyReplacements(std::string_view text, size_t base, std::vector<Replacement> reps) {
  std::sort(reps.begin(), reps.end(), [](const Replacement& a, const Replacement& b) { return a.begin < b.begin; });
  std::string out;
  size_t pos = base;
  for (const auto& r : reps) {
    if (r.begin < pos) continue;  // nested in an earlier replacement
    out += text.substr(pos, r.begin - pos);
    out += r.text;
    pos = r.end;
  }
  return out;
}

std::optional<ir::Framework> frameworkOfSymbol(const std::string& symbol) {
  return ir::frameworkFromName(symbol.substr(0, symbol.find('.')));
}

// Tensor methods and properties that are Python-level facts rather than ops.
struct TensorIntrinsic {
  const char* name;
  bool isCall;
  const char* pattern;  // {x} = receiver
};
constexpr TensorIntrinsic kTorchIntrinsics[] = {
    {"dim", true, "{x}.ndim"},           {"ndimension", true, "{x}.ndim"}, {"size", true, "tuple({x}.shape)"},
    {"shape", false, "{x}.shape"},      {"dtype", false, "{x}.dtype"},    {"ndim", false, "{x}.ndim"},
};

// Python-valued facts about a tensor (or about the framework) that each target spells its own
// way; {x} is the receiver (a method or attribute) or the first argument (a function).
struct TargetIntrinsic {
  const char* name;  // method/attribute name, or a function's full symbol
  enum Kind { Method, Attribute, Function } kind;
  const char* numpy;
  const char* torch;
  const char* jax;
  const char* tensorflow;
  const char* ivy;
};
constexpr TargetIntrinsic kTargetIntrinsics[] = {
    {"is_floating_point", TargetIntrinsic::Method, "np.issubdtype({x}.dtype, np.floating)", "{x}.is_floating_point()",
     "jnp.issubdtype({x}.dtype, jnp.floating)", "{x}.dtype.is_floating", "ivy.is_float_dtype({x})"},
    {"torch.is_floating_point", TargetIntrinsic::Function, "np.issubdtype({x}.dtype, np.floating)",
     "torch.is_floating_point({x})", "jnp.issubdtype({x}.dtype, jnp.floating)", "{x}.dtype.is_floating", "ivy.is_float_dtype({x})"},
    // Polytrace's targets run on the CPU; device arguments of the source are dropped by the lowerings.
    {"device", TargetIntrinsic::Attribute, "'cpu'", "{x}.device", "'cpu'", "'cpu'", "'cpu'"},
    // TorchScript is not part of any target: code that asks is never being scripted.
    {"torch.jit.is_scripting", TargetIntrinsic::Function, "False", "False", "False", "False", "False"},
    {"torch.jit.is_tracing", TargetIntrinsic::Function, "False", "False", "False", "False", "False"},
};

const char* intrinsicPattern(const TargetIntrinsic& i, ir::Framework target) {
  switch (target) {
    case ir::Framework::Numpy: return i.numpy;
    case ir::Framework::Torch: return i.torch;
    case ir::Framework::Jax: return i.jax;
    case ir::Framework::TensorFlow: return i.tensorflow;
    case ir::Framework::Ivy: return i.ivy;
  }
  return i.numpy;
}

class ModuleTranslator {
 public:
  explicit ModuleTranslator(const Request& r)
      : req_(r), parsed_(parseModule(r.sourceBytes, r.filename)), text_(parsed_.source), ctx_(r.target) {}

  Result run() {
    if (!parsed_.ok()) {
      result_.diagnostics = parsed_.diagnostics();
      return std::move(result_);
    }
    collectModule();
    bool wholeModule = req_.functionName.empty();
    std::vector<const FunctionDef*> closure;
    if (wholeModule) {
      closure = allFunctions();
    } else {
      auto it = functions_.find(req_.functionName);
      if (it == functions_.end()) {
        error("function-not-found", "no module-level function '" + req_.functionName + "' in " + req_.filename, {});
        return std::move(result_);
      }
      closure = dependencyClosure(it->second);
    }
    std::vector<std::string> translated;
    for (const FunctionDef* f : closure) {
      size_t before = result_.diagnostics.size();
      std::string text = translateFunction(*f);
      if (wholeModule && hasErrors(Diagnostics(result_.diagnostics.begin() + static_cast<long>(before), result_.diagnostics.end()))) {
        Diagnostics own(result_.diagnostics.begin() + static_cast<long>(before), result_.diagnostics.end());
        result_.diagnostics.resize(before);
        text = failedFunctionText(*f, own);
        result_.failedFunctions.emplace_back(f->name, std::move(own));
      } else {
        result_.translatedFunctions.push_back(f->name);
      }
      translated.push_back(text);
    }
    std::string constants;
    for (const Stmt* s : usedConstants_) constants += translateStatementText(*s) + "\n";
    std::string what = wholeModule ? "module " + baseName(req_.filename) : req_.functionName + " in " + baseName(req_.filename);
    std::string code = codegen::generatedHeader(what + " (" +
                                                    std::string(ir::frameworkName(req_.source)) + ")",
                                                req_.target, "source-to-source");
    code += "\n" + ctx_.importBlock();
    for (const Stmt* s : keptImports_) code += std::string(text_.slice(s->pos)) + "\n";
    if (!ctx_.preambleBlock().empty()) code += "\n" + ctx_.preambleBlock();
    if (!constants.empty()) code += "\n" + constants;
    code += ctx_.helperBlock();
    for (const auto& f : translated) code += "\n\n" + f + "\n";
    for (const auto& note : ctx_.notes()) result_.diagnostics.push_back({Severity::Note, "translation-note", note, {}});
    if (!hasErrors(result_.diagnostics)) result_.code = code;
    return std::move(result_);
  }

 private:
  const Request& req_;
  ParseResult parsed_;
  SourceText text_;
  codegen::EmitContext ctx_;
  Result result_;
  std::map<std::string, std::string> aliases_;  // local name → framework symbol
  std::map<std::string, const FunctionDef*> functions_;
  std::map<std::string, const Stmt*> constants_;
  std::vector<const Stmt*> keptImports_;
  std::vector<const Stmt*> usedConstants_;
  std::set<std::string> tensorNames_;

  static std::string baseName(const std::string& path) { return path.substr(path.find_last_of('/') + 1); }

  SourceLocation locOf(const Node& n) const {
    return {req_.filename, n.pos.lineno, n.pos.col_offset + 1, n.pos.end_lineno, n.pos.end_col_offset + 1};
  }
  void error(const std::string& code, const std::string& message, const SourceLocation& loc) {
    result_.diagnostics.push_back({Severity::Error, code, message, loc});
  }

  // ---- module analysis ------------------------------------------------------------------------
  void collectModule() {
    for (const Stmt* s : parsed_.module->body) {
      if (s->kind == StmtKind::Import) {
        bool framework = false;
        for (const Alias* a : static_cast<const Import*>(s)->names) {
          if (!frameworkOfSymbol(a->name)) continue;
          framework = true;
          std::string local = a->asname.value_or(a->name.substr(0, a->name.find('.')));
          aliases_[local] = a->asname ? a->name : a->name.substr(0, a->name.find('.'));
        }
        if (!framework) keptImports_.push_back(s);
      } else if (s->kind == StmtKind::ImportFrom) {
        const auto* f = static_cast<const ImportFrom*>(s);
        if (f->level == 0 && f->module && frameworkOfSymbol(*f->module)) {
          for (const Alias* a : f->names) aliases_[a->asname.value_or(a->name)] = *f->module + "." + a->name;
        } else {
          keptImports_.push_back(s);
        }
      } else if (s->kind == StmtKind::FunctionDef) {
        functions_[static_cast<const FunctionDef*>(s)->name] = static_cast<const FunctionDef*>(s);
      } else if (s->kind == StmtKind::Assign) {
        for (const Expr* t : static_cast<const Assign*>(s)->targets)
          if (t->kind == ExprKind::Name) constants_[static_cast<const Name*>(t)->id] = s;
      }
    }
  }

  std::vector<const FunctionDef*> allFunctions() {
    std::vector<const FunctionDef*> out;
    for (const Stmt* s : parsed_.module->body) {
      if (s->kind == StmtKind::FunctionDef) out.push_back(static_cast<const FunctionDef*>(s));
      if (s->kind == StmtKind::Assign) usedConstants_.push_back(s);
    }
    return out;
  }

  // What stands in the output for a function that could not be translated faithfully.
  std::string failedFunctionText(const FunctionDef& f, const Diagnostics& why) {
    std::string header = std::string(text_.line(f.pos.lineno));
    size_t defEnd = text_.offset(f.body.front()->pos.lineno, 0);
    std::string signature(text_.text().substr(text_.offset(f.pos.lineno, 0), defEnd - text_.offset(f.pos.lineno, 0)));
    std::string reason = why.empty() ? "untranslatable" : why.front().code + ": " + why.front().message;
    for (char& c : reason)
      if (c == '"' || c == '\\' || c == '\n') c = '\'';
    std::string comments = "# Polytrace could not translate " + f.name + " faithfully:\n";
    for (const auto& d : why) comments += "#   " + d.format() + "\n";
    (void)header;
    return comments + signature + "    raise NotImplementedError(\"" + reason + "\")";
  }

  // The function and every module-level function or constant it reaches, in source order.
  std::vector<const FunctionDef*> dependencyClosure(const FunctionDef* root) {
    std::set<const FunctionDef*> seen{root};
    std::set<const Stmt*> constants;
    std::vector<const FunctionDef*> work{root};
    while (!work.empty()) {
      const FunctionDef* f = work.back();
      work.pop_back();
      std::vector<Stmt*> body(f->body.begin(), f->body.end());
      // A parameter or local of the same name shadows a module-level one: it is not a dependency.
      std::set<std::string> locals;
      for (const auto* a : f->args->posonlyargs) locals.insert(a->arg);
      for (const auto* a : f->args->args) locals.insert(a->arg);
      for (const auto* a : f->args->kwonlyargs) locals.insert(a->arg);
      if (f->args->vararg) locals.insert(f->args->vararg->arg);
      if (f->args->kwarg) locals.insert(f->args->kwarg->arg);
      walkExprs(body, [&](const Expr& e) {
        if (e.kind == ExprKind::Name && static_cast<const Name&>(e).ctx == ExprContext::Store)
          locals.insert(static_cast<const Name&>(e).id);
      });
      auto visitName = [&](const Expr& e) {
        if (e.kind != ExprKind::Name) return;
        const std::string& id = static_cast<const Name&>(e).id;
        if (locals.count(id)) return;
        if (auto fn = functions_.find(id); fn != functions_.end() && seen.insert(fn->second).second) work.push_back(fn->second);
        if (auto c = constants_.find(id); c != constants_.end()) constants.insert(c->second);
      };
      walkExprs(body, visitName);
      std::function<void(const Expr&)> rec = [&](const Expr& e) {
        visitName(e);
        forEachChildExpr(e, rec);
      };
      forEachStmtExpr(*f, rec);
    }
    std::vector<const FunctionDef*> ordered(seen.begin(), seen.end());
    std::sort(ordered.begin(), ordered.end(), [](const FunctionDef* a, const FunctionDef* b) { return a->pos.lineno < b->pos.lineno; });
    for (const Stmt* s : parsed_.module->body)
      if (constants.count(s)) usedConstants_.push_back(s);
    return ordered;
  }

  // ---- symbols and types --------------------------------------------------------------------------
  std::optional<std::string> symbolOf(const Expr& e) const {
    if (e.kind == ExprKind::Name) {
      auto it = aliases_.find(static_cast<const Name&>(e).id);
      if (it != aliases_.end()) return it->second;
      return std::nullopt;
    }
    if (e.kind == ExprKind::Attribute) {
      const auto& a = static_cast<const Attribute&>(e);
      if (auto base = symbolOf(*a.value)) return *base + "." + a.attr;
    }
    return std::nullopt;
  }

  bool isTensorTypeSymbol(const std::string& symbol) const {
    for (ir::Framework fw : ir::kAllFrameworks)
      if (frontends::ApiTable::tensorTypePrefix(fw) == symbol) return true;
    return false;
  }

  std::string targetTensorType() {
    if (req_.target == ir::Framework::Jax) ctx_.requireImport("import jax");
    switch (req_.target) {
      case ir::Framework::Torch: return "torch.Tensor";
      case ir::Framework::Numpy: return "np.ndarray";
      case ir::Framework::Jax: return "jax.Array";
      case ir::Framework::TensorFlow: return "tf.Tensor";
      case ir::Framework::Ivy: return "ivy.Array";
    }
    return "object";
  }

  bool isTensorExpr(const Expr& e) const {
    switch (e.kind) {
      case ExprKind::Name: return tensorNames_.count(static_cast<const Name&>(e).id) > 0;
      case ExprKind::Call: {
        const auto& c = static_cast<const Call&>(e);
        if (auto sym = symbolOf(*c.func)) return frontends::ApiTable::instance().find(*sym) != nullptr;
        if (c.func->kind == ExprKind::Attribute) return isTensorExpr(*static_cast<const Attribute*>(c.func)->value);
        return false;
      }
      case ExprKind::Subscript: return isTensorExpr(*static_cast<const Subscript&>(e).value);
      case ExprKind::BinOp: {
        const auto& b = static_cast<const BinOp&>(e);
        return isTensorExpr(*b.left) || isTensorExpr(*b.right);
      }
      case ExprKind::UnaryOp: return isTensorExpr(*static_cast<const UnaryOp&>(e).operand);
      default: return false;
    }
  }

  // ---- rewriting ----------------------------------------------------------------------------------
  std::string original(const Expr& e) const { return std::string(text_.slice(e.pos)); }

  // The expression's text with its rewritten children spliced in.
  std::string splice(const Expr& e) {
    std::vector<Replacement> reps;
    forEachChildExpr(e, [&](const Expr& child) {
      std::string t = rewrite(child);
      if (t != original(child))
        reps.push_back({text_.offset(child.pos.lineno, child.pos.col_offset),
                        text_.offset(child.pos.end_lineno, child.pos.end_col_offset), t});
    });
    if (reps.empty()) return original(e);
    size_t begin = text_.offset(e.pos.lineno, e.pos.col_offset), end = text_.offset(e.pos.end_lineno, e.pos.end_col_offset);
    std::string out = applyReplacements(text_.text(), begin, reps);
    auto last = std::max_element(reps.begin(), reps.end(), [](const auto& a, const auto& b) { return a.end < b.end; });
    out += text_.text().substr(last->end, end - last->end);
    return out;
  }

  // A literal the lowerings can read as a value, or nullopt for anything computed.
  std::optional<Arg> literalArg(const Expr& e) {
    switch (e.kind) {
      case ExprKind::Constant: {
        const auto& c = static_cast<const Constant&>(e).value;
        Arg a;
        switch (c.kind) {
          case ConstantValue::Kind::None: a = Arg::none(); break;
          case ConstantValue::Kind::Bool: a = Arg::boolean(c.boolValue); break;
          case ConstantValue::Kind::Int: a = Arg::integer(c.intValue); break;
          case ConstantValue::Kind::Float: a = Arg::real(c.floatValue); break;
          case ConstantValue::Kind::Str: a = Arg::str(c.text); return a;
          default: return std::nullopt;
        }
        a.text = original(e);
        return a;
      }
      case ExprKind::UnaryOp: {
        const auto& u = static_cast<const UnaryOp&>(e);
        if (u.op != UnaryOpKind::USub) return std::nullopt;
        auto inner = literalArg(*u.operand);
        if (!inner || !inner->isNumber()) return std::nullopt;
        Arg a = inner->kind == Arg::Kind::Float ? Arg::real(-inner->floatValue) : Arg::integer(-inner->intValue);
        a.text = original(e);
        return a;
      }
      case ExprKind::Tuple:
      case ExprKind::List: {
        const auto& elts = e.kind == ExprKind::Tuple ? static_cast<const Tuple&>(e).elts : static_cast<const List&>(e).elts;
        std::vector<Arg> items;
        for (const Expr* x : elts) {
          auto item = literalArg(*x);
          if (!item) return std::nullopt;
          items.push_back(*item);
        }
        Arg a = Arg::sequence(std::move(items), e.kind == ExprKind::Tuple);
        a.text = original(e);
        return a;
      }
      case ExprKind::Attribute:
      case ExprKind::Name:
        if (auto sym = symbolOf(e))
          if (auto d = frontends::dtypeSymbol(*sym)) return Arg::dtypeArg(*d);
        return std::nullopt;
      default: return std::nullopt;
    }
  }

  Arg argFor(S2sBuilder& b, const Expr& e) {
    if (auto lit = literalArg(e)) return *lit;
    if (e.kind == ExprKind::List || e.kind == ExprKind::Tuple) {
      // A sequence of tensors (torch.cat([a, b])): each element is an argument of its own.
      const auto& elts = e.kind == ExprKind::Tuple ? static_cast<const Tuple&>(e).elts : static_cast<const List&>(e).elts;
      std::vector<Arg> items;
      for (const Expr* x : elts) items.push_back(argFor(b, *x));
      Arg a = Arg::sequence(std::move(items), e.kind == ExprKind::Tuple);
      a.text = rewrite(e);
      return a;
    }
    if (e.kind == ExprKind::Starred) {
      error("unsupported-syntax", "starred arguments to framework calls are not translated yet", locOf(e));
      return Arg::opaque(original(e));
    }
    return Arg::tensor(b.add(rewrite(e)));
  }

  std::optional<std::string> lowerCall(const frontends::ApiEntry& entry, const Call& call, const Expr* receiver) {
    S2sBuilder b(ctx_);
    std::vector<Arg> positional;
    if (receiver) positional.push_back(Arg::tensor(b.add(rewrite(*receiver))));
    for (const Expr* a : call.args) positional.push_back(argFor(b, *a));
    std::vector<frontends::KeywordArg> keywords;
    for (const Keyword* k : call.keywords) {
      if (!k->arg) {
        error("unsupported-syntax", "**kwargs in framework calls are not translated yet", locOf(call));
        return std::nullopt;
      }
      keywords.push_back({*k->arg, argFor(b, *k->value)});
    }
    std::string error;
    std::string shortName = entry.symbol.substr(entry.symbol.rfind('.') + 1);
    auto bound = frontends::bindArguments(entry.signature, shortName, positional, keywords, error);
    if (!bound) {
      this->error("bad-call", entry.symbol + ": " + error, locOf(call));
      return std::nullopt;
    }
    try {
      frontends::Lowered l = entry.lower(b, *bound, entry);
      if (l.python) {
        this->error("unsupported-api", entry.symbol + " returns a Python value; not translated yet", locOf(call));
        return std::nullopt;
      }
      std::vector<std::string> parts;
      for (auto h : l.tensors) parts.push_back(b.expr(h));
      if (l.list) return "[" + codegen::join(parts, ", ") + "]";
      if (l.tuple) return "(" + codegen::join(parts, ", ") + (parts.size() == 1 ? ",)" : ")");
      return parts.at(0);
    } catch (const frontends::LoweringError& e) {
      std::string code = e.reasonCode.empty() ? "bad-call" : e.reasonCode;
      // A computed value where the API needs a Python constant (dim=n): the lowering saw a tensor.
      if (e.message.find(", not a tensor") != std::string::npos) code = "non-literal-argument";
      this->error(code, entry.symbol + ": " + e.message, locOf(call));
      return std::nullopt;
    }
  }

  // The target's spelling of an intrinsic; {x} is replaced by `receiver` (rewritten).
  std::string intrinsicText(const TargetIntrinsic& i, const Expr* receiver) {
    std::string pattern = intrinsicPattern(i, req_.target);
    if (pattern.find("np.") != std::string::npos) ctx_.requireImport("import numpy as np");
    if (pattern.find("jnp.") != std::string::npos) ctx_.requireImport("import jax.numpy as jnp");
    if (pattern.find("{x}") == std::string::npos) return pattern;
    return replaceReceiver(pattern, rewrite(*receiver));
  }

  std::string rewriteCall(const Call& c) {
    const auto& table = frontends::ApiTable::instance();
    if (auto sym = symbolOf(*c.func)) {
      for (const auto& i : kTargetIntrinsics)
        if (i.kind == TargetIntrinsic::Function && *sym == i.name && c.keywords.empty() &&
            c.args.size() == (std::string_view(intrinsicPattern(i, req_.target)).find("{x}") != std::string_view::npos ? 1u : 0u))
          return intrinsicText(i, c.args.empty() ? nullptr : c.args[0]);
      if (const auto* entry = table.find(*sym)) {
        if (auto text = lowerCall(*entry, c, nullptr)) return *text;
        return original(c);
      }
      error("unsupported-api", "'" + *sym + "' is not supported by Polytrace yet", locOf(c));
      return original(c);
    }
    if (c.func->kind == ExprKind::Attribute) {
      const auto& attr = static_cast<const Attribute&>(*c.func);
      std::string method = std::string(frontends::ApiTable::tensorTypePrefix(req_.source)) + "." + attr.attr;
      const auto* entry = table.find(method);
      bool receiverIsTensor = isTensorExpr(*attr.value);
      if (receiverIsTensor) {
        for (const auto& intrinsic : kTorchIntrinsics)
          if (intrinsic.isCall && attr.attr == intrinsic.name && c.args.empty() && c.keywords.empty())
            return replaceReceiver(intrinsic.pattern, rewrite(*attr.value));
        for (const auto& i : kTargetIntrinsics)
          if (i.kind == TargetIntrinsic::Method && attr.attr == i.name && c.args.empty() && c.keywords.empty())
            return intrinsicText(i, attr.value);
        if (entry) {
          if (auto text = lowerCall(*entry, c, attr.value)) return *text;
          return original(c);
        }
      } else if (entry && attr.value->kind == ExprKind::Name && !functions_.count(static_cast<const Name&>(*attr.value).id)) {
        error("type-unknown",
              "cannot tell whether '" + original(*attr.value) + "' is a tensor (its ." + attr.attr +
                  "() would be translated); annotate it, e.g. '" + original(*attr.value) + ": " +
                  std::string(frontends::ApiTable::tensorTypePrefix(req_.source)) + "'",
              locOf(c));
        return original(c);
      }
    }
    return splice(c);
  }

  static std::string replaceReceiver(std::string pattern, const std::string& receiver) {
    auto p = pattern.find("{x}");
    pattern.replace(p, 3, codegen::paren(receiver));
    return pattern;
  }

  // Framework types used as values (annotations, isinstance): the target's tensor type and dtype class.
  std::optional<std::string> typeSymbolText(const std::string& sym) {
    if (isTensorTypeSymbol(sym)) return targetTensorType();
    if (sym == "torch.dtype") {
      switch (req_.target) {
        case ir::Framework::Numpy: return std::string("np.dtype");
        case ir::Framework::Torch: return std::string("torch.dtype");
        case ir::Framework::Jax: return (ctx_.requireImport("import jax.numpy as jnp"), std::string("jnp.dtype"));
        case ir::Framework::TensorFlow: return std::string("tf.dtypes.DType");
        case ir::Framework::Ivy: return std::string("ivy.Dtype");
      }
    }
    return std::nullopt;
  }

  std::string rewrite(const Expr& e) {
    if (e.kind == ExprKind::Call) return rewriteCall(static_cast<const Call&>(e));
    if (e.kind == ExprKind::Attribute) {
      const auto& a = static_cast<const Attribute&>(e);
      if (a.attr == "device" && isTensorExpr(*a.value))
        for (const auto& i : kTargetIntrinsics)
          if (i.kind == TargetIntrinsic::Attribute && a.attr == i.name) return intrinsicText(i, a.value);
    }
    if (e.kind == ExprKind::Attribute || e.kind == ExprKind::Name) {
      if (auto sym = symbolOf(e))
        if (auto text = typeSymbolText(*sym)) return *text;
    }
    if (e.kind == ExprKind::Attribute) {
      if (auto sym = symbolOf(e)) {
        if (auto d = frontends::dtypeSymbol(*sym)) return ctx_.dtype(*d);
        if (isTensorTypeSymbol(*sym)) return targetTensorType();
        error("unsupported-api", "'" + *sym + "' is not supported by Polytrace yet", locOf(e));
        return original(e);
      }
    }
    if (e.kind == ExprKind::Name && aliases_.count(static_cast<const Name&>(e).id)) {
      error("unsupported-api", "the module '" + aliases_.at(static_cast<const Name&>(e).id) + "' is used as a value",
            locOf(e));
      return original(e);
    }
    return splice(e);
  }

  // ---- statements ----------------------------------------------------------------------------------
  void collectReplacements(const std::vector<Stmt*>& body, std::vector<Replacement>& reps) {
    for (const Stmt* s : body) {
      forEachStmtExpr(*s, [&](const Expr& root) {
        std::string t = rewrite(root);
        if (t != original(root))
          reps.push_back({text_.offset(root.pos.lineno, root.pos.col_offset),
                          text_.offset(root.pos.end_lineno, root.pos.end_col_offset), t});
      });
      noteTensorAssignments(*s);
      forEachStmtBlock(*s, [&](const std::vector<Stmt*>& inner) { collectReplacements(inner, reps); });
    }
  }

  void noteTensorAssignments(const Stmt& s) {
    auto mark = [&](const Expr& target, const Expr& value) {
      if (!isTensorExpr(value)) return;
      if (target.kind == ExprKind::Name) tensorNames_.insert(static_cast<const Name&>(target).id);
      if (target.kind == ExprKind::Tuple)
        for (const Expr* t : static_cast<const Tuple&>(target).elts)
          if (t->kind == ExprKind::Name) tensorNames_.insert(static_cast<const Name*>(t)->id);
    };
    if (s.kind == StmtKind::Assign) {
      const auto& a = static_cast<const Assign&>(s);
      for (const Expr* t : a.targets) mark(*t, *a.value);
    } else if (s.kind == StmtKind::AnnAssign) {
      const auto& a = static_cast<const AnnAssign&>(s);
      if (a.value) mark(*a.target, *a.value);
      if (auto sym = symbolOf(*a.annotation); sym && isTensorTypeSymbol(*sym) && a.target->kind == ExprKind::Name)
        tensorNames_.insert(static_cast<const Name*>(a.target)->id);
    }
  }

  void noteTensorParams(const Arguments& args) {
    auto check = [&](const syntax::Arg* a) {
      if (!a->annotation) return;
      if (auto sym = symbolOf(*a->annotation); sym && isTensorTypeSymbol(*sym)) tensorNames_.insert(a->arg);
    };
    for (const auto* a : args.posonlyargs) check(a);
    for (const auto* a : args.args) check(a);
    for (const auto* a : args.kwonlyargs) check(a);
  }

  std::string translateStatementText(const Stmt& s) {
    std::vector<Replacement> reps;
    std::vector<Stmt*> one{const_cast<Stmt*>(&s)};
    collectReplacements(one, reps);
    size_t begin = text_.offset(s.pos.lineno, s.pos.col_offset), end = text_.offset(s.pos.end_lineno, s.pos.end_col_offset);
    std::string out = applyReplacements(text_.text(), begin, reps);
    size_t resume = begin;
    for (const auto& r : reps) resume = std::max(resume, r.end);
    return out + std::string(text_.text().substr(resume, end - resume));
  }

  std::string translateFunction(const FunctionDef& f) {
    tensorNames_.clear();
    noteTensorParams(*f.args);
    int firstLine = f.pos.lineno;
    for (const Expr* d : f.decorator_list) firstLine = std::min(firstLine, d->pos.lineno);
    // Comment lines directly above the function belong to it.
    while (firstLine > 1) {
      std::string_view prev = text_.line(firstLine - 1);
      size_t nonSpace = prev.find_first_not_of(" \t");
      if (nonSpace == std::string_view::npos || prev[nonSpace] != '#') break;
      --firstLine;
    }
    std::vector<Replacement> reps;
    std::vector<Stmt*> self{const_cast<FunctionDef*>(&f)};
    collectReplacements(self, reps);
    size_t begin = text_.offset(firstLine, 0), end = text_.offset(f.pos.end_lineno, f.pos.end_col_offset);
    std::string out = applyReplacements(text_.text(), begin, reps);
    size_t resume = begin;
    for (const auto& r : reps) resume = std::max(resume, r.end);
    return out + std::string(text_.text().substr(resume, end - resume));
  }
};

}  // namespace

Result translateFunction(const Request& request) { return ModuleTranslator(request).run(); }

}  // namespace pt::s2s
