#!/usr/bin/env bash
# The main job on the embedded simulator: builds the program only (not the tests), then runs the health check against the
# simulated "healthy" tenant (JSON report on stdout). With a display, it also opens the wizard.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_TARGET=dwhealth bash scripts/build.sh >&2  # build output on stderr: stdout is the JSON report
status=0
./build/app/dwhealth check --demo --scenario "${1:-healthy}" || status=$?
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${CI:-}" ]; then
  ./build/app/dwhealth --demo --scenario "${1:-healthy}" &
fi
exit $status
