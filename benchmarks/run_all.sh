#!/usr/bin/env bash
# Run every benchmarks/*.py in turn with its defaults and print its numbers (each script takes
# --help for its own options). Data goes to a throwaway directory, never to the user's own.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here/.."
python="${PYTHON:-python}"
scratch="$(mktemp -d -t studio-benchmarks-XXXXXX)"
trap 'rm -rf "$scratch"' EXIT
export STUDIO_DATA_DIR="$scratch/data" STUDIO_CONFIG_DIR="$scratch/config"
export STUDIO_SECRET_BACKEND=memory QT_QPA_PLATFORM=offscreen
unset OPENAI_API_KEY AZURE_OPENAI_API_KEY OPENAI_BASE_URL

status=0
for script in benchmarks/*.py; do
    [[ "$script" == benchmarks/stall_probe.py ]] && continue  # a module the others use (--why)
    echo "=== $script ($(date -u +%H:%M:%S) UTC)"
    started=$SECONDS
    if ! "$python" "$script"; then
        echo "!!! $script failed" >&2
        status=1
    fi
    echo "=== $script took $((SECONDS - started)) s"
    echo
done
exit $status
