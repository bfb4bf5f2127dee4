// The enumerations of the orgstar/v1 format (docs/format.md), each with its
// spelling in YAML. Enumerators are declared in the order the spec lists them,
// so ordered enums (literacy, criticality, ml_role) compare with < and >.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace orgstar {

// EnumNames<E>::names lists the YAML spellings, indexed by the enumerator value.
template <class E>
struct EnumNames;

template <class E>
constexpr std::span<const std::string_view> enum_names() {
  return EnumNames<E>::names;
}

template <class E>
constexpr std::string_view to_string(E value) {
  return EnumNames<E>::names[static_cast<std::size_t>(value)];
}

template <class E>
constexpr std::optional<E> parse_enum(std::string_view text) {
  const auto names = enum_names<E>();
  for (std::size_t i = 0; i < names.size(); ++i)
    if (names[i] == text) return static_cast<E>(i);
  return std::nullopt;
}

#define ORGSTAR_DEFINE_ENUM_NAMES(E, ...)                                               \
  template <>                                                                           \
  struct EnumNames<E> {                                                                 \
    static constexpr std::array names = std::to_array<std::string_view>({__VA_ARGS__}); \
  }

enum class AdoptionStage : std::uint8_t { none, exploring, poc, pilot, production, scaled };
ORGSTAR_DEFINE_ENUM_NAMES(AdoptionStage, "none", "exploring", "poc", "pilot", "production", "scaled");

enum class Culture : std::uint8_t { pathological, bureaucratic, generative, unknown };
ORGSTAR_DEFINE_ENUM_NAMES(Culture, "pathological", "bureaucratic", "generative", "unknown");

// Ordered as listed; `unknown` is below `none` by the spec, handled by the rules.
enum class MlRole : std::uint8_t { none, experimental, supporting, core, transformational, unknown };
ORGSTAR_DEFINE_ENUM_NAMES(MlRole, "none", "experimental", "supporting", "core", "transformational", "unknown");

// Shared by strategy.risk_appetite and models[].risk.
enum class Level : std::uint8_t { low, medium, high };
ORGSTAR_DEFINE_ENUM_NAMES(Level, "low", "medium", "high");

enum class Trust : std::uint8_t { low, medium, high, unknown };
ORGSTAR_DEFINE_ENUM_NAMES(Trust, "low", "medium", "high", "unknown");

enum class BudgetHorizon : std::uint8_t { one_off, annual, multi_year };
ORGSTAR_DEFINE_ENUM_NAMES(BudgetHorizon, "one-off", "annual", "multi-year");

enum class BudgetItem : std::uint8_t { modeling, infrastructure, data, monitoring, responsible_ai, training, hiring };
ORGSTAR_DEFINE_ENUM_NAMES(BudgetItem, "modeling", "infrastructure", "data", "monitoring", "responsible-ai", "training",
                          "hiring");

enum class ObjectiveHorizon : std::uint8_t { h1, h2, fy, three_years };
ORGSTAR_DEFINE_ENUM_NAMES(ObjectiveHorizon, "H1", "H2", "FY", "3y");

// Durations, then currencies (ISO 4217 codes in lower case, usd first as before), then plain numbers.
enum class KpiUnit : std::uint8_t {
  pct,
  ms,
  seconds,
  minutes,
  hours,
  days,
  usd,
  eur,
  gbp,
  chf,
  jpy,
  cny,
  cad,
  aud,
  nzd,
  sek,
  nok,
  dkk,
  pln,
  czk,
  huf,
  inr,
  sgd,
  hkd,
  brl,
  mxn,
  zar,
  count,
  ratio
};
ORGSTAR_DEFINE_ENUM_NAMES(KpiUnit, "pct", "ms", "seconds", "minutes", "hours", "days", "usd", "eur", "gbp", "chf",
                          "jpy", "cny", "cad", "aud", "nzd", "sek", "nok", "dkk", "pln", "czk", "huf", "inr", "sgd",
                          "hkd", "brl", "mxn", "zar", "count", "ratio");

enum class KpiKind : std::uint8_t { business, model, system, fairness };
ORGSTAR_DEFINE_ENUM_NAMES(KpiKind, "business", "model", "system", "fairness");

// Ordered by the harm a wrong output does: money, then an individual customer, then a supervised decision, then
// life and limb (docs/format.md, "Use case").
enum class Criticality : std::uint8_t {
  additive,
  revenue_sensitive,
  revenue_critical,
  consumer_impacting,
  regulated,
  safety_critical
};
ORGSTAR_DEFINE_ENUM_NAMES(Criticality, "additive", "revenue-sensitive", "revenue-critical", "consumer-impacting",
                          "regulated", "safety-critical");

enum class MlModel : std::uint8_t { none, centralized, decentralized, hybrid };
ORGSTAR_DEFINE_ENUM_NAMES(MlModel, "none", "centralized", "decentralized", "hybrid");

// compliance, risk and legal are the control functions: neither the business side nor the ML/technical side.
enum class TeamKind : std::uint8_t { ml, product, data, platform, business, sre, compliance, risk, legal };
ORGSTAR_DEFINE_ENUM_NAMES(TeamKind, "ml", "product", "data", "platform", "business", "sre", "compliance", "risk",
                          "legal");

// What a structure.teams[] entry that is not a team stands for; absent means a team. Backstage's Group spec.type
// spells the same values, so that an importer maps them one to one.
enum class UnitKind : std::uint8_t { department, division, business_unit, organization };
ORGSTAR_DEFINE_ENUM_NAMES(UnitKind, "department", "division", "business-unit", "organization");

enum class Topology : std::uint8_t { stream_aligned, platform, enabling, complicated_subsystem, undefined };
ORGSTAR_DEFINE_ENUM_NAMES(Topology, "stream-aligned", "platform", "enabling", "complicated-subsystem", "undefined");

enum class Capability : std::uint8_t {
  compute,
  ci_cd,
  data_pipelines,
  ml_training,
  ml_serving,
  feature_store,
  monitoring,
  experimentation
};
ORGSTAR_DEFINE_ENUM_NAMES(Capability, "compute", "ci-cd", "data-pipelines", "ml-training", "ml-serving",
                          "feature-store", "monitoring", "experimentation");

enum class InteractionMode : std::uint8_t { collaboration, x_as_a_service, facilitating };
ORGSTAR_DEFINE_ENUM_NAMES(InteractionMode, "collaboration", "x-as-a-service", "facilitating");

enum class InteractionRole : std::uint8_t { consumer, provider };
ORGSTAR_DEFINE_ENUM_NAMES(InteractionRole, "consumer", "provider");

enum class Stage : std::uint8_t { research, staging, production, retired };
ORGSTAR_DEFINE_ENUM_NAMES(Stage, "research", "staging", "production", "retired");

// How a model's output is used: it acts by itself, or people decide with it.
enum class Decision : std::uint8_t { automated, decision_support };
ORGSTAR_DEFINE_ENUM_NAMES(Decision, "automated", "decision-support");

enum class Retrain : std::uint8_t { manual, scheduled, triggered };
ORGSTAR_DEFINE_ENUM_NAMES(Retrain, "manual", "scheduled", "triggered");

enum class MlopsLevel : std::uint8_t { level0, level1, level2 };
ORGSTAR_DEFINE_ENUM_NAMES(MlopsLevel, "0", "1", "2");

enum class ProcessKind : std::uint8_t {
  business_review,
  exec_review,
  launch_review,
  triage,
  incident_response,
  postmortem,
  user_feedback,
  support_escalation,
  findings_writeup,
  infra_standards,
  privacy_review,
  fairness_review,
  risk_assessment,
  data_quality_review,
  planning_budgeting,
  training,
  other
};
ORGSTAR_DEFINE_ENUM_NAMES(ProcessKind, "business-review", "exec-review", "launch-review", "triage", "incident-response",
                          "postmortem", "user-feedback", "support-escalation", "findings-writeup", "infra-standards",
                          "privacy-review", "fairness-review", "risk-assessment", "data-quality-review",
                          "planning-budgeting", "training", "other");

enum class Cadence : std::uint8_t { daily, weekly, biweekly, monthly, quarterly, annual, per_release, on_demand };
ORGSTAR_DEFINE_ENUM_NAMES(Cadence, "daily", "weekly", "biweekly", "monthly", "quarterly", "annual", "per-release",
                          "on-demand");

enum class FeedbackSource : std::uint8_t { users, customers, support, sales, internal };
ORGSTAR_DEFINE_ENUM_NAMES(FeedbackSource, "users", "customers", "support", "sales", "internal");

enum class RewardType : std::uint8_t { bonus, recognition, promotion_track, learning_budget, equity_refresh, award };
ORGSTAR_DEFINE_ENUM_NAMES(RewardType, "bonus", "recognition", "promotion-track", "learning-budget", "equity-refresh",
                          "award");

enum class CriteriaTag : std::uint8_t {
  launch,
  velocity,
  business_outcome,
  model_quality,
  reliability,
  fairness,
  privacy,
  collaboration,
  consistency,
  documentation,
  platform_adoption,
  learning,
  simplification,
  throughput,
  decision_quality
};
ORGSTAR_DEFINE_ENUM_NAMES(CriteriaTag, "launch", "velocity", "business-outcome", "model-quality", "reliability",
                          "fairness", "privacy", "collaboration", "consistency", "documentation", "platform-adoption",
                          "learning", "simplification", "throughput", "decision-quality");

enum class Role : std::uint8_t {
  ml_engineer,
  data_scientist,
  research_scientist,
  mlops_engineer,
  engineering_manager,
  software_engineer,
  product_manager,
  designer,
  qa_engineer,
  data_engineer,
  analytics_engineer,
  data_analyst,
  platform_engineer,
  security_engineer,
  analyst,
  account_manager,
  operations_lead,
  finance_partner,
  business_manager,
  sre,
  incident_manager,
  executive,
  product_owner,
  domain_expert,
  actuary,
  underwriter,
  compliance_officer,
  risk_officer
};
ORGSTAR_DEFINE_ENUM_NAMES(Role, "ml-engineer", "data-scientist", "research-scientist", "mlops-engineer",
                          "engineering-manager", "software-engineer", "product-manager", "designer", "qa-engineer",
                          "data-engineer", "analytics-engineer", "data-analyst", "platform-engineer",
                          "security-engineer", "analyst", "account-manager", "operations-lead", "finance-partner",
                          "business-manager", "sre", "incident-manager", "executive", "product-owner", "domain-expert",
                          "actuary", "underwriter", "compliance-officer", "risk-officer");

enum class Literacy : std::uint8_t { none, aware, literate, practitioner, expert };
ORGSTAR_DEFINE_ENUM_NAMES(Literacy, "none", "aware", "literate", "practitioner", "expert");

enum class TrainingTopic : std::uint8_t {
  ml_basics,
  ml_for_leaders,
  responsible_ai,
  mlops,
  ml_advanced,
  data_literacy
};
ORGSTAR_DEFINE_ENUM_NAMES(TrainingTopic, "ml-basics", "ml-for-leaders", "responsible-ai", "mlops", "ml-advanced",
                          "data-literacy");

}  // namespace orgstar
