# \N{NAME} escapes need Unicode's character names. Polytrace ships no copy of the Unicode data: the
# name table is generated at build time from the build machine's python3 (unicodedata), the same
# interpreter family the parser mirrors. Included from core/CMakeLists.txt after the core target.
find_program(POLYTRACE_UNICODEDATA_PYTHON python3 PATHS /usr/bin NO_DEFAULT_PATH)
if(NOT POLYTRACE_UNICODEDATA_PYTHON)
  find_program(POLYTRACE_UNICODEDATA_PYTHON python3)
endif()

set(_names_script ${CMAKE_CURRENT_LIST_DIR}/gen_unicode_names.py)
set(_names_cpp ${CMAKE_CURRENT_BINARY_DIR}/generated/UnicodeNameData.cpp)
if(POLYTRACE_UNICODEDATA_PYTHON)
  add_custom_command(
    OUTPUT ${_names_cpp}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/generated
    COMMAND ${POLYTRACE_UNICODEDATA_PYTHON} ${_names_script} ${_names_cpp}
    DEPENDS ${_names_script}
    COMMENT "Generating the \\N{NAME} table from ${POLYTRACE_UNICODEDATA_PYTHON}'s unicodedata"
    VERBATIM)
else()
  # Without python3 the algorithmic names (HANGUL SYLLABLE, CJK UNIFIED IDEOGRAPH) still resolve;
  # every other \N{NAME} is rejected with a message that says why (see StringLiterals.cpp).
  message(WARNING "python3 was not found: Polytrace is built without the Unicode name table, so "
                  "\\N{NAME} escapes other than HANGUL SYLLABLE and CJK UNIFIED IDEOGRAPH names will be "
                  "reported as errors. Install python3 and reconfigure to get them.")
  file(WRITE ${_names_cpp}.in [=[
// Written by core/syntax/UnicodeNames.cmake: no python3 at configure time, so no name table.
#include "syntax/UnicodeNameData.h"

namespace pt::syntax::unames {
const bool kTableAvailable = false;
const char kUnicodeVersion[] = "";
// CPython 3.11 (Unicode 14.0): the unified ideograph blocks, so the algorithmic names still work.
const CodeRange kUnifiedIdeographs[] = {{0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0x20000, 0x2A6DF},
                                        {0x2A700, 0x2B738}, {0x2B740, 0x2B81D}, {0x2B820, 0x2CEA1},
                                        {0x2CEB0, 0x2EBE0}, {0x30000, 0x3134A}};
const size_t kUnifiedIdeographCount = 8;
const size_t kNameCount = 0;
const size_t kBlockSize = 1;
const uint32_t kBlockOffsets[] = {0};
const size_t kBlockCount = 0;
const unsigned char kNameData[] = {0};
const size_t kNameDataSize = 0;
}  // namespace pt::syntax::unames
]=])
  configure_file(${_names_cpp}.in ${_names_cpp} COPYONLY)
endif()
target_sources(core PRIVATE ${_names_cpp})
