#!/usr/bin/env bash
# Builds, then drives the real wizard offscreen through every page on the simulator and saves a
# PNG of each into docs/screenshots/ (or the directory given): English there, every other
# language in a folder of its own (docs/screenshots/de/ …). These are the README's pictures.
#   LANGS="de ja" bash scripts/screenshots.sh     only these languages
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
out=${1:-docs/screenshots}
for lang in ${LANGS:-en de fr es ja}; do
  dir=$out; [ "$lang" = en ] || dir=$out/$lang
  mkdir -p "$dir"
  QT_QPA_PLATFORM=offscreen "./${BUILD_DIR:-build}/tests/gui/dwhealth_screenshots" "$dir" "--lang=$lang"
  if [ "$lang" != en ] && [ -z "${ALL_PAGES:-}" ]; then
    # Other languages keep the wizard's pages and three dialogs (ALL_PAGES=1 keeps every one).
    find "$dir" -name '*.png' ! -name '0[1-6]-*' ! -name '09-*' ! -name '13-*' ! -name '17-*' -delete
  fi
  echo "screenshots ($lang) written to $dir" >&2
done
