#!/usr/bin/env bash
# Installs what dwhealth needs to build, test and run on Debian 12 (as root).
# Skips the package manager when everything is already present.
set -euo pipefail
PKGS=(cmake ninja-build g++ pkg-config ccache
      qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
      qt6-httpserver-dev qt6-websockets-dev qt6-networkauth-dev qtkeychain-qt6-dev
      libxkbcommon-dev libgl-dev xvfb xauth poppler-utils
      appstream desktop-file-utils dpkg-dev qt6-translations-l10n python3
      help2man lintian file  # the manual page; checking the .deb (scripts/package.sh)
      g++-mingw-w64-x86-64-posix  # tst_platform: compiles the Windows branch of src/platform
      fonts-ipafont-gothic)  # Japanese glyphs for the wizard and the PDF
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
