// The in-process tests render reports too: like the CLI tests (cli/process.hpp),
// they see no rule reference URL, whatever orgstar was built with, unless a test
// sets one (rules_reference_url() reads ORGSTAR_RULES_URL on every call).
#define CATCH_CONFIG_RUNNER
#include <cstdlib>

#include <catch2/catch.hpp>

int main(int argc, char* argv[]) {
  setenv("ORGSTAR_RULES_URL", "", 1);
  return Catch::Session().run(argc, argv);
}
