#pragma once
// One function per polytrace-cli command. Each returns the process exit code:
// 0 success, 1 the input is bad (syntax error, failing code), 2 cannot do what was asked
// (usage error, untranslatable construct with diagnostics).
namespace pt::cli {
int runParse(int argc, char** argv);
int runFunctions(int argc, char** argv);
int runTrace(int argc, char** argv);
int runRun(int argc, char** argv);
int runTranspile(int argc, char** argv);
int runCoverage(int argc, char** argv);
int runVerify(int argc, char** argv);
int runExec(int argc, char** argv);
int runBatch(int argc, char** argv);
}
