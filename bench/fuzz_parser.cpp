// libFuzzer target over the Python front end: decoding, tokenizer, parser, error recovery and both
// ast.dump forms. Built and run by bench/fuzz.sh (clang -fsanitize=fuzzer,address,undefined).
// A finding is a sanitizer report, an abort, a timeout (a hang) or an out-of-memory; the checks
// below add the front end's own contract so a silent wrong result also stops the run.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "syntax/AstDump.h"
#include "syntax/AstWalk.h"
#include "syntax/Parser.h"
#include "syntax/SourceText.h"

namespace {

[[noreturn]] void contractBroken(const char* what) {
  std::fprintf(stderr, "fuzz_parser: %s\n", what);
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace pt::syntax;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  ParseResult r = parseModule(bytes, "fuzz.py");
  if (!r.module) contractBroken("parseModule returned no module");
  for (const SyntaxError& e : r.errors) {
    if (e.message.empty()) contractBroken("an error without a message");
    if (e.type.empty()) contractBroken("an error without a type");
  }
  // The IDE and the CLI use both forms of the dump and slice node text by position, after errors too
  // (recovery keeps what parsed), so all of them must be safe on whatever the parser produced.
  const std::string withAttrs = dumpAst(*r.module, true);
  const std::string plain = dumpAst(*r.module, false);
  if (withAttrs.size() < plain.size()) contractBroken("the dump with attributes is shorter than without");
  const SourceText text(r.source);
  size_t sliced = 0;
  walkExprs(r.module->body, [&](const Expr& e) { sliced += text.slice(e.pos).size(); });
  if (sliced > 0 && r.source.empty()) contractBroken("a node slices text out of an empty source");
  (void)r.diagnostics();
  (void)r.firstErrorText();
  return 0;
}
