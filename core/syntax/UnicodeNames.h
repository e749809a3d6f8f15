#pragma once
// Unicode character names as CPython 3.11's unicode-escape codec resolves \N{NAME}: algorithmic
// HANGUL SYLLABLE and CJK UNIFIED IDEOGRAPH names, then a case-insensitive table of every other
// character name and name alias (not named sequences), generated from the build machine's unicodedata.
#include <optional>
#include <string_view>

namespace pt::syntax {

std::optional<char32_t> lookupUnicodeName(std::string_view name);

// False when the build had no python3 to generate the table; only the algorithmic names resolve then.
bool unicodeNameTableAvailable();

}  // namespace pt::syntax
