// Loading the ATen plug-in from an executable that does not sit next to it: the error lists
// every place looked in, and a later call retries (here after POLYTRACE_RUNTIME_DIR is set).
#include <QTest>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "runtime/Backend.h"

class TestRuntimeLoader : public QObject {
  Q_OBJECT

 private slots:
  void missingLibraryIsReportedThenFoundViaTheEnvironment() {
    ::unsetenv("POLYTRACE_RUNTIME_DIR");
    const auto exeDir = std::filesystem::canonical("/proc/self/exe").parent_path();
    QVERIFY(!std::filesystem::exists(exeDir / "libpolytrace_runtime_aten.so"));
    try {
      pt::runtime::backend();
      QFAIL("the plug-in should not be found");
    } catch (const pt::runtime::RuntimeError& e) {
      const std::string& m = e.message;
      QVERIFY2(m.find("libpolytrace_runtime_aten.so was not found") != std::string::npos, m.c_str());
      QVERIFY2(m.find((exeDir / "libpolytrace_runtime_aten.so").string()) != std::string::npos, m.c_str());
      QVERIFY2(m.find((exeDir.parent_path() / "lib" / "polytrace").string()) != std::string::npos, m.c_str());
      QVERIFY2(m.find("POLYTRACE_RUNTIME_DIR") != std::string::npos, m.c_str());
    }
    QVERIFY(!pt::runtime::backendLoaded());

    ::setenv("POLYTRACE_RUNTIME_DIR", POLYTRACE_BIN_DIR, 1);
    auto& b = pt::runtime::backend();
    QVERIFY(pt::runtime::backendLoaded());
    QVERIFY(b.hasKernel(pt::ir::OpKind::Add));
  }
};

QTEST_GUILESS_MAIN(TestRuntimeLoader)
#include "test_runtime_loader.moc"
