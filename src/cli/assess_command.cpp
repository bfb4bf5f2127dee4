#include "cli/assess_command.hpp"

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <map>
#include <ostream>

#include <fmt/format.h>

#include "cli/input_options.hpp"
#include "cli/report_outputs.hpp"
#include "cli/ruleset_options.hpp"
#include "support/source_text.hpp"
#include "orgstar/report/assessment_report.hpp"
#include "orgstar/run/config_resolution.hpp"
#include "orgstar/engine/engine.hpp"
#include "orgstar/support/error.hpp"
#include "orgstar/policy/policy.hpp"
#include "orgstar/policy/ruleset.hpp"
#include "orgstar/run/org_files.hpp"

namespace orgstar::cli {
namespace {

constexpr const char* severities = "info|low|medium|high|critical";

// Columns in the model count bytes; people and editors count characters.
void to_character_columns(const CharacterColumns& columns, std::vector<Finding>& findings) {
  for (Finding& finding : findings)
    if (finding.location.known() && finding.location_file.empty())
      finding.location.column = columns.character_column(finding.location);
}

// Freeing a large model takes a noticeable share of a run (about 8% of a
// 38 MB org), and the process ends soon after the last file: that one is left
// to the OS. Not under AddressSanitizer, whose leak check would report it.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool leave_last_model_to_os = false;
#else
constexpr bool leave_last_model_to_os = true;
#endif

struct ConfigCache {
  std::map<std::string, ResolvedConfig> loaded;
  const ResolvedConfig& get(const std::string& path, const InputLimits& limits) {
    auto it = loaded.find(path);
    if (it == loaded.end()) it = loaded.emplace(path, load_and_resolve_config(path, limits)).first;
    return it->second;
  }
};

std::string read_template(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error("cannot read --template '" + path + "'");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// GitHub Actions shows the file named by $GITHUB_STEP_SUMMARY on the run's
// page; steps append to it. Outside Actions there is nothing to render for.
void append_step_summary(const AssessmentRun& run, const ReportOptions& options) {
  const char* path = std::getenv("GITHUB_STEP_SUMMARY");
  if (path == nullptr || *path == '\0') return;
  const std::string markdown = render_assessment_markdown(run, options);
  std::ofstream out(path, std::ios::binary | std::ios::app);
  out << markdown;
  if (!out) throw Error(std::string("cannot append to $GITHUB_STEP_SUMMARY '") + path + "'");
}

}  // namespace

CLI::App* setup_assess(CLI::App& app, AssessOptions& options) {
  CLI::App* command =
      app.add_subcommand("assess", "Assess org files against the ML-readiness rules; report gaps and scores");
  command->add_option("files", options.inputs, "Org files, directories of them, or - for standard input")
      ->required()
      ->type_name("FILE|DIR|-");
  add_report_output_options(*command, options.formats, options.output_paths);
  command->add_option("--template", options.markdown_template,
                      "Mustache template for -f markdown and the GitHub step summary (default: built-in)")
      ->type_name("FILE");
  command->add_option("--fail-on", options.fail_on,
                      "Exit 1 when an unwaived finding is at or above this severity (default: high)")
      ->check(CLI::IsMember({"info", "low", "medium", "high", "critical"}))
      ->type_name("SEVERITY");
  command->add_option("--assume-missing", options.assume_missing,
                      "What an absent control means: gap (count it as missing; default) or unknown (report only "
                      "what the file declares)")
      ->check(CLI::IsMember({"gap", "unknown"}))
      ->type_name("gap|unknown");
  command->add_option("--config", options.config,
                      "Configuration file (default: the nearest .orgstar.yaml from the org file up to the "
                      "repository root)")
      ->type_name("FILE");
  command->add_flag("--no-config", options.no_config, "Ignore .orgstar.yaml files");
  add_ruleset_option(*command, options.rulesets);
  add_exclude_option(*command, options.excludes);
  command->add_flag("--timings", options.timings, "Print phase timings to standard error")->group("");
  add_stdin_filename_option(*command, options.stdin_filename);
  add_input_limit_options(*command, options.limits);
  command->footer(
      "Findings carry FILE:LINE:COL, rule id and name, severity, subject and evidence (declared, inferred,\n"
      "or missing: the file does not say). 'orgstar explain ID' documents a rule; 'orgstar explain --scores'\n"
      "the scores.\n\n"
      "Formats: text (default), markdown, json ('orgstar schema report'), sarif, junit, html, github,\n"
      "gitlab (Code Quality).\n"
      "Several reports in one run: -f markdown -o report.md -f sarif -o report.sarif. An -o alone takes\n"
      "its format from its extension (.md .json .sarif .xml .html .txt; .json is the JSON report, so\n"
      "-f gitlab -o gl-code-quality-report.json). Report files are written atomically; an -o that names\n"
      "an input is refused.\n\n"
      "Exit codes: 0 nothing unwaived at or above --fail-on, 1 something is, 2 invalid input,\n"
      "configuration or command line (that file was not assessed).\n\n" +
      directory_walk_help() + "\n" + input_limits_help());
  return command;
}

int run_assess(const AssessOptions& options, const CLI::App& command, const Output& output) {
  if (!options.config.empty() && options.no_config)
    throw Error("--config and --no-config exclude each other", exit_invalid);
  const std::vector<ReportOutput> outputs = report_outputs(command);
  ReportOptions report_options;
  if (!options.markdown_template.empty()) {
    bool uses_markdown = false;
    for (const ReportOutput& report : outputs)
      uses_markdown = uses_markdown || report.format == ReportFormat::markdown || report.format == ReportFormat::github;
    if (!uses_markdown)
      throw Error("--template applies to -f markdown (and -f github's step summary); neither is asked for");
    report_options.template_name = options.markdown_template;
    report_options.markdown_template = read_template(options.markdown_template);
  }

  AssessmentRun run;
  ConfigCache configs;
  std::optional<Severity> fail_on;
  if (!options.fail_on.empty()) fail_on = parse_enum<Severity>(options.fail_on);
  std::optional<AssumeMissing> assume_missing;
  if (!options.assume_missing.empty()) assume_missing = parse_enum<AssumeMissing>(options.assume_missing);
  if (fail_on) run.fail_on = *fail_on;
  const Date today = Date::today_utc();
  using Clock = std::chrono::steady_clock;
  Clock::duration load_time{}, engine_time{}, render_time{};

  // Rulesets are checked whole before any org file is read: a broken policy
  // must not pass CI by assessing nothing.
  // By the list of rulesets a file runs (its config's, then --ruleset), loaded once each.
  std::map<std::vector<std::string>, Policies> policy_sets;
  if (!options.rulesets.empty())
    policy_sets.emplace(options.rulesets, load_policies(options.rulesets, options.limits, output));

  OrgFiles inputs(options.inputs, options.excludes, options.limits);
  std::vector<std::string> input_paths = inputs.paths();
  if (!options.config.empty()) input_paths.push_back(options.config);
  if (!options.markdown_template.empty()) input_paths.push_back(options.markdown_template);
  input_paths.insert(input_paths.end(), options.rulesets.begin(), options.rulesets.end());
  refuse_overwriting_inputs(outputs, input_paths);
  while (true) {
    const auto load_start = Clock::now();
    std::optional<ReadResult> next = inputs.next();
    if (!next) break;
    ReadResult& read = *next;
    AssessedFile& file = run.files.emplace_back();
    if (read.source.name == "<stdin>" && !options.stdin_filename.empty()) read.source.name = options.stdin_filename;
    file.file = read.source.name;
    if (!read.diagnostics.empty()) {
      file.diagnostics = std::move(read.diagnostics);
      continue;
    }
    // The config decides the rulesets, and they decide whether the JSON document is needed. "<stdin>" has no
    // folder: the search for a config starts in the current directory, as for "-".
    std::optional<std::string> config_path;
    if (!options.config.empty()) config_path = options.config;
    else if (!options.no_config) config_path = discover_config(read.source.name);
    const ResolvedConfig* config = config_path ? &configs.get(*config_path, options.limits) : nullptr;
    std::vector<std::string> rulesets = config ? config->rulesets : std::vector<std::string>{};
    rulesets.insert(rulesets.end(), options.rulesets.begin(), options.rulesets.end());
    const Policies* policies = nullptr;
    if (!rulesets.empty() && (!config || config->valid())) {
      auto found = policy_sets.find(rulesets);
      if (found == policy_sets.end()) {
        LoadedRulesets loaded_rulesets = load_rulesets(rulesets, options.limits);
        if (!loaded_rulesets.valid()) {
          file.diagnostics = std::move(loaded_rulesets.diagnostics);
          continue;
        }
        found = policy_sets.emplace(rulesets, Policies(std::move(loaded_rulesets))).first;
      }
      policies = &found->second;
    }
    SourceDocument document;
    LoadResult loaded = load_org(read.source, options.limits, policies ? &document : nullptr);
    load_time += Clock::now() - load_start;
    if (!loaded.valid()) {
      file.diagnostics = std::move(loaded.diagnostics);
      continue;
    }

    EngineSettings settings;
    std::optional<Severity> config_fail_on;
    if (config) {
      file.config_file = config->file;
      file.diagnostics = config->diagnostics;
      if (!config->valid()) continue;
      settings = config->settings;
      if (config->assume_missing) settings.assume_missing = *config->assume_missing;
      config_fail_on = config->fail_on;
    }
    if (assume_missing) settings.assume_missing = *assume_missing;
    if (policies) {
      // The rulesets' overrides of built-in rules yield to the config's.
      for (const BuiltinOverride& override : policies->builtin_overrides())
        settings.overrides.try_emplace(override.rule, override.override);
      settings.policies = policies;
      settings.document = &document;
    }
    settings.today = today;
    settings.time_rules = options.timings;
    run.assume_missing = settings.assume_missing;
    const Severity file_fail_on = fail_on.value_or(config_fail_on.value_or(Severity::high));
    file.fail_on = file_fail_on;

    // The source text is as large as the file; only its non-ASCII lines are needed from here on.
    const CharacterColumns columns(read.source.text);
    std::string().swap(read.source.text);
    const auto engine_start = Clock::now();
    Assessment assessment = assess(loaded.org, settings);
    engine_time += Clock::now() - engine_start;
    if (options.timings) {
      std::string slowest;
      for (std::size_t i = 0; i < assessment.rule_times.size() && i < 5; ++i)
        slowest += fmt::format("{}{} {:.1f} ms", i == 0 ? "" : ", ", assessment.rule_times[i].rule->id,
                               assessment.rule_times[i].milliseconds);
      output.err << fmt::format("orgstar: timings: {}: indexes {:.1f} ms; slowest rules: {}\n", file.file,
                                assessment.index_milliseconds, slowest);
    }
    to_character_columns(columns, assessment.findings);
    const Org& org = loaded.org;
    if (org.metadata.is_set()) {
      file.organization_id = org.metadata.value.id.value;
      file.organization_name = org.metadata.value.name.value_or(file.organization_id);
      file.assessor = org.metadata.value.assessor.value_or("");
    }
    file.assessment = std::move(assessment);
    if (leave_last_model_to_os && inputs.done()) {
      new LoadResult(std::move(loaded));
      if (policies) new SourceDocument(std::move(document));  // as large again as the model
    }
  }

  run.skipped = inputs.skipped();

  const auto render_start = Clock::now();
  for (const ReportOutput& report : outputs) {
    ReportOptions format_options = report_options;
    format_options.style.color = report.path.empty() && output.color;
    std::string text;
    if (report.format == ReportFormat::github) {
      GithubAnnotations annotations = render_assessment_github(run);
      text = std::move(annotations.commands);
      if (annotations.truncated) append_step_summary(run, format_options);
    } else {
      text = render_report(report.format, run, format_options);
    }
    if (report.path.empty()) {
      output.out << text;
      output.out.flush();
    } else {
      write_file_atomically(report.path, text);
    }
  }
  render_time = Clock::now() - render_start;
  if (options.timings) {
    const auto ms = [](Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); };
    output.err << fmt::format("orgstar: timings: load {:.1f} ms, indexes+rules {:.1f} ms, render {:.1f} ms\n",
                              ms(load_time), ms(engine_time), ms(render_time));
  }

  for (const AssessedFile& file : run.files)
    if (!file.assessment) return exit_invalid;
  return run_fails(run) ? exit_findings : exit_ok;
}

}  // namespace orgstar::cli
