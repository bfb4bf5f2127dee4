// What a rule sees while it checks one org, and where it reports.
//
// Every rule runs twice (catalogue §1.5): once under the pessimistic reading
// (an unknown control is not in place, an absent section is empty) and once
// under the optimistic one (an unknown control is in place and passes, "no
// entry of an absent section satisfies ..." is false). The engine compares the
// two runs to set each finding's evidence. Rules never test the reading
// themselves when a helper below says it: `control`, `present`, `any_in`.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "orgstar/model/org_index.hpp"
#include "orgstar/rules/finding.hpp"
#include "orgstar/rules/rule.hpp"
#include "orgstar/support/date.hpp"

namespace orgstar {

enum class Reading : std::uint8_t { pessimistic, optimistic };

class RuleContext {
 public:
  RuleContext(const OrgIndex& index, Reading reading, Date assessed_on, std::span<const std::int64_t> threshold_values)
      : index_(index), reading_(reading), assessed_on_(assessed_on), threshold_values_(threshold_values) {}

  const OrgIndex& index() const { return index_; }
  const Org& org() const { return index_.org(); }
  Reading reading() const { return reading_; }
  bool optimistic() const { return reading_ == Reading::optimistic; }
  // metadata.assessed_on, or the run's date (UTC) when the file has none.
  Date assessed_on() const { return assessed_on_; }

  // The configured value of a threshold (its default unless config sets it).
  std::int64_t threshold(const Threshold& threshold) const;

  // A boolean control (docs/format.md, "Absent, null, false, empty"): true or false as declared, null is
  // false, absent is decided by the reading.
  bool control(const Located<bool>& field) const {
    if (field.is_set()) return field.value;
    if (field.is_null()) return false;
    return optimistic();
  }
  // A reference control (sponsor, team owner, business_kpi): in place when it
  // resolves; absent is decided by the reading; null or dangling is not.
  bool present(Ref ref) const { return ref.resolved() || (ref.unknown() && optimistic()); }

  // "Some entry of the section satisfies pred": over an absent (unknown) section
  // this is true under the optimistic reading and false under the pessimistic one.
  template <class Range, class Pred>
  bool any_in(bool section_known, const Range& entries, Pred pred) const {
    if (!section_known) return optimistic();
    for (const auto& entry : entries)
      if (pred(entry)) return true;
    return false;
  }

  // Where an `org` finding points: the key of the rule's first facet section
  // (strategy, structure, processes, rewards, people) if the file has it, else
  // metadata (catalogue §1.1).
  Mark org_location(const Rule& rule) const;

 private:
  const OrgIndex& index_;
  Reading reading_;
  Date assessed_on_;
  std::span<const std::int64_t> threshold_values_;
};

// What a rule reports. Everything else a finding carries (rule id, name,
// facets, recommendation, sources, evidence, waiver) the engine fills in from
// the rule's metadata and the two readings.
struct Report {
  Subject subject{};
  Mark location{};
  std::string message{};
  std::optional<Severity> severity{};  // set only when an escalation applies
  bool inferred = false;               // evidence `inferred` (PPL-001)
  std::vector<std::string> related{};  // overrides the rule's `related` (ALIGN-005)
  bool joins_root_cause = true;        // Finding::joins_root_cause
  std::string file{};                  // empty: the assessed file (config waivers live elsewhere)
};

class FindingSink {
 public:
  // `keys_only`: the engine needs only the subjects and locations of a run
  // (the optimistic reading), so messages are not kept.
  explicit FindingSink(const Rule& rule, bool keys_only = false) : rule_(rule), keys_only_(keys_only) {}
  void report(Report report);
  std::vector<Report>& reports() { return reports_; }
  const Rule& rule() const { return rule_; }

 private:
  const Rule& rule_;
  bool keys_only_ = false;
  std::vector<Report> reports_;
};

// Subjects, so that ids are spelled one way everywhere.
inline Subject org_subject() { return {SubjectType::org, "org"}; }
inline Subject team_subject(const TeamInfo& team) { return {SubjectType::team, team.team->id.value}; }
inline Subject model_subject(const ModelInfo& model) { return {SubjectType::model, model.model->id.value}; }
inline Subject process_subject(const ProcessInfo& process) { return {SubjectType::process, process.process->id.value}; }
inline Subject person_subject(const PersonInfo& person) { return {SubjectType::person, person.entry->id.value}; }

}  // namespace orgstar

namespace orgstar {

// A waiver after matching, for LINT-006 and LINT-007.
struct WaiverState {
  const Waiver* waiver = nullptr;
  std::string file;            // empty: the assessed org file; else the config file holding it
  bool expired = false;        // assessed_on > expires
  bool used = false;           // matched at least one finding
  const Rule* rule = nullptr;  // what `rule` names, or nullptr when it names no loaded rule
  bool rule_disabled = false;  // by config
};

class WaiverContext {
 public:
  WaiverContext(std::span<const WaiverState> waivers, Date assessed_on)
      : waivers_(waivers), assessed_on_(assessed_on) {}
  std::span<const WaiverState> waivers() const { return waivers_; }
  Date assessed_on() const { return assessed_on_; }

 private:
  std::span<const WaiverState> waivers_;
  Date assessed_on_;
};

// The rule a waiver waives, as LINT-006/007 label it: the id of the rule it
// resolves to (a waiver may name it by id or by name), else `rule` as written.
inline std::string waived_rule(const WaiverState& state) {
  return state.rule != nullptr ? std::string(state.rule->id) : state.waiver->rule.value;
}

// The subject of LINT-006/007: RULE@subject, or RULE@* without a subject, RULE the waived rule's id.
inline Subject waiver_subject(const WaiverState& state) {
  const Waiver& waiver = *state.waiver;
  return {SubjectType::waiver,
          waived_rule(state) + "@" + (waiver.subject.is_set() ? waiver.subject.value : std::string("*"))};
}

}  // namespace orgstar
