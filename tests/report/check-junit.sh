#!/usr/bin/env bash
# check-junit.sh ORGSTAR_BIN REPO_ROOT
#
# Checks `assess -f junit` against the Jenkins xunit-plugin JUnit schema (tests/report/junit/junit-10.xsd) with an
# independent validator, xmllint (Debian libxml2-utils):
#   - every golden JUnit report (REPO_ROOT/examples/expected/*.junit.xml, REPO_ROOT/tests/report/expected/*.junit.xml)
#     must be accepted; the examples test keeps those goldens identical to what orgstar prints;
#   - so must two reports made here: a run over every invalid example (nothing assessed: <error> test cases) and a
#     run over a valid and an invalid file together;
#   - and, so that the check cannot pass vacuously, corrupted reports must be rejected: a `file` attribute on a
#     <testcase> (the schema has it only on <testsuite>), a `skipped` attribute on <testsuites>, a <testsuite> without
#     its required `tests`, and a document that is not well-formed (a raw `<` in an attribute value).
#
# Output: one line per report, then `N passed, M failed`. Exit 0 when M is 0, 1 when a check failed, 2 on bad usage
# or a missing tool.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
validator_args "$@"
schema=$repo_root/tests/report/junit/junit-10.xsd
if ! command -v xmllint > /dev/null; then
  echo "error: xmllint not found (Debian: apt-get install libxml2-utils)" >&2
  exit 2
fi
if [[ ! -f $schema ]]; then
  echo "error: $schema not found" >&2
  exit 2
fi



# check XML WANT(accepted|rejected) LABEL
check() {
  local xml=$1 want=$2 label=$3 out verdict
  if out=$(xmllint --noout --nonet --schema "$schema" "$xml" 2>&1); then
    verdict=accepted
  else
    verdict=rejected
  fi
  if [[ $verdict == "$want" ]]; then
    ok "$want" "$label"
  else
    fail "$want" "$label" "xmllint: $(oneline <<< "$out")"
  fi
}

shopt -s nullglob
goldens=("$repo_root"/examples/expected/*.junit.xml "$repo_root"/tests/report/expected/*.junit.xml)
if [[ ${#goldens[@]} -lt 8 ]]; then
  echo "error: expected at least 8 golden JUnit reports, found ${#goldens[@]}" >&2
  exit 2
fi
for xml in "${goldens[@]}"; do
  check "$xml" accepted "${xml#"$repo_root"/}"
done

cd "$repo_root"
# Exit 2 is expected from both runs: they include invalid files.
"$orgstar_bin" assess --no-config -f junit examples/invalid/*.yaml > "$tmp/invalid.xml" || true
check "$tmp/invalid.xml" accepted "assess -f junit examples/invalid/*.yaml"
"$orgstar_bin" assess --no-config -f junit examples/pinecrest.yaml examples/invalid/unknown-key.yaml \
  > "$tmp/mixed.xml" || true
check "$tmp/mixed.xml" accepted "assess -f junit (one valid, one invalid file)"

# Corrupted copies of a golden: each must be rejected. Each sed must change the document, or the check says so.
source=$repo_root/examples/expected/yarnit-poc.junit.xml
corrupt() {
  local name=$1 expression=$2 label=$3
  sed -e "$expression" "$source" > "$tmp/$name.xml"
  if cmp -s "$source" "$tmp/$name.xml"; then
    fail rejected "$label" "the corruption did not change the report"
    return
  fi
  check "$tmp/$name.xml" rejected "$label"
}
corrupt testcase-file '0,/<testcase /s//<testcase file="x.yaml" /' "corrupted: a file attribute on a testcase"
corrupt testsuites-skipped '0,/<testsuites /s//<testsuites skipped="0" /' "corrupted: skipped on testsuites"
corrupt no-tests '0,/<testsuite name="\([^"]*\)" tests="[0-9]*"/s//<testsuite name="\1"/' \
  "corrupted: a testsuite without tests"
corrupt raw-lt '0,/&apos;/s//</' "corrupted: a raw < in an attribute (not well-formed)"

finish
