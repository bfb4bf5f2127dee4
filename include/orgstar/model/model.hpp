// The typed orgstar/v1 organization (docs/format.md), as the loader decodes it.
//
// Every field is Located<T>: its value, where it was written, and whether it was
// absent, null or set. Defaults for absent context fields (risk -> medium, ...)
// are the rules' business, not the loader's: the model records what the file
// said. Entities keep the mark of their own mapping, which is where findings
// about them point.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "orgstar/model/enums.hpp"
#include "orgstar/support/date.hpp"
#include "orgstar/support/located.hpp"

namespace orgstar {

template <class T>
using LocatedList = Located<std::vector<Located<T>>>;

struct Metadata {
  Located<std::string> id;
  Located<std::string> name;
  Located<std::string> industry;
  Located<std::int64_t> headcount;
  Located<bool> regulated;
  Located<AdoptionStage> ml_adoption_stage;
  Located<Culture> culture;
  Located<Date> assessed_on;
  Located<std::string> assessor;
};

struct Budget {
  Located<bool> ml_line_item;
  Located<BudgetHorizon> horizon;
  LocatedList<BudgetItem> covers;
};

struct Kpi {
  Mark mark;
  Located<std::string> name;
  Located<double> target;
  Located<KpiUnit> unit;
  Located<KpiKind> kind;
};

struct Objective {
  Mark mark;
  Located<std::string> id;
  Located<std::string> title;
  Located<ObjectiveHorizon> horizon;
  Located<std::string> owner_team;
  Located<bool> ml_related;
  Located<std::vector<Kpi>> kpis;
};

struct UseCase {
  Mark mark;
  Located<std::string> id;
  Located<std::string> title;
  Located<Criticality> criticality;
  Located<std::string> surface_team;
  LocatedList<std::string> models;
};

struct Strategy {
  Located<std::string> mission;
  Located<MlRole> ml_role;
  Located<bool> ml_strategy_documented;
  Located<Level> risk_appetite;
  Located<std::string> executive_sponsor;
  Located<Trust> leadership_trust_in_ml;
  Located<Budget> budget;
  Located<std::vector<Objective>> objectives;
  Located<std::vector<UseCase>> use_cases;
};

struct Interaction {
  Mark mark;
  Located<std::string> team;
  Located<InteractionMode> mode;
  Located<InteractionRole> role;
  Located<std::string> purpose;
};

struct Monitoring {
  Located<bool> system;
  Located<bool> quality;
  Located<bool> drift;
  Located<bool> fairness;
};

struct Documentation {
  Located<bool> model_card;
  Located<bool> risk_evaluation;
};

struct Model {
  Mark mark;
  Located<std::string> id;
  Located<std::string> name;
  Located<Stage> stage;
  Located<Level> risk;
  Located<bool> user_facing;
  Located<bool> uses_personal_data;
  Located<std::string> business_kpi;  // "objective-id/kpi-name"
  Located<std::string> deployed_by;
  LocatedList<std::string> knowledge_holders;
  Located<Date> last_trained;
  Located<Retrain> retrain;
  Located<MlopsLevel> mlops_level;
  Located<Monitoring> monitoring;
  Located<bool> rollback;
  Located<bool> fallback;
  Located<Decision> decision;
  Located<bool> human_override;
  Located<Documentation> documentation;
};

struct Team {
  Mark mark;
  Located<std::string> id;
  Located<std::string> name;
  Located<TeamKind> kind;
  Located<UnitKind> unit;  // absent: a team
  Located<Topology> topology;
  Located<std::int64_t> size;
  Located<std::string> owner;
  Located<std::string> reports_to;
  LocatedList<Capability> provides;
  Located<std::vector<Interaction>> interactions;
  Located<std::vector<Model>> models;

  bool is_unit() const { return unit.is_set(); }
};

struct Structure {
  Located<MlModel> ml_model;
  LocatedList<std::string> integration_forums;
  Located<std::vector<Team>> teams;
};

struct Process {
  Mark mark;
  Located<std::string> id;
  Located<std::string> name;
  Located<ProcessKind> kind;
  Located<std::string> owner_team;
  Located<Cadence> cadence;
  LocatedList<std::string> participants;
  Located<FeedbackSource> source;
  LocatedList<std::string> delivers_to;
  LocatedList<std::string> covers_models;  // may contain "all"
  LocatedList<std::string> steps;
  LocatedList<std::string> outputs;
};

struct Eligibility {
  LocatedList<Role> roles;
  LocatedList<std::string> teams;
  LocatedList<TeamKind> team_kinds;
  Located<Literacy> min_ml_literacy;
};

struct Amount {
  Located<double> value;
  Located<std::string> currency;  // an ISO 4217 alphabetic code: three upper-case letters, checked by the loader
};

struct Reward {
  Mark mark;
  Located<std::string> id;
  Located<std::string> name;
  Located<RewardType> type;
  Located<Eligibility> eligibility;
  Located<std::string> criteria;
  LocatedList<CriteriaTag> criteria_tags;
  LocatedList<std::string> shared_across;
  Located<Amount> amount;
};

// A person when `id` is set, an anonymous group of `count` people otherwise.
struct RosterEntry {
  Mark mark;
  Located<std::string> id;
  Located<std::int64_t> count;
  Located<std::string> name;
  Located<std::string> team;
  Located<Role> role;
  Located<Literacy> ml_literacy;
  LocatedList<std::string> skills;

  bool is_group() const { return count.is_set(); }
  std::int64_t head_count() const { return count.is_set() ? count.value : 1; }
};

// `audience: all`, or a mapping of roles, team kinds and teams.
struct Audience {
  bool all = false;
  LocatedList<Role> roles;
  LocatedList<TeamKind> team_kinds;
  LocatedList<std::string> teams;
};

struct TrainingProgram {
  Mark mark;
  Located<std::string> id;
  Located<std::string> name;
  LocatedList<TrainingTopic> topics;
  Located<Audience> audience;
  Located<bool> mandatory;
};

struct RotationProgram {
  Mark mark;
  Located<std::string> id;
  Located<std::string> name;
  LocatedList<TeamKind> from_team_kinds;
  LocatedList<std::string> to_teams;
  Located<std::int64_t> duration_months;
};

struct Hiring {
  Located<bool> learn_on_the_job;
};

struct People {
  Located<std::vector<RosterEntry>> roster;
  Located<std::vector<TrainingProgram>> training;
  Located<std::vector<RotationProgram>> rotation;
  Located<Hiring> hiring;
  Located<std::string> responsible_ai_owner;
};

struct Waiver {
  Mark mark;
  Located<std::string> rule;
  Located<std::string> subject;
  Located<std::string> reason;
  Located<std::string> approved_by;
  Located<Date> expires;
};

// What the loader saw written, for evidence coverage (orgstar/load/declared.hpp reads it by key path): per key of
// the org format (a slot the format's description numbers), in how many mappings it was written, with any value,
// null included; per list key, how many entries its lists had in all. Empty for an org not loaded from a file.
struct DeclaredCounts {
  std::vector<std::uint32_t> written;
  std::vector<std::uint32_t> entries;
  bool recorded() const { return !written.empty(); }
};

struct Org {
  Mark mark;
  Located<std::string> api_version;
  Located<std::string> kind;
  Located<Metadata> metadata;
  Located<Strategy> strategy;
  Located<Structure> structure;
  Located<std::vector<Process>> processes;
  Located<std::vector<Reward>> rewards;
  Located<People> people;
  Located<std::vector<Waiver>> waivers;
  DeclaredCounts declared;
};

}  // namespace orgstar
