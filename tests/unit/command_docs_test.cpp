// The man page and completion generators, on command trees built for the test: text that roff or a shell would
// read as code stays text.
#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>
#include <vector>

#include "cli/command_docs.hpp"

namespace {

using orgstar::cli::describe_commands;

struct TestTree {
  CLI::App app{"tool: does things", "orgstar"};
  std::string value;
  bool flag = false;
  TestTree(const std::string& description, const std::string& choice) {
    CLI::App* command = app.add_subcommand("run", description);
    command->add_option("--mode", value, "How to run")->check(CLI::IsMember(std::vector<std::string>{"fast", choice}));
    command->add_flag("--dry", flag, ".starts with a dot, has a \\backslash");
    command->footer("Example:\n  orgstar run --mode fast\n'quoted' line");
  }
};

}  // namespace

TEST_CASE("A man page keeps roff requests and escapes in its text as text", "[man]") {
  TestTree tree("Run \\fBbold\\fR", "slow");
  const auto pages = orgstar::cli::man_pages(describe_commands(tree.app), "2026-01-02");
  REQUIRE(pages.size() == 2);
  CHECK(pages[0].file_name == "orgstar.1");
  CHECK(pages[1].file_name == "orgstar-run.1");
  const std::string& page = pages[1].text;
  CHECK(page.starts_with(".TH ORGSTAR\\-RUN 1 2026-01-02 \"orgstar "));
  CHECK(page.find(".SH NAME\norgstar\\-run \\- run \\efBbold\\efR\n") != std::string::npos);
  CHECK(page.find(".TP\n\\fB\\-\\-mode\\fR \\fIfast|slow\\fR\nHow to run.\n") != std::string::npos);
  // A description line that starts with '.' would be a request; '\' an escape.
  CHECK(page.find("\\&.starts with a dot, has a \\ebackslash.\n") != std::string::npos);
  CHECK(page.find(".SH NOTES\nExample:\n.RS 2\n.nf\norgstar run \\-\\-mode fast\n") == std::string::npos);
  CHECK(page.find(".SH NOTES\nExample:\n.RS 2\n.nf\norgstar run --mode fast\n.fi\n.RE\n\\&'quoted' line\n") !=
        std::string::npos);
  CHECK(page.find(".SH SEE ALSO\n.BR orgstar (1)\n") != std::string::npos);
}

TEST_CASE("Completion scripts list each option and fixed value once per spelling", "[completion]") {
  TestTree tree("Run it", "slow");
  const auto program = describe_commands(tree.app);
  const std::string bash = orgstar::cli::bash_completion(program);
  CHECK(bash.find("        --mode) _orgstar_words 'fast slow'; return ;;\n") != std::string::npos);
  CHECK(bash.find("      options='-h --help --mode --dry'\n") != std::string::npos);
  CHECK(bash.ends_with("complete -F _orgstar orgstar\n"));
  const std::string fish = orgstar::cli::fish_completion(program);
  CHECK(fish.find(
            "complete -c orgstar -n '__fish_seen_subcommand_from run' -l mode -x -a 'fast slow' -d 'How to run'\n") !=
        std::string::npos);
  CHECK(fish.find("-l dry -d '.starts with a dot, has a \\\\backslash'\n") != std::string::npos);
  const std::string zsh = orgstar::cli::zsh_completion(program);
  CHECK(zsh.find("'--mode[How to run]:mode:(fast slow)' \\\n") == std::string::npos);
  CHECK(zsh.find("'--mode[How to run]:fast|slow:(fast slow)' \\\n") != std::string::npos);
}

TEST_CASE("A value a shell would run is refused, not written into a completion script", "[completion]") {
  TestTree tree("Run it", "$(touch pwned)");
  const auto program = describe_commands(tree.app);
  CHECK_THROWS_AS(orgstar::cli::bash_completion(program), std::logic_error);
  CHECK_THROWS_AS(orgstar::cli::fish_completion(program), std::logic_error);
  CHECK_THROWS_AS(orgstar::cli::zsh_completion(program), std::logic_error);
}
