# Shared by the integration checks: pass/fail counting and the command tree as `orgstar --help` prints it, read
# independently of the generators under test.

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
  "$1" --help | awk '/^Subcommands:/ { on = 1; next } on && /^$/ { exit } on { print $1 }'
}

# Every option spelling of a command (or of the program when COMMAND is empty), from its --help.
help_options() {
  local orgstar=$1 command=$2
  # shellcheck disable=SC2086 # an empty command must vanish
  "$orgstar" $command --help | grep -E '^  -' | sed -E 's/^  (-[^ ]+).*/\1/' | tr ',' '\n'
}
