// Numeric literals: the value CPython's parsenumber() gives, with ints of any size kept as decimal text.
#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "syntax/ParserImpl.h"

namespace pt::syntax {

namespace {

double parseFloat(const std::string& s) {
  double d = 0.0;
  auto res = std::from_chars(s.data(), s.data() + s.size(), d, std::chars_format::general);
  if (res.ec == std::errc::result_out_of_range) {
    // from_chars leaves the value alone on overflow and underflow; tell them apart like strtod would.
    size_t e = s.find_first_of("eE");
    bool tiny = e != std::string::npos ? (e + 1 < s.size() && s[e + 1] == '-')
                                       : (s[0] == '.' || (s[0] == '0' && s.size() > 1 && s[1] == '.'));
    return tiny ? 0.0 : std::numeric_limits<double>::infinity();
  }
  return d;
}

// Digits in base 2^k (hex, octal, binary) to decimal text. The value is first gathered into 32-bit
// limbs, then divided down by 10^9.
std::string radixToDecimal(const std::string& digits, int bitsPerDigit) {
  std::vector<uint32_t> limbs;  // little endian
  size_t bit = 0;
  for (size_t i = digits.size(); i-- > 0;) {
    char c = digits[i];
    uint32_t v = c <= '9' ? static_cast<uint32_t>(c - '0') : static_cast<uint32_t>((c | 0x20) - 'a' + 10);
    size_t limb = bit / 32, off = bit % 32;
    if (limbs.size() <= limb + 1) limbs.resize(limb + 2, 0);
    limbs[limb] |= v << off;
    if (off + static_cast<size_t>(bitsPerDigit) > 32) limbs[limb + 1] |= v >> (32 - off);
    bit += static_cast<size_t>(bitsPerDigit);
  }
  while (!limbs.empty() && limbs.back() == 0) limbs.pop_back();
  if (limbs.empty()) return "0";
  std::vector<uint32_t> chunks;  // base 10^9, little endian
  while (!limbs.empty()) {
    uint64_t rem = 0;
    for (size_t i = limbs.size(); i-- > 0;) {
      uint64_t cur = (rem << 32) | limbs[i];
      limbs[i] = static_cast<uint32_t>(cur / 1000000000u);
      rem = cur % 1000000000u;
    }
    chunks.push_back(static_cast<uint32_t>(rem));
    while (!limbs.empty() && limbs.back() == 0) limbs.pop_back();
  }
  std::string out = std::to_string(chunks.back());
  for (size_t i = chunks.size() - 1; i-- > 0;) {
    std::string part = std::to_string(chunks[i]);
    out.append(9 - part.size(), '0');
    out += part;
  }
  return out;
}

}  // namespace

ConstantValue parseNumberLiteral(std::string_view literal) {
  std::string s;
  s.reserve(literal.size());
  for (char c : literal)
    if (c != '_') s += c;
  ConstantValue v;
  char last = s.back();
  if (last == 'j' || last == 'J') {
    v.kind = ConstantValue::Kind::Complex;
    s.pop_back();
    v.floatValue = parseFloat(s);
    return v;
  }
  int bits = 0;
  if (s.size() > 1 && s[0] == '0') {
    char b = static_cast<char>(s[1] | 0x20);
    bits = b == 'x' ? 4 : b == 'o' ? 3 : b == 'b' ? 1 : 0;
  }
  if (bits == 0 && s.find_first_of(".eE") != std::string::npos) {
    v.kind = ConstantValue::Kind::Float;
    v.floatValue = parseFloat(s);
    return v;
  }
  v.kind = ConstantValue::Kind::Int;
  if (bits) {
    std::string digits = s.substr(2);
    // Beyond ~4300 decimal digits CPython refuses to print the value; keep the literal instead of
    // spending quadratic time on a conversion nobody can compare.
    if (digits.size() * static_cast<size_t>(bits) > 16000) {
      v.text = s;
      v.intFits = false;
      return v;
    }
    v.text = radixToDecimal(digits, bits);
  } else {
    size_t nz = s.find_first_not_of('0');
    v.text = nz == std::string::npos ? "0" : s.substr(nz);
  }
  if (v.text.size() < 19 || (v.text.size() == 19 && v.text <= "9223372036854775807")) {
    v.intValue = 0;
    for (char c : v.text) v.intValue = v.intValue * 10 + (c - '0');
    v.intFits = true;
  } else {
    v.intFits = false;
  }
  return v;
}

}  // namespace pt::syntax
