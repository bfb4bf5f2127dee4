#!/usr/bin/env bash
# usage: run-fuzzer.sh FUZZER CORPUS DICT MAX_LEN RUNS
#
# What the test suite asks of a libFuzzer target (tests/fuzz/README.md): every input of its committed corpus runs
# without a sanitizer report, then a fixed-seed run of RUNS inputs mutated from that corpus with DICT. New inputs
# and crash artifacts go to a scratch folder: the committed corpus is only read. A failure prints libFuzzer's report
# and the crashing input's path.
set -euo pipefail
fuzzer=$1 corpus=$2 dict=$3 max_len=$4 runs=$5
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir "$scratch/new" "$scratch/artifacts"

# libFuzzer's own limits stay below what a report would call a crash for a valid input: an input is at most
# MAX_LEN bytes, and the loaders' limits (fuzz_support.cpp) keep memory well under 2 GB.
options=(-max_len="$max_len" -rss_limit_mb=2048 -timeout=60 -print_final_stats=1
  -artifact_prefix="$scratch/artifacts/")
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

status=0
# -runs=0 over the corpus runs each input once (the regressions are in it) and stops.
"$fuzzer" "${options[@]}" -runs=0 "$corpus" >"$scratch/corpus.log" 2>&1 || status=$?
if ((status != 0)); then
  cat "$scratch/corpus.log"
  echo "error: $(basename "$fuzzer") fails on its corpus ($corpus)" >&2
  ls "$scratch/artifacts" >&2
  exit 1
fi
# RUNS makes the run the same on every machine fast enough to finish it in 45 seconds; a slower or busier one stops
# there, at a point that depends on its speed (the log says how far it got).
"$fuzzer" "${options[@]}" -seed=1 -runs="$runs" -max_total_time=45 -dict="$dict" "$scratch/new" "$corpus" \
  >"$scratch/run.log" 2>&1 || status=$?
if ((status != 0)); then
  cat "$scratch/run.log"
  for artifact in "$scratch"/artifacts/*; do
    [[ -e $artifact ]] || continue
    echo "crashing input (base64): $(base64 -w0 "$artifact")" >&2
  done
  echo "error: $(basename "$fuzzer") -seed=1 -runs=$runs found a failure" >&2
  exit 1
fi
# The figures for the log: executions, coverage, time.
grep -E '^(Done|stat::)|#[0-9]+.*DONE' "$scratch/run.log" || true
