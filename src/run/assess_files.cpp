// The files of a run, each with its config and rulesets: the work of
// `orgstar assess` between parsing its options and writing its reports.
#include "orgstar/run/assess_files.hpp"

#include <malloc.h>

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "orgstar/run/assess_source.hpp"
#include "orgstar/run/config_resolution.hpp"
#include "support/source_text.hpp"

namespace orgstar {
namespace {

using Clock = std::chrono::steady_clock;

// Freeing a large model takes a noticeable share of a run (about 8% of a
// 38 MB org), and the process ends soon after the last file: that one is left
// to the OS. Not under AddressSanitizer, whose leak check would report it.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool leave_last_model_to_os = false;
#else
constexpr bool leave_last_model_to_os = true;
#endif

// --timings names this many of each file's slowest rules.
constexpr std::size_t slowest_rules_shown = 5;

// Files of a folder share its .orgstar.yaml: it is read and resolved once.
class ConfigCache {
 public:
  const ResolvedConfig& get(const std::string& path, const InputLimits& limits, bool discovered) {
    auto it = loaded_.find(path);
    if (it == loaded_.end()) it = loaded_.emplace(path, load_and_resolve_config(path, limits, discovered)).first;
    return it->second;
  }

  void list_files(std::vector<std::string>& out) const {
    for (const auto& [path, config] : loaded_) out.push_back(path);
  }

 private:
  std::map<std::string, ResolvedConfig> loaded_;
};

// Columns in the model count bytes; people and editors count characters.
void to_character_columns(const CharacterColumns& columns, std::vector<Finding>& findings) {
  for (Finding& finding : findings)
    if (finding.location.known() && finding.location_file.empty())
      finding.location.column = columns.character_column(finding.location);
}

// What a file's config and the request decide; the rulesets come later.
EngineSettings file_settings(const AssessRequest& request, const ResolvedConfig* config) {
  EngineSettings settings;
  if (config) {
    settings = config->settings;
    if (config->assume_missing) settings.assume_missing = *config->assume_missing;
  }
  if (request.assume_missing) settings.assume_missing = *request.assume_missing;
  settings.today = request.today;
  settings.time_rules = request.timings;
  return settings;
}

FileTimings file_timings(const std::string& file, const Assessment& assessment) {
  FileTimings timings{file, assessment.index_milliseconds, {}};
  const auto shown = static_cast<std::ptrdiff_t>(std::min(assessment.rule_times.size(), slowest_rules_shown));
  timings.slowest_rules.assign(assessment.rule_times.begin(), assessment.rule_times.begin() + shown);
  return timings;
}

void name_organization(const Org& org, AssessedFile& file) {
  if (!org.metadata.is_set()) return;
  file.organization_id = org.metadata.value.id.value;
  file.organization_name = org.metadata.value.name.value_or(file.organization_id);
  file.assessor = org.metadata.value.assessor.value_or("");
  file.industry = org.metadata.value.industry.value_or("");
  if (org.metadata.value.headcount.is_set()) file.headcount = org.metadata.value.headcount.value;
}

// A run while it reads its files, one at a time.
class RunAssembly {
 public:
  RunAssembly(const AssessRequest& request, PolicySets& policies, AssessResult& result)
      : request_(request), policies_(policies), result_(result) {}

  // `last`: no file follows, so its model may be left to the OS.
  void add(ReadResult read, Clock::time_point load_start, bool last);
  void list_config_files(std::vector<std::string>& out) const { configs_.list_files(out); }

 private:
  const ResolvedConfig* config_for(const std::string& org_file);
  std::vector<std::string> rulesets_for(const ResolvedConfig* config) const;
  void assess_file(AssessedFile& file, const ResolvedConfig* config, const LoadedSource& source, std::string& text,
                   const Policies* policies);

  const AssessRequest& request_;
  PolicySets& policies_;
  AssessResult& result_;
  ConfigCache configs_;
};

void RunAssembly::add(ReadResult read, Clock::time_point load_start, bool last) {
  AssessedFile& file = result_.run.files.emplace_back();
  if (read.source.name == "<stdin>" && !request_.stdin_filename.empty()) read.source.name = request_.stdin_filename;
  file.file = read.source.name;
  if (!read.diagnostics.empty()) {
    file.diagnostics = std::move(read.diagnostics);
    return;
  }
  // The config decides the rulesets, and they decide whether the JSON document is needed.
  const ResolvedConfig* config = config_for(read.source.name);
  const std::vector<std::string> rulesets = rulesets_for(config);
  const Policies* policies = nullptr;
  if (!rulesets.empty() && (!config || config->valid())) {
    LoadedPolicies loaded = policies_.load(rulesets);
    if (!loaded.policies) {
      file.diagnostics = std::move(loaded.diagnostics);
      return;
    }
    policies = loaded.policies;
  }
  LoadedSource source = load_source(read.source, request_.limits, policies);
  result_.timings.load += Clock::now() - load_start;
  if (!source.loaded.valid()) {
    file.diagnostics = std::move(source.loaded.diagnostics);
    return;
  }
  if (config) {
    file.config_file = config->file;
    file.diagnostics = config->diagnostics;
    if (!config->valid()) return;
  }
  assess_file(file, config, source, read.source.text, policies);
  if (leave_last_model_to_os && last) new LoadedSource(std::move(source));  // as large as the file, or twice
}

// "<stdin>" has no folder: the search for a config starts in the current directory, as for "-".
const ResolvedConfig* RunAssembly::config_for(const std::string& org_file) {
  std::optional<std::string> path = request_.config;
  const bool discovered = !path;
  if (!path && !request_.no_config) path = discover_config(org_file);
  return path ? &configs_.get(*path, request_.limits, discovered) : nullptr;
}

std::vector<std::string> RunAssembly::rulesets_for(const ResolvedConfig* config) const {
  std::vector<std::string> rulesets = config ? config->rulesets : std::vector<std::string>{};
  rulesets.insert(rulesets.end(), request_.rulesets.begin(), request_.rulesets.end());
  return rulesets;
}

void RunAssembly::assess_file(AssessedFile& file, const ResolvedConfig* config, const LoadedSource& source,
                              std::string& text, const Policies* policies) {
  EngineSettings settings = file_settings(request_, config);
  result_.run.assume_missing = settings.assume_missing;
  file.assume_missing = settings.assume_missing;
  const std::optional<Severity> config_fail_on = config ? config->fail_on : std::nullopt;
  file.fail_on = request_.fail_on.value_or(config_fail_on.value_or(Severity::high));

  // The source text is as large as the file; only its non-ASCII lines are needed from here on.
  const CharacterColumns columns(text);
  std::string().swap(text);
  malloc_trim(0);
  const auto engine_start = Clock::now();
  Assessment assessment = assess_source(source, std::move(settings), policies);
  result_.timings.engine += Clock::now() - engine_start;
  if (request_.timings) result_.timings.files.push_back(file_timings(file.file, assessment));
  malloc_trim(0);
  to_character_columns(columns, assessment.findings);
  name_organization(source.loaded.org, file);
  file.assessment = std::move(assessment);
}

RulesetCheck check_rulesets(PolicySets& policies, const std::vector<std::string>& rulesets) {
  if (rulesets.empty()) return {};
  return {policies.load(rulesets).diagnostics};
}

void assess_every_file(const AssessRequest& request, OrgFiles& files, PolicySets& policies, AssessResult& result) {
  RunAssembly assembly(request, policies, result);
  while (true) {
    const auto load_start = Clock::now();
    std::optional<ReadResult> read = files.next();
    if (!read) break;
    assembly.add(std::move(*read), load_start, files.done());
  }
  result.run.skipped = files.skipped();
  assembly.list_config_files(result.files_read);
}

}  // namespace

// In the order `assess` always took: the rulesets, then the walk.
PreparedAssessment::PreparedAssessment(AssessRequest request)
    : request_(std::move(request)),
      policies_(request_.limits),
      rulesets_(check_rulesets(policies_, request_.rulesets)),
      files_(request_.inputs, request_.excludes, request_.limits) {}

AssessResult assess_files(PreparedAssessment prepared) {
  AssessResult result;
  result.rulesets = std::move(prepared.rulesets_);
  if (prepared.request_.fail_on) result.run.fail_on = *prepared.request_.fail_on;
  if (result.rulesets.valid()) assess_every_file(prepared.request_, prepared.files_, prepared.policies_, result);
  const std::set<std::string>& rulesets = prepared.policies_.files();
  result.files_read.insert(result.files_read.end(), rulesets.begin(), rulesets.end());
  result.policies = std::move(prepared.policies_);
  return result;
}

AssessResult assess_files(const AssessRequest& request) { return assess_files(PreparedAssessment(request)); }

}  // namespace orgstar
