#!/usr/bin/env bash
# Installs Image Studio and what Qt needs from the system. Usage: scripts/setup.sh [--dev]
#   --dev  editable install with the test and lint tools
set -euo pipefail
cd "$(dirname "$0")/.."

# Qt's runtime libraries (Debian/Ubuntu names): the core set, plus the X11/xcb ones a real
# window needs. Installed only when missing, with sudo when not root.
QT_LIBS="libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 \
libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 \
libxcb-render-util0 libxcb-xinerama0 libxcb-image0"

if command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  missing=""
  for pkg in $QT_LIBS; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || missing="$missing $pkg"
  done
  if [ -n "$missing" ]; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing Qt system libraries:$missing"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    # shellcheck disable=SC2086
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      $missing >/dev/null
  fi
fi

python3 -m pip install --upgrade --quiet pip
if [ "${1:-}" = "--dev" ]; then
  python3 -m pip install --quiet -e ".[dev]"
else
  python3 -m pip install --quiet .
fi
