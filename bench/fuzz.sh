#!/bin/bash
# Fuzzes the Python front end (tokenizer + parser + recovery + ast.dump) with libFuzzer under
# AddressSanitizer and UndefinedBehaviorSanitizer, single process, for a fixed time.
#
#   bench/fuzz.sh SECONDS [BUILD_DIR]        (BUILD_DIR defaults to build-fuzz in the repository)
#
# It compiles core/syntax directly (the rest of the project is not needed), seeds a corpus from
# tests/data/syntax (goldens and earlier findings) and a few standard-library files, keeps the grown
# corpus in BUILD_DIR/corpus between runs, and leaves crashers/timeouts in BUILD_DIR/artifacts.
# Keep a minimized copy of every finding in tests/data/syntax/fuzz/: test_syntax parses them all.
set -euo pipefail

SECONDS_TO_RUN=${1:?usage: bench/fuzz.sh SECONDS [BUILD_DIR]}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${2:-$ROOT/build-fuzz}
PYTHON=/usr/bin/python3
mkdir -p "$BUILD/obj" "$BUILD/corpus" "$BUILD/seeds" "$BUILD/artifacts"

if ! command -v clang++ >/dev/null || ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
  echo "installing clang and its fuzzer runtime (Debian: clang, libclang-rt-14-dev)" >&2
  apt-get install -y clang libclang-rt-14-dev
fi
[ -x "$PYTHON" ] || { echo "fuzz.sh: $PYTHON is needed to generate the Unicode name table" >&2; exit 1; }

# The \N{...} name table is generated from the build machine's unicodedata, as the CMake build does.
NAMES_CPP="$BUILD/UnicodeNameData.cpp"
if [ ! -f "$NAMES_CPP" ] || [ "$ROOT/core/syntax/gen_unicode_names.py" -nt "$NAMES_CPP" ]; then
  "$PYTHON" "$ROOT/core/syntax/gen_unicode_names.py" "$NAMES_CPP"
fi

# Objects are rebuilt when their source is newer; -O1 keeps the sanitizers fast enough to be useful.
FLAGS=(-std=c++20 -g -O1 -fno-omit-frame-pointer -fsanitize=fuzzer,address,undefined
       -fno-sanitize-recover=undefined -I"$ROOT/core")
SOURCES=("$ROOT"/core/syntax/*.cpp "$ROOT/core/base/Diagnostic.cpp" "$ROOT/core/base/FloatRepr.cpp"
         "$NAMES_CPP" "$ROOT/bench/fuzz_parser.cpp")
OBJECTS=()
for src in "${SOURCES[@]}"; do
  obj="$BUILD/obj/$(basename "${src%.cpp}").o"
  OBJECTS+=("$obj")
  if [ ! -f "$obj" ] || [ "$src" -nt "$obj" ] || [ -n "$(find "$ROOT/core/syntax" "$ROOT/core/base" -name '*.h' -newer "$obj" -print -quit)" ]; then
    echo "compiling $(basename "$src")" >&2
    clang++ "${FLAGS[@]}" -c "$src" -o "$obj"
  fi
done
clang++ "${FLAGS[@]}" "${OBJECTS[@]}" -o "$BUILD/fuzz_parser"

# Seeds: every golden input, every earlier finding, and small standard-library files of many styles.
cp "$ROOT"/tests/data/syntax/*.py "$BUILD/seeds/"
if compgen -G "$ROOT/tests/data/syntax/fuzz/*" >/dev/null; then cp "$ROOT"/tests/data/syntax/fuzz/* "$BUILD/seeds/"; fi
for f in keyword.py this.py bisect.py colorsys.py glob.py fnmatch.py stat.py token.py shlex.py \
         graphlib.py opcode.py reprlib.py struct.py types.py sched.py; do
  [ -f "/usr/lib/python3.11/$f" ] && cp "/usr/lib/python3.11/$f" "$BUILD/seeds/std_$f"
done

# One process (two cores are shared with the build); fork mode with ignore_* keeps going after a
# finding, so an unattended run collects every crasher, timeout and OOM in the artifacts folder.
cd "$BUILD"
./fuzz_parser -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
  -max_total_time="$SECONDS_TO_RUN" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
  -dict="$ROOT/bench/fuzz_python.dict" -artifact_prefix="$BUILD/artifacts/" \
  -print_final_stats=1 corpus seeds 2>&1 | tee "$BUILD/fuzz-$(date +%Y%m%d-%H%M%S).log" | grep -E "^#|INFO: (exiting|log)|crash|timeout|oom|ERROR" || true
echo "findings in $BUILD/artifacts:" >&2
ls -la "$BUILD/artifacts" >&2
