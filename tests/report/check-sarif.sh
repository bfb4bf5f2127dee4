#!/usr/bin/env bash
# check-sarif.sh ORGSTAR_BIN REPO_ROOT
#
# Checks orgstar's SARIF (`assess -f sarif`) with two independent validators:
#   1. the OASIS SARIF 2.1.0 JSON Schema (tests/report/sarif/, draft-04) with ajv-draft-04 and ajv-formats;
#   2. Microsoft's SARIF Multitool, `validate --rule-kind "Sarif;Gh"`: the SARIF spec's rules plus the ones GitHub code
#      scanning enforces on upload. It exits 0 whatever it finds, so its output log is read: any result of level error
#      or warning fails the file; no rule is exempted.
# over every golden: REPO_ROOT/examples/expected/*.sarif and REPO_ROOT/tests/report/expected/*.sarif (with orgstar's
# version in place of their @VERSION@), and over one report orgstar writes now for a run with an invalid file (the tool
# execution notifications no golden shows), whose tool.driver.version and semanticVersion must be what
# `orgstar --version` prints.
# Then a self-check: deliberately broken SARIF (a region starting at line 0, a result without its ruleId or message, a
# driver without its version) must be rejected by the validators that can see the fault, so this script cannot pass by
# accepting everything.
#
# Needs node and tests/schema/node_modules (`npm ci` there, once); the multitool is its
# @microsoft/sarif-multitool-linux package, run directly. Runs offline.
#
# Output: one line per check, then `N passed, M failed`. Exit 0 when M is 0, 1 when a check failed, 2 on bad usage or a
# missing tool.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
validator_args "$@"
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
helper=$here/validate-sarif.mjs
schema=$here/sarif/sarif-schema-2.1.0.json
node_modules=$here/../schema/node_modules
multitool=$node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool

# Multitool results accepted, and why (RULE-ID:TEXT accepts only the results whose message contains TEXT).
#   SARIF2005 on informationUri: orgstar has no public home of its own yet; the driver names one only when
#             ORGSTAR_RULES_URL says where the rule reference is published (tests run without it). Its version, which
#             SARIF2005 also asks for, is never accepted as missing.
accepted_multitool_results=("SARIF2005:'informationUri'")

if ! command -v node > /dev/null; then
  echo "error: node not found" >&2
  exit 2
fi
for module in ajv-draft-04 ajv-formats; do
  if [[ ! -d $node_modules/$module ]]; then
    echo "error: $node_modules/$module not found; run 'npm ci' in $here/../schema first" >&2
    exit 2
  fi
done
if [[ ! -f $schema ]]; then
  echo "error: $schema not found" >&2
  exit 2
fi
if [[ ! -f $multitool ]]; then
  echo "error: $multitool not found; run 'npm ci' in $here/../schema first" >&2
  exit 2
fi
if [[ ! -x $multitool ]]; then
  # npm 11 skips the package's postinstall, which makes it executable.
  if ! chmod u+x "$multitool" 2> /dev/null || [[ ! -x $multitool ]]; then
    echo "error: $multitool is not executable (run 'chmod u+x' on it)" >&2
    exit 2
  fi
fi
if [[ ! -x $orgstar_bin ]]; then
  echo "error: $orgstar_bin is not an executable" >&2
  exit 2
fi
# The multitool is a .NET program; without ICU installed it needs the invariant globalization mode.
export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1



# run_schema FILE / run_multitool FILE: set `verdict` (valid, invalid or error: the validator could not run) and
# `detail` (one line).
run_schema() {
  local out status=0
  out=$(node "$helper" schema "$schema" "$1" 2>&1) || status=$?
  case $status in
    0) verdict=valid ;;
    1) verdict=invalid ;;
    *) verdict=error ;;
  esac
  detail=$(oneline <<< "$out")
}
run_multitool() {
  local file=$1 log out status=0
  log=$tmp/multitool-$(basename "$file").log.sarif
  rm -f "$log"
  if ! out=$("$multitool" validate --rule-kind "Sarif;Gh" --output "$log" "$file" 2>&1); then
    verdict=error
    detail="the multitool failed: $(oneline <<< "$out")"
    return
  fi
  out=$(node "$helper" multitool "$log" "${accepted_multitool_results[@]}" 2>&1) || status=$?
  case $status in
    0) verdict=valid ;;
    1) verdict=invalid ;;
    *) verdict=error ;;
  esac
  detail=$(oneline <<< "$out")
}

# check FILE [LABEL]: both validators must accept it.
check() {
  local file=$1 rel=${2:-${1#"$repo_root"/}}
  run_schema "$file"
  case $verdict in
    valid) ok schema "$rel" ;;
    invalid) fail schema "$rel" "$detail" ;;
    *) fail schema "$rel" "validator error: $detail" ;;
  esac
  run_multitool "$file"
  case $verdict in
    valid) ok multitool "$rel" ;;
    invalid) fail multitool "$rel" "$detail" ;;
    *) fail multitool "$rel" "validator error: $detail" ;;
  esac
}

# reject WHICH WHAT FILE: the validators WHICH names (schema, multitool or both) must reject it.
reject() {
  local which=$1 what=$2 file=$3
  if [[ $which != multitool ]]; then
    run_schema "$file"
    case $verdict in
      invalid) ok rejected "schema: $what" ;;
      valid) fail rejected "schema: $what" "the schema accepted it" ;;
      *) fail rejected "schema: $what" "validator error: $detail" ;;
    esac
  fi
  if [[ $which != schema ]]; then
    run_multitool "$file"
    case $verdict in
      invalid) ok rejected "multitool: $what" ;;
      valid) fail rejected "multitool: $what" "the multitool accepted it" ;;
      *) fail rejected "multitool: $what" "validator error: $detail" ;;
    esac
  fi
}

shopt -s nullglob
goldens=("$repo_root"/examples/expected/*.sarif "$repo_root"/tests/report/expected/*.sarif)
if [[ ${#goldens[@]} -eq 0 ]]; then
  fail golden "$repo_root" "no expected .sarif reports found"
fi
for file in "${goldens[@]}"; do
  check "$(with_version "$file")" "${file#"$repo_root"/}"
done

# A run with an invalid file: its diagnostics become tool execution notifications.
mixed=$tmp/invalid-and-valid.sarif
invalid=examples/invalid/missing-required.yaml
status=0
(cd "$repo_root" && "$orgstar_bin" assess -f sarif --no-config "$invalid" examples/pinecrest.yaml) > "$mixed" ||
  status=$?
if [[ $status -ne 2 ]]; then
  fail generated "assess -f sarif $invalid" "exit $status, expected 2 (an invalid file)"
elif ! grep -q '"toolExecutionNotifications"' "$mixed"; then
  fail generated "assess -f sarif $invalid" "no toolExecutionNotifications in the report"
elif ! versions=$(node -e '
       const driver = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).runs[0].tool.driver;
       console.log(`${driver.version} ${driver.semanticVersion}`);' "$mixed") ||
     [[ $versions != "$orgstar_version $orgstar_version" ]]; then
  fail generated "assess -f sarif $invalid" \
    "tool.driver version and semanticVersion are '${versions:-?}', not orgstar --version's $orgstar_version"
else
  for validator in schema multitool; do
    "run_$validator" "$mixed"
    if [[ $verdict == valid ]]; then
      ok "$validator" "assess -f sarif $invalid"
    else
      fail "$validator" "assess -f sarif $invalid" "$detail"
    fi
  done
fi

# Self-check: broken copies of a report orgstar writes now must be rejected.
base=$tmp/base.sarif
(cd "$repo_root" && "$orgstar_bin" assess -f sarif --no-config examples/yarnit-poc.yaml) > "$base" || true
# break_report NAME JS: writes $tmp/NAME.sarif, the base report changed by JS (statements on `log`, the report).
break_report() {
  node -e "
    const fs = require('fs');
    const log = JSON.parse(fs.readFileSync(process.argv[1], 'utf8'));
    if (!log.runs?.[0]?.results?.length) { console.error('the base report has no results'); process.exit(2); }
    $2
    fs.writeFileSync(process.argv[2], JSON.stringify(log, null, 2));
  " "$base" "$tmp/$1.sarif"
}
# The schema allows a result without ruleId (a rule object may name it instead); the multitool (SARIF1010) does not.
broken=(
  'both|a region with startLine 0|start-line-0|log.runs[0].results[0].locations[0].physicalLocation.region.startLine=0;'
  'multitool|no ruleId in results|no-rule-id|for (const r of log.runs[0].results) delete r.ruleId, delete r.ruleIndex;'
  'both|a result without message|no-message|delete log.runs[0].results[0].message;'
  'multitool|a driver without version|no-version|const d = log.runs[0].tool.driver; delete d.version, delete d.semanticVersion;'
)
for entry in "${broken[@]}"; do
  IFS='|' read -r which what name change <<< "$entry"
  if break_report "$name" "$change"; then
    reject "$which" "$what" "$tmp/$name.sarif"
  else
    fail rejected "$what" "cannot build the broken report from $base"
  fi
done

finish
