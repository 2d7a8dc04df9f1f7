#!/usr/bin/env bash
# Builds, then drives the real wizard offscreen through every page on the simulator and saves a
# PNG of each into docs/screenshots/ (or the directory given). These are the README's pictures.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
out=${1:-docs/screenshots}
mkdir -p "$out"
QT_QPA_PLATFORM=offscreen "./${BUILD_DIR:-build}/tests/gui/dwhealth_screenshots" "$out"
echo "screenshots written to $out" >&2
