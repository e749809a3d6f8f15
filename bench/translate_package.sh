#!/bin/sh
# Source-to-source translation speed on real code: the whole of torchvision.transforms (Debian's
# python3-torchvision) to every target. Prints functions/s and lines/s (translation time measured
# inside the process, start-up excluded) and how many functions translated.
# usage: sh bench/translate_package.sh [BUILD_DIR]
set -eu
build="${1:-build}"
out="$(mktemp -d)"
for target in numpy torch jax tensorflow ivy; do
  echo "== torchvision.transforms -> $target"
  "$build/bin/polytrace-cli" transpile /usr/lib/python3/dist-packages --module torchvision.transforms --source torch \
    --target "$target" --out-dir "$out/$target" --stats 2>/dev/null | grep -v '^  ' || true
done
rm -rf "$out"
