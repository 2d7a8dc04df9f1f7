#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with clang into build-fuzz/ and runs each for
# SECONDS (default 60) from its seed corpus. Exits non-zero when a target crashes, leaks or hangs;
# the input that did it is left in build-fuzz/artifacts/.
#   usage: scripts/fuzz.sh [SECONDS]      env: BUILD_DIR (build-fuzz), JOBS (nproc)
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-60}
BUILD_DIR=${BUILD_DIR:-build-fuzz}
JOBS=${JOBS:-$(nproc)}
TARGETS=(fuzz_odatapage fuzz_filterexpr fuzz_profile fuzz_troubleshooter fuzz_backup fuzz_zipreader)
start=$(date +%s)

bash scripts/install-deps.sh
if ! command -v clang++ >/dev/null || ! dpkg -s libclang-rt-14-dev >/dev/null 2>&1; then
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"   # clang and libFuzzer's runtime
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq clang libclang-rt-14-dev >/dev/null
fi
LAUNCHER=()  # ccache, as scripts/build.sh
if command -v ccache >/dev/null; then
  export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
  LAUNCHER=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${LAUNCHER[@]}" \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DDWHEALTH_FUZZ=ON >/dev/null
cmake --build "$BUILD_DIR" -j"$JOBS" --target "${TARGETS[@]}"
echo "fuzz.sh: build took $(( $(date +%s) - start )) s"

export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
mkdir -p "$BUILD_DIR/artifacts"
failed=()
for target in "${TARGETS[@]}"; do
    name=${target#fuzz_}
    work="$BUILD_DIR/corpus/$name"   # new inputs go here; the seed corpus is only read
    mkdir -p "$work"
    dict=tests/fuzz/json.dict
    [ "$name" = filterexpr ] && dict=tests/fuzz/filterexpr.dict
    [ "$name" = zipreader ] && dict=tests/fuzz/zip.dict
    echo "fuzz.sh: $target for ${SECONDS_EACH} s"
    if ! "$BUILD_DIR/tests/fuzz/$target" -max_total_time="$SECONDS_EACH" -timeout=10 \
        -dict="$dict" \
        -rss_limit_mb=2048 -max_len=16384 -print_final_stats=1 \
        -artifact_prefix="$BUILD_DIR/artifacts/$name-" \
        "$work" "tests/fuzz/corpus/$name" 2>"$BUILD_DIR/$name.log"; then
        failed+=("$target")
        tail -n 60 "$BUILD_DIR/$name.log"
    else
        grep -E "^(stat::number_of_executed_units|stat::new_units_added)|^Done" "$BUILD_DIR/$name.log" || true
    fi
done
echo "fuzz.sh: total $(( $(date +%s) - start )) s"
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz.sh: crashes in ${failed[*]} (inputs in $BUILD_DIR/artifacts/)" >&2
    exit 1
fi
echo "fuzz.sh: no crash"
