#!/bin/sh
# Polytrace quick start for a Debian 12 machine:
#   sh cmake/quickstart.sh ide    installs what is missing, builds, launches the IDE on the walkthrough
#   sh cmake/quickstart.sh test   installs what is missing, builds, runs the whole test suite
# Both are idempotent: packages already installed are not touched, and the build is incremental
# (ninja + ccache), so a second run takes seconds.
set -eu
cd "$(dirname "$0")/.."

mode="${1:-}"
case "$mode" in
  ide|test) ;;
  *) echo "usage: sh cmake/quickstart.sh ide|test" >&2; exit 2 ;;
esac

# Build tools, Qt 6 + QScintilla + Graphviz + nlohmann_json + ATen (libtorch), and for the tests
# Debian's numpy/torch/torchvision (the oracles), a virtual X server, and locale sources (a layout
# test compiles a decimal-comma locale).
packages="g++ cmake ninja-build ccache pkg-config qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqscintilla2-qt6-dev libgl-dev libgraphviz-dev graphviz nlohmann-json3-dev libtorch-dev
  python3 python3-numpy python3-torch python3-torchvision xvfb xauth locales"
missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "Installing:$missing"
  as_root=""
  [ "$(id -u)" -eq 0 ] || as_root="sudo"
  $as_root apt-get update
  DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y --no-install-recommends $missing
fi

[ -f build/build.ninja ] || cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build

if [ "$mode" = test ]; then
  cd build
  QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j 2
elif [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec build/bin/polytrace
else
  echo "No display: opening the walkthrough under Xvfb and saving the window to walkthrough.png"
  xvfb-run -a build/bin/polytrace --screenshot walkthrough.png
fi
