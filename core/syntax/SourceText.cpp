#include "syntax/SourceText.h"

#include <algorithm>

namespace pt::syntax {

SourceText::SourceText(std::string_view text) : text_(text) {
  lineStarts_.push_back(0);
  for (size_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\n') lineStarts_.push_back(i + 1);
  }
}

size_t SourceText::offset(int lineno, int colOffset) const {
  if (lineno < 1) return 0;
  if (static_cast<size_t>(lineno) > lineStarts_.size()) return text_.size();
  return std::min(text_.size(), lineStarts_[static_cast<size_t>(lineno - 1)] + static_cast<size_t>(colOffset));
}

std::string_view SourceText::slice(const Pos& pos) const {
  size_t begin = offset(pos.lineno, pos.col_offset);
  size_t end = offset(pos.end_lineno, pos.end_col_offset);
  if (end < begin) end = begin;
  return text_.substr(begin, end - begin);
}

std::string_view SourceText::line(int lineno) const {
  if (lineno < 1 || static_cast<size_t>(lineno) > lineStarts_.size()) return {};
  size_t begin = lineStarts_[static_cast<size_t>(lineno - 1)];
  size_t end = text_.find('\n', begin);
  if (end == std::string_view::npos) end = text_.size();
  if (end > begin && text_[end - 1] == '\r') --end;
  return text_.substr(begin, end - begin);
}

}  // namespace pt::syntax
