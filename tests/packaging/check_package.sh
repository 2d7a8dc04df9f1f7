#!/usr/bin/env bash
# check_package.sh BUILD_DIR: the install layout validates (desktop entry, AppStream metainfo,
# icons); scripts/package.sh builds the .deb and the -dbgsym .ddeb from BUILD_DIR and fails on any
# lintian error or warning or a .deb over 10 MB; the .deb carries the manual page, copyright,
# changelog and bash completion, has its dependencies and runs from an unpacked root
# (`dwhealth --version` names the commit, `dwhealth check --demo` exits 0); the .ddeb holds the
# debug information of exactly the packaged program (same build id).
set -euo pipefail
build=$(cd "$1" && pwd)
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
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

bash "$source_dir/scripts/package.sh" "$build" "$work/pkg" || fail "scripts/package.sh failed (above)"
deb=$(ls "$work"/pkg/*.deb | head -1)
ddeb=$(ls "$work"/pkg/*-dbgsym_*.ddeb | head -1)
[ -n "$deb" ] && [ -n "$ddeb" ] || fail "no .deb and .ddeb produced"
depends=$(dpkg-deb -f "$deb" Depends)
echo "package: $(basename "$deb"), Depends: $depends"
case "$depends" in *libqt6core6*) ;; *) fail "Depends lacks the Qt libraries: $depends" ;; esac
if [ "$(id -u)" -eq 0 ]; then
  dpkg -i --dry-run "$deb" >/dev/null || fail "dpkg would not install $deb on this system"
fi
dpkg-deb -x "$deb" "$work/root"
for f in share/man/man1/dwhealth.1.gz share/bash-completion/completions/dwhealth \
         share/doc/dwhealth/copyright share/doc/dwhealth/changelog.gz; do
  [ -f "$work/root/usr/$f" ] || fail "missing from the .deb: /usr/$f"
done
zgrep -q "^\.SH ENVIRONMENT" "$work/root/usr/share/man/man1/dwhealth.1.gz" \
  || fail "the manual page lacks its ENVIRONMENT section"
"$work/root/usr/bin/dwhealth" --version > "$work/version"
head -1 "$work/version" | grep -q "^dwhealth " || fail "--version from the package failed"
sed -n 2p "$work/version" | grep -Eq "^commit [A-Za-z0-9._+~-]+$" || fail "--version names no commit"
build_id() { readelf -n "$1" | sed -n 's/^ *Build ID: //p'; }
dpkg-deb -x "$ddeb" "$work/dbgsym"
id=$(build_id "$work/root/usr/bin/dwhealth")
debug="$work/dbgsym/usr/lib/debug/.build-id/${id:0:2}/${id:2}.debug"
[ -n "$id" ] && [ -f "$debug" ] || fail "the .ddeb has no debug file for build id ${id:-(none)}"
readelf -S "$debug" | grep "\.debug_info" >/dev/null || fail "$(basename "$debug") holds no .debug_info"
QT_QPA_PLATFORM=offscreen "$work/root/usr/bin/dwhealth" check --demo --output "$work/report.json" \
  || fail "dwhealth check --demo from the package did not exit 0"
grep -q '"schemaVersion": 1' "$work/report.json" || fail "the packaged binary wrote no JSON report"
echo "1 passed, 0 failed"
