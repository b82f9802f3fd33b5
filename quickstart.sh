#!/usr/bin/env bash
# Ballast quick start on Debian 12 (as root, or with sudo):
#   ./quickstart.sh demo   install what is missing, build, open the desk on the demo book
#                          (with no display: render it to ballast-desk.png and print a summary)
#   ./quickstart.sh test   install what is missing, build, run the whole test suite
# Extra arguments after "demo" go to the ballast executable (e.g. --book my.ballast).
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config python3
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-websockets-dev
  libqt6opengl6-dev libgl-dev libqcustomplot-dev
  libeigen3-dev libsqlite3-dev nlohmann-json3-dev libcli11-dev libtbb-dev libxlsxwriter-dev unzip poppler-utils
  openmpi-bin libopenmpi-dev
  libigraph-dev libarpack2-dev libglpk-dev libplfit-dev libgmp-dev libblas-dev liblapack-dev libxml2-dev
  clang-14 libclang-rt-14-dev
  fonts-dejavu-core fonts-noto-cjk
)

install_missing() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
  cmake --preset dev >/dev/null
  cmake --build --preset dev
}

case "${1:-}" in
  demo)
    shift
    install_missing
    build
    exec ./build/dev/app/ballast "$@"
    ;;
  test)
    install_missing
    build
    ctest --preset dev -j2
    ;;
  *)
    echo "usage: $0 demo [ballast options] | test" >&2
    exit 2
    ;;
esac
