// The bibliography (include/orgstar/bibliography.hpp): every source a built-in
// rule cites names a work of it, and every cited part keeps its work.
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "orgstar/report/assessment_report.hpp"
#include "orgstar/report/bibliography.hpp"
#include "orgstar/rules/rule.hpp"

using orgstar::Rule;

namespace {

// "PROC-010: 'ch. 10'" for every source of `rules` that names no work.
std::vector<std::string> unresolved_sources(std::span<const Rule* const> rules) {
  std::vector<std::string> out;
  for (const Rule* rule : rules)
    for (const std::string_view source : rule->sources)
      if (orgstar::resolve_citation(source).work == nullptr)
        out.push_back(std::string(rule->id) + ": '" + std::string(source) + "'");
  return out;
}

}  // namespace

TEST_CASE("Every source of every built-in rule names a work of the bibliography", "[bibliography]") {
  CHECK(unresolved_sources(orgstar::builtin_rules()) == std::vector<std::string>{});
}

TEST_CASE("The source check names the rule and the source that names no work", "[bibliography]") {
  // The catalogue's "RML ch. 14 S2/S3; ch. 10" once split into two sources, the second without its book.
  Rule split{.id = "PROC-010", .sources = {"RML ch. 14 S2/S3", "ch. 10"}};
  Rule typo{.id = "PROC-002", .sources = {"MLTS Monitor 7", "RMLch. 1"}};
  const Rule* rules[] = {&split, &typo};
  CHECK(unresolved_sources(rules) == std::vector<std::string>{"PROC-010: 'ch. 10'", "PROC-002: 'RMLch. 1'"});
}

TEST_CASE("Every work of the bibliography is cited, and linked over https when it has a URL", "[bibliography]") {
  std::set<std::string_view> cited;
  for (const Rule* rule : orgstar::builtin_rules())
    for (const std::string_view source : rule->sources) cited.insert(orgstar::resolve_citation(source).work->key);
  for (const orgstar::Work& work : orgstar::bibliography()) {
    INFO(work.key);
    CHECK(cited.count(work.key) == 1);
    CHECK_FALSE(work.authors.empty());
    CHECK_FALSE(work.title.empty());
    CHECK_FALSE(work.short_title.empty());
    CHECK_FALSE(work.byline.empty());
    CHECK_FALSE(work.published.empty());
    CHECK((work.url.empty() || work.url.starts_with("https://")));
  }
}

TEST_CASE("A source resolves to the longest key that starts it, followed by a space or nothing", "[bibliography]") {
  using orgstar::resolve_citation;
  CHECK(resolve_citation("RML ch. 14 S2/S3; ch. 10").work->key == "RML");
  CHECK(resolve_citation("RML ch. 14 S2/S3; ch. 10").part == "ch. 14 S2/S3; ch. 10");
  CHECK(resolve_citation("Google MLOps L0→L1").work->key == "Google MLOps");
  CHECK(resolve_citation("Google MLOps L0→L1").part == "L0→L1");
  CHECK(resolve_citation("Google CAF Lead").work->key == "Google CAF");
  CHECK(resolve_citation("talk").work->key == "talk");
  CHECK(resolve_citation("talk").part.empty());
  CHECK(resolve_citation("talks").work == nullptr);
  CHECK(resolve_citation("Wiki page 7").work == nullptr);
  CHECK(resolve_citation("Wiki page 7").part == "Wiki page 7");
}

TEST_CASE("A source that cites two parts of one book stays one source, expanded with its book", "[bibliography]") {
  const Rule* rule = orgstar::find_rule("PROC-010");
  REQUIRE(rule != nullptr);
  CHECK(rule->sources == std::vector<std::string_view>{"RML ch. 14 S2/S3; ch. 10"});
  CHECK(orgstar::expanded_citation_text(rule->sources[0]) ==
        "RML ch. 14 S2/S3; ch. 10: Reliable Machine Learning (Chen et al., 2022), "
        "https://www.oreilly.com/library/view/reliable-machine-learning/9781098106218/");
  CHECK(orgstar::expanded_citation_markdown(rule->sources[0]) ==
        "RML ch. 14 S2/S3; ch. 10: "
        "[*Reliable Machine Learning*](https://www.oreilly.com/library/view/reliable-machine-learning/9781098106218/) "
        "(Chen et al., 2022)");
  const std::string explained = orgstar::render_rule_text(*rule, orgstar::TextStyle{});
  const std::string sources = explained.substr(explained.find("Sources\n"));
  CHECK(sources.substr(0, sources.find("\n\n")) ==
        "Sources\n"
        "  - RML ch. 14 S2/S3; ch. 10\n"
        "    Cathy Chen, Niall Richard Murphy, Kranti Parisa, D. Sculley, Todd Underwood. Reliable Machine Learning: "
        "Applying SRE Principles to ML in Production. O'Reilly Media, 2022. "
        "https://www.oreilly.com/library/view/reliable-machine-learning/9781098106218/");
  const std::string reference = orgstar::render_rules_markdown();
  const std::size_t section = reference.find("## PROC-010 `no-findings-writeups`");
  REQUIRE(section != std::string::npos);
  CHECK(reference.find("**Sources:**\n\n- [RML](#rml) ch. 14 S2/S3; ch. 10\n", section) <
        reference.find("\n## PROC-011", section));
}

TEST_CASE("A source a ruleset's rule cites is escaped in Markdown, and expanded when it names a work",
          "[bibliography]") {
  CHECK(orgstar::expanded_citation_markdown("Wiki *page* [7]") == "Wiki \\*page\\* \\[7\\]");
  CHECK(orgstar::expanded_citation_markdown("TT <b>") ==
        "TT \\<b\\>: [*Team Topologies*](https://teamtopologies.com/) (Skelton & Pais, 2019)");
  CHECK(orgstar::expanded_citation_text("Wiki page 7") == "Wiki page 7");
}
