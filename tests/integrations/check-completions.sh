#!/usr/bin/env bash
# check-completions.sh ORGSTAR_BIN COMPLETIONS_DIR
#
# The shell completions that the build generated (COMPLETIONS_DIR: orgstar.bash, _orgstar, orgstar.fish) against the
# commands and options that `orgstar --help` lists:
#   - every subcommand and every option spelling of every subcommand appears in each script;
#   - bash: the script is loaded into a real bash and asked to complete typical command lines (COMPREPLY checked);
#   - fish: the same through `complete -C`;
#   - zsh: the script parses (`zsh -n`) and defines the _orgstar function when loaded;
#   - `orgstar completion SHELL` prints exactly the generated file.
# Needs bash, fish and zsh (.ci/setup test). Output: one line per check, then `N passed, M failed`; exit 1 on a failure.
set -euo pipefail
# shellcheck source=tests/integrations/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
usage_unless "ORGSTAR_BIN COMPLETIONS_DIR" "$@"
orgstar=$1
dir=$(cd "$2" && pwd)
for tool in fish zsh; do
  command -v "$tool" >/dev/null || { echo "error: $tool not found (.ci/setup test installs it)" >&2; exit 2; }
done

declare -A script=([bash]=$dir/orgstar.bash [zsh]=$dir/_orgstar [fish]=$dir/orgstar.fish)
for shell in bash zsh fish; do
  if cmp -s <("$orgstar" completion "$shell") "${script[$shell]}"; then
    pass "$shell: the installed script is what 'orgstar completion $shell' prints"
  else
    fail "$shell: ${script[$shell]} differs from 'orgstar completion $shell'"
  fi
done

# Everything --help lists is offered.
mapfile -t commands < <(help_commands "$orgstar")
((${#commands[@]} >= 7)) && pass "--help lists ${#commands[@]} subcommands" || fail "--help lists only: ${commands[*]}"
for shell in bash zsh fish; do
  missing=()
  for command in "${commands[@]}" ""; do
    [[ -z $command ]] || grep -qw -- "$command" "${script[$shell]}" || missing+=("$command")
    while read -r option; do
      # fish names options without their dashes (-s f -l format)
      case $shell in
        fish) pattern=$([[ $option == --* ]] && echo "-l ${option#--}( |$)" || echo "-s ${option#-}( |$)") ;;
        *) pattern="(^|[ '|*])${option}([ '|)[]|$)" ;;
      esac
      grep -qE -- "$pattern" "${script[$shell]}" || missing+=("${command:-orgstar} $option")
    done < <(help_options "$orgstar" "$command")
  done
  if ((${#missing[@]} == 0)); then pass "$shell: every subcommand and option"; else fail "$shell: missing ${missing[*]}"; fi
done

# bash: complete as a user would, after loading the script.
bash_complete() {
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _orgstar
           printf "%s\n" "${COMPREPLY[@]}"' _ "${script[bash]}" "$@" | sort | tr '\n' ' ' | sed 's/ $//'
}
expect "bash: orgstar as<TAB>" "$(bash_complete orgstar as)" "assess"
expect "bash: orgstar <TAB>" "$(bash_complete orgstar '')" "assess completion explain init rules schema test validate"
expect "bash: orgstar assess --fail<TAB>" "$(bash_complete orgstar assess --fail)" "--fail-on"
expect "bash: orgstar assess --fail-on <TAB>" "$(bash_complete orgstar assess --fail-on '')" \
  "critical high info low medium"
expect "bash: orgstar assess -f s<TAB>" "$(bash_complete orgstar assess -f s)" "sarif"
expect "bash: orgstar schema <TAB>" "$(bash_complete orgstar schema '')" "config org report ruleset"
expect "bash: orgstar explain PROC-00<TAB>" "$(bash_complete orgstar explain PROC-00 | wc -w)" "9"
expect "bash: orgstar completion f<TAB>" "$(bash_complete orgstar completion f)" "fish"
expect "bash: orgstar init --archetype <TAB>" "$(bash_complete orgstar init --archetype '')" \
  "centralized decentralized hybrid minimal"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
touch "$scratch/acme org.yaml" "$scratch/acme-policies.yaml"
expect "bash: orgstar assess acme<TAB> (file names, spaces kept)" \
  "$(cd "$scratch" && bash_complete orgstar assess acme | tr ' ' '_')" "acme_org.yaml_acme-policies.yaml"
expect "bash: orgstar assess --config acme-<TAB>" \
  "$(cd "$scratch" && bash_complete orgstar assess --config acme-)" "acme-policies.yaml"

# fish: `complete -C` prints candidate<TAB>description.
fish_complete() {
  fish --no-config -c "source '${script[fish]}'; complete -C '$1'" | cut -f1 | sort | tr '\n' ' ' | sed 's/ $//'
}
expect "fish: orgstar va" "$(fish_complete 'orgstar va')" "validate"
expect "fish: orgstar assess --fail-on " "$(fish_complete 'orgstar assess --fail-on ')" "critical high info low medium"
expect "fish: orgstar rules --form" "$(fish_complete 'orgstar rules --form')" "--format"
expect "fish: orgstar schema r" "$(fish_complete 'orgstar schema r')" "report ruleset"
expect "fish: orgstar validate acme-p" "$(cd "$scratch" && fish_complete 'orgstar validate acme-p')" \
  "acme-policies.yaml"

# zsh: no way to drive completion without a terminal; the script must parse and define the function.
if zsh -n "${script[zsh]}"; then pass "zsh: the script parses"; else fail "zsh: syntax error"; fi
expect "zsh: loading it defines _orgstar" \
  "$(zsh -f -c "compdef() { :; }; autoload -Uz compinit; source <(sed '\$d' '${script[zsh]}'); whence -w _orgstar")" \
  "_orgstar: function"
expect "zsh: first line is #compdef orgstar" "$(head -1 "${script[zsh]}")" "#compdef orgstar"

finish
