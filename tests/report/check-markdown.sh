#!/usr/bin/env bash
# check-markdown.sh ORGSTAR_BIN REPO_ROOT
#
# Lints every golden Markdown report (REPO_ROOT/examples/expected/*.md and REPO_ROOT/tests/report/expected/*.md), the
# documentation (REPO_ROOT/docs/*.md: the rule reference and the format reference) and the rule reference as
# `orgstar rules -f markdown` prints it, alone and with a ruleset's rules, with an independent tool, markdownlint-cli,
# using tests/report/markdownlint.json: every default rule, except
#   - MD013 (line length): off. A report carries long sentences (findings' messages, rule texts) and table rows;
#     wrapping them would break tables and make the goldens churn whenever a message changes;
#   - MD024 (no duplicate headings): only among siblings. Every file and facet has the same section names
#     ("Executive summary", "High (2)") under different parents; the rule still catches two identical headings side by
#     side, which would make an ambiguous anchor.
# Nothing else is relaxed.
#
# Before the goldens, it checks itself: a deliberately broken document must be rejected, so the check cannot pass
# vacuously (a missing config, a linter that accepts everything). The goldens are checked as they are
# (tests/cli/examples_test.cpp keeps them equal to what orgstar prints); ORGSTAR_BIN prints the rule references.
#
# Needs node and tests/schema/node_modules (`npm ci` there, once). Runs offline.
#
# Output: one line per file, then `N passed, M failed`. Exit 0 when M is 0, 1 when a check failed, 2 on bad usage or a
# missing tool.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
validator_args "$@"
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
markdownlint=$repo_root/tests/schema/node_modules/.bin/markdownlint
config=$here/markdownlint.json

if [[ ! -x $markdownlint ]]; then
  echo "error: $markdownlint not found; run 'npm ci' in $repo_root/tests/schema first" >&2
  exit 2
fi
if [[ ! -f $config ]]; then
  echo "error: $config not found" >&2
  exit 2
fi



# Self-check: two sibling headings alike (MD024 even with siblings_only), a skipped heading level (MD001) and no
# final newline (MD047). If this passes, the linter or its config is not doing its job.
printf '# Report\n\n## Scores\n\n## Scores\n\n#### Too deep' > "$tmp/broken.md"
if "$markdownlint" --config "$config" "$tmp/broken.md" > "$tmp/broken.out" 2>&1; then
  echo "error: markdownlint accepted a broken document; the check would pass vacuously" >&2
  exit 2
fi
if ! grep -q 'MD024' "$tmp/broken.out"; then
  echo "error: markdownlint did not report MD024 on the broken document:" >&2
  cat "$tmp/broken.out" >&2
  exit 2
fi

# The rule reference as orgstar prints it, alone and after an organization's ruleset.
mkdir "$tmp/printed"
if ! (cd "$repo_root" && "$orgstar_bin" rules -f markdown > "$tmp/printed/rules.md" &&
  "$orgstar_bin" rules -f markdown --ruleset examples/policies/org-policies.yaml \
    > "$tmp/printed/rules-with-ruleset.md"); then
  echo "error: '$orgstar_bin rules -f markdown' failed" >&2
  exit 2
fi

shopt -s nullglob
goldens=("$repo_root"/examples/expected/*.md "$repo_root"/tests/report/expected/*.md)
docs=("$repo_root"/docs/*.md)
if [[ ${#goldens[@]} -eq 0 || ${#docs[@]} -eq 0 ]]; then
  echo "error: no Markdown goldens under $repo_root/examples/expected or $repo_root/tests/report/expected," \
    "or no documentation under $repo_root/docs" >&2
  exit 2
fi
for golden in "${goldens[@]}" "${docs[@]}" "$tmp"/printed/*.md; do
  rel=${golden#"$repo_root"/}
  rel=${rel#"$tmp"/}
  if out=$("$markdownlint" --config "$config" "$golden" 2>&1); then
    printf 'ok   %s\n' "$rel"
    passed=$((passed + 1))
  else
    printf 'FAIL %s: %s\n' "$rel" "$(oneline <<< "${out//"$golden"/}")"
    failed=$((failed + 1))
  fi
done

finish
