#!/usr/bin/env bash
# check-gitlab.sh ORGSTAR_BIN REPO_ROOT
#
# Checks orgstar's GitLab Code Quality report (`assess -f gitlab`) with two independent checks:
#   1. ajv (draft 2020-12) against tests/report/gitlab/code-quality.schema.json, written from GitLab's documentation of
#      the format (https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format);
#   2. what a schema cannot say, checked by node: no byte order mark (GitLab's parser refuses one), UTF-8, and no two
#      issues with one fingerprint (GitLab tells issues apart by it).
# over every golden (REPO_ROOT/examples/expected/*.gitlab.json, REPO_ROOT/tests/report/expected/*.gitlab.json) and over
# reports orgstar writes now: every invalid example (each diagnostic an issue), a valid and an invalid file together,
# and one organization under two file names in one run (the same findings twice, which must not share fingerprints).
# Then a self-check: deliberately broken copies of a report (no fingerprint, a severity GitLab does not know, line 0,
# an absolute path, no check_name, not an array, a shared fingerprint, a byte order mark) must be rejected by the check
# that can see the fault, so this script cannot pass by accepting everything.
#
# Needs node and tests/schema/node_modules (`npm ci` there; .ci/setup does it). Runs offline.
# Output: one line per check, then `N passed, M failed`. Exit 0 when M is 0, 1 when a check failed, 2 on bad usage or a
# missing tool.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
validator_args "$@"
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
schema=$here/gitlab/code-quality.schema.json
ajv=$repo_root/tests/schema/node_modules/.bin/ajv
if ! command -v node > /dev/null; then
  echo "error: node not found" >&2
  exit 2
fi
if [[ ! -x $ajv ]]; then
  echo "error: $ajv not found; run 'npm ci' in $repo_root/tests/schema first" >&2
  exit 2
fi
if ! out=$("$ajv" compile --spec=draft2020 -s "$schema" 2>&1); then
  echo "error: ajv cannot compile $schema:" >&2
  echo "$out" >&2
  exit 2
fi

# run_schema FILE / run_extra FILE: set `verdict` (valid, invalid or error: the check could not run) and `detail`.
run_schema() {
  local out
  if out=$("$ajv" validate --spec=draft2020 --errors=text -s "$schema" -d "$1" 2>&1); then
    verdict=valid
  elif grep -qxF "$1 invalid" <<< "$out"; then
    verdict=invalid
  else
    verdict=error
  fi
  detail=$(oneline <<< "$out")
}
run_extra() {
  local out status=0
  out=$(node -e '
    const bytes = require("fs").readFileSync(process.argv[1]);
    const problems = [];
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) problems.push("starts with a byte order mark");
    let issues;
    try {
      const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
      issues = JSON.parse(text.replace(/^\uFEFF/, ""));
    } catch (error) {
      problems.push(`not UTF-8 JSON: ${error.message}`);
    }
    const first = new Map();
    (Array.isArray(issues) ? issues : []).forEach((issue, i) => {
      const fingerprint = issue?.fingerprint;
      if (typeof fingerprint !== "string") return;
      if (!first.has(fingerprint)) first.set(fingerprint, i);
      else problems.push(`issues ${first.get(fingerprint)} and ${i} share fingerprint ${fingerprint}`);
    });
    for (const problem of problems) console.log(problem);
    process.exit(problems.length === 0 ? 0 : 1);
  ' "$1" 2>&1) || status=$?
  case $status in
    0) verdict=valid ;;
    1) verdict=invalid ;;
    *) verdict=error ;;
  esac
  detail=$(oneline <<< "$out")
}

# check FILE LABEL: both checks must accept it.
check() {
  local file=$1 label=$2 check
  for check in schema extra; do
    "run_$check" "$file"
    case $verdict in
      valid) ok "$check" "$label" ;;
      invalid) fail "$check" "$label" "$detail" ;;
      *) fail "$check" "$label" "the check could not run: $detail" ;;
    esac
  done
}

# reject CHECK WHAT FILE REASON: the check CHECK (schema or extra) must reject FILE, saying REASON (a fixed string), so
# that it is rejected for the fault it was given and not for another.
reject() {
  local check=$1 what=$2 file=$3 reason=$4
  "run_$check" "$file"
  case $verdict in
    invalid)
      if grep -qF -- "$reason" <<< "$detail"; then
        ok rejected "$check: $what"
      else
        fail rejected "$check: $what" "rejected, but not for '$reason': $detail"
      fi
      ;;
    valid) fail rejected "$check: $what" "accepted" ;;
    *) fail rejected "$check: $what" "the check could not run: $detail" ;;
  esac
}

shopt -s nullglob
goldens=("$repo_root"/examples/expected/*.gitlab.json "$repo_root"/tests/report/expected/*.gitlab.json)
if [[ ${#goldens[@]} -lt 9 ]]; then
  echo "error: expected at least 9 golden GitLab reports, found ${#goldens[@]}" >&2
  exit 2
fi
for file in "${goldens[@]}"; do
  check "$file" "${file#"$repo_root"/}"
done

# assess_into FILE EXPECTED_EXIT LABEL DIR ARGS...: runs `orgstar assess -f gitlab --no-config ARGS...` in DIR into
# FILE; false (and a failure) when it does not exit EXPECTED_EXIT.
assess_into() {
  local file=$1 want=$2 label=$3 dir=$4 status=0
  shift 4
  (cd "$dir" && "$orgstar_bin" assess -f gitlab --no-config "$@") > "$file" || status=$?
  if [[ $status -ne $want ]]; then
    fail generated "$label" "exit $status, expected $want"
    return 1
  fi
}

invalid_files=()
for file in "$repo_root"/examples/invalid/*.yaml; do
  invalid_files+=("${file#"$repo_root"/}")
done
if assess_into "$tmp/invalid.json" 2 "assess -f gitlab examples/invalid/*.yaml" "$repo_root" "${invalid_files[@]}"; then
  issues=$(grep -c '"check_name": "orgstar/invalid-input"' "$tmp/invalid.json" || true)
  if [[ $issues -lt ${#invalid_files[@]} ]]; then
    fail generated "assess -f gitlab examples/invalid/*.yaml" \
      "$issues orgstar/invalid-input issues for ${#invalid_files[@]} invalid files"
  else
    check "$tmp/invalid.json" "assess -f gitlab examples/invalid/*.yaml"
  fi
fi

mixed_label="assess -f gitlab (one valid, one invalid file)"
mixed_files=(examples/pinecrest.yaml examples/invalid/unknown-key.yaml)
if assess_into "$tmp/mixed.json" 2 "$mixed_label" "$repo_root" "${mixed_files[@]}"; then
  if ! grep -q '"path": "examples/invalid/unknown-key.yaml"' "$tmp/mixed.json"; then
    fail generated "$mixed_label" "no issue located in examples/invalid/unknown-key.yaml"
  else
    check "$tmp/mixed.json" "$mixed_label"
  fi
fi

# One organization under two names in one run: its findings twice, each with a fingerprint of its own.
mkdir "$tmp/twice"
cp "$repo_root"/examples/yarnit-poc.yaml "$tmp/twice/a.yaml"
cp "$repo_root"/examples/yarnit-poc.yaml "$tmp/twice/b.yaml"
twice_label="assess -f gitlab (one organization in two files)"
if assess_into "$tmp/twice.json" 1 "$twice_label" "$tmp/twice" a.yaml b.yaml; then
  check "$tmp/twice.json" "$twice_label"
fi

# Self-check: broken copies of a report orgstar writes now must be rejected.
base=$tmp/base.json
assess_into "$base" 1 "assess -f gitlab examples/yarnit-poc.yaml" "$repo_root" examples/yarnit-poc.yaml || true
# break_report NAME JS: writes $tmp/NAME.json, the base report changed by JS (statements on `issues`, the report; `text`
# may be set to replace the written text).
break_report() {
  node -e "
    const fs = require('fs');
    let issues = JSON.parse(fs.readFileSync(process.argv[1], 'utf8'));
    if (!Array.isArray(issues) || issues.length < 2) {
      console.error('the base report has too few issues');
      process.exit(2);
    }
    let text;
    $2
    fs.writeFileSync(process.argv[2], text ?? JSON.stringify(issues, null, 2) + '\n');
  " "$base" "$tmp/$1.json"
}
# CHECK|WHAT|NAME|REASON|CHANGE
broken=(
  'schema|no fingerprint|no-fingerprint|data/0 must have required property|delete issues[0].fingerprint;'
  'schema|severity "error"|bad-severity|severity must be equal to one of|issues[0].severity = "error";'
  'schema|location.lines.begin 0|line-0|begin must be >= 1|issues[0].location.lines.begin = 0;'
  'schema|location.lines.begin "3"|line-string|begin must be integer|issues[0].location.lines.begin = "3";'
  'schema|an absolute location.path|absolute-path|path must NOT be valid|issues[0].location.path = "/ci/org.yaml";'
  'schema|location.path ./x.yaml|dot-path|path must NOT be valid|issues[0].location.path = "./x.yaml";'
  'schema|no check_name|no-check-name|data/1 must have required property|delete issues[1].check_name;'
  'schema|no line|no-line|location must match a schema in anyOf|delete issues[0].location.lines;'
  'schema|an object, not an array|not-array|data must be array|issues = {issues};'
  'extra|two issues, one fingerprint|shared|share fingerprint|issues[1].fingerprint = issues[0].fingerprint;'
  'extra|a byte order mark|bom|starts with a byte order mark|text = "\uFEFF" + JSON.stringify(issues);'
)
for entry in "${broken[@]}"; do
  IFS='|' read -r which what name reason change <<< "$entry"
  if break_report "$name" "$change"; then
    reject "$which" "$what" "$tmp/$name.json" "$reason"
  else
    fail rejected "$what" "cannot build the broken report from $base"
  fi
done

finish
