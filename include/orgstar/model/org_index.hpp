// The indexes every rule reads, built once per assessed file: ids resolved,
// duplicates dropped (catalogue §1.9), the interaction graph G, the reporting
// forest, person -> team, model -> owner, process coverage of models, and the
// integrity problems (LINT-001/003/004) met on the way.
//
// Rules iterate the index's lists, never the raw model: the lists hold only
// the entities that survived de-duplication. Everything here is built in time
// linear in the size of the org (hash maps for ids, BFS/union-find for G).
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "orgstar/model/model.hpp"
#include "orgstar/model/subject.hpp"

namespace orgstar {

using Ix = std::int32_t;  // position in one of the index's entity lists
inline constexpr Ix no_ix = -1;

// A reference after resolution (catalogue §1.5, §1.9): `unknown` when the field
// was absent, `none` when it was null or dangling (declared, but broken).
struct Ref {
  enum class State : std::uint8_t { unknown, none, resolved };
  State state = State::unknown;
  Ix ix = no_ix;

  bool resolved() const { return state == State::resolved; }
  bool unknown() const { return state == State::unknown; }
};

struct Edge {
  Ix team = no_ix;  // the other end
  InteractionMode mode = InteractionMode::collaboration;
};

struct TeamInfo {
  const Team* team = nullptr;
  Ref owner;                       // person
  Ref reports_to;                  // team
  std::vector<Ix> models;          // every model the team owns (kept ones)
  std::vector<Ix> members;         // roster entries with `team:` this team
  std::int64_t head_count = 0;     // of members
  std::int64_t practitioners = 0;  // head count of members with literacy >= practitioner
  bool unit = false;               // an organizational unit (`unit:` set), not a team
  // Rolled up the reporting forest: this node's own count plus that of every team and unit reporting to it,
  // recursively. The own count is `size` when set, else `head_count`; on a reporting cycle (LINT-004) each member
  // counts itself and what hangs below it, not the rest of the cycle.
  std::int64_t total_head_count = 0;
  std::int64_t total_practitioners = 0;  // practitioners, rolled up the same way
  std::vector<Edge> edges;               // G, both directions, self-edges dropped
  std::vector<Ix> consumes;        // teams P with consumes(T, P), distinct; any kind of team, not only ML providers
  bool provider = false;           // ML-capability provider
  bool model_owning = false;       // owns >= 1 live model
  bool production_owning = false;  // owns >= 1 production model
  bool business_side = false;      // kind product or business
  std::int32_t component = 0;      // connected component of G
};

struct ModelInfo {
  const Model* model = nullptr;
  Ix owner = no_ix;
  Ix deployer = no_ix;      // deployed_by if it resolves, else the owner
  bool live = false;        // staging or production (at launch: research too)
  bool production = false;  // production (at launch: research and staging too)
  bool pre_launch = false;  // research or staging in the file, whatever the reading
  Ref business_kpi;
  const Kpi* kpi = nullptr;
  bool holders_declared = false;  // knowledge_holders present (even [])
  std::vector<Ix> holders;        // distinct resolved persons
  std::vector<Ix> use_cases;
  std::vector<Ix> surface;  // distinct resolved surface teams, in use-case order
  std::optional<Criticality> criticality;
  std::vector<Ix> covered_by;  // processes that name this model in covers_models (and do not cover all)
};

struct ProcessInfo {
  const Process* process = nullptr;
  ProcessKind kind = ProcessKind::other;
  bool covers_all = false;          // covers_models absent or contains `all`
  Ix owner_team = no_ix;            // owner_team if it resolves
  std::vector<Ix> participants;     // resolved, distinct, in file order
  std::vector<Ix> delivers_to;      // resolved, distinct
  std::vector<Ix> participant_set;  // participants, sorted: per-model checks look teams up in it

  bool takes_part(Ix team) const { return std::binary_search(participant_set.begin(), participant_set.end(), team); }
};

struct PersonInfo {  // a roster entry: a named person or an anonymous group
  const RosterEntry* entry = nullptr;
  Ix team = no_ix;
  Role role = Role::software_engineer;
  Literacy literacy = Literacy::none;
  std::int64_t head_count = 1;
  bool named = false;
};

struct RewardInfo {
  const Reward* reward = nullptr;
  std::vector<Ix> eligible_teams;  // eligibility.teams, resolved, then every team below a unit it names
  std::vector<Ix> shared_across;   // resolved, distinct
};

struct UseCaseInfo {
  const UseCase* use_case = nullptr;
  Ix surface_team = no_ix;
  std::vector<Ix> models;
};

struct TrainingInfo {
  const TrainingProgram* program = nullptr;
  std::vector<Ix> audience_teams;  // audience.teams, resolved, then every team below a unit it names
};

// LINT-001: a reference that does not resolve in its namespace.
struct DanglingReference {
  Subject holder;
  std::string field;  // "owner", "interactions[].team", ...
  std::string value;
  std::string_view target;  // "team", "person", "model", "process", "KPI"
  Mark location;
  std::string suggestion;  // nearest id of the right kind, or empty
};

// LINT-003: a later occurrence of an id in its namespace.
struct DuplicateId {
  Subject subject;  // the repeated id, typed by its namespace
  Mark location;
  Mark first;
};

// LINT-004: a reporting cycle, reported once at its smallest team id.
struct ReportingCycle {
  Ix team = no_ix;          // smallest id on the cycle
  std::vector<Ix> members;  // the cycle, starting at `team`, in reports_to order
};

// The processes that cover one model: those covering all models, then those
// naming it, each in file order, optionally only those of one kind. A view over
// the index; nothing is copied.
class CoveringProcesses {
 public:
  class iterator {
   public:
    using value_type = Ix;
    using difference_type = std::ptrdiff_t;
    iterator() = default;
    iterator(const CoveringProcesses* range, std::size_t position) : range_(range), position_(position) { skip(); }
    Ix operator*() const { return range_->at(position_); }
    iterator& operator++() {
      ++position_;
      skip();
      return *this;
    }
    iterator operator++(int) {
      iterator before = *this;
      ++*this;
      return before;
    }
    bool operator==(const iterator& other) const { return position_ == other.position_; }

   private:
    void skip() {
      while (position_ < range_->end_position() && !range_->wanted(position_)) ++position_;
    }
    const CoveringProcesses* range_ = nullptr;
    std::size_t position_ = 0;
  };

  // `kinds` (one per process) filters the named part; `all` is already filtered.
  CoveringProcesses(std::span<const Ix> all, std::span<const Ix> named, std::span<const ProcessKind> kinds = {},
                    std::optional<ProcessKind> kind = std::nullopt)
      : all_(all), named_(named), kinds_(kinds), kind_(kind) {}
  iterator begin() const { return {this, 0}; }
  iterator end() const { return {this, end_position()}; }
  std::vector<Ix> to_vector() const { return {begin(), end()}; }

 private:
  std::size_t end_position() const { return all_.size() + named_.size(); }
  Ix at(std::size_t position) const { return position < all_.size() ? all_[position] : named_[position - all_.size()]; }
  bool wanted(std::size_t position) const {
    return position < all_.size() || !kind_ || kinds_[static_cast<std::size_t>(at(position))] == *kind_;
  }

  std::span<const Ix> all_;
  std::span<const Ix> named_;
  std::span<const ProcessKind> kinds_;
  std::optional<ProcessKind> kind_;
};

// How the index reads the file. `at_launch` is the launch reading (docs/format.md, "The launch reading"): every
// model at research or staging is indexed as if it were in production, so that every rule that reads models through
// the index judges what must be in place when they launch. Retired models stay retired.
struct IndexOptions {
  bool at_launch = false;
};

class OrgIndex {
 public:
  explicit OrgIndex(const Org& org, IndexOptions options = {});
  // The same file at launch (IndexOptions::at_launch), sharing with this index everything but the models' stages and
  // what follows from them: as OrgIndex(org, {.at_launch = true}), for a fraction of its time and memory.
  OrgIndex launch_reading() const;

  const Org& org() const { return *org_; }
  bool at_launch() const { return options_.at_launch; }

  std::span<const TeamInfo> teams() const { return teams_; }
  std::span<const ModelInfo> models() const { return models_; }
  std::span<const ProcessInfo> processes() const { return shared_->processes_; }
  std::span<const PersonInfo> people() const { return shared_->people_; }
  std::span<const RewardInfo> rewards() const { return shared_->rewards_; }
  std::span<const UseCaseInfo> use_cases() const { return shared_->use_cases_; }
  std::span<const TrainingInfo> training() const { return shared_->training_; }
  std::span<const Objective* const> objectives() const { return shared_->objectives_; }
  // The KPIs of one of objectives() that survived de-duplication (a repeated
  // name within one objective is dropped, the first one wins), in file order.
  std::span<const Kpi* const> kpis(const Objective& objective) const;
  std::span<const RotationProgram* const> rotation() const { return shared_->rotation_; }

  const TeamInfo& team(Ix ix) const { return teams_[static_cast<std::size_t>(ix)]; }
  const ModelInfo& model(Ix ix) const { return models_[static_cast<std::size_t>(ix)]; }
  const ProcessInfo& process(Ix ix) const { return shared_->processes_[static_cast<std::size_t>(ix)]; }
  const PersonInfo& person(Ix ix) const { return shared_->people_[static_cast<std::size_t>(ix)]; }
  const RewardInfo& reward(Ix ix) const { return shared_->rewards_[static_cast<std::size_t>(ix)]; }

  Ix find_team(std::string_view id) const;
  Ix find_person(std::string_view id) const;  // named entries only

  // Sections (catalogue §1.5): absent means unknown, [] means declared empty.
  bool objectives_known() const;
  bool processes_known() const;
  bool rewards_known() const;
  bool roster_known() const;
  bool training_known() const;
  bool rotation_known() const;

  Ref sponsor() const { return shared_->sponsor_; }           // strategy.executive_sponsor, a person
  Ix sponsor_team() const { return shared_->sponsor_team_; }  // the resolved sponsor's team, or no_ix
  Ref responsible_ai_owner() const { return shared_->responsible_ai_owner_; }

  // The processes that cover m (covers(p, m) of the catalogue): those covering
  // all models first, then those naming m, each in file order; or only those of
  // one kind.
  CoveringProcesses processes_covering(Ix model) const {
    return {shared_->processes_covering_all_, this->model(model).covered_by};
  }
  CoveringProcesses processes_covering(Ix model, ProcessKind kind) const {
    return {shared_->processes_covering_all_by_kind_[static_cast<std::size_t>(kind)], this->model(model).covered_by,
            shared_->process_kinds_, kind};
  }
  // The processes of one kind that cover every model, in file order: the first part of processes_covering(m, kind)
  // for every m, for a rule that would otherwise go through them once per model.
  std::span<const Ix> processes_covering_all(ProcessKind kind) const {
    return shared_->processes_covering_all_by_kind_[static_cast<std::size_t>(kind)];
  }

  bool ml_capability_provider(Ix team) const { return this->team(team).provider; }
  bool consumes(Ix team, Ix provider) const;
  bool collaborates(Ix a, Ix b) const;
  bool adjacent(Ix a, Ix b) const;
  // Steps up reports_to from `team` to the sponsor team: 0 when it is the
  // sponsor team, nullopt when the chain ends or loops first (or no sponsor team).
  std::optional<std::int64_t> sponsor_depth(Ix team) const;

  // Head counts over the whole roster.
  std::int64_t practitioner_head_count() const { return shared_->practitioner_head_count_; }
  std::int64_t production_model_count() const { return production_model_count_; }
  // Models at research or staging in the file (the same under either IndexOptions): the launch reading runs when
  // there is at least one.
  std::int64_t pre_launch_model_count() const { return shared_->pre_launch_model_count_; }
  bool ml_in_use() const;  // a live model exists, or ml_role is supporting/core/transformational
  // metadata.ml_adoption_stage is exploring, poc or pilot: ML on its way to its first launch.
  bool adoption_before_launch() const;
  bool launch_near() const;  // the adoption stage is poc or pilot
  // ML declared important, model or not: adoption before launch, or an ML-related objective (ALIGN-012).
  bool ml_intended() const;

  std::span<const DanglingReference> dangling_references() const { return shared_->dangling_; }
  std::span<const DuplicateId> duplicate_ids() const { return shared_->duplicates_; }
  std::span<const ReportingCycle> reporting_cycles() const { return shared_->cycles_; }

 private:
  class Builder;
  friend class Builder;

  void apply_reading();  // the models' production and live flags, and their owners'

  const Org* org_;
  IndexOptions options_;
  // What the reading changes: the models' stages, and what follows from them.
  std::vector<TeamInfo> teams_;
  std::vector<ModelInfo> models_;
  std::int64_t production_model_count_ = 0;
  // The rest is the same under every reading: the launch index shares it with the index it is made from, which
  // halves the memory of a run with models yet to launch (45 MB on the 10 000-team benchmark org).
  struct Shared {
    std::vector<ProcessInfo> processes_;
    std::vector<PersonInfo> people_;
    std::vector<RewardInfo> rewards_;
    std::vector<UseCaseInfo> use_cases_;
    std::vector<TrainingInfo> training_;
    std::vector<const Objective*> objectives_;
    std::vector<std::vector<const Kpi*>> objective_kpis_;  // per objective, kept KPIs
    std::vector<const RotationProgram*> rotation_;
    std::unordered_map<std::string_view, Ix> team_ids_, person_ids_, model_ids_, process_ids_;
    std::vector<Ix> processes_covering_all_;
    std::array<std::vector<Ix>, enum_names<ProcessKind>().size()> processes_covering_all_by_kind_;
    std::vector<ProcessKind> process_kinds_;  // per process
    Ref sponsor_;
    Ix sponsor_team_ = no_ix;
    Ref responsible_ai_owner_;
    std::vector<std::int64_t> sponsor_depth_;  // per team; -1 = not reached
    std::int64_t practitioner_head_count_ = 0;
    std::int64_t pre_launch_model_count_ = 0;
    std::vector<DanglingReference> dangling_;
    std::vector<DuplicateId> duplicates_;
    std::vector<ReportingCycle> cycles_;
  };
  std::shared_ptr<Shared> shared_;
};

// The teams within some number of hops of a set of sources in G. One object
// serves many searches: its marks are reset by a generation count, so a search
// costs the teams and edges it reaches, not the size of the org.
class TeamReach {
 public:
  explicit TeamReach(const OrgIndex& index) : index_(index), marks_(index.teams().size(), 0) {}

  // Starts a new search: the sources and every team within max_hops of one.
  void search(std::span<const Ix> sources, std::int64_t max_hops);
  bool reached(Ix team) const { return marks_[static_cast<std::size_t>(team)] == generation_; }

 private:
  const OrgIndex& index_;
  std::vector<std::uint32_t> marks_;
  std::uint32_t generation_ = 0;
  std::vector<Ix> frontier_, next_;
};

}  // namespace orgstar
