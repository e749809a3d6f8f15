// einsum as a decomposition: each operand is transposed to a common label order (output labels,
// then contracted ones) with size-1 dims for labels it lacks, the operands are multiplied with
// broadcasting, and the contracted labels are summed. Every target has these ops; the sum runs in
// a different order than a BLAS contraction (§21: rounding may differ slightly).
#include <algorithm>
#include <map>

#include "frontends/Lowerings.h"
#include "frontends/TensorBuild.h"
#include "frontends/TorchApiParts.h"

namespace pt::frontends {

namespace {

using Labels = std::vector<int>;  // letters as their char; ellipsis dims as -1, -2, ... (right-aligned)

Labels parseTerm(const std::string& term, int rank, int& ellipsisDims, bool isOutput, int maxEllipsis) {
  Labels out;
  size_t dots = term.find("...");
  int letters = 0;
  for (char c : term)
    if (std::isalpha(static_cast<unsigned char>(c))) ++letters;
    else if (c != '.') throwValueError(std::string("einsum(): invalid subscript given in the equation string: ") + c);
  int ell = 0;
  if (dots != std::string::npos) ell = isOutput ? maxEllipsis : rank - letters;
  else if (!isOutput && letters != rank)
    throw LoweringError{"RuntimeError", "einsum(): the number of subscripts in the equation (" + std::to_string(letters) +
                                            ") does not match the number of dimensions (" + std::to_string(rank) + ")", ""};
  if (ell < 0) throw LoweringError{"RuntimeError", "einsum(): more subscripts than dimensions", ""};
  ellipsisDims = ell;
  for (size_t i = 0; i < term.size(); ++i) {
    if (term[i] == '.') {
      if (i == dots)
        for (int k = ell; k >= 1; --k) out.push_back(-k);
      continue;
    }
    out.push_back(term[i]);
  }
  return out;
}

}  // namespace

Lowered lowerEinsum(Builder& b, const BoundArgs& args, const ApiEntry& e) {
  const Arg& eqArg = argByNames(args, {"equation", "subscripts"});
  if (eqArg.kind != Arg::Kind::Str) throwTypeError("einsum(): the equation must be a string");
  std::string eq;
  for (char c : eqArg.text)
    if (c != ' ') eq += c;
  std::vector<Arg> operandArgs = args.varArgs();
  if (operandArgs.size() == 1 && operandArgs[0].kind == Arg::Kind::Sequence) operandArgs = operandArgs[0].items;
  std::vector<Operand> ops;
  for (const Arg& a : operandArgs) ops.push_back(asTensor(b, e.framework, a, "operands"));
  std::string lhs = eq.substr(0, eq.find("->"));
  std::vector<std::string> terms;
  for (size_t start = 0;;) {
    size_t comma = lhs.find(',', start);
    terms.push_back(lhs.substr(start, comma - start));
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  if (terms.size() != ops.size())
    throwValueError("einsum(): more operands were provided than specified in the equation");
  std::vector<ir::TensorType> types;
  std::vector<Labels> labels;
  int maxEll = 0;
  for (size_t i = 0; i < ops.size(); ++i) {
    types.push_back(build::typeOf(b, ops[i], "einsum"));
    int ell = 0;
    labels.push_back(parseTerm(terms[i], types[i].rank(), ell, false, 0));
    maxEll = std::max(maxEll, ell);
    for (size_t k = 0; k < labels[i].size(); ++k)
      if (labels[i][k] > 0 && std::count(labels[i].begin(), labels[i].end(), labels[i][k]) > 1)
        throwUnsupported("unsupported-argument", "einsum with a repeated subscript in one operand (a diagonal)");
    if (types[i].dtype != types[0].dtype)
      throw LoweringError{"RuntimeError", "einsum(): operands do not have the same dtype", ""};
  }
  // Sizes per label; ellipsis dims broadcast.
  std::map<int, int64_t> size;
  for (size_t i = 0; i < ops.size(); ++i)
    for (size_t k = 0; k < labels[i].size(); ++k) {
      int64_t n = types[i].shape[k];
      auto [it, fresh] = size.emplace(labels[i][k], n);
      if (!fresh && it->second != n) {
        if (it->second == 1) it->second = n;
        else if (n != 1)
          throw LoweringError{"RuntimeError", "einsum(): operands do not broadcast with remapped shapes", ""};
      }
    }
  Labels out;
  if (auto arrow = eq.find("->"); arrow != std::string::npos) {
    int ell = 0;
    out = parseTerm(eq.substr(arrow + 2), 0, ell, true, maxEll);
  } else {
    for (int k = maxEll; k >= 1; --k) out.push_back(-k);
    std::vector<int> once;
    for (const auto& [label, n] : size) {
      (void)n;
      int count = 0;
      for (const auto& l : labels) count += static_cast<int>(std::count(l.begin(), l.end(), label));
      if (label > 0 && count == 1) once.push_back(label);
    }
    std::sort(once.begin(), once.end());
    out.insert(out.end(), once.begin(), once.end());
  }
  Labels all = out;
  for (const auto& l : labels)
    for (int label : l)
      if (std::find(all.begin(), all.end(), label) == all.end()) all.push_back(label);
  for (int label : out)
    if (!size.count(label)) throwValueError("einsum(): output subscript " + std::string(1, static_cast<char>(label)) +
                                            " does not appear in the equation for any input operand");
  Operand product = -1;
  for (size_t i = 0; i < ops.size(); ++i) {
    std::vector<int64_t> perm, shape;
    for (int label : all) {
      auto at = std::find(labels[i].begin(), labels[i].end(), label);
      if (at != labels[i].end()) {
        perm.push_back(at - labels[i].begin());
        shape.push_back(types[i].shape[static_cast<size_t>(at - labels[i].begin())]);
      } else {
        shape.push_back(1);
      }
    }
    Operand x = ops[i];
    bool identity = true;
    for (size_t k = 0; k < perm.size(); ++k) identity = identity && perm[k] == static_cast<int64_t>(k);
    if (!identity) x = b.apply1(ir::OpKind::Transpose, {x}, {{"perm", perm}});
    x = build::reshape(b, x, shape);
    product = product < 0 ? x : b.apply1(ir::OpKind::Mul, {product, x});
  }
  if (all.size() > out.size()) {
    std::vector<int64_t> axes;
    for (size_t k = out.size(); k < all.size(); ++k) axes.push_back(static_cast<int64_t>(k));
    product = b.apply1(ir::OpKind::Sum, {product}, {{"axes", axes}, {"keepdims", false}});
  }
  // Broadcast ellipsis dims of size 1 to the common size.
  std::vector<int64_t> outShape;
  for (int label : out) outShape.push_back(size.at(label));
  return Lowered::one(build::expand(b, product, outShape));
}

}  // namespace pt::frontends
