#!/usr/bin/env bash
# check-html.sh ORGSTAR_BIN REPO_ROOT
#
# Checks the HTML reports (`orgstar assess -f html`) with independent tools, not with orgstar's own code:
#   - tidy (HTML Tidy 5, an HTML5 parser) over every golden, REPO_ROOT/examples/expected/*.html and
#     REPO_ROOT/tests/report/expected/*.html, and over a fresh report of several files, one of them invalid (no golden
#     covers that page): no error and no warning;
#   - xmllint over every <svg>…</svg> of those pages, each as a standalone XML document: well-formed (tidy does not
#     look inside SVG, and an unescaped label would break it), and every chart (role="img") names itself with a
#     <title>;
#   - self-contained: no element or attribute that fetches or runs anything (script, link, img, iframe, object,
#     embed, src=, @import, url(), on…= handlers).
# `xmllint --html` is not used: libxml2's HTML parser predates HTML5 and rejects <main>, <section> and inline <svg>.
# Before anything, a negative self-check: a broken page, a broken SVG and a page that fetches a script must each be
# rejected, so this script cannot pass by checking nothing.
#
# Output: one line per check, then `N passed, M failed`. Exit 0 when M is 0, 1 when a check failed, 2 on bad usage or
# a missing tool.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
validator_args "$@"

for tool in tidy xmllint perl; do
  if ! command -v "$tool" > /dev/null; then
    echo "error: $tool not found (Debian: apt-get install tidy libxml2-utils perl)" >&2
    exit 2
  fi
done
if [[ ! -d $repo_root/examples/expected ]]; then
  echo "error: $repo_root/examples/expected is not a directory" >&2
  exit 2
fi



# tidy_verdict HTML: sets `detail` to tidy's errors and warnings (one line); returns 0 when there are none. tidy exits
# 1 on warnings and 2 on errors; both fail here (no warning is accepted).
tidy_verdict() {
  local out
  if out=$(tidy -q -e "$1" 2>&1) && [[ -z $out ]]; then
    detail=
    return 0
  fi
  detail=$(oneline <<< "$out")
  return 1
}

# svg_verdict HTML: writes each <svg>…</svg> of the page to its own file and checks it with xmllint; sets `detail`
# (the first problem) and `svg_count`; returns 0 when every SVG is well-formed and every chart has a <title>.
svg_verdict() {
  local html=$1 dir out svg
  dir=$tmp/svg-$((passed + failed))
  mkdir -p "$dir"
  # Non-greedy across lines: SVGs do not nest in these pages.
  SVG_DIR=$dir perl -0777 -ne '
    my $n = 0;
    while (/(<svg\b.*?<\/svg>)/gs) {
      open(my $f, ">", sprintf("%s/%03d.svg", $ENV{SVG_DIR}, ++$n)) or die "$!\n";
      print $f $1;
      close $f;
    }' "$html"
  svg_count=$(find "$dir" -name '*.svg' | wc -l)
  detail=
  for svg in "$dir"/*.svg; do
    [[ -e $svg ]] || break
    if ! out=$(xmllint --noout "$svg" 2>&1); then
      detail="SVG #$(basename "$svg" .svg) is not well-formed XML: $(oneline <<< "$out")"
      return 1
    fi
    if grep -q 'role="img"' "$svg" && ! xmllint --xpath 'boolean(/*[local-name()="svg"]/*[1][local-name()="title"])' "$svg" 2>/dev/null | grep -qx true; then
      detail="SVG #$(basename "$svg" .svg) is a chart (role=\"img\") whose first child is not <title>"
      return 1
    fi
  done
  return 0
}

# fetch_verdict HTML: returns 0 when nothing in the page fetches or runs anything; `detail` names the first offender.
# Escaped markup (`&lt;img src=x&gt;`, a hostile name shown as text) is text, not an attribute: it is left out.
fetch_verdict() {
  local found
  if found=$(sed -E 's/&lt;[^&]*&gt;//g' "$1" | grep -n -o -i -E '<(script|link|img|iframe|object|embed|base)\b|[[:space:]](src|srcset|on[a-z]+)=|@import|url\(' | head -1) && [[ -n $found ]]; then
    detail="fetches or runs something: $found"
    return 1
  fi
  detail=
  return 0
}

# check HTML [NAME]: the three checks of one page, named NAME or by its path from REPO_ROOT.
check() {
  local html=$1 rel=${2:-${1#"$repo_root"/}}
  if tidy_verdict "$html"; then ok tidy "$rel"; else fail tidy "$rel" "$detail"; fi
  if svg_verdict "$html"; then
    if [[ $svg_count -eq 0 ]]; then
      fail svg "$rel" "no <svg> found: the charts are missing"
    else
      ok svg "$rel ($svg_count SVG)"
    fi
  else
    fail svg "$rel" "$detail"
  fi
  if fetch_verdict "$html"; then ok inline "$rel"; else fail inline "$rel" "$detail"; fi
}

# The negative self-check: each broken document must be rejected by the check named, else the checks are vacuous.
good_head='<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>t</title></head><body><main>'
good_svg='<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" role="img" aria-label="c"><title>c</title><text x="1" y="1">a &amp; b</text></svg>'
printf '%s<p>%s</p></main></body></html>\n' "$good_head" "$good_svg" > "$tmp/good.html"
printf '%s<p>a<div>b</p></span></main></body></html>\n' "$good_head" > "$tmp/broken-tags.html"
printf '%s<p>%s</p></main></body></html>\n' "$good_head" \
  '<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="c"><title>c</title><g><text>a & b</text></svg>' \
  > "$tmp/broken-svg.html"
printf '%s<p>%s</p></main></body></html>\n' "$good_head" \
  '<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="c"><text>no title</text></svg>' \
  > "$tmp/untitled-chart.html"
printf '%s<p>%s<img src="https://evil.example/x.png" alt="x"></p></main></body></html>\n' "$good_head" "$good_svg" \
  > "$tmp/fetches.html"
self_check() {
  local name=$1 verdict=$2 want=$3
  if "$verdict" "$tmp/$name.html"; then got=accepted; else got=rejected; fi
  if [[ $got == "$want" ]]; then
    ok self "$name.html $want by ${verdict%_verdict}"
  else
    fail self "$name.html" "${verdict%_verdict} ${got} it; the check cannot be trusted"
  fi
}
self_check good tidy_verdict accepted
self_check good svg_verdict accepted
self_check good fetch_verdict accepted
self_check broken-tags tidy_verdict rejected
self_check broken-svg svg_verdict rejected
self_check untitled-chart svg_verdict rejected
self_check fetches fetch_verdict rejected

# The goldens.
shopt -s nullglob
goldens=("$repo_root"/examples/expected/*.html "$repo_root"/tests/report/expected/*.html)
if [[ ${#goldens[@]} -eq 0 ]]; then
  fail golden "$repo_root" "no .html golden found"
fi
for html in "${goldens[@]}"; do
  check "$html"
done

# A page no golden shows: several files, one of them invalid. Exit 2 is expected (an invalid input).
status=0
(cd "$repo_root" && "$orgstar_bin" assess -f html examples/yarnit-poc.yaml examples/invalid/unknown-key.yaml) \
  > "$tmp/several-files.html" 2> "$tmp/several-files.err" || status=$?
if [[ $status -ne 2 ]]; then
  fail run several-files.html "orgstar exited $status, not 2: $(oneline < "$tmp/several-files.err")"
else
  check "$tmp/several-files.html" "several-files.html (yarnit-poc.yaml and invalid/unknown-key.yaml)"
fi

finish
