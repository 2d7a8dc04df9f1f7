#!/usr/bin/env bash
# package.sh [BUILD_DIR [OUT_DIR]]: builds the Debian packages from a built tree (default build/,
# RelWithDebInfo as scripts/build.sh makes it) with CPack into OUT_DIR (default
# BUILD_DIR/packages): dwhealth_VERSION_ARCH.deb (the program stripped) and
# dwhealth-dbgsym_VERSION_ARCH.ddeb (its debug information). Then Debian's own checks: lintian
# on both, failing on any error or warning, and the .deb at most 10 MB. Prints the packages.
set -euo pipefail
build=$(cd "${1:-build}" && pwd)
out=${2:-$build/packages}
max_bytes=$((10 * 1000 * 1000))
fail() { echo "package.sh: $*" >&2; exit 1; }

[ -f "$build/CPackConfig.cmake" ] || fail "$build is not a configured build directory"
command -v lintian >/dev/null || fail "lintian is not installed (scripts/install-deps.sh installs it)"
mkdir -p "$out"
out=$(cd "$out" && pwd)
rm -f "$out"/*.deb "$out"/*.ddeb
# cpack stages in OUT_DIR/_CPack_Packages (removed after); its chatter goes to a log shown on failure.
if ! (cd "$out" && cpack --config "$build/CPackConfig.cmake" -G DEB -B "$out" >"$out/cpack.log" 2>&1); then
  cat "$out/cpack.log" >&2
  fail "cpack could not build the packages from $build (is it built? cmake --build $build)"
fi
rm -rf "$out/_CPack_Packages" "$out/cpack.log"
debs=("$out"/*.deb)
ddebs=("$out"/*.ddeb)
[ -f "${debs[0]}" ] || fail "cpack produced no .deb in $out"
[ -f "${ddebs[0]}" ] || fail "cpack produced no -dbgsym .ddeb in $out (a build without debug information?)"
for deb in "${debs[@]}"; do
  size=$(stat -c %s "$deb")
  [ "$size" -le "$max_bytes" ] || fail "$(basename "$deb") is $size bytes, more than 10 MB"
done

# lintian warns on stderr when it runs as root (CI does); that note is not a finding.
lintian --fail-on error,warning --display-info "${debs[@]}" "${ddebs[@]}" 2> >(grep -v "running with root privileges" >&2) \
  || fail "lintian found errors or warnings (above)"
for p in "${debs[@]}" "${ddebs[@]}"; do
  echo "$(basename "$p"): $(stat -c %s "$p") bytes, Installed-Size $(dpkg-deb -f "$p" Installed-Size) KiB"
done
