#!/usr/bin/env bash
# check_completion.sh COMPLETION_SCRIPT DWHEALTH: the bash completion offers what the program has.
# Every --option that `dwhealth --help` names is offered for some command; the commands, the check
# formats, the fix codes, the languages, the scenarios and the symptom ids are the program's own
# (from its messages and lists); values after "--name " and "--name=" and the command after
# --lang are completed. Each command offers exactly the options of its own help (`dwhealth help
# COMMAND`, generated from the command's option table).
set -euo pipefail
script=$1
prog=$2
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# shellcheck source=/dev/null
source "$script"
complete -p dwhealth >/dev/null || { echo "FAIL: $script registers no completion for dwhealth" >&2; exit 1; }

# offered WORD...: what the completion offers when the last WORD is being typed, one per line.
offered() {
  COMP_WORDS=("$prog" "$@")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMPREPLY=()
  _dwhealth 2>/dev/null || true  # its status is that of its last test, not an error
  printf '%s\n' "${COMPREPLY[@]}" | sort -u
}
# expect_same WHAT EXPECTED OFFERED: the same words, order aside.
expect_same() {
  local want got
  want=$(tr ' ,' '\n\n' <<<"$2" | sed '/^$/d' | sort -u)
  got=$(sed '/^$/d' <<<"$3" | sort -u)
  [ "$want" = "$got" ] || fail "$1: expected [$(echo $want)], offered [$(echo $got)]"
}
# message ARGS...: the program's usage error for ARGS (English).
message() { "$prog" --lang en "$@" 2>&1 >/dev/null || true; }

expect_same "commands" "check simulate scenarios explain diff fix restore bundle maps errors help" "$(offered "")"
expect_same "maps formats" "$(message maps --demo --format x | sed 's/.*use one of: //')" \
  "$(offered maps --format "")"
expect_same "errors formats" "$(message errors --demo --format x | sed 's/.*use one of: //')" \
  "$(offered errors --format "")"
expect_same "check formats" "$(message check --demo --format x | sed 's/.*use one of: //')" \
  "$(offered check --format "")"
expect_same "check --format=" "$(message check --demo --format x | sed 's/.*use one of: //')" \
  "$(offered check --format =)"
expect_same "check --format=j" "json junit" "$(offered check --format = j)"
expect_same "fix codes" "$(message fix --demo | sed 's/.*one of //')" "$(offered fix "")"
expect_same "fix after its code" "" "$(offered fix DWDVEV1004 "")"
expect_same "languages" "$(message --lang xx | sed 's/.*one of: //; s/;.*//')" "$(offered --lang "")"
expect_same "command after --lang" "--no-progress --no-history" "$(offered --lang de check --no-)"
expect_same "diff formats" "text json" "$(offered diff --format "")"
expect_same "page sizes" "A4 Letter" "$(offered check --page-size "")"

# (grep reads all its input: with pipefail, a grep -q that stops early fails the pipeline)
grep -x DWDVEV1003 >/dev/null <<<"$(offered check --scenario DWDV)" \
  || fail "scenario names: DWDVEV1003 not offered"
symptom=$("$prog" explain --list | sed -n 1p | cut -f1)
grep -x -- "$symptom" >/dev/null <<<"$(offered explain --symptom "${symptom:0:4}")" \
  || fail "symptom ids: ${symptom:-(none listed)} not offered"

# Every option of `dwhealth --help` is offered somewhere.
all=$(for command in "" check simulate scenarios explain diff fix restore bundle maps errors; do
        if [ -n "$command" ]; then offered "$command" --; else offered --; fi
      done | sort -u)
for option in $("$prog" --help --lang en | grep -o -- '--[a-z][a-z-]*' | sort -u); do
  grep -x -- "$option" >/dev/null <<<"$all" || fail "$option (in dwhealth --help) is never offered"
done

# Each command offers exactly the options its own help lists.
expect_same "command after help" "check" "$(offered help ch)"
for command in check simulate scenarios explain diff fix restore bundle maps errors help; do
  listed=$("$prog" help "$command" --lang en | grep -oE -- '^  --[a-z][a-z-]*' | sed 's/^  //')
  [ -n "$listed" ] || fail "dwhealth help $command lists no option"
  expect_same "options of $command" "$(echo $listed)" "$(offered "$command" --)"
done

if [ "$failures" -gt 0 ]; then
  echo "$failures failed" >&2
  exit 1
fi
echo "1 passed, 0 failed"
