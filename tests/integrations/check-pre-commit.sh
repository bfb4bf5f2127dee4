#!/usr/bin/env bash
# check-pre-commit.sh ORGSTAR_BIN REPO_ROOT
#
# Runs the pre-commit hooks of REPO_ROOT/.pre-commit-hooks.yaml with the real pre-commit (Debian's package) through
# `pre-commit try-repo HOOK_REPO HOOK-ID`, in a temporary git repository that holds org files, rulesets and YAML
# files that are not orgstar's, with ORGSTAR_BIN on PATH as `orgstar` (the hooks are `language: system`):
#   - --all-files on a repository whose org files pass: each hook passes and runs on exactly the files its default
#     `files` pattern names (the count orgstar prints), never on mkdocs.yml, a workflow, .orgstar.yaml or fixtures;
#   - --files: an org file with high findings fails orgstar-assess, an invalid one fails orgstar-validate, a ruleset
#     whose fixtures fail fails orgstar-test, each with orgstar's exit code and its key output lines; a file outside
#     the pattern is skipped;
#   - without orgstar on PATH the hook fails and says so;
#   - `pre-commit validate-manifest` accepts the manifest and `validate-config` the README's example configuration.
# HOOK_REPO is REPO_ROOT when git tracks its .pre-commit-hooks.yaml (try-repo then takes HEAD plus the uncommitted
# changes of tracked files), else a temporary repository holding a copy of that manifest (a source tree that is no
# git clone, or a manifest not added yet): for `language: system` hooks the manifest is all pre-commit reads.
# HOME, PRE_COMMIT_HOME and the git configuration are temporary: nothing of the user's is read or written, and
# nothing is fetched (try-repo clones HOOK_REPO from disk; system hooks install nothing).
#
# Output: one line per check, then `N passed, M failed`. Exit 0 when M is 0, 1 when a check failed, 2 on bad usage or a
# missing tool.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/../report/lib.sh"
validator_args "$@"
repo_root=$(realpath "$repo_root")  # the hooks run in another folder
for tool in pre-commit git; do
  if ! command -v "$tool" > /dev/null; then
    echo "error: $tool not found (bash .ci/setup test installs it)" >&2
    exit 2
  fi
done
manifest=$repo_root/.pre-commit-hooks.yaml
if [[ ! -f $manifest ]]; then
  echo "error: $manifest not found" >&2
  exit 2
fi

# An environment of our own: no user configuration, cache or hooks; one orgstar invocation per hook run, so that
# orgstar's summary line counts every file the hook was given.
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE GIT_OBJECT_DIRECTORY GIT_ALTERNATE_OBJECT_DIRECTORIES GIT_CONFIG
export HOME=$tmp/home PRE_COMMIT_HOME=$tmp/pre-commit-cache XDG_CACHE_HOME=$tmp/cache GIT_CONFIG_NOSYSTEM=1
export GIT_AUTHOR_NAME=orgstar-tests GIT_AUTHOR_EMAIL=tests@orgstar.invalid
export GIT_COMMITTER_NAME=orgstar-tests GIT_COMMITTER_EMAIL=tests@orgstar.invalid
export PRE_COMMIT_NO_CONCURRENCY=1 PRE_COMMIT_COLOR=never NO_COLOR=1
mkdir -p "$HOME" "$tmp/bin"
ln -s "$orgstar_bin" "$tmp/bin/orgstar"
path_with_orgstar=$tmp/bin:$PATH

if git -C "$repo_root" ls-files --error-unmatch .pre-commit-hooks.yaml > /dev/null 2>&1; then
  hook_repo=$repo_root
  if git -C "$repo_root" diff --quiet HEAD; then
    echo "hooks from $repo_root (its git HEAD)"
  else
    echo "hooks from $repo_root (its git HEAD plus the uncommitted changes of tracked files)"
  fi
else
  hook_repo=$tmp/hook-repo
  git init -q "$hook_repo"
  cp "$manifest" "$hook_repo/"
  git -C "$hook_repo" add .pre-commit-hooks.yaml
  git -C "$hook_repo" commit -q -m "the manifest of $repo_root"
  echo "hooks from a copy of $manifest (git does not track it in $repo_root)"
fi

# The repository the hooks run in.
work=$tmp/work
mkdir -p "$work/orgs" "$work/rulesets/fixtures" "$work/.github/workflows"
cp "$repo_root/examples/yarnit-adjusted.yaml" "$work/orgs/yarnit.yaml"  # one info finding, nothing at medium or above
# One medium finding once its staging model is retired: the launch blockers that model draws would fail the gate.
sed 's/{id: m-loan-prefill, stage: staging,/{id: m-loan-prefill, stage: retired,/' \
  "$repo_root/examples/pinecrest.yaml" >"$work/pinecrest.org.yaml"
printf '%s\n' '# Applies to orgs/: assess reads it, the org hooks must not take it for an org file.' \
  'apiVersion: orgstar/v1' 'kind: Config' 'fail_on: high' > "$work/orgs/.orgstar.yaml"
cp "$repo_root/examples/policies/org-policies.yaml" "$work/rulesets/"
cp "$repo_root/examples/policies/fixtures/"*.yaml "$work/rulesets/fixtures/"
printf '%s\n' 'site_name: not an org file' 'nav: [index.md]' > "$work/mkdocs.yml"
printf '%s\n' 'on: push' 'jobs: {}' > "$work/.github/workflows/ci.yml"
git -C "$work" init -q
git -C "$work" add -A
git -C "$work" commit -q -m "org files that pass"

# try_hook NAME EXPECTED_STATUS HOOK-ID PRE-COMMIT-ARGS... : runs the hook and checks pre-commit's exit status (0 or
# 1); the output is left in $out for expect_line. The output of a run that fails a check is shown once, indented.
check_name=
out=
shown=
try_hook() {
  local status=0
  check_name=$1
  local want=$2 hook=$3
  shift 3
  shown=
  out=$(cd "$work" && PATH=${hook_path:-$path_with_orgstar} \
    pre-commit try-repo "$hook_repo" "$hook" --verbose "$@" 2>&1) || status=$?
  if [[ $status -eq $want ]]; then
    ok exit "$check_name: $status"
  else
    fail exit "$check_name" "pre-commit exited $status, expected $want"
    show_output
  fi
}
show_output() {
  [[ -n $shown ]] || sed 's/^/    | /' <<< "$out"
  shown=1
}
# expect_line LINE: the last try_hook's output has LINE as a whole line.
expect_line() {
  if grep -qxF -- "$1" <<< "$out"; then
    ok output "$check_name: $1"
  else
    fail output "$check_name" "no line '$1'"
    show_output
  fi
}
# expect_status HOOK-NAME RESULT: pre-commit's line for the hook, "HOOK-NAME.....RESULT" (dots padded to the width).
expect_status() {
  if P="$1" R="$2" awk '
      { n = length(ENVIRON["P"]); rest = substr($0, n + 1) }
      substr($0, 1, n) == ENVIRON["P"] && rest ~ /^[.]+/ && substr(rest, match(rest, /[^.]/)) == ENVIRON["R"] {
        found = 1
      }
      END { exit !found }' <<< "$out"; then
    ok output "$check_name: $1...$2"
  else
    fail output "$check_name" "no line '$1...$2'"
    show_output
  fi
}

# pre-commit's own schema checks: the manifest, and the README's .pre-commit-config.yaml example.
check_name="validate-manifest .pre-commit-hooks.yaml"
if out=$(pre-commit validate-manifest "$manifest" 2>&1); then
  ok schema "$check_name"
else
  fail schema "$check_name" "$(oneline <<< "$out")"
fi
awk '/<!-- example: .pre-commit-config.yaml -->/ { marker = 1; next }
     marker && /^```yaml/ { block = 1; next }
     block && /^```/ { exit }
     block' "$repo_root/README.md" > "$tmp/readme-config.yaml"
check_name="validate-config README.md's .pre-commit-config.yaml"
if [[ ! -s $tmp/readme-config.yaml ]]; then
  fail schema "$check_name" "no yaml block after <!-- example: .pre-commit-config.yaml -->"
elif out=$(pre-commit validate-config "$tmp/readme-config.yaml" 2>&1); then
  ok schema "$check_name"
else
  fail schema "$check_name" "$(oneline <<< "$out")"
fi

# Every hook on every file of the passing repository: the defaults pick the org files and the ruleset.
try_hook "validate --all-files" 0 orgstar-validate --all-files
expect_status "orgstar validate" "Passed"
expect_line "2 files checked: 2 valid, 0 invalid (0 errors)"
try_hook "assess --all-files" 0 orgstar-assess --all-files
expect_status "orgstar assess" "Passed"
expect_line "2 files assessed: 0 critical, 0 high, 1 medium, 0 low, 1 info; 3 waived. Passes --fail-on high."
try_hook "test --all-files" 0 orgstar-test --all-files
expect_status "orgstar test" "Passed"
expect_line "20 passed, 0 failed"

# Files that fail, named one by one.
cp "$repo_root/examples/yarnit-poc.yaml" "$work/orgs/yarnit-poc.yaml"
cp "$repo_root/examples/invalid/unknown-key.yaml" "$work/orgs/unknown-key.yaml"
cp "$repo_root/tests/policy/failing-fixtures.yaml" "$work/rulesets/failing.yaml"
cp "$repo_root/tests/policy/fixtures/three-teams.yaml" "$work/rulesets/fixtures/"
git -C "$work" add -A
git -C "$work" commit -q -m "org files that fail"

try_hook "assess, high findings" 1 orgstar-assess --files orgs/yarnit-poc.yaml
expect_status "orgstar assess" "Failed"
expect_line "- exit code: 1"
expect_line "  orgs/yarnit-poc.yaml:138:11: high: model 'm-recs' is in production but monitoring.quality is false [PROC-002 quality-not-monitored]"
expect_line "1 file assessed: 2 critical, 15 high, 14 medium, 1 low, 1 info; 0 waived. Fails --fail-on high."
try_hook "validate, an invalid file" 1 orgstar-validate --files orgs/unknown-key.yaml orgs/yarnit.yaml
expect_status "orgstar validate" "Failed"
expect_line "- exit code: 2"
expect_line "orgs/unknown-key.yaml:16:11: error: unknown key 'monitorng' (did you mean 'monitoring'?) [unknown-key]"
expect_line "2 files checked: 1 valid, 1 invalid (1 error)"
try_hook "test, failing fixtures" 1 orgstar-test --files rulesets/failing.yaml
expect_status "orgstar test" "Failed"
expect_line "- exit code: 1"
expect_line "FAIL TEST-001 team-has-owner: a finding missing and one unexpected"
expect_line "1 passed, 5 failed"
try_hook "validate, not an org file" 0 orgstar-validate --files mkdocs.yml orgs/.orgstar.yaml
expect_status "orgstar validate" "(no files to check)Skipped"

# language: system needs orgstar on PATH; without it the hook fails and says why.
hook_path=
IFS=: read -r -a path_dirs <<< "$PATH"
for dir in "${path_dirs[@]}"; do
  [[ -x $dir/orgstar ]] || hook_path+=${hook_path:+:}$dir
done
try_hook "validate, orgstar not on PATH" 1 orgstar-validate --files orgs/yarnit.yaml
expect_line "Executable \`orgstar\` not found"
unset hook_path

finish
