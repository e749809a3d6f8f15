#include "session/TranslationCache.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>

#include "ir/Framework.h"
#include "session/DiagnosticJson.h"

namespace pt::session {

namespace {
using nlohmann::json;
constexpr int kFormatVersion = 1;

// FNV-1a, 64 bits; two differently seeded passes give the 128-bit key (not cryptographic: the
// cache is the user's own, the key only has to make accidental collisions implausible).
struct Fnv {
  uint64_t h;
  void add(std::string_view s) {
    // A length prefix keeps ("ab","c") and ("a","bc") apart.
    uint64_t n = s.size();
    for (int i = 0; i < 8; ++i) byte(static_cast<unsigned char>(n >> (8 * i)));
    for (unsigned char c : s) byte(c);
  }
  void byte(unsigned char c) {
    h ^= c;
    h *= 1099511628211ull;
  }
};

std::string hex64(uint64_t v) {
  static const char* digits = "0123456789abcdef";
  std::string s(16, '0');
  for (int i = 15; i >= 0; --i, v >>= 4) s[static_cast<size_t>(i)] = digits[v & 15];
  return s;
}

// The running binary's size and modification time: changes whenever Polytrace is rebuilt.
std::string currentBuildId() {
  struct stat st {};
  if (::stat("/proc/self/exe", &st) != 0) return "unknown-build";
  return std::to_string(st.st_size) + ":" + std::to_string(st.st_mtim.tv_sec) + "." + std::to_string(st.st_mtim.tv_nsec);
}

json toJson(const s2s::Result& r, const std::string& key) {
  json diags = json::array();
  for (const auto& d : r.diagnostics) diags.push_back(diagnosticToJson(d));
  json failed = json::array();
  for (const auto& [name, ds] : r.failedFunctions) {
    json one = json::array();
    for (const auto& d : ds) one.push_back(diagnosticToJson(d));
    failed.push_back({{"name", name}, {"diagnostics", one}});
  }
  return {{"format", kFormatVersion}, {"key", key},         {"code", r.code}, {"diagnostics", diags},
          {"translated", r.translatedFunctions}, {"failed", failed}};
}

std::optional<s2s::Result> fromJson(const json& j, const std::string& key) {
  if (j.value("format", 0) != kFormatVersion || j.value("key", "") != key) return std::nullopt;
  s2s::Result r;
  r.code = j.at("code").get<std::string>();
  for (const auto& d : j.at("diagnostics")) r.diagnostics.push_back(diagnosticFromJson(d));
  r.translatedFunctions = j.at("translated").get<std::vector<std::string>>();
  for (const auto& f : j.at("failed")) {
    Diagnostics ds;
    for (const auto& d : f.at("diagnostics")) ds.push_back(diagnosticFromJson(d));
    r.failedFunctions.emplace_back(f.at("name").get<std::string>(), std::move(ds));
  }
  return r;
}

std::optional<s2s::Result> readEntry(const std::filesystem::path& path, const std::string& key) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  try {
    return fromJson(json::parse(in), key);
  } catch (const json::exception&) {
    return std::nullopt;  // truncated or foreign: translate again and overwrite it
  }
}

void writeEntry(const std::filesystem::path& path, const std::string& text) {
  std::error_code ec;
  std::filesystem::create_directories(path.parent_path(), ec);
  if (ec) return;
  auto temporary = path;
  temporary += ".tmp" + std::to_string(::getpid());
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) return;
    out << text;
    if (!out.flush()) {
      std::filesystem::remove(temporary, ec);
      return;
    }
  }
  std::filesystem::rename(temporary, path, ec);
  if (ec) std::filesystem::remove(temporary, ec);
}
}  // namespace

TranslationCache::TranslationCache(std::filesystem::path dir) : dir_(std::move(dir)), buildId_(currentBuildId()) {}

std::filesystem::path TranslationCache::defaultDir() {
  if (const char* own = std::getenv("POLYTRACE_CACHE_DIR"); own && *own) return own;
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) return std::filesystem::path(xdg) / "polytrace" / "s2s";
  if (const char* home = std::getenv("HOME"); home && *home)
    return std::filesystem::path(home) / ".cache" / "polytrace" / "s2s";
  return std::filesystem::temp_directory_path() / "polytrace-cache" / "s2s";
}

std::string TranslationCache::keyOf(const s2s::Request& request) const {
  std::string parts[] = {std::to_string(kFormatVersion),
                         buildId_,
                         request.sourceBytes,
                         request.filename,
                         request.functionName,
                         std::string(ir::frameworkName(request.source)),
                         std::string(ir::frameworkName(request.target))};
  Fnv a{14695981039346656037ull}, b{0x9e3779b97f4a7c15ull};
  for (const auto& p : parts) {
    a.add(p);
    b.add(p);
  }
  return hex64(a.h) + hex64(b.h);
}

s2s::Result TranslationCache::translate(const s2s::Request& request) {
  // Types observed in a trace belong to that run's inputs, not to the file: never cached.
  if (request.observed) return s2s::translateFunction(request);
  const std::string key = keyOf(request);
  const auto path = dir_ / key.substr(0, 2) / (key + ".json");
  if (auto cached = readEntry(path, key)) {
    ++hits_;
    return *cached;
  }
  ++misses_;
  s2s::Result fresh = s2s::translateFunction(request);
  writeEntry(path, toJson(fresh, key).dump());
  return fresh;
}

}  // namespace pt::session
