#!/usr/bin/env bash
# check-man.sh ORGSTAR_BIN MAN_DIR
#
# The man pages that the build generated (MAN_DIR: orgstar.1 and orgstar-COMMAND.1) against `orgstar --help`:
#   - one page per subcommand, plus orgstar.1, and no other;
#   - `mandoc -T lint -W warning` reports nothing on any page (a real man-page linter);
#   - the NAME line has the form `orgstar-COMMAND \- summary` that apropos/lexgrog index;
#   - every option spelling that `orgstar COMMAND --help` prints is in the page, and the page renders (mandoc -T utf8)
#     with the same description as --help;
#   - the version in the header is the binary's.
# Needs mandoc (.ci/setup test). Output: one line per check, then `N passed, M failed`; exit 1 on a failure.
set -euo pipefail
# shellcheck source=tests/integrations/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
usage_unless "ORGSTAR_BIN MAN_DIR" "$@"
orgstar=$1
dir=$2
command -v mandoc >/dev/null || { echo "error: mandoc not found (.ci/setup test installs it)" >&2; exit 2; }

mapfile -t commands < <(help_commands "$orgstar")
expected_pages=$( (echo orgstar.1; for command in "${commands[@]}"; do echo "orgstar-$command.1"; done) | sort)
expect "one page per subcommand, and orgstar.1" "$(cd "$dir" && ls | sort)" "$expected_pages"
version=$("$orgstar" --version)

for command in "" "${commands[@]}"; do
  page=$dir/orgstar${command:+-$command}.1
  name=$(basename "$page" .1)
  [[ -f $page ]] || { fail "$name: no page"; continue; }
  lint=$(mandoc -T lint -W warning "$page" 2>&1) && [[ -z $lint ]] && pass "$name: mandoc -T lint" ||
    fail "$name: mandoc -T lint: $lint"
  name_line=$(sed -n '/^\.SH NAME$/{n;p;q}' "$page")
  prefix="${name//-/\\-} \\- "
  [[ $name_line == "$prefix"[a-z]* ]] && pass "$name: NAME line" || fail "$name: NAME line '$name_line'"
  grep -q "^\.TH .* \"$version\" " "$page" && pass "$name: header names $version" || fail "$name: header lacks $version"
  rendered=$(MANWIDTH=200 mandoc -T utf8 -O width=200 "$page" | sed 's/.\x08//g')
  missing=()
  while read -r option; do
    grep -qF -- "$option" <<<"$rendered" || missing+=("$option")
  done < <(help_options "$orgstar" "$command")
  ((${#missing[@]} == 0)) && pass "$name: every option of --help" || fail "$name: missing ${missing[*]}"
  # shellcheck disable=SC2086 # an empty command must vanish
  summary=$("$orgstar" $command --help | sed -n 1p)  # sed reads it all: no SIGPIPE under pipefail
  [[ -n $command ]] || summary=${summary#orgstar: }
  grep -qiF -- "${summary%.}" <<<"$rendered" && pass "$name: --help's description" ||
    fail "$name: lacks '$summary'"
done

finish
