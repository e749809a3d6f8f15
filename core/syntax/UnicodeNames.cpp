#include "syntax/UnicodeNames.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <string>

#include "syntax/UnicodeNameData.h"

namespace pt::syntax {

namespace {

// The jamo short names of the Hangul syllable name algorithm (Unicode chapter 3.12), in the order of
// their indexes. They are part of the algorithm, not a data file: every Unicode version uses them.
constexpr std::array<const char*, 19> kLeading = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S",
                                                  "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
constexpr std::array<const char*, 21> kVowel = {"A",  "AE", "YA", "YAE", "EO", "E",  "YEO",
                                                "YE", "O",  "WA", "WAE", "OE", "YO", "U",
                                                "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
constexpr std::array<const char*, 28> kTrailing = {"",  "G",  "GG", "GS", "N",  "NJ", "NH", "D",  "L",  "LG",
                                                   "LM", "LB", "LS", "LT", "LP", "LH", "M",  "B",  "BS", "S",
                                                   "SS", "NG", "J",  "C",  "K",  "T",  "P",  "H"};

// find_syllable in Modules/unicodedata.c: the longest jamo name at the front of s (case-sensitive);
// returns its index or -1, and advances s past it. Greedy, like CPython: no backtracking.
template <size_t N>
int takeJamo(std::string_view& s, const std::array<const char*, N>& names) {
  int best = -1;
  size_t bestLen = 0;
  for (size_t i = 0; i < N; ++i) {
    const size_t len = std::strlen(names[i]);
    if (best >= 0 && len <= bestLen) continue;
    if (s.substr(0, len) == names[i]) {
      best = static_cast<int>(i);
      bestLen = len;
    }
  }
  if (best >= 0) s.remove_prefix(bestLen);
  return best;
}

std::optional<char32_t> hangulSyllable(std::string_view s) {
  const int l = takeJamo(s, kLeading);
  const int v = takeJamo(s, kVowel);
  const int t = takeJamo(s, kTrailing);
  if (l < 0 || v < 0 || t < 0 || !s.empty()) return std::nullopt;
  return static_cast<char32_t>(0xAC00 + (l * 21 + v) * 28 + t);
}

// Four or five upper-case hex digits naming a unified ideograph; CPython accepts no other spelling.
std::optional<char32_t> unifiedIdeograph(std::string_view hex) {
  if (hex.size() != 4 && hex.size() != 5) return std::nullopt;
  char32_t v = 0;
  for (char c : hex) {
    if (c >= '0' && c <= '9') v = v * 16 + static_cast<char32_t>(c - '0');
    else if (c >= 'A' && c <= 'F') v = v * 16 + static_cast<char32_t>(c - 'A' + 10);
    else return std::nullopt;
  }
  for (size_t i = 0; i < unames::kUnifiedIdeographCount; ++i)
    if (v >= unames::kUnifiedIdeographs[i].lo && v <= unames::kUnifiedIdeographs[i].hi) return v;
  return std::nullopt;
}

// Reads the front-coded entries of one block (see gen_unicode_names.py) in name order.
class BlockReader {
 public:
  explicit BlockReader(size_t block) : at_(unames::kBlockOffsets[block]), head_(true) {
    end_ = block + 1 < unames::kBlockCount ? unames::kBlockOffsets[block + 1] : unames::kNameDataSize;
  }

  // False at the end of the block (or on a malformed table, which then simply finds nothing).
  bool next() {
    if (at_ >= end_) return false;
    const size_t shared = unames::kNameData[at_++];
    if (shared > name_.size()) return false;
    name_.resize(shared);
    for (;;) {
      if (at_ >= end_) return false;
      const unsigned char c = unames::kNameData[at_++];
      name_ += static_cast<char>(c & 0x7F);
      if (c & 0x80) break;
    }
    if (head_) {
      if (at_ + 3 > end_) return false;
      cp_ = static_cast<char32_t>(unames::kNameData[at_] << 16 | unames::kNameData[at_ + 1] << 8 |
                                  unames::kNameData[at_ + 2]);
      at_ += 3;
      head_ = false;
      return true;
    }
    uint32_t zigzag = 0;
    for (int shift = 0;; shift += 7) {
      if (at_ >= end_ || shift > 28) return false;
      const unsigned char b = unames::kNameData[at_++];
      zigzag |= static_cast<uint32_t>(b & 0x7F) << shift;
      if (!(b & 0x80)) break;
    }
    const int32_t delta = (zigzag & 1) ? -static_cast<int32_t>(zigzag >> 1) - 1 : static_cast<int32_t>(zigzag >> 1);
    cp_ = static_cast<char32_t>(static_cast<int32_t>(cp_) + delta);
    return true;
  }
  const std::string& name() const { return name_; }
  char32_t codePoint() const { return cp_; }

 private:
  size_t at_, end_;
  bool head_;
  std::string name_;
  char32_t cp_ = 0;
};

std::optional<char32_t> tableLookup(std::string_view name) {
  if (unames::kBlockCount == 0 || name.empty() || name.size() > 255) return std::nullopt;
  // _cmpname compares Py_TOUPPER of every byte with the stored (upper-case ASCII) name.
  std::string key(name);
  for (char& c : key)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  // The last block whose first name is <= key holds key if anything does.
  size_t lo = 0, hi = unames::kBlockCount;
  while (hi - lo > 1) {
    const size_t mid = lo + (hi - lo) / 2;
    BlockReader head(mid);
    if (head.next() && head.name() <= key) lo = mid;
    else hi = mid;
  }
  BlockReader r(lo);
  while (r.next()) {
    const int cmp = r.name().compare(key);
    if (cmp == 0) return r.codePoint();
    if (cmp > 0) break;
  }
  return std::nullopt;
}

}  // namespace

std::optional<char32_t> lookupUnicodeName(std::string_view name) {
  // _getcode: these two prefixes are matched case-sensitively and, once matched, decide alone.
  constexpr std::string_view kHangul = "HANGUL SYLLABLE ";
  constexpr std::string_view kIdeograph = "CJK UNIFIED IDEOGRAPH-";
  if (name.substr(0, kHangul.size()) == kHangul) return hangulSyllable(name.substr(kHangul.size()));
  if (name.substr(0, kIdeograph.size()) == kIdeograph) return unifiedIdeograph(name.substr(kIdeograph.size()));
  return tableLookup(name);
}

bool unicodeNameTableAvailable() { return unames::kTableAvailable; }

}  // namespace pt::syntax
