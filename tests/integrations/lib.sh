# Shared by the integration checks: pass/fail counting and the command tree as `orgstar --help` prints it, read
# independently of the generators under test.

# usage_unless "ARG1 ARG2" "$@": exits 2 with a usage line unless the script got as many arguments as it names.
usage_unless() {
  local names=$1
  shift
  local -a expected
  read -ra expected <<<"$names"
  if [[ $# -ne ${#expected[@]} ]]; then
    echo "usage: $0 $names" >&2
    exit 2
  fi
}

passed=0
failed=0
pass() {
  passed=$((passed + 1))
  echo "ok   $*"
}
fail() {
  failed=$((failed + 1))
  echo "FAIL $*"
}
# expect DESCRIPTION ACTUAL EXPECTED
expect() {
  if [[ $2 == "$3" ]]; then pass "$1"; else fail "$1: got '$2', expected '$3'"; fi
}
finish() {
  echo "$passed passed, $failed failed"
  ((failed == 0))
}

# The subcommands, from the "Subcommands:" section of `orgstar --help`.
help_commands() {
  "$1" --help | awk '/^Subcommands:/ { on = 1; next } on && /^$/ { on = 0 } on { print $1 }'
}

# Every option spelling of a command (or of the program when COMMAND is empty), from its --help.
help_options() {
  local orgstar=$1 command=$2
  # shellcheck disable=SC2086 # an empty command must vanish
  "$orgstar" $command --help | grep -E '^  -' | sed -E 's/^  (-[^ ]+).*/\1/' | tr ',' '\n'
}
