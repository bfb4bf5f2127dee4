#include "orgstar/engine/engine.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <iterator>
#include <optional>
#include <set>
#include <thread>
#include <tuple>
#include <unordered_map>

#include "orgstar/engine/strengths.hpp"
#include "orgstar/engine/tally.hpp"
#include "orgstar/model/org_index.hpp"
#include "orgstar/model/subject_names.hpp"
#include "orgstar/policy/policy.hpp"
#include "orgstar/rules/root_cause.hpp"
#include "orgstar/rules/thresholds.hpp"
#include "rules/rule_context.hpp"

namespace orgstar {
namespace {

// Catalogue §1.1: a finding is one per subject, unless its rule reports every occurrence.
using FindingKey = std::tuple<Subject, std::uint32_t, std::uint32_t>;

template <typename Reported>  // a rule's Report, or the Finding made of it
FindingKey key_of(const Rule& rule, const Reported& reported) {
  if (rule.reports_every_occurrence) return {reported.subject, reported.location.line, reported.location.column};
  return {reported.subject, 0, 0};
}

std::vector<std::int64_t> threshold_values(const EngineSettings& settings) {
  std::vector<std::int64_t> values;
  for (const Threshold* threshold : all_thresholds()) {
    const auto it = settings.thresholds.find(threshold->key);
    values.push_back(it == settings.thresholds.end() ? threshold->default_value : it->second);
  }
  return values;
}

const RuleOverride* override_of(const EngineSettings& settings, const Rule& rule) {
  const auto it = settings.overrides.find(&rule);
  return it == settings.overrides.end() ? nullptr : &it->second;
}

Finding make_finding(const Rule& rule, Report report, Evidence evidence, const RuleOverride* override) {
  Finding finding;
  finding.rule = &rule;
  finding.severity = override && override->severity ? *override->severity : report.severity.value_or(rule.severity);
  finding.subject = std::move(report.subject);
  finding.message = std::move(report.message);
  finding.evidence = evidence;
  if (!report.related.empty())
    finding.related = std::move(report.related);
  else
    finding.related.assign(rule.related.begin(), rule.related.end());
  finding.location = report.location;
  finding.location_file = std::move(report.file);
  finding.joins_root_cause = report.joins_root_cause;
  return finding;
}

// Runs one rule under both readings over one index and keeps what the mode asks for, with its evidence (catalogue
// §1.5).
std::vector<Finding> findings_of(const Rule& rule, const OrgIndex& index, Date assessed_on,
                                 const std::vector<std::int64_t>& thresholds, const EngineSettings& settings) {
  std::vector<Finding> findings;
  FindingSink pessimistic(rule);
  rule.check(RuleContext(index, Reading::pessimistic, assessed_on, thresholds), pessimistic);
  if (pessimistic.reports().empty()) return findings;
  FindingSink optimistic(rule, /*keys_only=*/true);
  rule.check(RuleContext(index, Reading::optimistic, assessed_on, thresholds), optimistic);
  std::set<FindingKey> fired_optimistically;
  for (const Report& report : optimistic.reports()) fired_optimistically.insert(key_of(rule, report));

  const RuleOverride* override = override_of(settings, rule);
  for (Report& report : pessimistic.reports()) {
    const bool both = fired_optimistically.contains(key_of(rule, report));
    if (!both && settings.assume_missing == AssumeMissing::unknown) continue;
    const Evidence evidence = !both ? Evidence::missing : report.inferred ? Evidence::inferred : Evidence::declared;
    findings.push_back(make_finding(rule, std::move(report), evidence, override));
  }
  return findings;
}

// Runs one rule over the file as it is and, when there is one, over the launch index: what only the launch reading
// reports is a launch blocker (docs/format.md, "The launch reading"). A finding of both readings is reported once, as
// the normal reading has it. Integrity rules describe the file, which launching does not change: they run once.
void run_rule(const Rule& rule, const OrgIndex& index, const OrgIndex* launch_index, Date assessed_on,
              const std::vector<std::int64_t>& thresholds, const EngineSettings& settings,
              std::vector<Finding>& findings) {
  std::vector<Finding> today = findings_of(rule, index, assessed_on, thresholds, settings);
  if (rule.first_launch)
    for (Finding& finding : today) finding.launch_blocker = true;
  if (launch_index != nullptr && rule.family != Family::integrity) {
    std::set<FindingKey> reported_today;
    for (const Finding& finding : today) reported_today.insert(key_of(rule, finding));
    for (Finding& finding : findings_of(rule, *launch_index, assessed_on, thresholds, settings)) {
      if (reported_today.contains(key_of(rule, finding))) continue;
      finding.launch_blocker = true;
      today.push_back(std::move(finding));
    }
  }
  std::move(today.begin(), today.end(), std::back_inserter(findings));
}

// Live waivers by rule, then by subject ("" for waivers of every subject), so
// that matching costs one lookup per finding however many waivers there are.
using LiveWaivers = std::unordered_map<const Rule*, std::unordered_map<std::string_view, std::vector<std::size_t>>>;

// Every waiver of the org file and of the config, each judged: expired, of
// which rule, that rule turned off.
std::vector<WaiverState> waiver_states(const Org& org, const EngineSettings& settings, Date assessed_on) {
  std::vector<WaiverState> states;
  if (org.waivers.is_set())
    for (const Waiver& waiver : org.waivers.value) states.push_back({&waiver, {}});
  for (const ExternalWaiver& waiver : settings.waivers) states.push_back({&waiver.waiver, waiver.file});
  for (WaiverState& state : states) {
    const Waiver& waiver = *state.waiver;
    state.expired = waiver.expires.is_set() && assessed_on > waiver.expires.value;
    state.rule = find_rule(waiver.rule.value);
    if (!state.rule && settings.policies) state.rule = settings.policies->find(waiver.rule.value);
    if (state.rule) {
      const RuleOverride* override = override_of(settings, *state.rule);
      state.rule_disabled = override && !override->enabled;
    }
  }
  return states;
}

LiveWaivers live_waivers(const std::vector<WaiverState>& states) {
  LiveWaivers live;
  for (std::size_t i = 0; i < states.size(); ++i) {
    const WaiverState& state = states[i];
    const Waiver& waiver = *state.waiver;
    if (!state.expired && state.rule)
      live[state.rule][waiver.subject.is_set() ? std::string_view(waiver.subject.value) : std::string_view()].push_back(
          i);
  }
  return live;
}

// The first waiver in file order that covers `finding` (states.size() when
// none does); every waiver that covers it is marked used.
std::size_t first_covering(const LiveWaivers& live, const Finding& finding, std::vector<WaiverState>& states) {
  std::size_t first = states.size();
  const auto by_subject = live.find(finding.rule);
  if (by_subject == live.end()) return first;
  for (const std::string_view subject : {std::string_view(finding.subject.id), std::string_view()}) {
    const auto waivers = by_subject->second.find(subject);
    if (waivers == by_subject->second.end()) continue;
    for (const std::size_t i : waivers->second) {
      states[i].used = true;
      first = std::min(first, i);
    }
  }
  return first;
}

// Applies the waivers (catalogue §1.8) and returns their states for LINT-006/007.
std::vector<WaiverState> apply_waivers(const Org& org, const EngineSettings& settings, Date assessed_on,
                                       std::vector<Finding>& findings) {
  std::vector<WaiverState> states = waiver_states(org, settings, assessed_on);
  const LiveWaivers live = live_waivers(states);
  for (Finding& finding : findings) {
    const std::size_t first = first_covering(live, finding, states);
    if (first == states.size()) continue;
    const Waiver& waiver = *states[first].waiver;
    AppliedWaiver applied{waiver.reason.value, waiver.approved_by.value, std::nullopt, waiver.mark, states[first].file};
    if (waiver.expires.is_set()) applied.expires = waiver.expires.value;
    finding.waiver = std::move(applied);
  }
  return states;
}

// The rulesets' rules share nothing mutable but the document's mark lookup,
// which is prepared first, so they run on every core; findings are merged in
// rule order, so the result does not depend on the schedule.
void run_policies(const Policies& policies, const OrgIndex& index, const SourceDocument& document, bool time_rules,
                  Assessment& assessment) {
  const std::span<const Rule* const> rules = policies.rules();
  if (rules.empty()) return;
  document.prepare_lookups();
  std::vector<std::vector<Finding>> findings(rules.size());
  std::vector<double> milliseconds(rules.size());
  std::atomic<std::size_t> next{0};
  const auto work = [&] {
    for (std::size_t i = next++; i < rules.size(); i = next++) {
      const auto start = std::chrono::steady_clock::now();
      policies.run(*rules[i], index, document, findings[i]);
      milliseconds[i] = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    }
  };
  const std::size_t cores = std::max(1u, std::thread::hardware_concurrency());
  const std::size_t workers = std::min<std::size_t>({rules.size(), cores, 8});
  std::vector<std::thread> threads;
  for (std::size_t t = 1; t < workers; ++t) threads.emplace_back(work);
  work();
  for (std::thread& thread : threads) thread.join();
  for (std::size_t i = 0; i < rules.size(); ++i) {
    assessment.rules_run.push_back(rules[i]);
    std::move(findings[i].begin(), findings[i].end(), std::back_inserter(assessment.findings));
    if (time_rules) assessment.rule_times.push_back({rules[i], milliseconds[i]});
  }
}

// The scores, with a launch view when the launch reading ran or, in a file with no model yet, when a first-launch rule
// (ALIGN-012) reports what its first model needs.
Scores scores_of(const Org& org, const Assessment& assessment, bool launch_reading_ran) {
  const bool first_model = std::any_of(assessment.findings.begin(), assessment.findings.end(),
                                       [](const Finding& finding) { return finding.rule->first_launch; });
  Scores scores =
      score(assessment.findings, coverage_of(org.declared, assessment.rules_run), launch_reading_ran || first_model);
  if (first_model && scores.at_launch) scores.at_launch->first_model = true;
  return scores;
}

}  // namespace

void sort_findings(std::vector<Finding>& findings) {
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    return std::forward_as_tuple(a.location_file, a.location, a.rule->id, a.subject) <
           std::forward_as_tuple(b.location_file, b.location, b.rule->id, b.subject);
  });
}

Assessment assess(const Org& org, const EngineSettings& settings) {
  Assessment assessment;
  const bool dated = org.metadata.is_set() && org.metadata.value.assessed_on.is_set();
  assessment.assessed_on = dated ? org.metadata.value.assessed_on.value : settings.today;

  using Clock = std::chrono::steady_clock;
  const auto milliseconds_since = [](Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
  };
  const auto index_start = Clock::now();
  const OrgIndex index(org);
  // Built only when some model has yet to launch, so that other files pay nothing for the launch reading.
  std::optional<OrgIndex> launch_index;
  if (index.pre_launch_model_count() > 0) launch_index.emplace(index.launch_reading());
  if (settings.time_rules) assessment.index_milliseconds = milliseconds_since(index_start);
  const std::vector<std::int64_t> thresholds = threshold_values(settings);
  std::vector<const Rule*> waiver_rules;
  for (const Rule* rule : builtin_rules()) {
    if (rule->schema_tier) continue;
    if (const RuleOverride* override = override_of(settings, *rule); override && !override->enabled) continue;
    assessment.rules_run.push_back(rule);
    if (!rule->check) {
      waiver_rules.push_back(rule);
      continue;
    }
    const auto rule_start = Clock::now();
    run_rule(*rule, index, launch_index ? &*launch_index : nullptr, assessment.assessed_on, thresholds, settings,
             assessment.findings);
    if (settings.time_rules) assessment.rule_times.push_back({rule, milliseconds_since(rule_start)});
  }

  if (settings.policies != nullptr && settings.document != nullptr)
    run_policies(*settings.policies, index, *settings.document, settings.time_rules, assessment);

  // LINT-006/007 judge the waivers after matching, so they cannot be waived.
  const std::vector<WaiverState> waivers = apply_waivers(org, settings, assessment.assessed_on, assessment.findings);
  const WaiverContext waiver_context(waivers, assessment.assessed_on);
  for (const Rule* rule : waiver_rules) {
    FindingSink sink(*rule);
    rule->check_waivers(waiver_context, sink);
    for (Report& report : sink.reports())
      assessment.findings.push_back(
          make_finding(*rule, std::move(report), Evidence::declared, override_of(settings, *rule)));
  }

  std::stable_sort(assessment.rule_times.begin(), assessment.rule_times.end(),
                   [](const RuleTime& a, const RuleTime& b) { return a.milliseconds > b.milliseconds; });
  sort_findings(assessment.findings);
  assign_root_causes(assessment.findings);
  assessment.scores = scores_of(org, assessment, launch_index.has_value());
  assessment.strengths =
      strengths(org.declared, index, assessment.rules_run, assessment.findings,
                [&thresholds](const Threshold& threshold) { return thresholds[threshold_slot(threshold)]; });
  std::set<Subject> subjects;
  for (const Finding& finding : assessment.findings) subjects.insert(finding.subject);
  assessment.subject_names = subject_names(org, subjects);
  return assessment;
}

bool fails(const Assessment& assessment, Severity fail_on) {
  return tally(assessment.findings).open_at_or_above(fail_on) > 0;
}

}  // namespace orgstar
