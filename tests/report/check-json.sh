#!/usr/bin/env bash
# check-json.sh ORGSTAR_BIN REPO_ROOT
#
# Checks `assess -f json` against `orgstar schema report` with an independent validator (ajv, draft 2020-12,
# ajv-formats for `format: date`):
#   - every golden JSON report (REPO_ROOT/examples/expected/*.json, REPO_ROOT/tests/report/expected/*.json, less the
#     GitLab reports *.gitlab.json) must be accepted, with orgstar's version in place of their @VERSION@; the examples
#     test keeps those goldens identical to what orgstar prints;
#   - so must three reports made here: a run over every invalid example (diagnostics, nothing assessed), a run over
#     a valid and an invalid file together, and a directory walk that skips a ruleset;
#   - and, so that the check cannot pass vacuously, corrupted reports must be rejected: an unknown key, a missing
#     reportVersion, a finding whose severity is not a severity, a tool without its version, a skipped file without
#     its kind, a negative summary.skipped, and a golden as stored (tool.version "@VERSION@", not a version).
#
# Needs node and tests/schema/node_modules (`npm ci` there; .ci/setup does it). Runs offline.
# Output: one line per report, then `N passed, M failed`. Exit 0 when M is 0, 1 when a check failed, 2 on bad usage
# or a missing tool.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
validator_args "$@"
ajv=$repo_root/tests/schema/node_modules/.bin/ajv
if [[ ! -x $ajv ]]; then
  echo "error: $ajv not found; run 'npm ci' in $repo_root/tests/schema first" >&2
  exit 2
fi

schema=$tmp/report.schema.json
"$orgstar_bin" schema report > "$schema"
if ! out=$("$ajv" compile --spec=draft2020 -c ajv-formats -s "$schema" 2>&1); then
  echo "error: ajv cannot compile 'orgstar schema report':" >&2
  echo "$out" >&2
  exit 2
fi


# check JSON WANT(accepted|rejected) LABEL
check() {
  local json=$1 want=$2 label=$3 out verdict
  if out=$("$ajv" validate --spec=draft2020 -c ajv-formats --errors=text -s "$schema" -d "$json" 2>&1); then
    verdict=accepted
  elif grep -qxF "$json invalid" <<< "$out"; then
    verdict=rejected
  else
    verdict=error
  fi
  if [[ $verdict == "$want" ]]; then
    ok "$want" "$label"
  else
    fail "$want" "$label" "ajv said $verdict: $(oneline <<< "$out")"
  fi
}

shopt -s nullglob extglob
# *.gitlab.json are GitLab Code Quality reports (check-gitlab.sh).
goldens=("$repo_root"/examples/expected/!(*.gitlab).json "$repo_root"/tests/report/expected/!(*.gitlab).json)
if [[ ${#goldens[@]} -lt 8 ]]; then
  echo "error: expected at least 8 golden JSON reports, found ${#goldens[@]}" >&2
  exit 2
fi
for json in "${goldens[@]}"; do
  check "$(with_version "$json")" accepted "${json#"$repo_root"/}"
done

cd "$repo_root"
# Exit 2 is expected from both runs: they include invalid files.
"$orgstar_bin" assess --no-config -f json examples/invalid/*.yaml > "$tmp/invalid.json" || true
check "$tmp/invalid.json" accepted "assess -f json examples/invalid/*.yaml"
"$orgstar_bin" assess --no-config -f json examples/pinecrest.yaml examples/invalid/unknown-key.yaml \
  > "$tmp/mixed.json" || true
check "$tmp/mixed.json" accepted "assess -f json (one valid, one invalid file)"
# A directory walk: the policies' ruleset is skipped (summary.skipped, skipped[] with its kind).
"$orgstar_bin" assess --no-config -f json examples/policies > "$tmp/walk.json" || true
if grep -q '"kind": "Ruleset"' "$tmp/walk.json"; then
  check "$tmp/walk.json" accepted "assess -f json examples/policies (a skipped ruleset)"
else
  fail accepted "assess -f json examples/policies" "no skipped ruleset in the report"
fi

# Corrupted reports: each must be rejected.
node -e '
  const fs = require("fs");
  const [source, dir] = process.argv.slice(1);
  const report = JSON.parse(fs.readFileSync(source, "utf8"));
  const write = (name, mutate) => { const r = structuredClone(report); mutate(r); fs.writeFileSync(`${dir}/${name}.json`, JSON.stringify(r)); };
  write("unknown-key", r => { r.files[0].findings[0].colour = "red"; });
  write("no-version", r => { delete r.reportVersion; });
  write("bad-severity", r => { r.files[0].findings[0].severity = "urgent"; });
  write("no-tool-version", r => { delete r.tool.version; });
  write("skipped-without-kind", r => { r.skipped = [{file: "a.yaml"}]; });
  write("skipped-negative", r => { r.summary.skipped = -1; });
  write("score-without-unanswered", r => { delete r.files[0].scores.processes.unanswered; });
  write("score-unanswered-without-rules", r => { r.files[0].scores.people.unanswered = [{keyPath: "people.roster", question: "Who?", rules: [], declared: 0, entries: null, silent: null}]; });
' "$(with_version "$repo_root/examples/expected/yarnit-poc.json")" "$tmp"
check "$tmp/unknown-key.json" rejected "corrupted: an unknown key in a finding"
check "$tmp/no-version.json" rejected "corrupted: no reportVersion"
check "$tmp/bad-severity.json" rejected "corrupted: severity 'urgent'"
check "$tmp/no-tool-version.json" rejected "corrupted: no tool.version"
check "$tmp/skipped-without-kind.json" rejected "corrupted: a skipped file without its kind"
check "$tmp/skipped-negative.json" rejected "corrupted: summary.skipped -1"
check "$tmp/score-without-unanswered.json" rejected "corrupted: a score without its unanswered questions"
check "$tmp/score-unanswered-without-rules.json" rejected "corrupted: a score's unanswered question without rules"
check "$repo_root/examples/expected/yarnit-poc.json" rejected "a golden as stored: tool.version @VERSION@"

finish
