#include "session/PackageTranslation.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "s2s/Translator.h"
#include "session/TranslationCache.h"

namespace pt::session {

namespace fs = std::filesystem;

namespace {

// Temporary file and rename: a failure never leaves half a module behind.
bool writeAtomically(const fs::path& path, const std::string& text) {
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  const fs::path tmp = path.string() + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary);
    if (!out || !(out << text)) return false;
  }
  fs::rename(tmp, path, ec);
  if (ec) fs::remove(tmp, ec);
  return !ec;
}

}  // namespace

std::vector<SourceFile> packageSources(const std::string& root, const std::string& module) {
  if (module.empty()) return sourceFiles(root);
  // Only the package's own folder is walked (a source root may hold thousands of other files).
  fs::path packageDir(root);
  for (size_t start = 0; start <= module.size();) {
    const size_t dot = std::min(module.find('.', start), module.size());
    packageDir /= module.substr(start, dot - start);
    start = dot + 1;
  }
  std::vector<SourceFile> sources;
  if (fs::is_directory(packageDir)) {
    for (auto f : sourceFiles(packageDir.string())) {
      f.module = f.module.empty() ? module : module + "." + f.module;
      sources.push_back(f);
    }
  } else if (fs::is_regular_file(packageDir.string() + ".py")) {
    sources.push_back({packageDir.string() + ".py", module});
  }
  return sources;
}

PackageReport translatePackage(const std::string& root, const std::vector<SourceFile>& sources, ir::Framework source,
                               ir::Framework target, const std::string& outDir, TranslationCache* cache,
                               const std::function<bool(size_t, size_t)>& progress) {
  PackageReport report;
  for (size_t i = 0; i < sources.size(); ++i) {
    if (progress && !progress(i, sources.size())) {
      report.stopped = true;
      return report;
    }
    const SourceFile& file = sources[i];
    auto text = readFile(file.path);
    if (!text) {
      report.diagnostics.push_back({Severity::Error, "unreadable", "cannot read " + file.path, {file.path}});
      ++report.failed;
      continue;
    }
    ++report.files;
    report.lines += static_cast<size_t>(std::count(text->begin(), text->end(), '\n'));
    const auto start = std::chrono::steady_clock::now();
    const s2s::Request request{*text, file.path, "", source, target};
    s2s::Result r = cache ? cache->translate(request) : s2s::translateFunction(request);
    report.seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    report.translated += static_cast<int>(r.translatedFunctions.size());
    report.failed += static_cast<int>(r.failedFunctions.size());
    for (const auto& [name, diags] : r.failedFunctions)
      for (const auto& d : diags)
        if (d.severity == Severity::Error) {
          ++report.reasons[d.code];
          report.diagnostics.push_back(d);
        }
    if (r.code.empty()) {
      report.diagnostics.insert(report.diagnostics.end(), r.diagnostics.begin(), r.diagnostics.end());
      ++report.failed;
      continue;
    }
    const fs::path out = fs::path(outDir) / fs::relative(file.path, root);
    if (!writeAtomically(out, r.code)) {
      report.diagnostics.push_back({Severity::Error, "write-failed", "cannot write " + out.string(), {file.path}});
      continue;
    }
    report.written.push_back(out.string());
  }
  if (progress) progress(sources.size(), sources.size());
  return report;
}

}  // namespace pt::session
