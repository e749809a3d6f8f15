#pragma once
// Small helpers shared by the tests: files, the Debian python3 oracle, golden comparisons.
#include <QProcess>
#include <QString>
#include <QTest>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace pt::test {

inline std::string readText(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline void writeText(const std::string& path, const std::string& text) {
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

// Compares with a golden file; POLYTRACE_UPDATE_GOLDEN=1 rewrites it instead.
inline bool matchesGolden(const std::string& actual, const std::string& goldenPath, std::string& diff) {
  if (qEnvironmentVariableIsSet("POLYTRACE_UPDATE_GOLDEN")) {
    writeText(goldenPath, actual);
    return true;
  }
  std::string expected = readText(goldenPath);
  if (expected == actual) return true;
  diff = "golden " + goldenPath + " differs.\n--- expected\n" + expected + "\n--- actual\n" + actual;
  return false;
}

struct ProcessResult {
  int exitCode = -1;
  std::string out, err;
};

inline ProcessResult runProcess(const QString& program, const QStringList& args, const QString& stdinText = {},
                                int timeoutMs = 300000) {
  QProcess p;
  p.start(program, args);
  if (!stdinText.isEmpty()) p.write(stdinText.toUtf8());
  p.closeWriteChannel();
  ProcessResult r;
  if (!p.waitForFinished(timeoutMs)) {
    p.kill();
    r.err = "timed out";
    return r;
  }
  r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
  r.out = p.readAllStandardOutput().toStdString();
  r.err = p.readAllStandardError().toStdString();
  return r;
}

// Runs Python code in Debian's python3 (which has numpy and torch), not the pyenv one on PATH.
inline ProcessResult runPython(const std::string& code, const QStringList& args = {}) {
  QStringList all{"-c", QString::fromStdString(code)};
  all += args;
  return runProcess(DEBIAN_PYTHON3, all);
}

inline size_t sourceFileCount(const std::string& dir) {
  size_t n = 0;
  for (const auto& f : std::filesystem::recursive_directory_iterator(dir)) n += f.path().extension() == ".py";
  return n;
}

inline std::string tempDir(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() / ("polytrace-test-" + name + "-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  return dir.string();
}

}  // namespace pt::test
