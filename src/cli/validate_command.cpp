#include "cli/validate_command.hpp"

#include <ostream>
#include <set>

#include "cli/input_options.hpp"
#include "orgstar/engine/engine.hpp"
#include "orgstar/report/assessment_report.hpp"
#include "orgstar/report/diagnostic_report.hpp"
#include "orgstar/run/org_files.hpp"
#include "orgstar/support/error.hpp"
#include "support/source_text.hpp"

namespace orgstar::cli {

CLI::App* setup_validate(CLI::App& app, ValidateOptions& options) {
  CLI::App* command = app.add_subcommand("validate", "Check org files against the orgstar/v1 schema");
  command->add_option("files", options.inputs, "Org files, directories of them, or - for standard input")
      ->required()
      ->type_name("FILE|DIR|-");
  command->add_option("-f,--format", options.format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->default_val("text");
  add_exclude_option(*command, options.excludes);
  add_stdin_filename_option(*command, options.stdin_filename);
  add_input_limit_options(*command, options.limits);
  command->footer(
      "Every problem of every file is reported, each with FILE:LINE:COL and an error id.\n"
      "Columns count characters. Valid files also get the integrity findings (LINT-001/003/004/006/007:\n"
      "dangling references, duplicate ids, reporting cycles, expired and unused waivers).\n"
      "The summary line counts the files checked, valid, invalid and skipped, and the integrity findings\n"
      "at high or above: the ones that make the exit code 1.\n"
      "Exit codes: 0 every file is valid, 1 an unwaived integrity finding is high or above, 2 some file\n"
      "is not valid.\n\n" +
      directory_walk_help() + "\n" + input_limits_help());
  return command;
}

namespace {

// The integrity findings (LINT-001/003/004/006/007) of a valid file, with
// character columns.
std::vector<Finding> integrity_findings(const CharacterColumns& columns, const Org& org) {
  EngineSettings settings;
  settings.today = Date::today_utc();
  // LINT-001/003/004 come from the indexes; LINT-006/007 judge the waivers, which
  // needs only the rules the waivers name. The other rules need not run.
  std::set<const Rule*> named;
  if (org.waivers.is_set())
    for (const Waiver& waiver : org.waivers.value) named.insert(find_rule(waiver.rule.value));
  for (const Rule* rule : builtin_rules())
    if (rule->family != Family::integrity && !named.contains(rule)) settings.overrides[rule] = {false, std::nullopt};
  std::vector<Finding> findings;
  for (Finding& finding : assess(org, settings).findings) {
    if (finding.rule->family != Family::integrity) continue;
    if (finding.location.known()) finding.location.column = columns.character_column(finding.location);
    findings.push_back(std::move(finding));
  }
  return findings;
}

}  // namespace

int run_validate(const ValidateOptions& options, const Output& output) {
  Validation validation;
  OrgFiles inputs(options.inputs, options.excludes, options.limits);
  while (std::optional<ReadResult> read = inputs.next()) {
    if (read->source.name == "<stdin>" && !options.stdin_filename.empty()) read->source.name = options.stdin_filename;
    FileDiagnostics& result = validation.files.emplace_back();
    result.file = read->source.name;
    if (!read->diagnostics.empty()) {
      result.diagnostics = std::move(read->diagnostics);
      continue;
    }
    LoadResult loaded = load_org(read->source, options.limits);
    result.diagnostics = std::move(loaded.diagnostics);
    if (!result.diagnostics.empty()) continue;
    // The source text is as large as the file; only its non-ASCII lines are needed from here on.
    const CharacterColumns columns(read->source.text);
    std::string().swap(read->source.text);
    result.findings = integrity_findings(columns, loaded.org);
  }
  validation.skipped = inputs.skipped();

  if (options.format == "json")
    output.out << validation_json(validation).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace)
               << '\n';
  else
    output.out << render_validation_text(validation, TextStyle{output.color});

  bool failing = false;
  for (const FileDiagnostics& result : validation.files) {
    if (!result.diagnostics.empty()) return exit_invalid;
    for (const Finding& finding : result.findings) failing = failing || fails_validation(finding);
  }
  return failing ? exit_findings : exit_ok;
}

}  // namespace orgstar::cli
