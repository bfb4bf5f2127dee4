#!/usr/bin/env bash
# action/install.sh: the install step of the orgstar GitHub Action (action.yml).
#
#   INPUT_DEB set   installs that orgstar .deb package (a path, relative to $GITHUB_WORKSPACE or absolute) with
#                   apt-get, which brings in the libraries it depends on;
#   otherwise       builds orgstar from the action's own checkout ($GITHUB_ACTION_PATH; by default the repository
#                   this script is in): `.ci/setup build` installs the compiler, CMake and the libraries with apt-get,
#                   then a Release build is installed with `cmake --install` into $RUNNER_TEMP/orgstar. It takes a few
#                   minutes. orgstar needs CMake 3.25 or later from apt: Ubuntu 24.04 has 3.28, Ubuntu 22.04 only
#                   3.22, so run the job on ubuntu-24.04.
# Then it writes `orgstar=PATH` (the binary) to $GITHUB_OUTPUT and adds its folder to $GITHUB_PATH, so that later
# steps of the job can run `orgstar` too. apt-get runs through sudo unless the script already runs as root.
set -euo pipefail

source_dir=${GITHUB_ACTION_PATH:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
runner_temp=${RUNNER_TEMP:-${TMPDIR:-/tmp}}
sudo=()
((EUID == 0)) || sudo=(sudo)

if [[ -n ${INPUT_DEB:-} ]]; then
  deb=$INPUT_DEB
  [[ $deb == /* ]] || deb=${GITHUB_WORKSPACE:-$PWD}/$deb
  if [[ ! -f $deb ]]; then
    echo "::error title=orgstar::the 'deb' input names no file: $INPUT_DEB"
    exit 2
  fi
  echo "Installing $deb"
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb"
  package=$(dpkg-deb --field "$deb" Package)
  orgstar=$(dpkg -L "$package" | grep -m1 '/bin/orgstar$' || true)
  if [[ -z $orgstar ]]; then
    echo "::error title=orgstar::the package $package ($INPUT_DEB) installs no bin/orgstar"
    exit 2
  fi
else
  echo "Building orgstar from $source_dir"
  "${sudo[@]}" bash "$source_dir/.ci/setup" build
  build=$runner_temp/orgstar-build
  prefix=$runner_temp/orgstar
  cmake -S "$source_dir" -B "$build" -DCMAKE_BUILD_TYPE=Release > /dev/null
  cmake --build "$build" -j "$(nproc)"
  cmake --install "$build" --prefix "$prefix" > /dev/null
  orgstar=$prefix/bin/orgstar
fi

"$orgstar" --version
if [[ -n ${GITHUB_OUTPUT:-} ]]; then echo "orgstar=$orgstar" >> "$GITHUB_OUTPUT"; fi
if [[ -n ${GITHUB_PATH:-} ]]; then dirname "$orgstar" >> "$GITHUB_PATH"; fi
