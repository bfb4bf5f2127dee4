#!/usr/bin/env bash
# check-action.sh ORGSTAR_BIN REPO_ROOT
#
# Runs the GitHub Action's assess step as the composite action does on a runner: the step's `run:` and `env:` read from
# REPO_ROOT/action.yml (so the inputs reach action/run.sh through the action's own mapping, defaults included), in a
# temporary workspace, with the variables GitHub sets (GITHUB_ACTIONS, GITHUB_ACTION_PATH, GITHUB_WORKSPACE,
# GITHUB_STEP_SUMMARY, GITHUB_OUTPUT, RUNNER_TEMP) and ORGSTAR_BIN as the install step's `orgstar` output. For an org
# file that passes, one with high findings (over GitHub's 10 annotations of a type), one that is invalid, and each input
# (fail-on, config, rulesets, sarif-file, args), it checks the exit code, the annotations (::error file=...), that the
# step summary keeps what was there and gains the Markdown report exactly once (byte for byte what `orgstar assess -f
# markdown` writes), that the SARIF file is JSON with "version": "2.1.0" and the expected number of results, and the
# sarif-file= and exit-code= lines in $GITHUB_OUTPUT. Then tests/integrations/check-metadata.mjs checks action.yml,
# .pre-commit-hooks.yaml and the README's examples structurally.
#
# Needs node and tests/schema/node_modules (`npm ci` there, once; js-yaml). Runs offline; the install step
# (action/install.sh) builds orgstar and is not run here.
#
# Output: one line per check, then `N passed, M failed`. Exit 0 when M is 0, 1 when a check failed, 2 on bad usage or a
# missing tool.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/../report/lib.sh"
validator_args "$@"
repo_root=$(realpath "$repo_root")
if ! command -v node > /dev/null; then
  echo "error: node not found" >&2
  exit 2
fi
if [[ ! -d $repo_root/tests/schema/node_modules/js-yaml ]]; then
  echo "error: $repo_root/tests/schema/node_modules/js-yaml not found; run 'npm ci' in tests/schema first" >&2
  exit 2
fi

# The workspace: a checked-out repository with org files.
workspace=$tmp/workspace
mkdir -p "$workspace/orgs" "$workspace/rulesets/fixtures" "$workspace/config"
cp "$repo_root/examples/yarnit-adjusted.yaml" "$workspace/orgs/yarnit.yaml"  # one info finding
cp "$repo_root/examples/yarnit-poc.yaml" "$workspace/orgs/yarnit-poc.yaml"   # 2 critical, 15 high, ...
# One medium finding once its staging model is retired: the launch blockers that model draws would fail the gate.
sed 's/{id: m-loan-prefill, stage: staging,/{id: m-loan-prefill, stage: retired,/' \
  "$repo_root/examples/pinecrest.yaml" >"$workspace/pinecrest.yaml"
cp "$repo_root/examples/invalid/unknown-key.yaml" "$workspace/invalid.yaml"
cp "$repo_root/examples/policies/org-policies.yaml" "$workspace/rulesets/"
cp "$repo_root/examples/policies/fixtures/"*.yaml "$workspace/rulesets/fixtures/"
printf '%s\n' 'apiVersion: orgstar/v1' 'kind: Config' 'rules: {STRUCT-010: off}' > "$workspace/config/lenient.yaml"

# run_action NAME EXPECTED_EXIT INPUT=VALUE... : runs the action's assess step as a runner would: its `run:` from
# action.yml with `bash --noprofile --norc -eo pipefail` and its `env:` with ${{ inputs.X }} evaluated from the given
# inputs and the defaults (tests/integrations/action-step.mjs), ORGSTAR being the install step's output; fresh GitHub
# files. Leaves its standard output in $out, and $summary, $github_output, $runner_temp for the checks below.
run_action() {
  check_name=$1
  local want=$2 status=0
  shift 2
  local run=$tmp/runs/$((++runs)) step=()
  mkdir -p "$run/temp"
  summary=$run/step-summary.md github_output=$run/github-output runner_temp=$run/temp
  printf 'Summary of an earlier step.\n' > "$summary"
  printf 'earlier=1\n' > "$github_output"
  if ! mapfile -d '' step < <(node "$here/action-step.mjs" "$repo_root/action.yml" assess \
    "steps.install.outputs.orgstar=$orgstar_bin" "$@") || [[ ${#step[@]} -eq 0 ]]; then
    fail exit "$check_name" "cannot read the assess step of action.yml"
    out=
    return
  fi
  printf '%s' "${step[0]}" > "$run/step.sh"
  out=$(cd "$workspace" && env GITHUB_ACTIONS=true GITHUB_ACTION_PATH="$repo_root" GITHUB_WORKSPACE="$workspace" \
    GITHUB_STEP_SUMMARY="$summary" GITHUB_OUTPUT="$github_output" RUNNER_TEMP="$runner_temp" "${step[@]:1}" \
    bash --noprofile --norc -eo pipefail "$run/step.sh" 2> "$run/stderr") || status=$?
  if [[ $status -eq $want ]]; then
    ok exit "$check_name: $status"
  else
    fail exit "$check_name" "exit $status, expected $want; stderr: $(oneline < "$run/stderr")"
  fi
}
runs=0

# expect WHAT LABEL WHY COMMAND...: one check of the last run, passed when COMMAND succeeds.
expect() {
  local what=$1 label="$check_name${2:+: $2}" why=$3
  shift 3
  if "$@"; then ok "$what" "$label"; else fail "$what" "$label" "$why"; fi
}
starts_line() { P=$1 awk 'index($0, ENVIRON["P"]) == 1 { found = 1 } END { exit !found }' <<< "$out"; }
# annotation PREFIX: the run printed a line that starts with PREFIX.
annotation() { expect annotation "${1:0:70}" "no such line in: $(head -c 600 <<< "$out" | oneline)" starts_line "$1"; }
# no_annotation TEXT: no line of the run contains TEXT.
contains_no() { ! grep -qF -- "$1" <<< "$out"; }
no_annotation() { expect annotation "none with $1" "a line contains '$1'" contains_no "$1"; }
# summary_is ORGSTAR-ARGS...: the step summary is the earlier step's line followed by exactly the Markdown report of
# `orgstar assess -f markdown ORGSTAR-ARGS` run in the workspace.
summary_is() {
  local want=$tmp/want-summary.md
  {
    printf 'Summary of an earlier step.\n'
    (cd "$workspace" && "$orgstar_bin" assess -f markdown "$@" 2> /dev/null || true)
  } > "$want"
  expect summary "" "the step summary is not the earlier line + the Markdown report: $(diff "$want" "$summary" |
    head -5 | oneline)" cmp -s "$want" "$summary"
}
# outputs_are LINE...: $GITHUB_OUTPUT is the earlier line followed by exactly these lines.
outputs_are() {
  local want=$tmp/want-output
  printf '%s\n' earlier=1 "$@" > "$want"
  expect output "$*" "GITHUB_OUTPUT is '$(oneline < "$github_output")', expected '$(oneline < "$want")'" \
    cmp -s "$want" "$github_output"
}
# sarif_valid FILE RESULTS: FILE is JSON, SARIF "version": "2.1.0", with RESULTS results in its one run.
sarif_valid() {
  local detail
  detail=$(node -e '
    const log = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const results = log.runs?.[0]?.results?.length;
    if (log.version !== "2.1.0" || results !== Number(process.argv[2]))
      throw new Error(`version ${log.version}, ${results} results`);' "$1" "$2" 2>&1)
  expect sarif "${1#"$tmp"/}, $2 results" "$(oneline <<< "$detail" | head -c 300)" test -z "$detail"
}

# An org file that passes: exit 0, one notice, the report in the summary, SARIF at the default place.
run_action "passing org" 0 files=orgs/yarnit.yaml
annotation "::notice file=orgs/yarnit.yaml,line=115,col=7,endLine=115,endColumn=7,title=STRUCT-010 team-size-out-of-range (info)::"
no_annotation "::error"
summary_is orgs/yarnit.yaml
sarif_valid "$runner_temp/orgstar.sarif" 1
outputs_are "sarif-file=$runner_temp/orgstar.sarif" exit-code=0

# Files that fail, by a pattern, SARIF to a path relative to the workspace: exit 1, errors annotated (the 10 most
# severe, then a notice), the report once in the summary although orgstar would append it itself past 10 errors.
run_action "failing org, a pattern, sarif-file" 1 files="orgs/*.yaml" sarif-file=reports/orgstar.sarif
annotation "::error file=orgs/yarnit-poc.yaml,line=58,col=1,endLine=58,endColumn=1,title=ALIGN-001 core-ml-unfunded (critical)::strategy.ml_role is 'core' but ML has no budget line of its own"
annotation "::error file=orgs/yarnit-poc.yaml,line=138,col=11,endLine=138,endColumn=11,title=PROC-002 quality-not-monitored (high)::"
annotation "::notice file=orgs/yarnit.yaml,line=115,col=7"
annotation "::notice::orgstar: 11 findings not annotated: GitHub shows at most 10 annotations of each type per step."
no_annotation "ORG-004"
summary_is orgs/yarnit-poc.yaml orgs/yarnit.yaml
sarif_valid "$workspace/reports/orgstar.sarif" 34
outputs_are "sarif-file=$workspace/reports/orgstar.sarif" exit-code=1

# fail-on: a medium finding passes the default gate and fails --fail-on medium.
run_action "medium finding, default fail-on" 0 files=pinecrest.yaml
annotation "::warning file=pinecrest.yaml,line=6,col=1,endLine=6,endColumn=1,title=ALIGN-007 culture-risk-mismatch (medium)::"
run_action "medium finding, fail-on medium" 1 files=pinecrest.yaml fail-on=medium
summary_is --fail-on medium pinecrest.yaml
outputs_are "sarif-file=$runner_temp/orgstar.sarif" exit-code=1

# rulesets: the organization's policies fire beside the built-in rules.
run_action "rulesets" 1 files=orgs/yarnit-poc.yaml rulesets="rulesets/org-policies.yaml"
annotation "::error file=orgs/yarnit-poc.yaml,line=128,col=7,endLine=128,endColumn=7,title=ORG-004 ml-team-collaborates-with-product (high)::"
summary_is --ruleset rulesets/org-policies.yaml orgs/yarnit-poc.yaml

# config: a config that turns the one rule that fires off leaves nothing to annotate.
run_action "config" 0 files=orgs/yarnit.yaml config=config/lenient.yaml
expect annotation none "expected no annotation, got: $(oneline <<< "$out")" test -z "$out"
sarif_valid "$runner_temp/orgstar.sarif" 0

# args: more reports, whose -o does not take over the action's own -f pairs.
rm -f "$workspace/extra.json"
run_action "args" 0 files=orgs/yarnit.yaml args="-f json -o extra.json --assume-missing unknown"
annotation "::notice file=orgs/yarnit.yaml,line=115,col=7"
expect args "-f json -o extra.json" "no JSON report at extra.json in the workspace" \
  node -e 'JSON.parse(require("fs").readFileSync(process.argv[1]))' "$workspace/extra.json"
sarif_valid "$runner_temp/orgstar.sarif" 1

# An invalid file: exit 2, its error annotated, the SARIF still written (a tool execution notification).
run_action "invalid org" 2 files=invalid.yaml
annotation "::error file=invalid.yaml,line=16,col=11,title=orgstar unknown-key::unknown key 'monitorng' (did you mean 'monitoring'?)"
sarif_valid "$runner_temp/orgstar.sarif" 0
outputs_are "sarif-file=$runner_temp/orgstar.sarif" exit-code=2

# A command line orgstar refuses: exit 2, no SARIF and so no sarif-file output, a line in the summary instead.
run_action "bad fail-on" 2 files=orgs/yarnit.yaml fail-on=severe
outputs_are exit-code=2
expect summary "no report" "$(oneline < "$summary" | head -c 300)" \
  grep -qxF 'orgstar assess exited with 2 before writing a report; its error is in the step log.' "$summary"

# A report over GitHub's 1 MiB step summary: a line says so instead (GitHub would drop the whole summary).
mkdir -p "$workspace/many"
for i in $(seq 1 40); do cp "$workspace/orgs/yarnit-poc.yaml" "$workspace/many/yarnit-$i.yaml"; done
run_action "report over 1 MiB" 1 files=many
expect summary "the report left out" "$(head -c 300 "$summary" | oneline)" \
  grep -q '^The Markdown report ([0-9]* bytes) is over the 1 MiB that GitHub takes in a step$' "$summary"
expect summary "under 1 MiB" "$(wc -c < "$summary") bytes" test "$(wc -c < "$summary")" -lt 1000
sarif_valid "$runner_temp/orgstar.sarif" 1320

# No files: refused before orgstar runs.
run_action "files empty" 2 files="  "
annotation "::error title=orgstar::the 'files' input is empty"

# action.yml, .pre-commit-hooks.yaml and the README's examples, structurally.
status=0
metadata=$(node "$here/check-metadata.mjs" "$repo_root" 2>&1) || status=$?
echo "$metadata"
passed=$((passed + $(grep -c '^ok ' <<< "$metadata" || true)))
failed=$((failed + $(grep -c '^FAIL ' <<< "$metadata" || true)))
if [[ $status -ne 0 ]] && ! grep -q '^FAIL ' <<< "$metadata"; then
  fail metadata check-metadata.mjs "exit $status"
fi

finish
