#include "unit/report_test_support.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include "orgstar/load/load.hpp"

namespace orgstar::test {

const std::string sample_org = R"(apiVersion: orgstar/v1
kind: Organization
metadata: {id: acme, assessed_on: 2026-01-15}
structure:
  teams:
    - id: t-ml
      kind: ml
      models:
        - {id: m-declared, stage: production, rollback: false, fallback: true}
        - {id: m-unknown, stage: production}
        - {id: m-safe, stage: production, rollback: true, fallback: true}
)";

const Rule& rule(std::string_view id) {
  const Rule* found = find_rule(id);
  REQUIRE(found != nullptr);
  return *found;
}

Finding finding(std::string_view rule_id, Severity severity, std::string message, Mark location, Subject subject) {
  Finding out;
  out.rule = &rule(rule_id);
  out.severity = severity;
  out.subject = std::move(subject);
  out.message = std::move(message);
  out.location = location;
  return out;
}

LoadedOrg load_and_assess(const std::string& yaml, const EngineSettings& settings) {
  LoadedOrg loaded{load_org(SourceFile{"org.yaml", yaml}, InputLimits{}), {}};
  for (const Diagnostic& d : loaded.result.diagnostics) FAIL_CHECK(d.message);
  REQUIRE(loaded.result.valid());
  loaded.assessment = assess(loaded.result.org, settings);
  return loaded;
}

AssessedFile assessed_yaml(const std::string& name, const std::string& yaml, const EngineSettings& settings) {
  const LoadResult loaded = load_org(SourceFile{name, yaml}, InputLimits{});
  for (const Diagnostic& d : loaded.diagnostics) FAIL_CHECK(d.message);
  REQUIRE(loaded.valid());
  AssessedFile file;
  file.file = name;
  file.assessment = assess(loaded.org, settings);
  const Metadata& metadata = loaded.org.metadata.value;
  file.organization_id = metadata.id.value;
  file.organization_name = metadata.name.value_or(metadata.id.value);
  file.assessor = metadata.assessor.value_or("");
  return file;
}

AssessedFile assessed(std::vector<Finding> findings, std::string name) {
  AssessedFile file;
  file.file = std::move(name);
  file.organization_id = "acme";
  Assessment assessment;
  for (const Finding& f : findings)
    if (std::find(assessment.rules_run.begin(), assessment.rules_run.end(), f.rule) == assessment.rules_run.end())
      assessment.rules_run.push_back(f.rule);
  assessment.findings = std::move(findings);
  file.assessment = std::move(assessment);
  return file;
}

AssessedFile invalid_file(const std::string& name) {
  AssessedFile file;
  file.file = name;
  file.diagnostics =
      load_org(SourceFile{name, "apiVersion: orgstar/v1\nkind: Organization\nmetadata: {id: x}\nstrategy: 3\n"},
               InputLimits{})
          .diagnostics;
  REQUIRE(file.diagnostics.size() == 1);
  return file;
}

AssessmentRun run_of(std::vector<AssessedFile> files) {
  AssessmentRun run;
  run.files = std::move(files);
  return run;
}

Diagnostic diagnostic(std::string id, std::string message, std::string file, Mark mark, DiagnosticSeverity severity) {
  Diagnostic out;
  out.id = std::move(id);
  out.message = std::move(message);
  out.file = std::move(file);
  out.mark = mark;
  out.severity = severity;
  return out;
}

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace orgstar::test
