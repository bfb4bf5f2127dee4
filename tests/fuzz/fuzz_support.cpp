#include "fuzz/fuzz_support.hpp"

#include <cstdlib>
#include <utility>

#include "orgstar/report/report_formats.hpp"
#include "orgstar/run/assess_source.hpp"
#include "support/source_text.hpp"

namespace orgstar::fuzz {

InputLimits fuzz_limits() {
  InputLimits limits;
  limits.max_nodes = 200'000;
  limits.max_alias_nodes = 20'000;
  return limits;
}

const std::string small_org = R"(apiVersion: orgstar/v1
kind: Organization
metadata: {id: fuzz-co, name: Fuzz Co, assessed_on: 2026-01-15, headcount: 40, industry: retail}
strategy:
  objectives:
    - id: o-conversion
      statement: Raise online conversion
      kpis: [{name: conversion-rate, target: 0.035}]
structure:
  ml_model: hybrid
  teams:
    - id: t-shop
      name: Web shop
      kind: product
      owner: p-shop
      interactions:
        - {team: t-ds, mode: collaboration, purpose: recommendations}
    - {id: t-it, name: IT, kind: platform, owner: p-it}
    - id: t-ds
      name: Data science
      kind: ml
      owner: p-ds
      models:
        - {id: m-recs, name: Recommendations, stage: production, risk: high, rollback: false, knowledge_holders: [p-ds]}
        - {id: m-churn, stage: research}
      interactions:
        - {team: t-it, mode: x-as-a-service, role: consumer, purpose: hosting}
people:
  roster:
    - {id: p-shop, team: t-shop, role: product-manager, ml_literacy: literate}
    - {id: p-it, team: t-it, role: engineering-manager, ml_literacy: aware}
    - {id: p-ds, team: t-ds, role: data-scientist, ml_literacy: expert}
)";

namespace {

void name_organization(const Org& org, AssessedFile& file) {
  if (!org.metadata.is_set()) return;
  file.organization_id = org.metadata.value.id.value;
  file.organization_name = org.metadata.value.name.value_or(file.organization_id);
  file.assessor = org.metadata.value.assessor.value_or("");
  file.industry = org.metadata.value.industry.value_or("");
}

}  // namespace

AssessmentRun assess_text(const SourceFile& source, EngineSettings settings, const Policies* policies) {
  AssessmentRun run;
  AssessedFile& file = run.files.emplace_back();
  file.file = source.name;
  const LoadedSource loaded = load_source(source, fuzz_limits(), policies);
  if (!loaded.loaded.valid()) {
    file.diagnostics = loaded.loaded.diagnostics;
    return run;
  }
  settings.today = Date{2026, 1, 15};
  run.assume_missing = file.assume_missing = settings.assume_missing;
  Assessment assessment = assess_source(loaded, std::move(settings), policies);
  // As assess_files does: reports count columns in characters, the engine in bytes.
  const CharacterColumns columns(source.text);
  for (Finding& finding : assessment.findings)
    if (finding.location.known() && finding.location_file.empty())
      finding.location.column = columns.character_column(finding.location);
  name_organization(loaded.loaded.org, file);
  file.assessment = std::move(assessment);
  return run;
}

void render_every_format(const AssessmentRun& run) {
  const ReportOptions options;
  for (const ReportFormat& format : report_formats()) (void)format.render(run, options);
}

}  // namespace orgstar::fuzz
