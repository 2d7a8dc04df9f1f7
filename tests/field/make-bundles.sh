#!/usr/bin/env bash
# make-bundles.sh DWHEALTH [SCENARIO...]: regenerates tests/field/bundles from the simulator's
# scenarios: for each, `dwhealth check --demo --scenario S --bundle`, then
# `dwhealth bundle anonymise` into bundles/S.zip, and the run's codes and statuses into
# bundles/S.expected.json. Without SCENARIO: every scenario but "large" (1.4 MB; the paged case
# is recorded by tst_fieldbundles itself). Needs jq. The committed folder stays under 2 MB.
set -euo pipefail
prog=$(realpath "$1")
shift
here=$(cd "$(dirname "$0")" && pwd)
out=$here/bundles
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config QT_QPA_PLATFORM=offscreen
scenarios=("$@")
if [ ${#scenarios[@]} -eq 0 ]; then
  mapfile -t scenarios < <("$prog" scenarios | cut -f1 | grep -vx large)
fi
mkdir -p "$out"
for s in "${scenarios[@]}"; do
  status=0
  "$prog" check --demo --scenario "$s" --bundle "$work/$s.zip" --no-progress >"$work/$s.json" || status=$?
  [ "$status" -le 3 ] || { echo "$s: dwhealth check exited $status" >&2; exit 1; }
  rm -f "$out/$s.zip"
  "$prog" bundle anonymise "$work/$s.zip" "$out/$s.zip" >/dev/null
  chmod 644 "$out/$s.zip"
  jq '{checks: [.steps[].checks[] | {id, status, codes: (.codes // [])}]}' "$work/$s.json" >"$out/$s.expected.json"
  echo "$s: exit $status, $(stat -c %s "$out/$s.zip") bytes"
done
total=$(du -cb "$out" | tail -1 | cut -f1)
echo "bundles/: $total bytes"
[ "$total" -lt 2097152 ] || { echo "bundles/ is over 2 MB: leave the large ones out" >&2; exit 1; }
