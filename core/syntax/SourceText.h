#pragma once
// Maps AST positions (line, UTF-8 byte column) to byte offsets in the source, and back,
// so tools can slice the original text of a node (source-to-source keeps comments and layout).
#include <string>
#include <string_view>
#include <vector>

#include "syntax/Ast.h"

namespace pt::syntax {

class SourceText {
 public:
  explicit SourceText(std::string_view text);
  size_t offset(int lineno, int colOffset) const;  // lineno 1-based, colOffset in bytes
  std::string_view slice(const Pos& pos) const;     // the exact text of a node
  std::string_view line(int lineno) const;          // without the newline
  int lineCount() const { return static_cast<int>(lineStarts_.size()); }
  std::string_view text() const { return text_; }

 private:
  std::string_view text_;
  std::vector<size_t> lineStarts_;
};

}  // namespace pt::syntax
