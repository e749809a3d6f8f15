#pragma once
// A package translated source-to-source into a mirrored tree: every module of it, one after the
// other, each written as soon as it is translated (atomically). One function's failure never stops
// the rest: a module whose functions partly fail is written with those functions raising
// NotImplementedError (s2s whole-module mode); the report counts what translated and what did
// not, by reason. Used by `polytrace-cli transpile --module` and the IDE's File > Export Package.
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "base/Diagnostic.h"
#include "ir/Framework.h"
#include "session/Session.h"

namespace pt::session {

class TranslationCache;

struct PackageReport {
  int translated = 0, failed = 0;  // functions
  size_t files = 0, lines = 0;     // modules read, their lines
  double seconds = 0;              // translation time (no reading or writing)
  std::map<std::string, int> reasons;  // reason code -> failures
  std::vector<std::string> written;    // files written, in order
  Diagnostics diagnostics;             // every failure, and files that could not be read or written
  bool stopped = false;                // `progress` asked to stop
};

// The modules of `module` under the source root `root` (a package folder or a module file);
// an empty `module`: every module under the root.
std::vector<SourceFile> packageSources(const std::string& root, const std::string& module);

// `progress(done, total)` is called before each module and at the end; returning false stops
// (what was written stays). `cache` may be null (translate every module afresh).
PackageReport translatePackage(const std::string& root, const std::vector<SourceFile>& sources, ir::Framework source,
                               ir::Framework target, const std::string& outDir, TranslationCache* cache,
                               const std::function<bool(size_t done, size_t total)>& progress = {});

}  // namespace pt::session
