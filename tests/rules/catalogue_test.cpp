// The catalogue as a whole: every registered rule is documented, sampled and
// tested (the ESLint convention), each rule's tests in the file that mirrors its
// source file, and the registry is in order.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "orgstar/rules/rule.hpp"
#include "orgstar/rules/thresholds.hpp"
#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

const std::filesystem::path source_root = std::filesystem::path(ORGSTAR_SOURCE_DIR);
const std::filesystem::path samples_root = source_root / "examples" / "rules";

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

Lines read_lines(const std::filesystem::path& path) {
  Lines lines;
  std::istringstream in(read_file(path));
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) lines.push_back(line);
  return lines;
}

bool has_tagged_test(std::string_view id) {
  const std::string tag = Catch::toLower(std::string(id));
  for (const Catch::TestCase& test : Catch::getRegistryHub().getTestCaseRegistry().getAllTests())
    for (const std::string& test_tag : test.tags)
      if (Catch::toLower(test_tag) == tag) return true;
  return false;
}

// How the source file of built-in rule `id` starts: the id lowercased, with '-' as '_', then '_' (PROC-001: proc_001_).
std::string source_prefix(std::string_view id) {
  std::string prefix = Catch::toLower(std::string(id)) + "_";
  std::replace(prefix.begin(), prefix.end(), '-', '_');
  return prefix;
}

// The source files of built-in rule `id`: those in src/rules/*/ whose name starts with source_prefix(id)
// (PROC-001: src/rules/processes/proc_001_no_user_feedback_path.cpp). One, unless something is amiss.
std::vector<std::filesystem::path> rule_sources(std::string_view id) {
  const std::string prefix = source_prefix(id);
  std::vector<std::filesystem::path> sources;
  for (const auto& family : std::filesystem::directory_iterator(source_root / "src" / "rules")) {
    if (!family.is_directory()) continue;
    for (const auto& file : std::filesystem::directory_iterator(family.path()))
      if (file.is_regular_file() && file.path().extension() == ".cpp" &&
          file.path().filename().string().starts_with(prefix))
        sources.push_back(file.path());
  }
  std::sort(sources.begin(), sources.end());
  return sources;
}

// Where the boundary tests of the rule defined in `source` belong, relative to the source tree:
// tests/rules/<family folder>/<source stem>_test.cpp.
std::string test_file_of(const std::filesystem::path& source) {
  return (std::filesystem::path("tests") / "rules" / source.parent_path().filename() /
          (source.stem().string() + "_test.cpp"))
      .generic_string();
}

std::string_view family_prefix(Family family) {
  switch (family) {
    case Family::strategy: return "STRAT";
    case Family::structure: return "STRUCT";
    case Family::processes: return "PROC";
    case Family::rewards: return "REW";
    case Family::people: return "PPL";
    case Family::alignment: return "ALIGN";
    case Family::integrity: return "LINT";
    case Family::policy: return "";  // no built-in rule is a ruleset's
  }
  return "";
}

// The rules as their files under src/rules/<family>/ name them: lint_001_dangling_reference.cpp is
// "LINT-001 dangling-reference".
std::set<std::string> rule_files() {
  std::set<std::string> rules;
  const std::filesystem::path rules_root = std::filesystem::path(ORGSTAR_SOURCE_DIR) / "src" / "rules";
  for (const auto& family : std::filesystem::directory_iterator(rules_root)) {
    if (!family.is_directory()) continue;
    for (const auto& file : std::filesystem::directory_iterator(family.path())) {
      std::string stem = file.path().stem().string();
      const auto prefix_end = stem.find('_');
      if (file.path().extension() != ".cpp" || prefix_end == std::string::npos) continue;
      std::replace(stem.begin(), stem.end(), '_', '-');
      std::string id = stem.substr(0, prefix_end + 4);
      for (char& c : id) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      rules.insert(id + " " + stem.substr(std::min(stem.size(), prefix_end + 5)));
    }
  }
  return rules;
}

}  // namespace

TEST_CASE("The registry holds one rule per file under src/rules/<family>/, sorted by family and number",
          "[catalogue]") {
  const auto rules = builtin_rules();
  std::set<std::string> registered;
  for (const Rule* rule : rules) registered.insert(std::string(rule->id) + " " + std::string(rule->name));
  CHECK(registered == rule_files());
  std::set<std::string_view> ids, names;
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const Rule& rule = *rules[i];
    INFO(rule.id);
    CHECK(ids.insert(rule.id).second);
    CHECK(names.insert(rule.name).second);
    CHECK(rule.id.substr(0, rule.id.find('-')) == family_prefix(rule.family));
    CHECK(rule.id.size() == rule.id.find('-') + 4);
    if (i > 0) {
      const Rule& previous = *rules[i - 1];
      const bool ordered = previous.family < rule.family || (previous.family == rule.family && previous.id < rule.id);
      CHECK(ordered);
    }
    CHECK(find_rule(rule.id) == &rule);
    CHECK(find_rule(rule.name) == &rule);
    const int checks = (rule.check ? 1 : 0) + (rule.check_waivers ? 1 : 0);
    CHECK(checks == (rule.schema_tier ? 0 : 1));
    CHECK_FALSE(rule.facets.empty());
  }
}

TEST_CASE("Every rule documents itself", "[catalogue]") {
  for (const Rule* rule : builtin_rules()) {
    INFO(rule->id);
    CHECK_FALSE(rule->title.empty());
    CHECK_FALSE(rule->summary.empty());
    CHECK_FALSE(rule->why.empty());
    CHECK_FALSE(rule->recommendation.empty());
    CHECK_FALSE(rule->sources.empty());
    for (const std::string_view related : rule->related) CHECK(find_rule(related) != nullptr);
    for (const Threshold* threshold : rule->thresholds) CHECK(find_threshold(threshold->key) == threshold);
  }
}

TEST_CASE("Every threshold is read by some rule", "[catalogue]") {
  for (const Threshold* threshold : all_thresholds()) {
    INFO(threshold->key);
    const bool used = std::any_of(builtin_rules().begin(), builtin_rules().end(), [&](const Rule* rule) {
      return std::find(rule->thresholds.begin(), rule->thresholds.end(), threshold) != rule->thresholds.end();
    });
    CHECK(used);
    CHECK(threshold->minimum <= threshold->default_value);
    CHECK(threshold->default_value <= threshold->maximum);
  }
}

TEST_CASE("Every rule that produces findings has boundary tests tagged with its id", "[catalogue]") {
  for (const Rule* rule : builtin_rules()) {
    if (rule->schema_tier) continue;
    INFO(rule->id);
    CHECK(has_tagged_test(rule->id));
  }
}

TEST_CASE("Every rule that produces findings has its own test file, named after its source file", "[catalogue]") {
  for (const Rule* rule : builtin_rules()) {
    if (rule->schema_tier) continue;
    const std::vector<std::filesystem::path> sources = rule_sources(rule->id);
    if (sources.size() != 1) {
      FAIL_CHECK(rule->id << ": expected exactly one source file src/rules/*/" << source_prefix(rule->id)
                          << "*.cpp, found " << sources.size());
      continue;
    }
    const std::string expected = test_file_of(sources.front());
    INFO(rule->id << " has no test file " << expected << " (its source file is src/rules/"
                  << sources.front().parent_path().filename().generic_string() << "/"
                  << sources.front().filename().generic_string() << ")");
    CHECK(std::filesystem::is_regular_file(source_root / expected));
  }
}

TEST_CASE("Every test file in a family folder of tests/rules belongs to a built-in rule", "[catalogue]") {
  std::set<std::string> expected;
  for (const Rule* rule : builtin_rules())
    for (const std::filesystem::path& source : rule_sources(rule->id)) expected.insert(test_file_of(source));
  const std::filesystem::path tests_root = source_root / "tests" / "rules";
  REQUIRE(std::filesystem::is_directory(tests_root));
  std::size_t files = 0;
  for (const auto& family : std::filesystem::directory_iterator(tests_root)) {
    if (!family.is_directory()) continue;
    for (const auto& file : std::filesystem::directory_iterator(family.path())) {
      if (!file.is_regular_file() || !file.path().filename().string().ends_with("_test.cpp")) continue;
      ++files;
      const std::string path = std::filesystem::relative(file.path(), source_root).generic_string();
      INFO(path << " is an orphan: it is no built-in rule's test file, which is tests/rules/<family>/<stem of the "
                   "rule's source file src/rules/<family>/<id>_<name>.cpp>_test.cpp");
      CHECK(expected.count(path) == 1);
    }
  }
  CHECK(files > 0);
}

TEST_CASE("Every rule's bad.yaml fires exactly its expected findings and its good.yaml none", "[catalogue]") {
  for (const Rule* rule : builtin_rules()) {
    if (rule->schema_tier) continue;
    const std::filesystem::path dir = samples_root / std::string(rule->id);
    INFO(dir.string());
    REQUIRE(std::filesystem::exists(dir / "bad.yaml"));
    REQUIRE(std::filesystem::exists(dir / "good.yaml"));
    REQUIRE(std::filesystem::exists(dir / "expected.txt"));
    const Lines expected = read_lines(dir / "expected.txt");
    CHECK_FALSE(expected.empty());
    CHECK(fired_in_full(rule->id, read_file(dir / "bad.yaml")) == expected);
    CHECK(fired(rule->id, read_file(dir / "good.yaml")).empty());
  }
}

}  // namespace orgstar::test
