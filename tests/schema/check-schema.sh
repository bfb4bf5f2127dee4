#!/usr/bin/env bash
# check-schema.sh ORGSTAR_BIN REPO_ROOT
#
# Cross-checks the JSON Schemas printed by `orgstar schema org` and `orgstar schema config` with an independent
# validator (ajv, draft 2020-12, ajv-formats for `format: date`):
#   - every valid example, REPO_ROOT/examples/*.yaml, must be accepted by the org schema;
#   - every file in REPO_ROOT/examples/invalid/ whose error class a schema can express must be rejected by it;
#   - the example config, REPO_ROOT/examples/config/.orgstar.yaml, must be accepted by the config schema;
#   - every file in REPO_ROOT/examples/config/invalid/ whose error class a schema can express must be rejected by it;
#   - every ruleset REPO_ROOT/examples/rulesets/*.yaml must be accepted by `orgstar schema ruleset`, and every file in
#     REPO_ROOT/examples/rulesets/invalid/ whose error class a schema can express must be rejected by it.
# The class is the file name up to the first variant suffix: `wrong-type-yes.yaml` is class `wrong-type`.
# yaml-syntax, duplicate-key and input-limit files are skipped: they never reach a schema (the YAML parser or the
# loader's limits stop them first), and JSON cannot represent a duplicate key anyway. So are the config checks made
# against the rule registry (unknown-rule, a schema-tier rule, one rule named by id and by name): the schema only
# knows the shape of a rule reference.
#
# Needs node and this directory's node_modules (`npm ci` here, once). Runs offline: ajv comes from node_modules/.bin,
# never from a global install or a download.
#
# Output: one line per file, then `N passed, M failed`. Exit 0 when M is 0, 1 when a check failed, 2 on bad usage or a
# missing tool.
set -euo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: $0 ORGSTAR_BIN REPO_ROOT" >&2
  exit 2
fi
orgstar_bin=$1
repo_root=${2%/}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ajv=$here/node_modules/.bin/ajv
yaml2json=$here/yaml2json.mjs

if [[ ! -x $ajv ]]; then
  echo "error: $ajv not found; run 'npm ci' in $here first" >&2
  exit 2
fi
if [[ ! -d $repo_root/examples ]]; then
  echo "error: $repo_root/examples is not a directory" >&2
  exit 2
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/orgstar-schema.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# schema WHICH: writes `orgstar schema WHICH` to $tmp/WHICH.schema.json and compiles it once up front: a schema ajv
# cannot compile would otherwise make every invalid file look "rejected".
schema() {
  local which=$1 out
  if ! "$orgstar_bin" schema "$which" > "$tmp/$which.schema.json"; then
    echo "error: '$orgstar_bin schema $which' failed" >&2
    exit 2
  fi
  if ! out=$("$ajv" compile --spec=draft2020 -c ajv-formats -s "$tmp/$which.schema.json" 2>&1); then
    echo "error: ajv cannot compile the schema printed by '$orgstar_bin schema $which':" >&2
    echo "$out" >&2
    exit 2
  fi
}
schema org
schema config
schema ruleset

passed=0
failed=0

# One line: "ok   <what>  <file>" or "FAIL <what>  <file>: <why>".
ok() { printf 'ok   %-9s %s\n' "$1" "$2"; passed=$((passed + 1)); }
fail() { printf 'FAIL %-9s %s: %s\n' "$1" "$2" "$3"; failed=$((failed + 1)); }
skip() { printf 'skip %-9s %s: %s\n' skipped "$1" "$2"; }
oneline() { tr '\n' ' ' | sed -e 's/[[:space:]]\{1,\}/ /g' -e 's/ $//'; }

# run_ajv WHICH JSON: sets `verdict` to valid or invalid and `detail` to ajv's error text (one line).
run_ajv() {
  local which=$1 json=$2 out
  if out=$("$ajv" validate --spec=draft2020 -c ajv-formats --errors=text -s "$tmp/$which.schema.json" -d "$json" 2>&1); then
    verdict=valid
    detail=
  elif grep -qxF "$json invalid" <<< "$out"; then
    verdict=invalid
    detail=$(grep -vxF "$json invalid" <<< "$out" | oneline)
  else
    verdict=error
    detail=$(oneline <<< "$out")
  fi
}

# check YAML WANT [WHICH]: converts YAML and expects the verdict of schema WHICH (default org) to be WANT (accepted
# or rejected).
check() {
  local yaml=$1 want=$2 which=${3:-org} rel=${1#"$repo_root"/} out json
  json=$tmp/$which-$want-$(basename "$yaml" .yaml).json
  if ! out=$(node "$yaml2json" "$yaml" "$json" 2>&1); then
    fail "$want" "$rel" "cannot convert: $(oneline <<< "$out")"
    return
  fi
  run_ajv "$which" "$json"
  case $want:$verdict in
    accepted:valid | rejected:invalid) ok "$want" "$rel" ;;
    accepted:invalid) fail "$want" "$rel" "ajv rejected it: $detail" ;;
    rejected:valid) fail "$want" "$rel" "ajv accepted it" ;;
    *) fail "$want" "$rel" "ajv error: $detail" ;;
  esac
}

# Valid examples: accepted.
shopt -s nullglob
for yaml in "$repo_root"/examples/*.yaml; do
  check "$yaml" accepted
done

# Invalid examples: rejected when the class is schema-expressible.
for yaml in "$repo_root"/examples/invalid/*.yaml; do
  rel=${yaml#"$repo_root"/}
  name=$(basename "$yaml" .yaml)
  case $name in
    yaml-syntax | yaml-syntax-*)
      skip "$rel" "yaml-syntax is caught by the YAML parser, before any schema"; continue ;;
    duplicate-key | duplicate-key-*)
      skip "$rel" "duplicate-key is caught by the YAML parser, and JSON cannot represent it"; continue ;;
    input-limit | input-limit-*)
      skip "$rel" "input-limit is a loader limit, not a schema rule"; continue ;;
    unsupported-api-version | unsupported-api-version-* | missing-required | missing-required-* | \
      unknown-key | unknown-key-* | wrong-type | wrong-type-* | unknown-enum-value | unknown-enum-value-* | \
      bad-format | bad-format-* | bad-value | bad-value-*)
      ;;
    *)
      fail rejected "$rel" "unknown error class in file name"; continue ;;
  esac
  # unknown-key-merge: CORE_SCHEMA has no merge type, so yaml2json keeps `<<` as a literal key and the schema sees
  # exactly what orgstar reports (an unknown key). Nothing to skip.
  check "$yaml" rejected
done

# The config file: the example accepted, the schema-invalid ones rejected.
if [[ -f $repo_root/examples/config/.orgstar.yaml ]]; then
  check "$repo_root/examples/config/.orgstar.yaml" accepted config
else
  fail accepted examples/config/.orgstar.yaml "missing"
fi
for yaml in "$repo_root"/examples/config/invalid/*.yaml; do
  rel=${yaml#"$repo_root"/}
  name=$(basename "$yaml" .yaml)
  case $name in
    duplicate-key | duplicate-key-*)
      skip "$rel" "duplicate-key: a YAML parser or the rule registry catches it, not a schema"; continue ;;
    unknown-rule | unknown-rule-* | bad-value-schema-tier)
      skip "$rel" "checked against the rule registry; the schema knows only the shape of a rule reference"; continue ;;
    unsupported-api-version | unsupported-api-version-* | missing-required | missing-required-* | \
      unknown-key | unknown-key-* | wrong-type | wrong-type-* | unknown-enum-value | unknown-enum-value-* | \
      bad-format | bad-format-* | bad-value | bad-value-*)
      ;;
    *)
      fail rejected "$rel" "unknown error class in file name"; continue ;;
  esac
  check "$yaml" rejected config
done

# Rulesets: the valid ones accepted, the schema-invalid ones rejected.
for yaml in "$repo_root"/examples/rulesets/*.yaml; do
  check "$yaml" accepted ruleset
done
for yaml in "$repo_root"/examples/rulesets/invalid/*.yaml; do
  rel=${yaml#"$repo_root"/}
  name=$(basename "$yaml" .yaml)
  case $name in
    yaml-syntax | yaml-syntax-* | duplicate-key | duplicate-key-*)
      skip "$rel" "caught by the YAML parser or the rule registry, not a schema"; continue ;;
    bad-jsonpath | bad-jsonpath-* | bad-value-placeholder | extends-cycle | extends-cycle-* | unreadable-file | \
      unreadable-file-*)
      skip "$rel" "JSONPath syntax, message placeholders and extends chains are checked by the loader"; continue ;;
    unsupported-api-version | unsupported-api-version-* | missing-required | missing-required-* | \
      unknown-key | unknown-key-* | wrong-type | wrong-type-* | unknown-enum-value | unknown-enum-value-* | \
      bad-format | bad-format-* | bad-value | bad-value-* | unknown-function | unknown-function-* | \
      unknown-rule | unknown-rule-*)
      ;;
    *)
      fail rejected "$rel" "unknown error class in file name"; continue ;;
  esac
  check "$yaml" rejected ruleset
done

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
