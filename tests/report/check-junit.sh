#!/usr/bin/env bash
# check-junit.sh ORGSTAR_BIN REPO_ROOT
#
# Checks `assess -f junit` with an independent tool, xmllint (Debian libxml2-utils):
#   - the schema: the Jenkins xunit-plugin JUnit schema (tests/report/junit/junit-10.xsd) with two attributes added to
#     <testcase>, `file` (which GitLab reads there) and `line` (a positive integer); this script derives that schema
#     from the unchanged upstream file and checks that it added those two declarations and nothing else;
#   - the counts: the totals a report declares are what a parser counts, so that every consumer agrees: for each
#     <testsuite>, `tests`, `failures`, `errors` and `skipped` equal its <testcase>, <failure>, <error> and <skipped>
#     elements, and <testsuites>' `tests`, `failures` and `errors` all of them (xmllint --xpath count()); a test case
#     has at most one outcome; every failing test case (a <failure> or an <error>) has a non-empty `file`;
# over every golden JUnit report (REPO_ROOT/examples/expected/*.junit.xml, REPO_ROOT/tests/report/expected/*.junit.xml,
# with orgstar's version in place of their @VERSION@; the examples test keeps those goldens identical to what orgstar
# prints) and over three reports made here: every invalid example (<error> test cases), a valid and an invalid file
# together, and every example at --fail-on info (failures everywhere).
# So that neither check can pass vacuously, corrupted reports must be rejected: by the schema, an attribute <testcase>
# does not have (`column`), `line="0"`, a `skipped` attribute on <testsuites>, a <testsuite> without its required
# `tests`, and a document that is not well-formed; by the counts, a second <failure> in a test case (the schema allows
# it), a suite's `skipped` and the run's `tests` that are not what they count, and failing test cases without `file`.
#
# Output: one line per check, then `N passed, M failed`. Exit 0 when M is 0, 1 when a check failed, 2 on bad usage
# or a missing tool.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
validator_args "$@"
upstream=$repo_root/tests/report/junit/junit-10.xsd
if ! command -v xmllint > /dev/null; then
  echo "error: xmllint not found (Debian: apt-get install libxml2-utils)" >&2
  exit 2
fi
if [[ ! -f $upstream ]]; then
  echo "error: $upstream not found" >&2
  exit 2
fi

# The schema: upstream's <testcase> declares name, time, classname and group; `file` and `line` go after group.
xsd=$tmp/junit-10-file-line.xsd
sed -e '/<xs:element name="testcase">/,/<\/xs:element>/{
  s|^\( *\)<xs:attribute name="group" type="xs:string"/>$|&\
\1<xs:attribute name="file" type="xs:string"/>\
\1<xs:attribute name="line" type="xs:positiveInteger"/>|
}' "$upstream" > "$xsd"
added=$(diff "$upstream" "$xsd" | grep -c '^>' || true)
removed=$(diff "$upstream" "$xsd" | grep -c '^<' || true)
if [[ $added -ne 2 || $removed -ne 0 ]]; then
  echo "error: deriving the schema from $upstream added $added lines and removed $removed, expected 2 and 0" >&2
  exit 2
fi

# schema XML WANT(accepted|rejected) LABEL
schema() {
  local xml=$1 want=$2 label=$3 out verdict
  if out=$(xmllint --noout --nonet --schema "$xsd" "$xml" 2>&1); then
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

# What must count 0 in a report, and why: declared totals that differ from the elements they count, test cases with
# more than one outcome, failing test cases without a file. (An absent total compares unequal: it counts too.)
count_checks=(
  'the root is not <testsuites>|count(/*[not(self::testsuites)])'
  'testsuite tests != its <testcase>s|count(//testsuite[not(@tests = count(testcase))])'
  'testsuite failures != its <failure>s|count(//testsuite[not(@failures = count(testcase/failure))])'
  'testsuite errors != its <error>s|count(//testsuite[not(@errors = count(testcase/error))])'
  'testsuite skipped != its <skipped>s|count(//testsuite[not(@skipped = count(testcase/skipped))])'
  'testsuites tests != all <testcase>s|count(/testsuites[not(@tests = count(//testcase))])'
  'testsuites failures != all <failure>s|count(/testsuites[not(@failures = count(//testcase/failure))])'
  'testsuites errors != all <error>s|count(/testsuites[not(@errors = count(//testcase/error))])'
  'test cases with more than one outcome|count(//testcase[count(failure | error | skipped) > 1])'
  'failing test cases without a file|count(//testcase[failure or error][not(string-length(@file) > 0)])'
)

# counts XML WANT(accepted|rejected) LABEL
counts() {
  local xml=$1 want=$2 label=$3 entry what expression n problems=() verdict
  for entry in "${count_checks[@]}"; do
    what=${entry%%|*}
    expression=${entry#*|}
    if ! n=$(xmllint --nonet --xpath "$expression" "$xml" 2>&1); then
      fail "$want" "counts: $label" "xmllint cannot evaluate $expression: $(oneline <<< "$n")"
      return
    fi
    [[ $n == 0 ]] || problems+=("$what: $n")
  done
  verdict=accepted
  [[ ${#problems[@]} -eq 0 ]] || verdict=rejected
  if [[ $verdict == "$want" ]]; then
    ok "$want" "counts: $label"
  else
    fail "$want" "counts: $label" "${problems[*]:-every total is what it counts}"
  fi
}

# check XML LABEL: a report orgstar wrote must pass both.
check() {
  schema "$1" accepted "$2"
  counts "$1" accepted "$2"
}

shopt -s nullglob
goldens=("$repo_root"/examples/expected/*.junit.xml "$repo_root"/tests/report/expected/*.junit.xml)
if [[ ${#goldens[@]} -lt 8 ]]; then
  echo "error: expected at least 8 golden JUnit reports, found ${#goldens[@]}" >&2
  exit 2
fi
for xml in "${goldens[@]}"; do
  check "$(with_version "$xml")" "${xml#"$repo_root"/}"
done

cd "$repo_root"
# Exit 2 is expected from the first two runs (they include invalid files), 1 from the third (findings at info fail).
"$orgstar_bin" assess --no-config -f junit examples/invalid/*.yaml > "$tmp/invalid.xml" || true
check "$tmp/invalid.xml" "assess -f junit examples/invalid/*.yaml"
"$orgstar_bin" assess --no-config -f junit examples/pinecrest.yaml examples/invalid/unknown-key.yaml \
  > "$tmp/mixed.xml" || true
check "$tmp/mixed.xml" "assess -f junit (one valid, one invalid file)"
"$orgstar_bin" assess --no-config -f junit --fail-on info examples/*.yaml > "$tmp/fail-on-info.xml" || true
check "$tmp/fail-on-info.xml" "assess -f junit --fail-on info examples/*.yaml"

# Corrupted copies of a golden, each rejected by the check that sees the fault. Each sed must change the document
# (and the golden must have what the corruption needs), or the check says so.
source=$(with_version "$repo_root/examples/expected/yarnit-poc.junit.xml")
# corrupt CHECK(schema|counts) NAME SED_ARGUMENTS LABEL
corrupt() {
  local check=$1 name=$2 expression=$3 label=$4
  sed -e "$expression" "$source" > "$tmp/$name.xml"
  if cmp -s "$source" "$tmp/$name.xml"; then
    fail rejected "$label" "the corruption did not change the report"
    return
  fi
  "$check" "$tmp/$name.xml" rejected "$label"
}
corrupt schema testcase-column '0,/<testcase /s//<testcase column="1" /' "corrupted: a column attribute on a testcase"
corrupt schema line-zero '0,/ line="[0-9]*"/s// line="0"/' "corrupted: line=\"0\" on a testcase"
corrupt schema testsuites-skipped '0,/<testsuites /s//<testsuites skipped="0" /' "corrupted: skipped on testsuites"
corrupt schema no-tests '0,/<testsuite name="\([^"]*\)" tests="[0-9]*"/s//<testsuite name="\1"/' \
  "corrupted: a testsuite without tests"
corrupt schema raw-lt '0,/&apos;/s//</' "corrupted: a raw < in an attribute (not well-formed)"
corrupt counts second-failure '0,/<\/failure>/s//&<failure message="again" type="high"\/>/' \
  "corrupted: a second failure in a test case"
corrupt counts suite-skipped '0,/ skipped="[0-9]*"/s// skipped="1000"/' "corrupted: a suite's skipped total"
corrupt counts run-tests '0,/<testsuites name="orgstar" tests="[0-9]*"/s//<testsuites name="orgstar" tests="1000"/' \
  "corrupted: the run's tests total"
# A test case's start tag is one line, its <failure> starts the next: drop `file` from every such start tag.
corrupt counts failing-without-file '$!N; /<testcase [^\n]*\n *<failure /s/ file="[^"]*"//; P; D' \
  "corrupted: failing test cases without file"

finish
