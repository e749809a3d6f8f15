#pragma once
// The \N{NAME} table generated at build time by gen_unicode_names.py (see UnicodeNames.cmake); only
// UnicodeNames.cpp reads it. The encoding of kNameData is described in the generator.
#include <cstddef>
#include <cstdint>

namespace pt::syntax::unames {

struct CodeRange {
  char32_t lo, hi;
};

extern const bool kTableAvailable;  // false when the build had no python3 to generate the table
extern const char kUnicodeVersion[];
extern const CodeRange kUnifiedIdeographs[];
extern const size_t kUnifiedIdeographCount;
extern const size_t kNameCount;
extern const size_t kBlockSize;
extern const uint32_t kBlockOffsets[];
extern const size_t kBlockCount;
extern const unsigned char kNameData[];
extern const size_t kNameDataSize;

}  // namespace pt::syntax::unames
