#include <catch2/catch.hpp>

#include <map>
#include <string>

#include "cli/terminal_options.hpp"

namespace {

// use_color with this environment and terminal.
bool color(const std::string& mode, const std::map<std::string, std::string>& environment, bool is_terminal) {
  return orgstar::cli::use_color(
      mode,
      [&](const char* name) -> const char* {
        const auto found = environment.find(name);
        return found == environment.end() ? nullptr : found->second.c_str();
      },
      is_terminal);
}

}  // namespace

TEST_CASE("Colour: --color always and never decide whatever the environment says", "[color]") {
  CHECK(color("always", {{"NO_COLOR", "1"}, {"TERM", "dumb"}}, false));
  CHECK_FALSE(color("never", {{"FORCE_COLOR", "1"}}, true));
}

TEST_CASE(
    "Colour: --color auto colours a terminal unless NO_COLOR or TERM=dumb, and FORCE_COLOR and CLICOLOR_FORCE win",
    "[color]") {
  CHECK(color("auto", {}, true));
  CHECK_FALSE(color("auto", {}, false));
  CHECK_FALSE(color("auto", {{"NO_COLOR", "1"}}, true));
  CHECK(color("auto", {{"NO_COLOR", ""}}, true));  // set but empty means unset (no-color.org)
  CHECK_FALSE(color("auto", {{"TERM", "dumb"}}, true));
  CHECK(color("auto", {{"TERM", "xterm-256color"}}, true));
  CHECK(color("auto", {{"FORCE_COLOR", "1"}}, false));
  CHECK(color("auto", {{"FORCE_COLOR", "1"}, {"NO_COLOR", "1"}}, false));
  CHECK(color("auto", {{"CLICOLOR_FORCE", "1"}, {"TERM", "dumb"}}, false));
  CHECK_FALSE(color("auto", {{"FORCE_COLOR", "0"}}, false));
  CHECK_FALSE(color("auto", {{"FORCE_COLOR", ""}}, false));
}
