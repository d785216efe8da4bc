#!/usr/bin/env bash
# Build the one-folder bundle dist/ImageStudio/ with PyInstaller, then smoke-start it offscreen
# (--demo --smoke exits 0 once the main window has been shown). Prints sizes and times.
# Not part of the default CI run (it takes minutes); see packaging/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_ROOT_USER_ACTION=ignore
PYTHON="${PYTHON:-python3}"
DIST="${DIST:-dist}"
BUNDLE="$DIST/ImageStudio"
started=$(date +%s)

if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
    echo "== installing PyInstaller"
    "$PYTHON" -m pip install --quiet "pyinstaller>=6"
fi
"$PYTHON" -c "import studio, PySide6" || {
    echo "Image Studio is not installed in this Python: run scripts/setup.sh first" >&2
    exit 1
}

echo "== building $BUNDLE ($("$PYTHON" -m PyInstaller --version), $("$PYTHON" --version))"
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath build/pyinstaller packaging/studio.spec
built=$(date +%s)

echo "== smoke start: $BUNDLE/ImageStudio --demo --smoke (offscreen)"
smoke_home=$(mktemp -d)
trap 'rm -rf "$smoke_home"' EXIT
version=$("$BUNDLE/ImageStudio" --version)
[[ "$version" == "Image Studio "* ]] || { echo "unexpected --version: $version" >&2; exit 1; }
set +e
STUDIO_DATA_DIR="$smoke_home/data" STUDIO_CONFIG_DIR="$smoke_home/config" \
    STUDIO_SECRET_BACKEND=memory QT_QPA_PLATFORM=offscreen \
    timeout 120 "$BUNDLE/ImageStudio" --demo --smoke
status=$?
set -e
finished=$(date +%s)
if [[ $status -ne 0 ]]; then
    echo "SMOKE FAILED: exit status $status" >&2
    exit 1
fi

echo "== result"
echo "version:     $version"
echo "bundle size: $(du -sh "$BUNDLE" | cut -f1)  ($(find "$BUNDLE" -type f | wc -l) files)"
echo "executable:  $(du -h "$BUNDLE/ImageStudio" | cut -f1)"
echo "build time:  $((built - started)) s"
echo "smoke time:  $((finished - built)) s"
echo "total time:  $((finished - started)) s"
echo "OK: $BUNDLE/ImageStudio --demo --smoke exited 0"
