#!/usr/bin/env bash
# check_package.sh BUILD_DIR: the install layout validates (desktop entry, AppStream metainfo,
# icons), and the .deb that CPack builds from BUILD_DIR has its dependencies and runs from an
# unpacked root: `dwhealth --version` and `dwhealth check --demo` (exit 0).
set -euo pipefail
build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "check_package: $*" >&2; exit 1; }

DESTDIR="$work/stage" cmake --install "$build" --prefix /usr >/dev/null
stage="$work/stage/usr"
app=io.github.dwhealth.dwhealth
for f in bin/dwhealth share/applications/$app.desktop share/metainfo/$app.metainfo.xml \
         share/icons/hicolor/48x48/apps/$app.png share/icons/hicolor/256x256/apps/$app.png; do
  [ -e "$stage/$f" ] || fail "missing from the install: /usr/$f"
done
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$stage/share/applications/$app.desktop" || fail "desktop entry invalid"
else
  echo "check_package: desktop-file-validate not installed; desktop entry not validated" >&2
fi
appstreamcli validate --no-net --pedantic "$stage/share/metainfo/$app.metainfo.xml" \
  || fail "AppStream metainfo invalid"

(cd "$work" && cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/pkg" >/dev/null) \
  || fail "cpack could not build the .deb"
deb=$(ls "$work"/pkg/*.deb | head -1)
[ -n "$deb" ] || fail "no .deb produced"
depends=$(dpkg-deb -f "$deb" Depends)
echo "package: $(basename "$deb"), Depends: $depends"
case "$depends" in *libqt6core6*) ;; *) fail "Depends lacks the Qt libraries: $depends" ;; esac
if [ "$(id -u)" -eq 0 ]; then
  dpkg -i --dry-run "$deb" >/dev/null || fail "dpkg would not install $deb on this system"
fi
dpkg-deb -x "$deb" "$work/root"
"$work/root/usr/bin/dwhealth" --version | grep -q "^dwhealth " || fail "--version from the package failed"
QT_QPA_PLATFORM=offscreen "$work/root/usr/bin/dwhealth" check --demo --output "$work/report.json" \
  || fail "dwhealth check --demo from the package did not exit 0"
grep -q '"schemaVersion": 1' "$work/report.json" || fail "the packaged binary wrote no JSON report"
echo "1 passed, 0 failed"
