#include "cli/assess_command.hpp"

#include <malloc.h>

#include <chrono>
#include <fstream>
#include <optional>
#include <ostream>
#include <sstream>

#include <fmt/format.h>

#include "cli/input_options.hpp"
#include "cli/report_outputs.hpp"
#include "cli/ruleset_options.hpp"
#include "orgstar/report/assessment_report.hpp"
#include "orgstar/run/assess_files.hpp"
#include "orgstar/support/error.hpp"

namespace orgstar::cli {
namespace {

using Clock = std::chrono::steady_clock;

std::string read_template(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error("cannot read --template '" + path + "'");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// --template is read before any org file: a missing one is an error of the command line, found at once.
ReportOptions template_options(const AssessOptions& options, const std::vector<ReportOutput>& outputs) {
  ReportOptions report_options;
  if (options.markdown_template.empty()) return report_options;
  bool uses_markdown = false;
  for (const ReportOutput& report : outputs) uses_markdown = uses_markdown || report.format->reads_template;
  if (!uses_markdown)
    throw Error("--template applies to -f markdown (and -f github's step summary); neither is asked for");
  report_options.template_name = options.markdown_template;
  report_options.markdown_template = read_template(options.markdown_template);
  return report_options;
}

AssessRequest assess_request(const AssessOptions& options) {
  AssessRequest request;
  request.inputs = options.inputs;
  request.excludes = options.excludes;
  request.limits = options.limits;
  request.stdin_filename = options.stdin_filename;
  if (!options.config.empty()) request.config = options.config;
  request.no_config = options.no_config;
  request.rulesets = options.rulesets;
  if (!options.fail_on.empty()) request.fail_on = parse_enum<Severity>(options.fail_on);
  if (!options.assume_missing.empty()) request.assume_missing = parse_enum<AssumeMissing>(options.assume_missing);
  request.today = Date::today_utc();
  request.timings = options.timings;
  return request;
}

// Every file the run reads, which no report may overwrite.
std::vector<std::string> input_paths(const AssessOptions& options, const PreparedAssessment& prepared) {
  std::vector<std::string> paths = prepared.input_paths();
  if (!options.config.empty()) paths.push_back(options.config);
  if (!options.markdown_template.empty()) paths.push_back(options.markdown_template);
  paths.insert(paths.end(), options.rulesets.begin(), options.rulesets.end());
  return paths;
}

void print_file_timings(const AssessTimings& timings, std::ostream& err) {
  for (const FileTimings& file : timings.files) {
    std::string slowest;
    for (std::size_t i = 0; i < file.slowest_rules.size(); ++i)
      slowest += fmt::format("{}{} {:.1f} ms", i == 0 ? "" : ", ", file.slowest_rules[i].rule->id,
                             file.slowest_rules[i].milliseconds);
    err << fmt::format("orgstar: timings: {}: indexes {:.1f} ms; slowest rules: {}\n", file.file,
                       file.index_milliseconds, slowest);
  }
}

// orgstar-bench reads this line (tests/bench/bench.cpp).
void print_phase_timings(const AssessTimings& timings, Clock::duration render_time, std::ostream& err) {
  const auto ms = [](Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); };
  err << fmt::format("orgstar: timings: load {:.1f} ms, indexes+rules {:.1f} ms, render {:.1f} ms\n", ms(timings.load),
                     ms(timings.engine), ms(render_time));
}

// "'a.json', 'b.sarif'", or "none".
std::string quoted_list(const std::vector<std::string>& paths) {
  std::string out;
  for (const std::string& path : paths) out += (out.empty() ? "'" : ", '") + path + "'";
  return out.empty() ? "none" : out;
}

// The report files and the appends first, staged then made all together, then the report to standard output: a run
// either replaces every report file (and appends its job summary) or says which it did not.
void write_reports(const AssessResult& result, const std::vector<ReportOutput>& outputs,
                   const ReportOptions& report_options, const Output& output) {
  const AssessmentRun& run = result.run;
  const auto render = [&](const ReportOutput& report) {
    ReportOptions format_options = report_options;
    format_options.style.color = report.path.empty() && output.color;
    return report.format->render(run, format_options);
  };
  // Every file the run read, org files included: an append (GitHub's job summary) may not land on one.
  std::vector<std::string> files_read = result.files_read;
  for (const AssessedFile& file : run.files) files_read.push_back(file.file);
  ReportFiles files(std::move(files_read));
  const ReportOutput* to_stdout = nullptr;
  std::optional<RenderedReport> printed;
  try {
    for (const ReportOutput& report : outputs) {
      if (report.path.empty())
        to_stdout = &report;
      else
        stage_report(report, render(report), files);
    }
    if (to_stdout != nullptr) stage_report(*to_stdout, printed.emplace(render(*to_stdout)), files);
  } catch (const Error& e) {
    if (outputs.size() > 1) throw Error(std::string(e.what()) + "; no report was written");
    throw;
  }
  ReportFiles::Committed committed = files.commit();
  if (!committed.failure.empty()) {
    std::string not_written = quoted_list(committed.not_written);
    if (to_stdout != nullptr) not_written += ", standard output";
    throw Error(fmt::format("{} (written: {}; not written: {})", committed.failure, quoted_list(committed.written),
                            not_written));
  }
  if (printed) print_report(printed->text, output);
}

int exit_code(const AssessmentRun& run) {
  for (const AssessedFile& file : run.files)
    if (!file.assessment) return exit_invalid;
  return run_fails(run) ? exit_findings : exit_ok;
}

}  // namespace

CLI::App* setup_assess(CLI::App& app, AssessOptions& options) {
  CLI::App* command =
      app.add_subcommand("assess", "Assess org files against the ML-readiness rules; report gaps and scores");
  command->add_option("files", options.inputs, "Org files, directories of them, or - for standard input")
      ->required()
      ->type_name("FILE|DIR|-");
  add_report_output_options(*command, options.formats, options.output_paths);
  command
      ->add_option("--template", options.markdown_template,
                   "Mustache template for -f markdown and the GitHub step summary (default: built-in)")
      ->type_name("FILE");
  command
      ->add_option("--fail-on", options.fail_on,
                   "Exit 1 when an unwaived finding is at or above this severity (default: high)")
      ->check(CLI::IsMember({"info", "low", "medium", "high", "critical"}))
      ->type_name("SEVERITY");
  command
      ->add_option("--assume-missing", options.assume_missing,
                   "What an absent control means: gap (count it as missing; default) or unknown (report only "
                   "what the file declares)")
      ->check(CLI::IsMember({"gap", "unknown"}))
      ->type_name("gap|unknown");
  command
      ->add_option("--config", options.config,
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
      "the scores.\n\n" +
      report_formats_help() +
      "\n\n"
      "Exit codes: 0 nothing unwaived at or above --fail-on, 1 something is, 2 invalid input,\n"
      "configuration or command line (that file was not assessed).\n\n" +
      directory_walk_help() + "\n" + input_limits_help());
  return command;
}

int run_assess(const AssessOptions& options, const CLI::App& command, const Output& output) {
  // One malloc arena: the loader runs on a thread of its own for its stack (support/stack.hpp), and what that thread
  // frees (the parser's buffers) could otherwise serve no later allocation of the main thread (the indexes, the
  // findings). On the 10 000-team benchmark org this lowers the peak of assess by 9 MB; validate, which allocates
  // nothing after loading, peaks 17 MB higher with it, so it is set here only.
  mallopt(M_ARENA_MAX, 1);
  if (!options.config.empty() && options.no_config)
    throw Error("--config and --no-config exclude each other", exit_invalid);
  const std::vector<ReportOutput> outputs = report_outputs(command);
  refuse_directory_outputs(outputs);
  const ReportOptions report_options = template_options(options, outputs);
  PreparedAssessment prepared(assess_request(options));
  // A broken policy must not pass CI by assessing nothing.
  report_rulesets(prepared.rulesets().diagnostics, output);
  refuse_overwriting_inputs(outputs, input_paths(options, prepared));
  const AssessResult result = assess_files(std::move(prepared));
  // Configs and rulesets are found while the files are assessed; none may be overwritten either.
  refuse_overwriting_inputs(outputs, result.files_read);
  if (options.timings) print_file_timings(result.timings, output.err);
  const auto render_start = Clock::now();
  write_reports(result, outputs, report_options, output);
  if (options.timings) print_phase_timings(result.timings, Clock::now() - render_start, output.err);
  return exit_code(result.run);
}

}  // namespace orgstar::cli
