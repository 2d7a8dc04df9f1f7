#!/usr/bin/env bash
# Builds everything (GUI included) with AddressSanitizer + UndefinedBehaviorSanitizer into
# build-asan/ and runs the whole CTest suite under it. Exits non-zero when a build step fails, a
# test fails, or a sanitizer reports an error (leaks included).
#   BUILD_DIR (build-asan)  BUILD_TYPE (Debug)  JOBS (nproc)  CTEST_ARGS (extra ctest arguments)
#   SANITIZE_GUI (ON; OFF leaves out the wizard and its tests)
#   SANITIZE_SCOPE (all; "input": only the libraries that read untrusted input (profiles, server
#     answers, bundles, backups, pasted logs) and their in-process tests; CI uses it to keep the whole
#     run well under 20 minutes on 2 cores; the fuzz targets cover the same parsers under ASan too)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BUILD_DIR=${BUILD_DIR:-build-asan}
JOBS=${JOBS:-$(nproc)}
start=$(date +%s)

bash scripts/install-deps.sh
LAUNCHER=()  # ccache, as scripts/build.sh
if command -v ccache >/dev/null; then
  export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
  LAUNCHER=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-Debug}" "${LAUNCHER[@]}" \
    -DDWHEALTH_SANITIZE=ON -DDWHEALTH_BUILD_GUI="${SANITIZE_GUI:-ON}" -DDWHEALTH_BUILD_TESTS=ON >/dev/null
# The in-process tests of the input-reading libraries (no executable spawned, no wizard).
INPUT_TESTS=(tst_profile tst_boundedread tst_urlpolicy tst_savefile tst_secretredactor
  tst_retrypolicy tst_errormessages tst_failurecause tst_odatapage tst_datasetrequests tst_tokenform
  tst_tokencache tst_serviceclient tst_collector tst_clientsecrettokenprovider
  tst_bundlezip tst_recordedfacts tst_companydiff tst_troubleshooter_input tst_filterexpr
  tst_simfaults tst_rules_matching tst_rules_dependencies)
if [ "${SANITIZE_SCOPE:-all}" = "input" ]; then
  known=$(cmake --build "$BUILD_DIR" --target help)
  targets=()
  for t in "${INPUT_TESTS[@]}"; do   # a test that no longer exists is left out, not an error
    if grep -q "^$t:" <<<"$known"; then targets+=("$t"); fi
  done
  cmake --build "$BUILD_DIR" -j"$JOBS" --target "${targets[@]}"
  CTEST_ARGS="${CTEST_ARGS:-} -R ^($(IFS='|'; echo "${targets[*]}"))\$"
else
  cmake --build "$BUILD_DIR" -j"$JOBS"
fi
built=$(date +%s)
echo "sanitize.sh: build took $((built - start)) s"

export QT_QPA_PLATFORM=offscreen
# A sanitizer report fails the test (ASan always; UBSan through halt_on_error).
export ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$ROOT/tests/sanitizers/lsan.supp:print_suppressions=0"
status=0
ctest --test-dir "$BUILD_DIR" --output-on-failure -j"$JOBS" --timeout 900 ${CTEST_ARGS:-} || status=$?
echo "sanitize.sh: tests took $(( $(date +%s) - built )) s (total $(( $(date +%s) - start )) s)"
exit "$status"
