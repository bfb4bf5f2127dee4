// assess_files, the library call behind `orgstar assess`: which config and
// rulesets each file gets, what wins over what, and what a file that cannot be
// assessed gets instead, read from the returned data rather than from a report.
#include <catch2/catch.hpp>

#include "unit/mark_string_maker.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include "orgstar/run/assess_files.hpp"
#include "unit/temp_dir.hpp"

using namespace orgstar;
using orgstar::test::TempDir;

namespace {

// The team line holds "Équipe" (É is two bytes) before t-ml and its model:
// byte columns and character columns differ there by one.
const std::string org_text =
    "apiVersion: orgstar/v1\n"
    "kind: Organization\n"
    "metadata: {id: acme, name: Acme, assessed_on: 2026-03-01}\n"
    "structure:\n"
    "  teams: [{id: t-a, name: \"Équipe\", kind: product, owner: p-a}, {id: t-ml, kind: ml, models: [{id: m-rank, "
    "stage: production, monitoring: {quality: false}}]}]\n"
    "people:\n"
    "  roster:\n"
    "    - {id: p-a, team: t-a, role: product-manager, ml_literacy: aware}\n";

const std::string config_header = "apiVersion: orgstar/v1\nkind: Config\n";

// ACME-001 fires on t-ml, which names no owner; PROC-002 (high by default) is made critical.
const std::string ruleset_text =
    "apiVersion: orgstar/v1\n"
    "kind: Ruleset\n"
    "rules:\n"
    "  ACME-001:\n"
    "    name: team-has-owner\n"
    "    description: Every team names an owner.\n"
    "    facets: [structure]\n"
    "    severity: medium\n"
    "    message: \"team {{subject}} names no owner\"\n"
    "    given: \"$.structure.teams[*]\"\n"
    "    then: {field: owner, function: truthy}\n"
    "  PROC-002: {severity: critical}\n";

// A folder that is the root of a repository, so that no .orgstar.yaml above it applies.
struct Repository {
  TempDir dir{"orgstar-assess-files"};
  Repository() { dir.make_dir(".git"); }
  std::string write(const std::string& relative, const std::string& text) const {
    return dir.write(relative, text).string();
  }
  std::string path(const std::string& relative) const { return dir.path(relative).string(); }
};

AssessRequest request_for(std::vector<std::string> inputs) {
  AssessRequest request;
  request.inputs = std::move(inputs);
  request.today = Date{2026, 6, 1};
  return request;
}

const AssessedFile& only_file(const AssessResult& result) {
  REQUIRE(result.run.files.size() == 1);
  return result.run.files.front();
}

const Finding& finding_of(const AssessedFile& file, std::string_view rule_id) {
  REQUIRE(file.assessment);
  for (const Finding& finding : file.assessment->findings)
    if (finding.rule->id == rule_id) return finding;
  FAIL("no finding of " << rule_id << " in " << file.file);
  throw std::logic_error("unreachable");
}

bool has_finding(const AssessedFile& file, std::string_view rule_id) {
  for (const Finding& finding : file.assessment.value().findings)
    if (finding.rule->id == rule_id) return true;
  return false;
}

// Standard input read from a file while it exists.
class StdinFrom {
 public:
  explicit StdinFrom(const std::string& path) : saved_(::dup(STDIN_FILENO)) {
    const int file = ::open(path.c_str(), O_RDONLY);
    REQUIRE(file >= 0);
    ::dup2(file, STDIN_FILENO);
    ::close(file);
    std::clearerr(stdin);
  }
  ~StdinFrom() {
    ::dup2(saved_, STDIN_FILENO);
    ::close(saved_);
    std::clearerr(stdin);
  }
  StdinFrom(const StdinFrom&) = delete;
  StdinFrom& operator=(const StdinFrom&) = delete;

 private:
  int saved_;
};

}  // namespace

TEST_CASE("assess_files: without a config, fail_on is high and assume_missing gap", "[assess-files]") {
  const Repository repo;
  const std::string org = repo.write("org.yaml", org_text);
  const AssessResult result = assess_files(request_for({org}));
  const AssessedFile& file = only_file(result);
  CHECK(file.file == org);
  CHECK(file.config_file.empty());
  CHECK(file.diagnostics.empty());
  CHECK(file.fail_on == Severity::high);
  CHECK(file.organization_id == "acme");
  CHECK(file.organization_name == "Acme");
  CHECK(result.run.fail_on == Severity::high);
  CHECK(result.run.assume_missing == AssumeMissing::gap);
  CHECK(result.rulesets.valid());
  CHECK(result.policies.loads() == 0);
  // An absent executive sponsor is a gap: the finding is there.
  CHECK(has_finding(file, "STRAT-003"));
}

TEST_CASE("assess_files: the request wins over the config, the config over the defaults", "[assess-files]") {
  const Repository repo;
  const std::string org = repo.write("org.yaml", org_text);
  const std::string config = repo.write(".orgstar.yaml", config_header + "fail_on: medium\nassume_missing: unknown\n");

  SECTION("the discovered config's fail_on and assume_missing") {
    const AssessResult result = assess_files(request_for({org}));
    const AssessedFile& file = only_file(result);
    CHECK(file.config_file == config);
    CHECK(file.fail_on == Severity::medium);
    CHECK(result.run.fail_on == Severity::high);  // the run's: the request's or high
    CHECK(result.run.assume_missing == AssumeMissing::unknown);
    CHECK_FALSE(has_finding(file, "STRAT-003"));  // unknown, not a gap
  }
  SECTION("the request's fail_on and assume_missing") {
    AssessRequest request = request_for({org});
    request.fail_on = Severity::critical;
    request.assume_missing = AssumeMissing::gap;
    const AssessResult result = assess_files(request);
    const AssessedFile& file = only_file(result);
    CHECK(file.config_file == config);
    CHECK(file.fail_on == Severity::critical);
    CHECK(result.run.fail_on == Severity::critical);
    CHECK(result.run.assume_missing == AssumeMissing::gap);
    CHECK(has_finding(file, "STRAT-003"));
  }
  SECTION("a config given for every file, instead of the one found") {
    const std::string other = repo.write("other/config.yaml", config_header + "fail_on: low\n");
    AssessRequest request = request_for({org});
    request.config = other;
    const AssessResult result = assess_files(request);
    const AssessedFile& file = only_file(result);
    CHECK(file.config_file == other);
    CHECK(file.fail_on == Severity::low);
    CHECK(result.run.assume_missing == AssumeMissing::gap);
  }
  SECTION("no config at all") {
    AssessRequest request = request_for({org});
    request.no_config = true;
    const AssessResult result = assess_files(request);
    const AssessedFile& file = only_file(result);
    CHECK(file.config_file.empty());
    CHECK(file.fail_on == Severity::high);
    CHECK(result.run.assume_missing == AssumeMissing::gap);
  }
}

TEST_CASE("assess_files: files that share a list of rulesets share one load of it", "[assess-files]") {
  const Repository repo;
  repo.write("policies.yaml", ruleset_text);

  SECTION("a config's rulesets") {
    repo.write(".orgstar.yaml", config_header + "rulesets: [policies.yaml]\n");
    const std::string first = repo.write("a.yaml", org_text);
    const std::string second = repo.write("b.yaml", org_text);
    AssessResult result = assess_files(request_for({first, second}));
    REQUIRE(result.run.files.size() == 2);
    CHECK(result.policies.loads() == 1);
    const Finding& in_first = finding_of(result.run.files[0], "ACME-001");
    const Finding& in_second = finding_of(result.run.files[1], "ACME-001");
    CHECK(in_first.rule == in_second.rule);
    CHECK(in_first.subject.id == "t-ml");
    CHECK(result.policies.load({repo.path("policies.yaml")}).policies->rules().front() == in_first.rule);
    CHECK(result.policies.loads() == 1);
  }
  SECTION("the request's rulesets, loaded before any file is read") {
    AssessRequest request = request_for({repo.write("a.yaml", org_text), repo.write("b.yaml", org_text)});
    request.rulesets = {repo.path("policies.yaml")};
    const PreparedAssessment prepared(request);
    CHECK(prepared.rulesets().valid());
    CHECK(prepared.rulesets().diagnostics.empty());
    const AssessResult result = assess_files(request);
    REQUIRE(result.run.files.size() == 2);
    CHECK(result.policies.loads() == 1);
    CHECK(finding_of(result.run.files[0], "ACME-001").rule == finding_of(result.run.files[1], "ACME-001").rule);
  }
  SECTION("a config's rulesets, then the request's, are one list") {
    repo.write(".orgstar.yaml", config_header + "rulesets: [policies.yaml]\n");
    repo.write("more.yaml", "apiVersion: orgstar/v1\nkind: Ruleset\nrules:\n  PROC-004: {off: true}\n");
    AssessRequest request = request_for({repo.write("a.yaml", org_text), repo.write("b.yaml", org_text)});
    request.rulesets = {repo.path("more.yaml")};
    const AssessResult result = assess_files(request);
    CHECK(result.policies.loads() == 2);  // the request's alone (checked first), then the config's and the request's
    for (const AssessedFile& file : result.run.files) {
      CHECK(has_finding(file, "ACME-001"));
      CHECK_FALSE(has_finding(file, "PROC-004"));
    }
  }
}

TEST_CASE("assess_files: a ruleset's override of a built-in rule yields to the config's", "[assess-files]") {
  const Repository repo;
  repo.write("policies.yaml", ruleset_text);
  const std::string org = repo.write("org.yaml", org_text);

  SECTION("the ruleset's alone") {
    repo.write(".orgstar.yaml", config_header + "rulesets: [policies.yaml]\n");
    const AssessResult result = assess_files(request_for({org}));
    CHECK(finding_of(only_file(result), "PROC-002").severity == Severity::critical);
  }
  SECTION("the config's over the ruleset's") {
    repo.write(".orgstar.yaml", config_header + "rulesets: [policies.yaml]\nrules: {PROC-002: low}\n");
    const AssessResult result = assess_files(request_for({org}));
    CHECK(finding_of(only_file(result), "PROC-002").severity == Severity::low);
  }
}

TEST_CASE("assess_files: a file that cannot be assessed gets diagnostics, the others are assessed", "[assess-files]") {
  const Repository repo;

  SECTION("an invalid config stops only the files it applies to") {
    const std::string config = repo.write("a/.orgstar.yaml", config_header + "fail-on: high\n");
    const std::string broken = repo.write("a/org.yaml", org_text);
    const std::string fine = repo.write("b/org.yaml", org_text);
    const AssessResult result = assess_files(request_for({broken, fine}));
    REQUIRE(result.run.files.size() == 2);
    const AssessedFile& first = result.run.files[0];
    CHECK_FALSE(first.assessment);
    CHECK(first.config_file == config);
    REQUIRE(first.diagnostics.size() == 1);
    CHECK(first.diagnostics[0].id == "unknown-key");
    CHECK(first.diagnostics[0].file == config);
    const AssessedFile& second = result.run.files[1];
    CHECK(second.assessment);
    CHECK(second.config_file.empty());
    CHECK(second.diagnostics.empty());
  }
  SECTION("an unreadable file") {
    const std::string missing = repo.path("missing.yaml");
    const AssessResult result = assess_files(request_for({missing, repo.write("org.yaml", org_text)}));
    REQUIRE(result.run.files.size() == 2);
    const AssessedFile& first = result.run.files[0];
    CHECK(first.file == missing);
    CHECK_FALSE(first.assessment);
    REQUIRE(first.diagnostics.size() == 1);
    CHECK(first.diagnostics[0].id == "unreadable-file");
    CHECK(result.run.files[1].assessment);
  }
  SECTION("a config's invalid ruleset, loaded and reported again for each file") {
    repo.write(".orgstar.yaml", config_header + "rulesets: [missing.yaml]\n");
    const std::vector<std::string> orgs = {repo.write("a.yaml", org_text), repo.write("b.yaml", org_text)};
    const AssessResult result = assess_files(request_for(orgs));
    REQUIRE(result.run.files.size() == 2);
    for (const AssessedFile& file : result.run.files) {
      CHECK_FALSE(file.assessment);
      REQUIRE(file.diagnostics.size() == 1);
      CHECK(file.diagnostics[0].id == "unreadable-file");
      CHECK(file.diagnostics[0].file == repo.path("missing.yaml"));
    }
    CHECK(result.policies.loads() == 2);
  }
}

TEST_CASE("assess_files: the request's invalid rulesets stop the run before any file is read", "[assess-files]") {
  const Repository repo;
  const std::string org = repo.write("orgs/org.yaml", org_text);
  const std::string skipped = repo.write("orgs/policies.yaml", ruleset_text);
  AssessRequest request = request_for({repo.path("orgs")});
  request.rulesets = {repo.path("missing.yaml")};
  const PreparedAssessment prepared(request);
  CHECK_FALSE(prepared.rulesets().valid());
  REQUIRE(prepared.rulesets().diagnostics.size() == 1);
  CHECK(prepared.rulesets().diagnostics[0].id == "unreadable-file");
  // What a report must not overwrite, known before anything is assessed.
  CHECK(prepared.input_paths() == std::vector<std::string>{org, skipped});

  const AssessResult result = assess_files(request);
  CHECK_FALSE(result.rulesets.valid());
  CHECK(result.run.files.empty());
  CHECK(result.run.skipped.empty());
}

TEST_CASE("assess_files: standard input is named by stdin_filename, which finds its config", "[assess-files]") {
  const Repository repo;
  const std::string config = repo.write("team/.orgstar.yaml", config_header + "fail_on: low\n");
  const std::string piped = repo.write("piped.txt", org_text);
  const StdinFrom stdin_from(piped);
  AssessRequest request = request_for({"-"});
  request.stdin_filename = repo.path("team/org.yaml");
  const AssessResult result = assess_files(request);
  const AssessedFile& file = only_file(result);
  CHECK(file.file == repo.path("team/org.yaml"));
  CHECK(file.config_file == config);
  CHECK(file.fail_on == Severity::low);
  CHECK(file.assessment);
}

TEST_CASE("assess_files: finding columns count characters", "[assess-files]") {
  const Repository repo;
  const AssessResult result = assess_files(request_for({repo.write("org.yaml", org_text)}));
  const AssessedFile& file = only_file(result);
  // Bytes 66 and 96: "Équipe" comes before them.
  CHECK(finding_of(file, "STRUCT-007").location == Mark{5, 65});
  CHECK(finding_of(file, "PROC-002").location == Mark{5, 95});
  CHECK(finding_of(file, "STRAT-001").location == Mark{3, 1});
}

TEST_CASE("assess_files: timings, per file, only when asked for", "[assess-files]") {
  const Repository repo;
  const std::string org = repo.write("org.yaml", org_text);
  CHECK(assess_files(request_for({org})).timings.files.empty());
  AssessRequest request = request_for({org, repo.path("missing.yaml")});
  request.timings = true;
  const AssessResult result = assess_files(request);
  REQUIRE(result.timings.files.size() == 1);
  CHECK(result.timings.files[0].file == org);
  CHECK(result.timings.files[0].slowest_rules.size() == 5);
  for (const RuleTime& time : result.timings.files[0].slowest_rules) CHECK(time.rule != nullptr);
}
