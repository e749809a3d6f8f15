#include "ir/ObservedTypes.h"

namespace pt::ir {

void ObservedType::merge(const ObservedType& other) {
  count += other.count;
  if (kind == Kind::Mixed) return;
  if (kind != other.kind) {
    // bool and int mix (True + 1): the value is int-like whichever ran; int with float is not one
    // kind, and a translation that depends on the kind must not pick one.
    bool intLike = (kind == Kind::Bool || kind == Kind::Int) && (other.kind == Kind::Bool || other.kind == Kind::Int);
    kind = intLike ? Kind::Int : Kind::Mixed;
    dtype.reset();
    rank.reset();
    framework.reset();
    return;
  }
  if (kind != Kind::Tensor) return;
  if (dtype != other.dtype) dtype.reset();
  if (rank != other.rank) rank.reset();
  if (framework != other.framework) framework.reset();
}

std::string ObservedType::describe() const {
  switch (kind) {
    case Kind::Tensor: {
      std::string out = "tensor";
      if (dtype) out += " " + std::string(dtypeLongName(*dtype));
      if (rank) out += " rank " + std::to_string(*rank);
      return out;
    }
    case Kind::Bool: return "bool";
    case Kind::Int: return "int";
    case Kind::Float: return "float";
    case Kind::None: return "None";
    case Kind::Str: return "str";
    case Kind::Sequence: return "sequence";
    case Kind::DType: return "dtype";
    case Kind::Other: return "object";
    case Kind::Mixed: return "mixed";
  }
  return "object";
}

void ObservedTypes::record(const std::string& file, const SourceSpan& span, const ObservedType& type) {
  auto& spans = byFile_[file];
  auto [it, inserted] = spans.try_emplace(span, type);
  if (!inserted) it->second.merge(type);
}

const ObservedType* ObservedTypes::at(const std::string& file, const SourceSpan& span) const {
  auto f = byFile_.find(file);
  if (f == byFile_.end()) return nullptr;
  auto it = f->second.find(span);
  return it == f->second.end() ? nullptr : &it->second;
}

const std::map<SourceSpan, ObservedType>* ObservedTypes::file(const std::string& path) const {
  if (auto f = byFile_.find(path); f != byFile_.end()) return &f->second;
  // The interpreter names files of a source root relative to it (torchvision/transforms/x.py);
  // callers may hold the full path.
  for (const auto& [name, spans] : byFile_)
    if (path.size() > name.size() && path.compare(path.size() - name.size(), name.size(), name) == 0 &&
        path[path.size() - name.size() - 1] == '/')
      return &spans;
  return nullptr;
}

size_t ObservedTypes::size() const {
  size_t n = 0;
  for (const auto& [file, spans] : byFile_) n += spans.size();
  return n;
}

}  // namespace pt::ir
