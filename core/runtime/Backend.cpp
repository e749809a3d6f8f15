#include "runtime/Backend.h"

#include <dlfcn.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "runtime/HostValues.h"

namespace pt::runtime {

namespace {

constexpr const char* kLibraryName = "libpolytrace_runtime_aten.so";
std::atomic<bool> gLoaded{false};

std::filesystem::path executableDir() {
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::filesystem::path{} : exe.parent_path();
}

// Build tree (bin/ holds every binary), then an explicit override, then an installed prefix.
std::vector<std::filesystem::path> candidateDirs() {
  std::vector<std::filesystem::path> dirs;
  auto exeDir = executableDir();
  if (!exeDir.empty()) dirs.push_back(exeDir);
  if (const char* env = std::getenv("POLYTRACE_RUNTIME_DIR"); env && *env) dirs.emplace_back(env);
  if (!exeDir.empty()) dirs.push_back((exeDir / ".." / "lib" / "polytrace").lexically_normal());
  return dirs;
}

Backend* loadBackend() {
  std::string looked, errors;
  for (const auto& dir : candidateDirs()) {
    auto path = dir / kLibraryName;
    looked += "\n  " + path.string();
    if (!std::filesystem::exists(path)) continue;
    // RTLD_LOCAL: libtorch's thousands of symbols stay out of the global namespace.
    void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
      const char* why = dlerror();
      errors += "\n  " + path.string() + ": " + (why ? why : "dlopen failed");
      continue;
    }
    using Factory = Backend* (*)();
    auto factory = reinterpret_cast<Factory>(dlsym(handle, "polytrace_create_backend"));
    if (!factory) {
      errors += "\n  " + path.string() + ": no symbol polytrace_create_backend";
      continue;
    }
    return factory();
  }
  std::string message = "the tensor runtime " + std::string(kLibraryName) + " was not found; looked in:" + looked;
  if (!errors.empty()) message += "\nfailed to load:" + errors;
  message += "\n(set POLYTRACE_RUNTIME_DIR to the folder that holds it)";
  throw RuntimeError{message};
}

}  // namespace

Backend& backend() {
  // A function-local static is initialised once even under concurrent first calls; if loading
  // throws, the next call tries again. The backend and the library are never released: tensors
  // held by other statics may outlive this one, and their destructors live in the library.
  static Backend* const instance = [] {
    Backend* b = loadBackend();
    gLoaded.store(true, std::memory_order_release);
    return b;
  }();
  return *instance;
}

bool backendLoaded() { return gLoaded.load(std::memory_order_acquire); }

namespace {
void checkCount(size_t count, const ir::TensorType& type) {
  if (static_cast<int64_t>(count) != type.numel())
    throw RuntimeError{std::to_string(count) + " values given for a tensor of type " + ir::typeText(type)};
}
}  // namespace

Tensor tensorFromDoubles(const std::vector<double>& values, const ir::TensorType& type) {
  checkCount(values.size(), type);
  auto bytes = encodeDoubles(values, type.dtype);
  return backend().fromBuffer(type, bytes.data());
}

Tensor tensorFromInts(const std::vector<int64_t>& values, const ir::TensorType& type) {
  checkCount(values.size(), type);
  auto bytes = encodeInts(values, type.dtype);
  return backend().fromBuffer(type, bytes.data());
}

}  // namespace pt::runtime
