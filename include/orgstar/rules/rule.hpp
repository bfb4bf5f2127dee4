// A built-in rule: its metadata (everything `rules`, `explain` and the reports
// show) next to the function that checks it. One rule per file under
// src/rules/<family>/, registered in the sorted list of src/rules/registry.cpp.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "orgstar/model/enums.hpp"
#include "orgstar/model/subject.hpp"

namespace orgstar {

enum class Severity : std::uint8_t { info, low, medium, high, critical };
ORGSTAR_DEFINE_ENUM_NAMES(Severity, "info", "low", "medium", "high", "critical");

// The Star Model facets, plus the integrity of the file itself (LINT rules).
enum class Facet : std::uint8_t { strategy, structure, processes, rewards, people, integrity };
ORGSTAR_DEFINE_ENUM_NAMES(Facet, "strategy", "structure", "processes", "rewards", "people", "integrity");

// Rule families, in report order: the five facets, then alignment, then
// integrity, then the organization's own policies (rulesets).
enum class Family : std::uint8_t { strategy, structure, processes, rewards, people, alignment, integrity, policy };
ORGSTAR_DEFINE_ENUM_NAMES(Family, "Strategy", "Structure", "Processes", "Rewards", "People", "Alignment", "Integrity",
                          "Policies");

// An integer threshold a rule reads from config `thresholds.<key>` (catalogue §1.4).
// Thresholds live in one namespace, so rules that share a key share this object.
struct Threshold {
  std::string_view key{};
  std::int64_t default_value{};
  std::int64_t minimum{};
  std::int64_t maximum{};
  std::string_view description{};
};

// What a config file or a ruleset makes of a built-in rule: on or off, and its severity.
struct RuleOverride {
  bool enabled = true;
  std::optional<Severity> severity;
};

// What must hold in the org for a rule's passing to say something about it (a strength): a rule that only looks
// at production models says nothing when there are none, one about hybrid ML nothing of a centralized
// organization. `production_models_at_threshold`: at least as many production models as the rule's first
// threshold. `orgstar explain` and docs/rules.md show it; orgstar/engine/strengths.hpp evaluates it.
enum class StrengthScope : std::uint8_t {
  organization,
  ml_in_use,
  live_model,
  production_model,
  production_models_at_threshold,
  centralized_or_hybrid,
  decentralized,
  decentralized_or_hybrid,
  hybrid,
  early_adoption,
  regulated_live_model,
  regulated_production_model,
  ml_role_supporting_or_more,
  ml_budget_line,
  sponsor_with_live_model,
  ml_archetype,
  ml_intent_without_model
};
ORGSTAR_DEFINE_ENUM_NAMES(StrengthScope, "organization", "ml-in-use", "live-model", "production-model",
                          "production-models-at-threshold", "centralized-or-hybrid", "decentralized",
                          "decentralized-or-hybrid", "hybrid", "early-adoption", "regulated-live-model",
                          "regulated-production-model", "ml-role-supporting-or-more", "ml-budget-line",
                          "sponsor-with-live-model", "ml-archetype", "ml-intent-without-model");

class RuleContext;
class FindingSink;
class WaiverContext;

struct Rule {
  std::string_view id{};     // STRAT-001
  std::string_view name{};   // ml-role-undeclared
  std::string_view title{};  // one line for listings
  Family family{};
  std::vector<Facet> facets{};  // the first is the primary facet
  SubjectType subject{};
  std::string_view subject_note{};  // "the surface team"; empty when the type says it all
  Severity severity{};
  std::string_view escalation{};  // "critical if m.risk: high"; empty when none
  std::string_view summary{};     // when it fires, in plain words
  std::string_view why{};
  std::string_view recommendation{};
  // What the organization does well when the rule passes on declared evidence, as one positive sentence for
  // leadership ("The quality of production models is monitored."), and what must exist for it to apply. Every
  // rule of the five facets and of alignment has one; integrity rules and ruleset rules have none (they are
  // never strengths). docs/rules.md shows it; engine/strengths.hpp says when a rule is a strength.
  std::string_view strength{};
  StrengthScope strength_scope = StrengthScope::organization;
  // Short citations: a work of the bibliography by key, then the parts cited
  // ("RML ch. 14 S2/S3; ch. 10"; orgstar/bibliography.hpp).
  std::vector<std::string_view> sources{};
  // The org file's keys the check reads, directly or through a helper, as key
  // paths with [] for a list entry ("structure.teams[].models[].stage"), sorted.
  // `explain`, docs/rules.md and the "Read by" column of docs/format.md show
  // them; tests/rules/reads_test.cpp fails when a rule's findings change with
  // a key it does not declare.
  std::vector<std::string_view> reads{};
  std::vector<const Threshold*> thresholds{};
  std::vector<std::string_view> related{};  // ids of the rules an ALIGN rule synthesizes
  // The id of the root cause whose home or member the rule is (orgstar/rules/root_cause.hpp, whose table it must
  // agree with: tests/rules/root_causes_test.cpp); empty when its findings always stand alone.
  std::string_view root_cause{};
  // Judges a file with no model yet for what its first launch needs: every finding is a launch blocker (docs/format.md,
  // "The launch reading").
  bool first_launch = false;
  bool schema_tier = false;  // LINT-002/005: schema errors, never findings; kept for `explain`
  // One finding per occurrence, told apart by location as well as subject: one
  // team may hold several broken references (LINT-001) or repeat an id (LINT-003).
  bool reports_every_occurrence = false;
  // A ruleset's own rule (family policy): its documentation_url (may be
  // empty), and where it is defined ("policies/acme.yaml:12").
  std::string_view documentation_url{};
  std::string_view definition{};
  // Exactly one of these is set. LINT-006 and LINT-007 judge the waivers, so
  // they run after every other rule's findings have been matched.
  void (*check)(const RuleContext&, FindingSink&) = nullptr;
  void (*check_waivers)(const WaiverContext&, FindingSink&) = nullptr;
};

// Every built-in rule, sorted by id.
std::span<const Rule* const> builtin_rules();
const Rule* find_rule(std::string_view id_or_name);

}  // namespace orgstar
