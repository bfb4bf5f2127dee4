# Sourced by tests/report/check-*.sh, the independent validators of the report formats:
#   validator_args "$@"   checks `ORGSTAR_BIN REPO_ROOT` (exit 2 on bad usage), sets orgstar_bin (absolute),
#                         repo_root and tmp (a scratch folder removed at exit; prefix $1 of validator_args' caller),
#                         and orgstar_version (what `ORGSTAR_BIN --version` prints after "orgstar ")
#   with_version FILE     prints the path of a copy of the golden FILE with orgstar's version in place of the @VERSION@
#                         goldens hold (tests/cli/golden.hpp), the report orgstar prints; same file name, under $tmp
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
  local printed
  printed=$("$orgstar_bin" --version)
  orgstar_version=${printed#orgstar }
  if [[ $printed != "orgstar $orgstar_version" || -z $orgstar_version ]]; then
    echo "error: '$1 --version' printed '$printed', not 'orgstar VERSION'" >&2
    exit 2
  fi
}

golden_copies=0
with_version() {
  golden_copies=$((golden_copies + 1))
  local dir=$tmp/goldens/$golden_copies
  mkdir -p "$dir"
  sed -e "s/@VERSION@/$orgstar_version/g" "$1" > "$dir/$(basename "$1")"
  echo "$dir/$(basename "$1")"
}

ok() { printf 'ok   %-9s %s\n' "$1" "$2"; passed=$((passed + 1)); }
fail() { printf 'FAIL %-9s %s: %s\n' "$1" "$2" "$3"; failed=$((failed + 1)); }
oneline() { tr '\n' ' ' | sed -e 's/[[:space:]]\{1,\}/ /g' -e 's/ $//'; }

finish() {
  echo "$passed passed, $failed failed"
  [[ $failed -eq 0 ]]
}
