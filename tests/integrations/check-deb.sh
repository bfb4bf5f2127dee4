#!/usr/bin/env bash
# check-deb.sh BUILD_DIR SOURCE_DIR
#
# The .deb that `cpack -G DEB` builds from BUILD_DIR:
#   - its Depends were computed from the binary by dpkg-shlibdeps (the shared libraries orgstar links are named);
#   - it holds the binary, the man pages, the completions, the schemas and the docs under /usr;
#   - unpacked into a temporary root, its binary runs an assessment of its own example.
# (`apt install ./orgstar_*.deb` on a fresh Debian 12 is checked with ../shared/tools/fresh-machine-check.sh; see
# CONTRIBUTING.md.) Needs dpkg-dev and file (.ci/setup test). Output: one line per check, `N passed, M failed`.
set -euo pipefail
# shellcheck source=tests/integrations/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
usage_unless "BUILD_DIR SOURCE_DIR" "$@"
build=$(cd "$1" && pwd)
command -v dpkg-shlibdeps >/dev/null || { echo "error: dpkg-shlibdeps not found (install dpkg-dev)" >&2; exit 2; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

if (cd "$scratch" && cpack -G DEB -B "$scratch/out" --config "$build/CPackConfig.cmake") >"$scratch/cpack.log" 2>&1; then
  pass "cpack -G DEB"
else
  fail "cpack -G DEB: $(tail -5 "$scratch/cpack.log")"
  finish
fi
mapfile -t debs < <(find "$scratch/out" -maxdepth 1 -name 'orgstar_*.deb')
expect "one package, named orgstar_VERSION_ARCH.deb" "${#debs[@]}" 1
deb=${debs[0]}
expect "Package" "$(dpkg-deb -f "$deb" Package)" orgstar
expect "Architecture" "$(dpkg-deb -f "$deb" Architecture)" "$(dpkg --print-architecture)"
depends=$(dpkg-deb -f "$deb" Depends)
for library in libc6 libstdc++6 libgcc-s1 libyaml-cpp0.7 libfmt9 libre2-9 libcmark-gfm0.29.0.gfm.6; do
  [[ ", $depends," == *", $library ("* || ", $depends," == *", $library,"* ]] && pass "Depends names $library" || fail "Depends lacks $library: $depends"
done
[[ $depends != *-dev* ]] && pass "Depends names no -dev package" || fail "Depends names a -dev package: $depends"

contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for file in ./usr/bin/orgstar ./usr/share/man/man1/orgstar.1 ./usr/share/man/man1/orgstar-assess.1 \
  ./usr/share/bash-completion/completions/orgstar ./usr/share/zsh/vendor-completions/_orgstar \
  ./usr/share/fish/vendor_completions.d/orgstar.fish ./usr/share/orgstar/schemas/org.schema.json \
  ./usr/share/doc/orgstar/README.md ./usr/share/doc/orgstar/examples/yarnit-poc.yaml; do
  grep -qxF -- "$file" <<<"$contents" && pass "holds $file" || fail "lacks $file"
done

root=$scratch/root
dpkg-deb -x "$deb" "$root"
cd "$scratch"
status=0
"$root/usr/bin/orgstar" assess -f json "$root/usr/share/doc/orgstar/examples/yarnit-poc.yaml" >report.json || status=$?
expect "the packaged binary assesses its example (exit 1: findings at or above high)" "$status" 1
grep -q '"reportVersion"' report.json && pass "and writes a JSON report" || fail "no JSON report"

finish
