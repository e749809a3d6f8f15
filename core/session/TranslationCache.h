#pragma once
// Finished source-to-source translations kept on disk, so a package translated lazily (a module
// on first use) is not translated again in the next session. An entry is keyed by everything the
// result depends on: the source bytes, the file name (diagnostics carry it), the function, both
// frameworks, and the Polytrace build that made it — a rebuilt binary may translate differently,
// so it never reads an older build's entries. Entries are written atomically (temporary + rename);
// an unreadable or foreign entry is ignored and replaced, never trusted.
#include <filesystem>
#include <string>

#include "s2s/Translator.h"

namespace pt::session {

class TranslationCache {
 public:
  explicit TranslationCache(std::filesystem::path dir);
  // $POLYTRACE_CACHE_DIR, else $XDG_CACHE_HOME/polytrace/s2s, else ~/.cache/polytrace/s2s.
  static std::filesystem::path defaultDir();

  // The cached result for `request`, or a fresh translation (then stored). A cache that cannot be
  // written degrades to translating every time; it never fails the translation. A request with
  // observed types (from a trace of example inputs) is always translated afresh.
  s2s::Result translate(const s2s::Request& request);

  std::string keyOf(const s2s::Request& request) const;  // 32 hex digits
  const std::filesystem::path& dir() const { return dir_; }
  int hits() const { return hits_; }
  int misses() const { return misses_; }

 private:
  std::filesystem::path dir_;
  std::string buildId_;
  int hits_ = 0, misses_ = 0;
};

}  // namespace pt::session
