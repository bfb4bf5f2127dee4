# Sourced by tests/report/check-*.sh, the independent validators of the report formats:
#   validator_args "$@"   checks `ORGSTAR_BIN REPO_ROOT` (exit 2 on bad usage), sets orgstar_bin (absolute),
#                         repo_root and tmp (a scratch folder removed at exit; prefix $1 of validator_args' caller)
#   ok WHAT LABEL         prints "ok   WHAT LABEL" and counts a pass
#   fail WHAT LABEL WHY   prints "FAIL WHAT LABEL: WHY" and counts a failure
#   oneline               folds standard input onto one line
#   finish                prints "N passed, M failed" and returns non-zero when M > 0
passed=0
failed=0

validator_args() {
  if [[ $# -ne 2 ]]; then
    echo "usage: $0 ORGSTAR_BIN REPO_ROOT" >&2
    exit 2
  fi
  if [[ ! -x $1 ]]; then
    echo "error: $1 is not an executable orgstar" >&2
    exit 2
  fi
  orgstar_bin=$(realpath "$1")  # the scripts run it from REPO_ROOT
  repo_root=${2%/}
  tmp=$(mktemp -d "${TMPDIR:-/tmp}/orgstar-$(basename "$0" .sh).XXXXXX")
  trap 'rm -rf "$tmp"' EXIT
}

ok() { printf 'ok   %-9s %s\n' "$1" "$2"; passed=$((passed + 1)); }
fail() { printf 'FAIL %-9s %s: %s\n' "$1" "$2" "$3"; failed=$((failed + 1)); }
oneline() { tr '\n' ' ' | sed -e 's/[[:space:]]\{1,\}/ /g' -e 's/ $//'; }

finish() {
  echo "$passed passed, $failed failed"
  [[ $failed -eq 0 ]]
}
