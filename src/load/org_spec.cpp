// orgstar/v1, written once as data; docs/format.md documents every key, in this
// order (did-you-mean breaks ties by it), and tests/unit/format_doc_test.cpp
// keeps the two together.
#include <cstdint>
#include <string>

#include "load/spec.hpp"
#include "load/spec_builder.hpp"
#include "orgstar/model/model.hpp"

namespace orgstar::spec {
namespace {

// Bounds no real organization reaches (the largest employers have about 2 million staff), so that the sums the
// index makes of them stay far from overflowing (docs/format.md, "Numbers").
constexpr std::int64_t max_headcount = 10'000'000;
constexpr std::int64_t max_group_size = 1'000'000;
constexpr std::int64_t max_duration_months = 1'200;

template <class E>
using EnumList = std::vector<Located<E>>;
using StringList = std::vector<Located<std::string>>;

const Node& metadata(Builder& b) {
  Node& n = b.object("Metadata", "Who and when: report header, regulation, culture, reference date.");
  add_property(n, "id", b.id(), &Metadata::id, required, "Organization id.");
  add_property(n, "name", b.string(), &Metadata::name, optional, "Display name; defaults to id.");
  add_property(n, "industry", b.string(), &Metadata::industry, optional, "Industry, shown in the report header.");
  add_property(n, "headcount", b.integer(0, max_headcount), &Metadata::headcount, optional,
               "Total staff (the roster may be partial); shown in the report header.");
  add_property(n, "regulated", b.boolean(), &Metadata::regulated, optional,
               "Subject to sector regulation (default false).");
  add_property(n, "ml_adoption_stage", b.enumeration<AdoptionStage>(), &Metadata::ml_adoption_stage, optional,
               "Where ML adoption stands.");
  add_property(n, "culture", b.enumeration<Culture>(), &Metadata::culture, optional,
               "Assessed culture, after Westrum (default unknown).");
  add_property(n, "assessed_on", b.date(), &Metadata::assessed_on, optional,
               "Reference date for staleness and waiver expiry; set it for reproducible output.");
  add_property(n, "assessor", b.string(), &Metadata::assessor, optional, "Who supplied the survey-type answers.");
  return n;
}

const Node& strategy(Builder& b) {
  Node& budget = b.object("Budget", "The ML budget: its own line, horizon and what it funds.");
  add_property(budget, "ml_line_item", b.boolean(), &Budget::ml_line_item, optional,
               "ML has its own budget line (control).");
  add_property(budget, "horizon", b.enumeration<BudgetHorizon>(), &Budget::horizon, optional, "Budget horizon.");
  add_property(budget, "covers", b.list<EnumList<BudgetItem>>(b.enumeration<BudgetItem>()), &Budget::covers, optional,
               "What the budget funds (control).");

  Node& kpi = b.object("KPI", "A key performance indicator of an objective, referenced as objective-id/kpi-name.");
  add_property(kpi, "name", b.id(), &Kpi::name, required,
               "KPI name, unique in the objective; referenced as objective-id/kpi-name.");
  add_property(kpi, "target", b.number(), &Kpi::target, optional, "Target value.");
  add_property(kpi, "unit", b.enumeration<KpiUnit>(), &Kpi::unit, optional, "Unit of the target.");
  add_property(kpi, "kind", b.enumeration<KpiKind>(), &Kpi::kind, required, "Business outcome or proxy.");

  Node& objective = b.object("Objective", "A business objective, with its KPIs.");
  add_property(objective, "id", b.id(), &Objective::id, required, "Objective id.");
  add_property(objective, "title", b.string(), &Objective::title, optional, "Title.");
  add_property(objective, "horizon", b.enumeration<ObjectiveHorizon>(), &Objective::horizon, optional, "Horizon.");
  add_property(objective, "owner_team", b.team_ref(), &Objective::owner_team, optional, "Owning team.");
  add_property(objective, "ml_related", b.boolean(), &Objective::ml_related, optional,
               "ML is expected to move this objective (default false).");
  add_property(objective, "kpis", b.list<std::vector<Kpi>>(kpi), &Objective::kpis, optional, "The KPIs.");

  Node& use_case =
      b.object("Use case", "An ML use case: how critical it is, which team shows it, which models serve it.");
  add_property(use_case, "id", b.id(), &UseCase::id, required, "Use-case id.");
  add_property(use_case, "title", b.string(), &UseCase::title, optional, "Title.");
  add_property(
      use_case, "criticality", b.enumeration<Criticality>(), &UseCase::criticality, required,
      "Blast radius, ordered additive < revenue-sensitive < revenue-critical < consumer-impacting < regulated < "
      "safety-critical.");
  add_property(use_case, "surface_team", b.team_ref(), &UseCase::surface_team, optional,
               "Team whose product shows the ML.");
  add_property(use_case, "models", b.list<StringList>(b.model_ref()), &UseCase::models, optional,
               "Models serving this use case.");

  Node& n = b.object("Strategy", "Strategy facet: ML's role, sponsor, budget, objectives, use cases.");
  add_property(n, "mission", b.string(), &Strategy::mission, optional, "Mission statement.");
  add_property(n, "ml_role", b.enumeration<MlRole>(), &Strategy::ml_role, optional,
               "ML's role in the strategy (default unknown).");
  add_property(n, "ml_strategy_documented", b.boolean(), &Strategy::ml_strategy_documented, optional,
               "Goals, assumptions and non-goals are written down (control).");
  add_property(n, "risk_appetite", b.enumeration<Level>(), &Strategy::risk_appetite, optional, "Risk appetite.");
  add_property(n, "executive_sponsor", b.person_ref(true), &Strategy::executive_sponsor, optional,
               "Accountable executive, a person id (control; null = none).");
  add_property(n, "leadership_trust_in_ml", b.enumeration<Trust>(), &Strategy::leadership_trust_in_ml, optional,
               "Survey answer (default unknown).");
  add_property(n, "budget", budget, &Strategy::budget, optional, "The ML budget.");
  add_property(n, "objectives", b.list<std::vector<Objective>>(objective), &Strategy::objectives, optional,
               "Business objectives (a section: absent = not known).");
  add_property(n, "use_cases", b.list<std::vector<UseCase>>(use_case), &Strategy::use_cases, optional, "ML use cases.");
  return n;
}

const Node& model(Builder& b) {
  Node& monitoring = b.object("Monitoring", "What is monitored about a model (each a control).");
  add_property(monitoring, "system", b.boolean(), &Monitoring::system, optional, "Serving health.");
  add_property(monitoring, "quality", b.boolean(), &Monitoring::quality, optional,
               "Domain-quality metrics with alerts.");
  add_property(monitoring, "drift", b.boolean(), &Monitoring::drift, optional, "Input-data validation and drift.");
  add_property(monitoring, "fairness", b.boolean(), &Monitoring::fairness, optional, "Sliced / fairness metrics.");

  Node& documentation = b.object("Model documentation", "A model's documentation (each a control).");
  add_property(documentation, "model_card", b.boolean(), &Documentation::model_card, optional, "A model card.");
  add_property(documentation, "risk_evaluation", b.boolean(), &Documentation::risk_evaluation, optional,
               "A documented risk evaluation.");

  Node& n = b.object("Model", "An ML model owned by the team: its stage, risk, safeguards and who can run it.");
  add_property(n, "id", b.id(), &Model::id, required, "Model id.");
  add_property(n, "name", b.string(), &Model::name, optional, "Display name; defaults to id.");
  add_property(n, "stage", b.enumeration<Stage>(), &Model::stage, required, "Lifecycle stage.");
  add_property(n, "risk", b.enumeration<Level>(), &Model::risk, optional, "Harm if wrong (default medium).");
  add_property(n, "user_facing", b.boolean(), &Model::user_facing, optional, "Users see its output (default false).");
  add_property(n, "uses_personal_data", b.boolean(), &Model::uses_personal_data, optional,
               "Uses personal data (default false).");
  add_property(n, "business_kpi", b.identifier(IdForm::kpi_reference, "an objective-id/kpi-name reference", true),
               &Model::business_kpi, optional,
               "The KPI it is meant to move, as objective-id/kpi-name (control; null = none).");
  add_property(n, "deployed_by", b.team_ref(), &Model::deployed_by, optional,
               "Team that runs it in production (default: the owner team).");
  add_property(n, "knowledge_holders", b.list<StringList>(b.person_ref()), &Model::knowledge_holders, optional,
               "People who can operate and change it (absent: inferred from the owner team).");
  add_property(n, "last_trained", b.date(), &Model::last_trained, optional, "Date of the last training (control).");
  add_property(n, "retrain", b.enumeration<Retrain>(), &Model::retrain, optional, "How it is retrained.");
  add_property(n, "mlops_level", b.enumeration<MlopsLevel>(), &Model::mlops_level, optional,
               "Google MLOps level: 0, 1 or 2.");
  add_property(n, "monitoring", monitoring, &Model::monitoring, optional, "What is monitored.");
  add_property(n, "rollback", b.boolean(), &Model::rollback, optional,
               "The previous version is redeployable (control).");
  add_property(n, "fallback", b.boolean(), &Model::fallback, optional, "A non-ML fallback is defined (control).");
  add_property(n, "decision", b.enumeration<Decision>(), &Model::decision, optional,
               "How its output is used: it acts by itself, or people decide with it (absent: not declared).");
  add_property(n, "human_override", b.boolean(), &Model::human_override, optional,
               "People can disregard, override or reverse its output (control).");
  add_property(n, "documentation", documentation, &Model::documentation, optional, "Model documentation.");
  return n;
}

const Node& structure(Builder& b) {
  Node& interaction =
      b.object("Interaction", "An edge of the team interaction graph (Team Topologies interaction modes).");
  add_property(interaction, "team", b.team_ref(), &Interaction::team, required, "The other team.");
  add_property(interaction, "mode", b.enumeration<InteractionMode>(), &Interaction::mode, required,
               "Team Topologies interaction mode.");
  add_property(interaction, "role", b.enumeration<InteractionRole>(), &Interaction::role, optional,
               "For x-as-a-service: whether this team consumes (default) or provides the service.");
  add_property(interaction, "purpose", b.string(), &Interaction::purpose, optional, "Why, for the report.");

  Node& team = b.object(
      "Team",
      "A team or an organizational unit: its kind, size, owner, reporting line, interactions and the models it owns.");
  add_property(team, "id", b.id(), &Team::id, required, "Team id.");
  add_property(team, "name", b.string(), &Team::name, optional, "Display name; defaults to id.");
  add_property(
      team, "kind", b.enumeration<TeamKind>(), &Team::kind, required,
      "product and business are the business side; compliance, risk and legal the control functions; the rest the "
      "ML/technical side.");
  add_property(team, "unit", b.enumeration<UnitKind>(), &Team::unit, optional,
               "Makes the entry an organizational unit rather than a team (absent: a team); team-shape rules skip "
               "units.");
  add_property(team, "topology", b.enumeration<Topology>(), &Team::topology, optional, "Team Topologies type.");
  add_property(team, "size", b.integer(0, max_group_size), &Team::size, optional,
               "People in the team (default: the roster head count); for a unit, its own staff, not counting what "
               "reports to it.");
  add_property(team, "owner", b.person_ref(true), &Team::owner, optional, "Accountable person (control; null = none).");
  add_property(team, "reports_to", b.team_ref(true), &Team::reports_to, optional,
               "Reporting line; null or absent makes the team a root.");
  add_property(team, "provides", b.list<EnumList<Capability>>(b.enumeration<Capability>()), &Team::provides, optional,
               "Capabilities offered to other teams.");
  add_property(team, "interactions", b.list<std::vector<Interaction>>(interaction), &Team::interactions, optional,
               "Edges of the interaction graph.");
  add_property(team, "models", b.list<std::vector<Model>>(model(b)), &Team::models, optional, "Models this team owns.");

  Node& n = b.object("Structure", "Structure facet: the ML organization model and the teams.");
  add_property(n, "ml_model", b.enumeration<MlModel>(), &Structure::ml_model, optional,
               "The ML organization archetype (Reliable Machine Learning ch. 14).");
  add_property(n, "integration_forums", b.list<StringList>(b.process_ref()), &Structure::integration_forums, optional,
               "The integration-point processes.");
  add_property(n, "teams", b.list<std::vector<Team>>(team), &Structure::teams, optional, "The teams.");
  return n;
}

const Node& process(Builder& b) {
  Node& n =
      b.object("Process", "A process (horizontal or vertical): what it is, who takes part, which models it covers.");
  add_property(n, "id", b.id(), &Process::id, required, "Process id.");
  add_property(n, "name", b.string(), &Process::name, optional, "Display name; defaults to id.");
  add_property(n, "kind", b.enumeration<ProcessKind>(), &Process::kind, required, "What the process is.");
  add_property(n, "owner_team", b.team_ref(), &Process::owner_team, optional, "Owning team.");
  add_property(n, "cadence", b.enumeration<Cadence>(), &Process::cadence, optional, "How often it runs.");
  add_property(n, "participants", b.list<StringList>(b.team_ref()), &Process::participants, optional,
               "Teams that take part.");
  add_property(n, "source", b.enumeration<FeedbackSource>(), &Process::source, optional, "Where feedback comes from.");
  add_property(n, "delivers_to", b.list<StringList>(b.team_ref()), &Process::delivers_to, optional,
               "Where feedback is routed.");
  add_property(n, "covers_models", b.list<StringList>(b.identifier(IdForm::model_or_all, "a model id or 'all'")),
               &Process::covers_models, optional, "Models the process applies to (absent: all; [] none).");
  add_property(n, "steps", b.list<StringList>(b.string()), &Process::steps, optional, "Steps.");
  add_property(n, "outputs", b.list<StringList>(b.string()), &Process::outputs, optional, "Outputs.");
  return n;
}

const Node& reward(Builder& b) {
  Node& eligibility = b.object("Eligibility", "Who can receive the reward (absent: everyone).");
  add_property(eligibility, "roles", b.list<EnumList<Role>>(b.enumeration<Role>()), &Eligibility::roles, optional,
               "Eligible roles.");
  add_property(eligibility, "teams", b.list<StringList>(b.team_ref()), &Eligibility::teams, optional,
               "Eligible teams.");
  add_property(eligibility, "team_kinds", b.list<EnumList<TeamKind>>(b.enumeration<TeamKind>()),
               &Eligibility::team_kinds, optional, "Eligible team kinds.");
  add_property(eligibility, "min_ml_literacy", b.enumeration<Literacy>(), &Eligibility::min_ml_literacy, optional,
               "Only members at or above this literacy.");

  Node& amount = b.object("Amount", "The reward's amount, for the report.");
  add_property(amount, "value", b.number(), &Amount::value, required, "Amount.");
  add_property(amount, "currency", b.identifier(IdForm::currency_code, "a currency code"), &Amount::currency, optional,
               "Currency, as an ISO 4217 alphabetic code: three upper-case letters (USD, CHF, XAU).");

  Node& n = b.object("Reward", "A reward: what is rewarded, and for whom.");
  add_property(n, "id", b.id(), &Reward::id, required, "Reward id.");
  add_property(n, "name", b.string(), &Reward::name, optional, "Display name; defaults to id.");
  add_property(n, "type", b.enumeration<RewardType>(), &Reward::type, optional, "Kind of reward.");
  add_property(n, "eligibility", eligibility, &Reward::eligibility, optional, "Who can receive it.");
  add_property(n, "criteria", b.string(), &Reward::criteria, optional, "Free-text criteria.");
  add_property(n, "criteria_tags", b.list<EnumList<CriteriaTag>>(b.enumeration<CriteriaTag>()), &Reward::criteria_tags,
               required, "What the reward pays for; [] allowed.");
  add_property(n, "shared_across", b.list<StringList>(b.team_ref()), &Reward::shared_across, optional,
               "Teams rewarded together (a joint reward).");
  add_property(n, "amount", amount, &Reward::amount, optional, "Amount.");
  return n;
}

const Node& people(Builder& b) {
  Node& entry = b.object("Roster entry", "A person (with id) or an anonymous group (with count).");
  entry.exactly_one_of = {"id", "count"};
  add_property(entry, "id", b.id(), &RosterEntry::id, optional, "Person id (persons only).");
  add_property(entry, "count", b.integer(1, max_group_size), &RosterEntry::count, optional,
               "Number of people the group stands for (groups only).");
  add_property(entry, "name", b.string(), &RosterEntry::name, optional, "Name or group label.");
  add_property(entry, "team", b.team_ref(), &RosterEntry::team, required, "Team membership.");
  add_property(entry, "role", b.enumeration<Role>(), &RosterEntry::role, required, "Job function.");
  add_property(entry, "ml_literacy", b.enumeration<Literacy>(), &RosterEntry::ml_literacy, required,
               "ML literacy, ordered none < aware < literate < practitioner < expert.");
  add_property(entry, "skills", b.list<StringList>(b.string()), &RosterEntry::skills, optional, "Skills.");

  Node& audience = b.object("Audience", "Who a training program is for: `all`, or roles, team kinds and teams.");
  audience.kind = Kind::all_or_object;
  audience.expected = "'all' or a mapping";
  add_property(audience, "roles", b.list<EnumList<Role>>(b.enumeration<Role>()), &Audience::roles, optional,
               "Roles reached.");
  add_property(audience, "team_kinds", b.list<EnumList<TeamKind>>(b.enumeration<TeamKind>()), &Audience::team_kinds,
               optional, "Team kinds reached.");
  add_property(audience, "teams", b.list<StringList>(b.team_ref()), &Audience::teams, optional, "Teams reached.");

  Node& training = b.object("Training program", "An ML training program: its topics and audience.");
  add_property(training, "id", b.id(), &TrainingProgram::id, required, "Program id.");
  add_property(training, "name", b.string(), &TrainingProgram::name, optional, "Display name; defaults to id.");
  add_property(training, "topics", b.list<EnumList<TrainingTopic>>(b.enumeration<TrainingTopic>()),
               &TrainingProgram::topics, required, "Topics covered.");
  add_property(training, "audience", audience, &TrainingProgram::audience, required,
               "Who it is for; {} reaches nobody.");
  add_property(training, "mandatory", b.boolean(), &TrainingProgram::mandatory, optional, "Mandatory (default false).");

  Node& rotation =
      b.object("Rotation program", "A rotation program: people from some team kinds spend time in other teams.");
  add_property(rotation, "id", b.id(), &RotationProgram::id, required, "Program id.");
  add_property(rotation, "name", b.string(), &RotationProgram::name, optional, "Display name.");
  add_property(rotation, "from_team_kinds", b.list<EnumList<TeamKind>>(b.enumeration<TeamKind>()),
               &RotationProgram::from_team_kinds, optional, "Team kinds people rotate from.");
  add_property(rotation, "to_teams", b.list<StringList>(b.team_ref()), &RotationProgram::to_teams, optional,
               "Teams people rotate to.");
  add_property(rotation, "duration_months", b.integer(1, max_duration_months), &RotationProgram::duration_months,
               optional, "Duration in months.");

  Node& hiring = b.object("Hiring", "Hiring policy.");
  add_property(hiring, "learn_on_the_job", b.boolean(), &Hiring::learn_on_the_job, optional,
               "Hire a few experts, grow the rest.");

  Node& n = b.object("People", "People facet: roster, training, rotation, hiring, responsible-AI owner.");
  add_property(n, "roster", b.list<std::vector<RosterEntry>>(entry), &People::roster, optional,
               "People and anonymous groups (a section: absent = not known).");
  add_property(n, "training", b.list<std::vector<TrainingProgram>>(training), &People::training, optional,
               "ML training programs (a section).");
  add_property(n, "rotation", b.list<std::vector<RotationProgram>>(rotation), &People::rotation, optional,
               "Rotation programs (a section).");
  add_property(n, "hiring", hiring, &People::hiring, optional, "Hiring policy.");
  add_property(n, "responsible_ai_owner", b.person_ref(true), &People::responsible_ai_owner, optional,
               "Owner of the quality, fairness, ethics and privacy program (control; null = none).");
  return n;
}

const Node& waiver(Builder& b) {
  Node& n = b.object("Waiver", "An accepted risk that suppresses specific findings.");
  add_property(n, "rule", b.identifier(IdForm::waiver_rule, "a rule id or name"), &Waiver::rule, required,
               "The rule waived, by id (PROC-002, a ruleset's ACME-001) or name (quality-not-monitored).");
  add_property(n, "subject", b.identifier(IdForm::waiver_subject, "a subject id or 'org'"), &Waiver::subject, optional,
               "The finding subject waived (absent: every subject of the rule).");
  add_property(n, "reason", b.non_blank_string(), &Waiver::reason, required, "Why the risk is accepted.");
  add_property(n, "approved_by", b.string(), &Waiver::approved_by, required,
               "Who accepted it: a person id or free text.");
  add_property(n, "expires", b.date(), &Waiver::expires, optional, "Last day the waiver is valid (absent: no expiry).");
  return n;
}

Spec build_org_spec() {
  Spec spec;
  Builder b(spec);
  Node& root = b.object("orgstar/v1 Organization",
                        "An organization described along Galbraith's Star Model facets (orgstar/v1).");
  add_property(root, "apiVersion", b.constant("orgstar/v1"), &Org::api_version, required, "Always orgstar/v1.");
  add_property(root, "kind", b.constant("Organization"), &Org::kind, required, "Always Organization.");
  add_property(root, "metadata", metadata(b), &Org::metadata, required, "Who and when.");
  add_property(root, "strategy", strategy(b), &Org::strategy, optional, "Strategy facet.");
  add_property(root, "structure", structure(b), &Org::structure, optional, "Structure facet.");
  add_property(root, "processes", b.list<std::vector<Process>>(process(b)), &Org::processes, optional,
               "Processes facet (a section: absent = not known).");
  add_property(root, "rewards", b.list<std::vector<Reward>>(reward(b)), &Org::rewards, optional,
               "Rewards facet (a section: absent = not known).");
  add_property(root, "people", people(b), &Org::people, optional, "People facet.");
  add_property(root, "waivers", b.list<std::vector<Waiver>>(waiver(b)), &Org::waivers, optional, "Accepted risks.");
  spec.set_root<Org>(root, DocumentInfo{"an orgstar/v1 Organization", "an org file"});
  return spec;
}

}  // namespace

const Spec& org_spec() {
  static const Spec spec = build_org_spec();
  return spec;
}

}  // namespace orgstar::spec
