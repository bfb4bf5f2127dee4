#!/usr/bin/env bash
# check-install.sh BUILD_DIR SOURCE_DIR
#
# `cmake --install` into a temporary prefix puts every file where users and their tools look for it, and the
# installed binary works from another directory:
#   bin/orgstar; share/man/man1/orgstar.1 and orgstar-COMMAND.1 for each subcommand; the bash, zsh and fish
#   completions under their shells' vendor folders; the JSON Schemas under share/orgstar/schemas (identical to
#   `orgstar schema X`); README, LICENSE, docs and example organizations under share/doc/orgstar.
# Output: one line per check, then `N passed, M failed`; exit 1 on a failure.
set -euo pipefail
# shellcheck source=tests/integrations/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
usage_unless "BUILD_DIR SOURCE_DIR" "$@"
build=$1
source_dir=$(cd "$2" && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
prefix=$scratch/prefix

if cmake --install "$build" --prefix "$prefix" >"$scratch/install.log" 2>&1; then
  pass "cmake --install"
else
  fail "cmake --install: $(tail -5 "$scratch/install.log")"
  finish
fi
orgstar=$prefix/bin/orgstar
[[ -x $orgstar ]] && pass "bin/orgstar" || fail "bin/orgstar is missing"

expected=(
  share/bash-completion/completions/orgstar
  share/zsh/vendor-completions/_orgstar
  share/fish/vendor_completions.d/orgstar.fish
  share/man/man1/orgstar.1
  share/doc/orgstar/README.md
  share/doc/orgstar/LICENSE
  share/doc/orgstar/rules.md
  share/doc/orgstar/examples/README.md
  share/doc/orgstar/examples/yarnit-poc.yaml
)
while read -r command; do expected+=("share/man/man1/orgstar-$command.1"); done < <(help_commands "$orgstar")
for format in org config ruleset report; do expected+=("share/orgstar/schemas/$format.schema.json"); done
for file in "${expected[@]}"; do
  [[ -s $prefix/$file ]] && pass "$file" || fail "$file is missing or empty"
done
for format in org config ruleset report; do
  cmp -s <("$orgstar" schema "$format") "$prefix/share/orgstar/schemas/$format.schema.json" &&
    pass "schemas/$format.schema.json is 'orgstar schema $format'" || fail "schemas/$format.schema.json differs"
done
[[ ! -e $prefix/share/doc/orgstar/examples/expected ]] && pass "the examples' expected reports stay out" ||
  fail "share/doc/orgstar/examples/expected was installed"

# The installed binary, run from elsewhere on an installed example, as a user would.
cd "$scratch"
expect "orgstar --version" "$("$orgstar" --version)" "orgstar $(sed -nE 's/^project\(orgstar VERSION ([0-9.]+).*/\1/p' \
  "$source_dir/CMakeLists.txt")"
status=0
"$orgstar" assess "$prefix/share/doc/orgstar/examples/yarnit-poc.yaml" >assess.txt 2>&1 || status=$?
expect "installed orgstar assesses the installed YarnIt example (exit 1: findings at or above high)" "$status" 1
grep -q "^1 file assessed: .* Fails --fail-on high\.$" assess.txt && pass "its summary line" ||
  fail "summary line missing: $(tail -1 assess.txt)"
status=0
"$orgstar" validate "$prefix/share/doc/orgstar/examples/pinecrest.yaml" >/dev/null 2>&1 || status=$?
expect "installed orgstar validates an installed example" "$status" 0

finish
