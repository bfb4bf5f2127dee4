// What the report and engine tests share: a small organization, assessed
// files built from YAML or from hand-made findings, and small text helpers.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "orgstar/load/load.hpp"
#include "orgstar/report/assessment_report.hpp"

namespace orgstar::test {

// Organization `acme`, assessed on 2026-01-15: one ML team with three production models, m-declared (rollback: false),
// m-unknown (nothing declared) and m-safe (rollback and fallback).
extern const std::string sample_org;

const Rule& rule(std::string_view id);  // a built-in rule; the test fails if there is none

// A hand-made finding of `rule_id`, at line 3 column 5 of the org file unless told otherwise.
Finding finding(std::string_view rule_id, Severity severity, std::string message, Mark location = {3, 5},
                Subject subject = {SubjectType::model, "m-a"});

// `yaml` loaded (the test fails if it is invalid) and assessed, named `name`, with the organization's id, name and
// assessor from its metadata.
AssessedFile assessed_yaml(const std::string& name, const std::string& yaml, const EngineSettings& settings = {});

// `yaml` loaded as org.yaml (the test fails on any diagnostic or if it is invalid) and assessed; the load result is
// kept, since the assessment points into it.
struct LoadedOrg {
  LoadResult result;
  Assessment assessment;
};
LoadedOrg load_and_assess(const std::string& yaml, const EngineSettings& settings = {});

// An assessed file of organization `acme` named `name`, holding exactly `findings`; the rules run are theirs.
AssessedFile assessed(std::vector<Finding> findings, std::string name = "org.yaml");

// A file named `name` that could not be assessed: `strategy: 3` on line 4, one wrong-type error from the loader.
AssessedFile invalid_file(const std::string& name);

AssessmentRun run_of(std::vector<AssessedFile> files);

// A hand-made diagnostic, an error unless told otherwise.
Diagnostic diagnostic(std::string id, std::string message, std::string file, Mark mark,
                      DiagnosticSeverity severity = DiagnosticSeverity::error);

std::vector<std::string> lines(const std::string& text);
std::string read_file(const std::string& path);  // the whole file; the test fails if it cannot be read

}  // namespace orgstar::test
