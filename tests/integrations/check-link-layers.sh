#!/bin/bash
# The layers of docs/architecture.md, held to at link level: no layer's library (liborgstar_<layer>.a) needs a
# symbol that only a layer above it defines. The include test (tests/unit/layers_test.cpp) reads the source; this
# reads what the compiler made of it, so a declaration written by hand instead of included cannot slip through.
# Inline functions and template instances are weak symbols, defined wherever they are used: only the strong
# definitions of higher layers count. It first shows, on two archives of its own, that it catches an upward call.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
usage_unless "BUILD_DIR SOURCE_DIR" "$@"
build=$1
source_dir=$2

mapfile -t layers < <(sed -nE 's/^\| *[0-9]+ *\| *`([a-z]+)` *\|.*/\1/p' "$source_dir/docs/architecture.md")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# strong_definitions ARCHIVE: the global symbols it defines in code or data.
strong_definitions() { nm -P -g --defined-only "$1" 2>/dev/null | awk '$2 ~ /^[TDBR]$/ {print $1}' | sort -u; }
undefined_symbols() {
  comm -23 <(nm -P -g --undefined-only "$1" 2>/dev/null | awk '$2 == "U" {print $1}' | sort -u) \
    <(nm -P -g --defined-only "$1" 2>/dev/null | awk '{print $1}' | sort -u)
}

# upward_calls ARCHIVE... (bottom first): one line "LOWER needs SYMBOL of HIGHER" per violation.
upward_calls() {
  local -a archives=("$@")
  local i j
  for ((i = 0; i < ${#archives[@]}; i++)); do
    strong_definitions "${archives[i]}" >"$work/defined.$i"
    undefined_symbols "${archives[i]}" >"$work/undefined.$i"
  done
  for ((i = 0; i < ${#archives[@]}; i++)); do
    for ((j = i + 1; j < ${#archives[@]}; j++)); do
      comm -12 "$work/undefined.$i" "$work/defined.$j" | c++filt |
        sed "s|^|$(basename "${archives[i]}") needs |; s|\$| of $(basename "${archives[j]}")|"
    done
  done
}

# The check must fail on what it is for: a lower archive calling into a higher one.
self_test() {
  mkdir -p "$work/self"
  printf 'int upper_layer_function() { return 1; }\n' >"$work/self/upper.cpp"
  printf 'int upper_layer_function();\nint lower_layer_function() { return upper_layer_function(); }\n' \
    >"$work/self/lower.cpp"
  c++ -c "$work/self/upper.cpp" -o "$work/self/upper.o"
  c++ -c "$work/self/lower.cpp" -o "$work/self/lower.o"
  ar rcs "$work/self/liblower.a" "$work/self/lower.o"
  ar rcs "$work/self/libupper.a" "$work/self/upper.o"
  expect "an upward call is caught" "$(upward_calls "$work/self/liblower.a" "$work/self/libupper.a")" \
    "liblower.a needs upper_layer_function() of libupper.a"
  expect "the same call downward is not" "$(upward_calls "$work/self/libupper.a" "$work/self/liblower.a")" ""
}

self_test
expect "docs/architecture.md lists the nine layers" "${#layers[@]}" 9
archives=()
for layer in "${layers[@]}"; do
  archive="$build/liborgstar_$layer.a"
  if [[ -f $archive ]]; then archives+=("$archive"); else fail "no library for the $layer layer: $archive"; fi
done
expect "no layer's library needs a symbol only a higher layer defines" "$(upward_calls "${archives[@]}")" ""
finish
