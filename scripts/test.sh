#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test
# under CTest (offscreen). In CI (CI=true)
# or with DWHEALTH_EXTENDED=1 it then also runs the fuzz targets briefly (scripts/fuzz.sh) and the
# tests of the libraries that read untrusted input once more under AddressSanitizer and
# UndefinedBehaviorSanitizer (scripts/sanitize.sh with SANITIZE_SCOPE=input, to keep the whole run
# well under 20 minutes on 2 cores; `SANITIZE_SCOPE=all bash scripts/sanitize.sh` runs everything).
set -euo pipefail
cd "$(dirname "$0")/.."
# In CI every compiler warning of the main (gcc) build is an error (-DDWHEALTH_WERROR=ON); the
# clang fuzz build and the sanitizer build keep warnings as warnings.
if [ "${CI:-}" = "true" ]; then
  export CMAKE_ARGS="-DDWHEALTH_WERROR=ON ${CMAKE_ARGS:-}"
fi
bash scripts/build.sh
export QT_QPA_PLATFORM=offscreen
if [ "${CI:-}" = "true" ] || [ "${DWHEALTH_EXTENDED:-}" = "1" ]; then
  start=$(date +%s)
  ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure -j2 --timeout 600 | tee /tmp/dwhealth-ctest.log
  echo "test.sh: fuzz smoke run" >&2
  bash scripts/fuzz.sh "${FUZZ_SECONDS:-20}" >&2
  echo "test.sh: the input-reading libraries' tests under ASan+UBSan" >&2
  SANITIZE_GUI=${SANITIZE_GUI:-OFF} SANITIZE_SCOPE=${SANITIZE_SCOPE:-input} bash scripts/sanitize.sh >&2
  echo "test.sh: extended checks took $(( $(date +%s) - start )) s" >&2
  # The main suite's CTest summary comes last, as the run's closing lines.
  grep -E "tests passed|tests failed|Total Test time" /tmp/dwhealth-ctest.log
else
  ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure -j2 --timeout 600
fi
