#!/usr/bin/env bash
# action/run.sh: the assess step of the orgstar GitHub Action (action.yml), kept in a script so that it can be tested
# outside GitHub (tests/integrations/check-action.sh).
#
# In $GITHUB_WORKSPACE, so that annotations and SARIF locations are relative to the repository root, it runs
#   orgstar assess [ARGS] [--fail-on F] [--config C] [--ruleset R]... -f sarif -o SARIF -f markdown -o SUMMARY \
#     -f github -- PATHS...
# which prints the findings as GitHub annotations (::error file=...) and writes the SARIF and the Markdown reports.
# Then it appends the Markdown report to $GITHUB_STEP_SUMMARY (every run, not only when the annotations were cut at
# GitHub's 10 per type: orgstar's own append is turned off here so that the report is not there twice; a report over
# GitHub's 1 MiB is replaced by a line that says so), writes
# `sarif-file=PATH` (absolute; only when the SARIF file was written) and `exit-code=N` to $GITHUB_OUTPUT, and exits
# with orgstar's exit code: 0 nothing unwaived at or above the fail threshold, 1 something is, 2 invalid input.
#
# Inputs, as the composite action passes them (`env:`; a composite action gets no INPUT_* variables of its own):
#   INPUT_FILES       org files or folders, separated by whitespace; shell patterns (orgs/*.yaml, **/*.org.yaml) are
#                     expanded in the workspace, and a pattern that matches nothing is passed as it is (orgstar then
#                     reports it unreadable, exit 2); required
#   INPUT_FAIL_ON     info|low|medium|high|critical; empty: the config's fail_on, else high
#   INPUT_CONFIG      a .orgstar.yaml to use instead of the one found next to each org file
#   INPUT_RULESETS    rulesets, separated by whitespace (patterns expanded as for INPUT_FILES), each passed as
#                     --ruleset
#   INPUT_SARIF_FILE  where to write the SARIF report; empty: $RUNNER_TEMP/orgstar.sarif
#   INPUT_ARGS        more arguments for orgstar assess, split on whitespace (no quoting)
#   ORGSTAR           the orgstar binary; empty: orgstar from PATH
# and GITHUB_WORKSPACE, GITHUB_STEP_SUMMARY, GITHUB_OUTPUT and RUNNER_TEMP as GitHub sets them.
set -euo pipefail

orgstar=${ORGSTAR:-orgstar}
workspace=${GITHUB_WORKSPACE:-$PWD}
runner_temp=${RUNNER_TEMP:-${TMPDIR:-/tmp}}
cd "$workspace"

INPUT_FILES=${INPUT_FILES:-}
if [[ -z ${INPUT_FILES//[[:space:]]/} ]]; then
  echo "::error title=orgstar::the 'files' input is empty: name the org files or folders to assess"
  exit 2
fi
# paths NAME TEXT: sets the array NAME to TEXT's whitespace-separated words, shell patterns expanded.
paths() {
  local -n out=$1
  shopt -s globstar
  # shellcheck disable=SC2206  # unquoted on purpose: split on whitespace, expand patterns
  out=($2)
  shopt -u globstar
}
paths files "$INPUT_FILES"
paths rulesets "${INPUT_RULESETS:-}"

args=()
INPUT_ARGS=${INPUT_ARGS:-}
read -r -a args <<< "${INPUT_ARGS//$'\n'/ }"
[[ -n ${INPUT_FAIL_ON:-} ]] && args+=(--fail-on "$INPUT_FAIL_ON")
[[ -n ${INPUT_CONFIG:-} ]] && args+=(--config "$INPUT_CONFIG")
for ruleset in "${rulesets[@]}"; do args+=(--ruleset "$ruleset"); done

sarif=${INPUT_SARIF_FILE:-$runner_temp/orgstar.sarif}
[[ $sarif == /* ]] || sarif=$workspace/$sarif
mkdir -p "$(dirname "$sarif")"
rm -f "$sarif"  # a SARIF file left by an earlier step must not be uploaded as this run's
scratch=$(mktemp -d "$runner_temp/orgstar.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
summary=$scratch/summary.md  # orgstar writes it: its absence means that orgstar wrote no report

status=0
env -u GITHUB_STEP_SUMMARY "$orgstar" assess "${args[@]}" -f sarif -o "$sarif" -f markdown -o "$summary" -f github \
  -- "${files[@]}" || status=$?

# GitHub drops a step summary over 1024 KiB whole (with an error annotation): past that, a line says why instead.
summary_limit=$((1024 * 1024))
if [[ -n ${GITHUB_STEP_SUMMARY:-} ]]; then
  touch "$GITHUB_STEP_SUMMARY"
  if [[ ! -f $summary ]]; then
    printf 'orgstar assess exited with %d before writing a report; its error is in the step log.\n' "$status" \
      >> "$GITHUB_STEP_SUMMARY"
  elif (($(wc -c < "$summary") + $(wc -c < "$GITHUB_STEP_SUMMARY") > summary_limit)); then
    printf '%s\n' "The Markdown report ($(wc -c < "$summary") bytes) is over the 1 MiB that GitHub takes in a step" \
      'summary, so it is left out; the annotations and the SARIF report have the findings. To keep the report, add' \
      '`args: -f markdown -o orgstar.md` and upload orgstar.md with actions/upload-artifact.' >> "$GITHUB_STEP_SUMMARY"
  else
    cat "$summary" >> "$GITHUB_STEP_SUMMARY"
  fi
fi
if [[ -n ${GITHUB_OUTPUT:-} ]]; then
  [[ -f $sarif ]] && echo "sarif-file=$sarif" >> "$GITHUB_OUTPUT"
  echo "exit-code=$status" >> "$GITHUB_OUTPUT"
fi
exit "$status"
