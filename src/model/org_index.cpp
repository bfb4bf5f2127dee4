#include "orgstar/model/org_index.hpp"

#include <algorithm>
#include <deque>
#include <functional>
#include <limits>
#include <numeric>

#include "orgstar/support/spellcheck.hpp"

namespace orgstar {
namespace {

template <class T>
const std::vector<T>* section(const Located<std::vector<T>>& list) {
  return list.is_set() ? &list.value : nullptr;
}

void push_distinct(std::vector<Ix>& list, Ix ix) {
  if (std::find(list.begin(), list.end(), ix) == list.end()) list.push_back(ix);
}

// The loader bounds every count (docs/format.md), but the index must not rely on it: a model built by other means
// (a test, a future import) would otherwise overflow, so a sum stops at the largest count.
std::int64_t saturating_add(std::int64_t a, std::int64_t b) {
  return a > std::numeric_limits<std::int64_t>::max() - b ? std::numeric_limits<std::int64_t>::max() : a + b;
}

bool is_ml_capability(Capability capability) {
  return capability == Capability::ml_serving || capability == Capability::ml_training ||
         capability == Capability::feature_store;
}

}  // namespace

// Resolves the org in a fixed order: namespaces first (dropping later
// duplicates), then every reference (docs/format.md, "Ids and references"), then the derived
// facts (membership, ownership, graph, forest).
class OrgIndex::Builder {
 public:
  Builder(OrgIndex& index, const Org& org) : x_(index), org_(org) {}

  void build() {
    collect_teams_and_models();
    collect_people();
    collect_processes();
    collect_strategy();
    collect_rewards_and_programs();
    resolve_team_references();
    resolve_model_references();
    resolve_strategy_references();
    resolve_process_references();
    resolve_reward_and_people_references();
    derive_membership();
    derive_graph();
    derive_forest();
  }

 private:
  OrgIndex& x_;
  const Org& org_;
  std::unordered_map<std::string_view, const Objective*> objective_ids_;
  std::unordered_map<std::string_view, Mark> first_use_case_, first_reward_, first_training_, first_rotation_;
  std::vector<std::string_view> team_names_, person_names_, model_names_, process_names_;
  std::vector<std::vector<Ix>> reporting_children_;

  // --- namespaces -----------------------------------------------------------

  // Claims an id in a namespace whose map also serves lookups: a later
  // duplicate is reported against the first entity's id mark.
  template <class MarkOf>
  bool claim(std::unordered_map<std::string_view, Ix>& ids, const Located<std::string>& id, Ix next, SubjectType type,
             MarkOf first_mark) {
    const auto [it, inserted] = ids.try_emplace(id.value, next);
    if (!inserted) x_.shared_->duplicates_.push_back({{type, id.value}, id.mark, first_mark(it->second)});
    return inserted;
  }

  bool claim_mark(std::unordered_map<std::string_view, Mark>& ids, const Located<std::string>& id, SubjectType type) {
    const auto [it, inserted] = ids.try_emplace(id.value, id.mark);
    if (!inserted) x_.shared_->duplicates_.push_back({{type, id.value}, id.mark, it->second});
    return inserted;
  }

  void read_stage(ModelInfo& m) {
    const Stage stage = m.model->stage.value;
    m.pre_launch = m.model->stage.is_set() && (stage == Stage::research || stage == Stage::staging);
    if (m.pre_launch) ++x_.shared_->pre_launch_model_count_;
  }

  void collect_teams_and_models() {
    const auto* teams = org_.structure.is_set() ? section(org_.structure.value.teams) : nullptr;
    if (!teams) return;
    std::size_t model_count = 0;
    for (const Team& team : *teams)
      if (team.models.is_set()) model_count += team.models.value.size();
    x_.teams_.reserve(teams->size());
    x_.shared_->team_ids_.reserve(teams->size());
    x_.models_.reserve(model_count);
    x_.shared_->model_ids_.reserve(model_count);
    const auto team_mark = [&](Ix ix) { return x_.teams_[static_cast<std::size_t>(ix)].team->id.mark; };
    const auto model_mark = [&](Ix ix) { return x_.models_[static_cast<std::size_t>(ix)].model->id.mark; };
    for (const Team& team : *teams) {
      const Ix team_ix = static_cast<Ix>(x_.teams_.size());
      if (!claim(x_.shared_->team_ids_, team.id, team_ix, SubjectType::team, team_mark))
        continue;  // dropped with its models
      team_names_.push_back(team.id.value);
      TeamInfo& info = x_.teams_.emplace_back();
      info.team = &team;
      info.unit = team.is_unit();
      info.business_side = team.kind.value == TeamKind::product || team.kind.value == TeamKind::business;
      if (team.provides.is_set())
        for (const auto& capability : team.provides.value)
          if (is_ml_capability(capability.value)) info.provider = true;
      if (!team.models.is_set()) continue;
      for (const Model& model : team.models.value) {
        const Ix model_ix = static_cast<Ix>(x_.models_.size());
        if (!claim(x_.shared_->model_ids_, model.id, model_ix, SubjectType::model, model_mark)) continue;
        model_names_.push_back(model.id.value);
        ModelInfo& m = x_.models_.emplace_back();
        m.model = &model;
        m.owner = team_ix;
        read_stage(m);
        x_.teams_[static_cast<std::size_t>(team_ix)].models.push_back(model_ix);
      }
    }
  }

  void collect_people() {
    if (!org_.people.is_set()) return;
    const auto* roster = section(org_.people.value.roster);
    if (!roster) return;
    x_.shared_->people_.reserve(roster->size());
    x_.shared_->person_ids_.reserve(roster->size());
    const auto person_mark = [&](Ix ix) { return x_.shared_->people_[static_cast<std::size_t>(ix)].entry->id.mark; };
    for (const RosterEntry& entry : *roster) {
      const bool named = !entry.is_group();
      const Ix ix = static_cast<Ix>(x_.shared_->people_.size());
      if (named && !claim(x_.shared_->person_ids_, entry.id, ix, SubjectType::person, person_mark)) continue;
      PersonInfo& person = x_.shared_->people_.emplace_back();
      person.entry = &entry;
      person.named = named;
      person.role = entry.role.value;
      person.literacy = entry.ml_literacy.value;
      person.head_count = entry.head_count();
      if (named) person_names_.push_back(entry.id.value);
    }
  }

  void collect_processes() {
    const auto* processes = section(org_.processes);
    if (!processes) return;
    const auto process_mark = [&](Ix ix) {
      return x_.shared_->processes_[static_cast<std::size_t>(ix)].process->id.mark;
    };
    for (const Process& process : *processes) {
      if (!claim(x_.shared_->process_ids_, process.id, static_cast<Ix>(x_.shared_->processes_.size()),
                 SubjectType::process, process_mark))
        continue;
      process_names_.push_back(process.id.value);
      ProcessInfo& info = x_.shared_->processes_.emplace_back();
      info.process = &process;
      info.kind = process.kind.value;
    }
  }

  void collect_strategy() {
    if (!org_.strategy.is_set()) return;
    const Strategy& strategy = org_.strategy.value;
    if (const auto* objectives = section(strategy.objectives)) collect_objectives(*objectives);
    if (const auto* use_cases = section(strategy.use_cases)) {
      for (const UseCase& entity : *use_cases) {
        if (!claim_mark(first_use_case_, entity.id, SubjectType::use_case)) continue;
        x_.shared_->use_cases_.push_back({&entity, no_ix, {}});
      }
    }
  }

  void collect_objectives(const std::vector<Objective>& objectives) {
    std::unordered_map<std::string_view, Mark> first_objective;
    for (const Objective& objective : objectives) {
      if (!claim_mark(first_objective, objective.id, SubjectType::objective)) continue;
      objective_ids_.emplace(objective.id.value, &objective);
      x_.shared_->objectives_.push_back(&objective);
      x_.shared_->objective_kpis_.push_back(objective.kpis.is_set() ? collect_kpis(objective)
                                                                    : std::vector<const Kpi*>{});
    }
  }

  // KPI names are unique within their objective only: a repeated name is
  // reported and dropped, like a repeated id in any other namespace.
  std::vector<const Kpi*> collect_kpis(const Objective& objective) {
    std::vector<const Kpi*> kept;
    std::unordered_map<std::string_view, Mark> first_kpi;
    for (const Kpi& kpi : objective.kpis.value) {
      const auto [it, inserted] = first_kpi.try_emplace(kpi.name.value, kpi.name.mark);
      if (inserted) {
        kept.push_back(&kpi);
        continue;
      }
      x_.shared_->duplicates_.push_back(
          {{SubjectType::kpi, objective.id.value + "/" + kpi.name.value}, kpi.name.mark, it->second});
    }
    return kept;
  }

  void collect_rewards_and_programs() {
    if (const auto* rewards = section(org_.rewards)) {
      for (const Reward& entity : *rewards) {
        if (!claim_mark(first_reward_, entity.id, SubjectType::reward)) continue;
        x_.shared_->rewards_.push_back({&entity, {}, {}});
      }
    }
    if (!org_.people.is_set()) return;
    const People& people = org_.people.value;
    if (const auto* training = section(people.training)) {
      for (const TrainingProgram& entity : *training) {
        if (!claim_mark(first_training_, entity.id, SubjectType::training)) continue;
        x_.shared_->training_.push_back({&entity, {}});
      }
    }
    if (const auto* rotation = section(people.rotation)) {
      for (const RotationProgram& entity : *rotation) {
        if (!claim_mark(first_rotation_, entity.id, SubjectType::rotation)) continue;
        x_.shared_->rotation_.push_back(&entity);
      }
    }
  }

  // --- references -----------------------------------------------------------

  void dangling(Subject holder, std::string field, const Located<std::string>& value, std::string_view target,
                const std::vector<std::string_view>& candidates) {
    DanglingReference reference{std::move(holder), std::move(field), value.value, target, value.mark, {}};
    if (const auto suggestion = closest_match(value.value, candidates)) reference.suggestion = *suggestion;
    x_.shared_->dangling_.push_back(std::move(reference));
  }

  Ref resolve(const std::unordered_map<std::string_view, Ix>& ids, const Located<std::string>& value,
              const Subject& holder, std::string_view field, std::string_view target,
              const std::vector<std::string_view>& candidates) {
    if (value.is_absent()) return {Ref::State::unknown, no_ix};
    if (value.is_null()) return {Ref::State::none, no_ix};
    if (const auto it = ids.find(value.value); it != ids.end()) return {Ref::State::resolved, it->second};
    dangling(holder, std::string(field), value, target, candidates);
    return {Ref::State::none, no_ix};
  }

  Ref team_ref(const Located<std::string>& value, const Subject& holder, std::string_view field) {
    return resolve(x_.shared_->team_ids_, value, holder, field, "team", team_names_);
  }
  // The team a reference names, or no_ix when it is absent, null or dangling.
  Ix resolved_team(const Located<std::string>& value, const Subject& holder, std::string_view field) {
    const Ref ref = team_ref(value, holder, field);
    return ref.resolved() ? ref.ix : no_ix;
  }
  Ref person_ref(const Located<std::string>& value, const Subject& holder, std::string_view field) {
    return resolve(x_.shared_->person_ids_, value, holder, field, "person", person_names_);
  }

  // A list of team references: resolved entries, distinct, in file order.
  std::vector<Ix> team_list(const LocatedList<std::string>& list, const Subject& holder, std::string_view field) {
    std::vector<Ix> out;
    if (!list.is_set()) return out;
    for (const auto& entry : list.value) {
      const Ref ref = team_ref(entry, holder, field);
      if (ref.resolved()) push_distinct(out, ref.ix);
    }
    return out;
  }

  void resolve_team_references() {
    for (TeamInfo& info : x_.teams_) {
      const Team& team = *info.team;
      const Subject holder{SubjectType::team, team.id.value};
      info.owner = person_ref(team.owner, holder, "owner");
      info.reports_to = team_ref(team.reports_to, holder, "reports_to");
    }
  }

  void resolve_model_references() {
    for (ModelInfo& m : x_.models_) {
      const Model& model = *m.model;
      const Subject holder{SubjectType::model, model.id.value};
      const Ref deployer = team_ref(model.deployed_by, holder, "deployed_by");
      m.deployer = deployer.resolved() ? deployer.ix : m.owner;
      if (model.knowledge_holders.is_set()) {
        m.holders_declared = true;
        for (const auto& holder_id : model.knowledge_holders.value) {
          const Ref ref = person_ref(holder_id, holder, "knowledge_holders");
          if (ref.resolved()) push_distinct(m.holders, ref.ix);
        }
      }
      m.business_kpi = resolve_kpi(m, holder);
    }
  }

  Ref resolve_kpi(ModelInfo& m, const Subject& holder) {
    const Located<std::string>& value = m.model->business_kpi;
    if (value.is_absent()) return {Ref::State::unknown, no_ix};
    if (value.is_null()) return {Ref::State::none, no_ix};
    const std::string_view text = value.value;
    const auto slash = text.find('/');
    const auto objective = objective_ids_.find(text.substr(0, slash));
    if (objective != objective_ids_.end() && objective->second->kpis.is_set()) {
      for (const Kpi& kpi : objective->second->kpis.value) {
        if (kpi.name.value == text.substr(slash + 1)) {
          m.kpi = &kpi;  // the first KPI of that name: the one de-duplication keeps
          return {Ref::State::resolved, no_ix};
        }
      }
    }
    std::vector<std::string> qualified;
    for (std::size_t o = 0; o < x_.shared_->objectives_.size(); ++o)
      for (const Kpi* kpi : x_.shared_->objective_kpis_[o])
        qualified.push_back(x_.shared_->objectives_[o]->id.value + "/" + kpi->name.value);
    std::vector<std::string_view> candidates(qualified.begin(), qualified.end());
    dangling(holder, "business_kpi", value, "KPI", candidates);
    return {Ref::State::none, no_ix};
  }

  void resolve_strategy_references() {
    const Subject org{SubjectType::org, "org"};
    if (org_.strategy.is_set()) {
      const Strategy& strategy = org_.strategy.value;
      x_.shared_->sponsor_ = person_ref(strategy.executive_sponsor, org, "strategy.executive_sponsor");
      for (const Objective* objective : x_.shared_->objectives_)
        team_ref(objective->owner_team, {SubjectType::objective, objective->id.value}, "owner_team");
      for (UseCaseInfo& info : x_.shared_->use_cases_) resolve_use_case(info);
      link_models_to_use_cases();
    }
    if (org_.structure.is_set() && org_.structure.value.integration_forums.is_set())
      for (const auto& forum : org_.structure.value.integration_forums.value)
        resolve(x_.shared_->process_ids_, forum, org, "structure.integration_forums", "process", process_names_);
  }

  void resolve_use_case(UseCaseInfo& info) {
    const UseCase& use_case = *info.use_case;
    const Subject holder{SubjectType::use_case, use_case.id.value};
    const Ref surface = team_ref(use_case.surface_team, holder, "surface_team");
    info.surface_team = surface.resolved() ? surface.ix : no_ix;
    if (!use_case.models.is_set()) return;
    for (const auto& model_id : use_case.models.value) {
      const Ref ref = resolve(x_.shared_->model_ids_, model_id, holder, "models", "model", model_names_);
      if (ref.resolved()) push_distinct(info.models, ref.ix);
    }
  }

  // Use cases of each model, in file order, with surface and criticality.
  void link_models_to_use_cases() {
    for (std::size_t u = 0; u < x_.shared_->use_cases_.size(); ++u) {
      const UseCaseInfo& info = x_.shared_->use_cases_[u];
      for (const Ix model_ix : info.models) {
        ModelInfo& m = x_.models_[static_cast<std::size_t>(model_ix)];
        m.use_cases.push_back(static_cast<Ix>(u));
        if (info.surface_team != no_ix) push_distinct(m.surface, info.surface_team);
        const Criticality criticality = info.use_case->criticality.value;
        if (!m.criticality || *m.criticality < criticality) m.criticality = criticality;
      }
    }
  }

  void resolve_process_references() {
    for (std::size_t p = 0; p < x_.shared_->processes_.size(); ++p) {
      ProcessInfo& info = x_.shared_->processes_[p];
      const Process& process = *info.process;
      const Subject holder{SubjectType::process, process.id.value};
      info.owner_team = resolved_team(process.owner_team, holder, "owner_team");
      info.participants = team_list(process.participants, holder, "participants");
      info.participant_set = info.participants;
      std::sort(info.participant_set.begin(), info.participant_set.end());
      info.delivers_to = team_list(process.delivers_to, holder, "delivers_to");
      info.covers_all = !process.covers_models.is_set();
      if (process.covers_models.is_set())
        for (const auto& model_id : process.covers_models.value)
          info.covers_all = info.covers_all || model_id.value == "all";
      if (process.covers_models.is_set()) {
        for (const auto& model_id : process.covers_models.value) {
          if (model_id.value == "all") continue;
          const Ref ref = resolve(x_.shared_->model_ids_, model_id, holder, "covers_models", "model", model_names_);
          if (!ref.resolved() || info.covers_all) continue;
          auto& covered_by = x_.models_[static_cast<std::size_t>(ref.ix)].covered_by;
          if (covered_by.empty() || covered_by.back() != static_cast<Ix>(p)) covered_by.push_back(static_cast<Ix>(p));
        }
      }
      x_.shared_->process_kinds_.push_back(info.kind);
      if (!info.covers_all) continue;
      x_.shared_->processes_covering_all_.push_back(static_cast<Ix>(p));
      x_.shared_->processes_covering_all_by_kind_[static_cast<std::size_t>(info.kind)].push_back(static_cast<Ix>(p));
    }
  }

  // Adds to `teams` (resolved, distinct) every team and unit below each unit it names, at any depth of the reporting
  // forest (docs/format.md, "Eligibility"): naming a department names its teams. A team named directly stands for
  // itself only. Each node is listed once, so a reporting cycle ends the walk.
  void add_teams_below_units(std::vector<Ix>& teams) {
    const auto is_unit = [&](Ix t) { return x_.teams_[static_cast<std::size_t>(t)].unit; };
    if (std::none_of(teams.begin(), teams.end(), is_unit)) return;
    const std::vector<std::vector<Ix>>& below = reporting_children();
    std::vector<bool> listed(x_.teams_.size(), false);
    for (const Ix t : teams) listed[static_cast<std::size_t>(t)] = true;
    const std::size_t named = teams.size();
    for (std::size_t next = 0; next < teams.size(); ++next) {
      if (next < named && !is_unit(teams[next])) continue;
      for (const Ix child : below[static_cast<std::size_t>(teams[next])]) {
        if (listed[static_cast<std::size_t>(child)]) continue;
        listed[static_cast<std::size_t>(child)] = true;
        teams.push_back(child);
      }
    }
  }

  // The teams and units whose reports_to names each node, built on first use.
  const std::vector<std::vector<Ix>>& reporting_children() {
    if (reporting_children_.size() == x_.teams_.size()) return reporting_children_;
    reporting_children_.assign(x_.teams_.size(), {});
    for (std::size_t t = 0; t < x_.teams_.size(); ++t) {
      const Ref& up = x_.teams_[t].reports_to;
      if (up.resolved()) reporting_children_[static_cast<std::size_t>(up.ix)].push_back(static_cast<Ix>(t));
    }
    return reporting_children_;
  }

  void resolve_reward_and_people_references() {
    for (RewardInfo& info : x_.shared_->rewards_) {
      const Reward& reward = *info.reward;
      const Subject holder{SubjectType::reward, reward.id.value};
      if (reward.eligibility.is_set())
        info.eligible_teams = team_list(reward.eligibility.value.teams, holder, "eligibility.teams");
      add_teams_below_units(info.eligible_teams);
      info.shared_across = team_list(reward.shared_across, holder, "shared_across");
    }
    for (PersonInfo& person : x_.shared_->people_) {
      const RosterEntry& entry = *person.entry;
      const Subject holder = person.named ? Subject{SubjectType::person, entry.id.value} : Subject{};
      const Ref team = team_ref(entry.team, holder, "team");
      person.team = team.resolved() ? team.ix : no_ix;
    }
    if (x_.shared_->sponsor_.resolved())
      x_.shared_->sponsor_team_ = x_.shared_->people_[static_cast<std::size_t>(x_.shared_->sponsor_.ix)].team;
    for (TrainingInfo& info : x_.shared_->training_) {
      const TrainingProgram& program = *info.program;
      if (program.audience.is_set())
        info.audience_teams =
            team_list(program.audience.value.teams, {SubjectType::training, program.id.value}, "audience.teams");
      add_teams_below_units(info.audience_teams);
    }
    for (const RotationProgram* program : x_.shared_->rotation_)
      team_list(program->to_teams, {SubjectType::rotation, program->id.value}, "to_teams");
    if (org_.people.is_set())
      x_.shared_->responsible_ai_owner_ =
          person_ref(org_.people.value.responsible_ai_owner, {}, "people.responsible_ai_owner");
  }

  // --- derived facts --------------------------------------------------------

  void derive_membership() {
    for (std::size_t p = 0; p < x_.shared_->people_.size(); ++p) {
      const PersonInfo& person = x_.shared_->people_[p];
      const bool practitioner = person.literacy >= Literacy::practitioner;
      if (practitioner)
        x_.shared_->practitioner_head_count_ = saturating_add(x_.shared_->practitioner_head_count_, person.head_count);
      if (person.team == no_ix) continue;
      TeamInfo& team = x_.teams_[static_cast<std::size_t>(person.team)];
      team.members.push_back(static_cast<Ix>(p));
      team.head_count = saturating_add(team.head_count, person.head_count);
      if (practitioner) team.practitioners = saturating_add(team.practitioners, person.head_count);
    }
    x_.apply_reading();
  }

  void derive_graph() {
    for (std::size_t t = 0; t < x_.teams_.size(); ++t) {
      const Ix self = static_cast<Ix>(t);
      const Team& team = *x_.teams_[t].team;
      if (!team.interactions.is_set()) continue;
      const Subject holder{SubjectType::team, team.id.value};
      for (const Interaction& interaction : team.interactions.value) {
        const Ref other = team_ref(interaction.team, holder, "interactions[].team");
        if (!other.resolved() || other.ix == self) continue;
        const InteractionMode mode = interaction.mode.value;
        x_.teams_[t].edges.push_back({other.ix, mode});
        x_.teams_[static_cast<std::size_t>(other.ix)].edges.push_back({self, mode});
        if (mode != InteractionMode::x_as_a_service) continue;
        const bool provides = interaction.role.is_set() && interaction.role.value == InteractionRole::provider;
        if (provides)
          push_distinct(x_.teams_[static_cast<std::size_t>(other.ix)].consumes, self);
        else
          push_distinct(x_.teams_[t].consumes, other.ix);
      }
    }
    // Connected components of G (union-find with path halving).
    std::vector<Ix> parent(x_.teams_.size());
    std::iota(parent.begin(), parent.end(), 0);
    auto find = [&](Ix a) {
      while (parent[static_cast<std::size_t>(a)] != a)
        a = parent[static_cast<std::size_t>(a)] = parent[static_cast<std::size_t>(parent[static_cast<std::size_t>(a)])];
      return a;
    };
    for (std::size_t t = 0; t < x_.teams_.size(); ++t)
      for (const Edge& edge : x_.teams_[t].edges)
        parent[static_cast<std::size_t>(find(static_cast<Ix>(t)))] = find(edge.team);
    for (std::size_t t = 0; t < x_.teams_.size(); ++t) x_.teams_[t].component = find(static_cast<Ix>(t));
  }

  void derive_forest() {
    find_reporting_cycles();
    derive_sponsor_depths();
    roll_up_head_counts();
  }

  // Sums each node's own counts into every node above it, children before parents: a breadth-first order from the
  // roots, walked backwards. A team on a cycle is taken as a root, its reporting line being part of the cycle, so
  // the sums stay finite and each head is counted once.
  void roll_up_head_counts() {
    const std::size_t n = x_.teams_.size();
    std::vector<Ix> parent(n, no_ix);
    for (std::size_t t = 0; t < n; ++t) parent[t] = reporting_parent(t);
    for (const ReportingCycle& cycle : x_.shared_->cycles_)
      for (const Ix member : cycle.members) parent[static_cast<std::size_t>(member)] = no_ix;
    std::vector<std::vector<Ix>> children(n);
    std::vector<Ix> order;
    order.reserve(n);
    for (std::size_t t = 0; t < n; ++t) {
      TeamInfo& info = x_.teams_[t];
      info.total_head_count = info.team->size.is_set() ? info.team->size.value : info.head_count;
      info.total_practitioners = info.practitioners;
      if (parent[t] == no_ix)
        order.push_back(static_cast<Ix>(t));
      else
        children[static_cast<std::size_t>(parent[t])].push_back(static_cast<Ix>(t));
    }
    for (std::size_t next = 0; next < order.size(); ++next)
      for (const Ix child : children[static_cast<std::size_t>(order[next])]) order.push_back(child);
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
      const Ix up = parent[static_cast<std::size_t>(*it)];
      if (up == no_ix) continue;
      const TeamInfo& child = x_.teams_[static_cast<std::size_t>(*it)];
      TeamInfo& above = x_.teams_[static_cast<std::size_t>(up)];
      above.total_head_count = saturating_add(above.total_head_count, child.total_head_count);
      above.total_practitioners = saturating_add(above.total_practitioners, child.total_practitioners);
    }
  }

  Ix reporting_parent(std::size_t t) const {
    const Ref& up = x_.teams_[t].reports_to;
    return up.resolved() ? up.ix : no_ix;
  }

  // Cycles: walk each unvisited chain, colouring it; meeting the current
  // walk's colour again closes a cycle.
  void find_reporting_cycles() {
    const std::size_t n = x_.teams_.size();
    std::vector<std::int32_t> walk_of(n, -1);
    for (std::size_t start = 0; start < n; ++start) {
      if (walk_of[start] != -1) continue;
      const auto walk = static_cast<std::int32_t>(start);
      Ix t = static_cast<Ix>(start);
      while (t != no_ix && walk_of[static_cast<std::size_t>(t)] == -1) {
        walk_of[static_cast<std::size_t>(t)] = walk;
        t = reporting_parent(static_cast<std::size_t>(t));
      }
      if (t == no_ix || walk_of[static_cast<std::size_t>(t)] != walk) continue;
      x_.shared_->cycles_.push_back(reporting_cycle_through(t));
    }
  }

  // Starts at the team with the smallest id, so that a cycle is reported the same
  // whichever of its teams the walk came in by.
  ReportingCycle reporting_cycle_through(Ix t) const {
    ReportingCycle cycle;
    Ix member = t;
    do {
      cycle.members.push_back(member);
      member = reporting_parent(static_cast<std::size_t>(member));
    } while (member != t);
    const auto smallest = std::min_element(cycle.members.begin(), cycle.members.end(), [&](Ix a, Ix b) {
      return x_.teams_[static_cast<std::size_t>(a)].team->id.value <
             x_.teams_[static_cast<std::size_t>(b)].team->id.value;
    });
    std::rotate(cycle.members.begin(), smallest, cycle.members.end());
    cycle.team = cycle.members.front();
    return cycle;
  }

  // Depth up to the sponsor team, memoized; -1 = not reached, -2 = not yet known.
  void derive_sponsor_depths() {
    const std::size_t n = x_.teams_.size();
    x_.shared_->sponsor_depth_.assign(n, -2);
    if (x_.shared_->sponsor_team_ == no_ix) {
      std::fill(x_.shared_->sponsor_depth_.begin(), x_.shared_->sponsor_depth_.end(), -1);
      return;
    }
    std::vector<Ix> chain;
    for (std::size_t start = 0; start < n; ++start) {
      chain.clear();
      std::int64_t base = climb_to_known_depth(static_cast<Ix>(start), chain);
      for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        if (base >= 0) ++base;
        x_.shared_->sponsor_depth_[static_cast<std::size_t>(*it)] = base;
      }
    }
  }

  // Climbs the reporting lines from `t` until a team whose depth is known, and returns that depth; the teams passed on
  // the way are left in `chain` (and marked -3 meanwhile, so that a loop is noticed: it cannot hold the sponsor team).
  std::int64_t climb_to_known_depth(Ix t, std::vector<Ix>& chain) {
    while (true) {
      if (t == no_ix) return -1;
      const std::int64_t known = x_.shared_->sponsor_depth_[static_cast<std::size_t>(t)];
      if (known != -2 && known != -3) return known;
      if (known == -3) return -1;  // a loop: the sponsor team is not on it
      if (t == x_.shared_->sponsor_team_) {
        x_.shared_->sponsor_depth_[static_cast<std::size_t>(t)] = 0;
        return 0;
      }
      x_.shared_->sponsor_depth_[static_cast<std::size_t>(t)] = -3;  // on the current chain
      chain.push_back(t);
      t = reporting_parent(static_cast<std::size_t>(t));
    }
  }
};

OrgIndex::OrgIndex(const Org& org, IndexOptions options)
    : org_(&org), options_(options), shared_(std::make_shared<Shared>()) {
  Builder(*this, org).build();
}

OrgIndex OrgIndex::launch_reading() const {
  OrgIndex launch(*this);
  launch.options_.at_launch = true;
  launch.apply_reading();
  return launch;
}

// The launch reading (IndexOptions::at_launch) reads a model at research or staging as in production.
void OrgIndex::apply_reading() {
  for (TeamInfo& team : teams_) team.model_owning = team.production_owning = false;
  production_model_count_ = 0;
  for (ModelInfo& m : models_) {
    const Stage stage = m.model->stage.value;
    m.production = stage == Stage::production || (m.pre_launch && options_.at_launch);
    m.live = m.production || stage == Stage::staging;
    TeamInfo& owner = teams_[static_cast<std::size_t>(m.owner)];
    owner.model_owning = owner.model_owning || m.live;
    owner.production_owning = owner.production_owning || m.production;
    if (m.production) ++production_model_count_;
  }
}

namespace {
Ix find_in(const std::unordered_map<std::string_view, Ix>& ids, std::string_view id) {
  const auto it = ids.find(id);
  return it == ids.end() ? no_ix : it->second;
}
}  // namespace

Ix OrgIndex::find_team(std::string_view id) const { return find_in(shared_->team_ids_, id); }
Ix OrgIndex::find_person(std::string_view id) const { return find_in(shared_->person_ids_, id); }

bool OrgIndex::objectives_known() const { return org_->strategy.is_set() && org_->strategy.value.objectives.is_set(); }
bool OrgIndex::processes_known() const { return org_->processes.is_set(); }
bool OrgIndex::rewards_known() const { return org_->rewards.is_set(); }
bool OrgIndex::roster_known() const { return org_->people.is_set() && org_->people.value.roster.is_set(); }
bool OrgIndex::training_known() const { return org_->people.is_set() && org_->people.value.training.is_set(); }
bool OrgIndex::rotation_known() const { return org_->people.is_set() && org_->people.value.rotation.is_set(); }

bool OrgIndex::consumes(Ix team_ix, Ix provider) const {
  const auto& consumed = team(team_ix).consumes;
  return std::find(consumed.begin(), consumed.end(), provider) != consumed.end();
}

bool OrgIndex::collaborates(Ix a, Ix b) const {
  for (const Edge& edge : team(a).edges)
    if (edge.team == b && edge.mode == InteractionMode::collaboration) return true;
  return false;
}

bool OrgIndex::adjacent(Ix a, Ix b) const {
  for (const Edge& edge : team(a).edges)
    if (edge.team == b) return true;
  return false;
}

std::span<const Kpi* const> OrgIndex::kpis(const Objective& objective) const {
  // shared_->objectives_ points into one vector in file order, so its addresses are sorted.
  const auto it = std::lower_bound(shared_->objectives_.begin(), shared_->objectives_.end(), &objective, std::less<>());
  if (it == shared_->objectives_.end() || *it != &objective) return {};
  return shared_->objective_kpis_[static_cast<std::size_t>(it - shared_->objectives_.begin())];
}

std::optional<std::int64_t> OrgIndex::sponsor_depth(Ix team_ix) const {
  const std::int64_t depth = shared_->sponsor_depth_[static_cast<std::size_t>(team_ix)];
  if (depth < 0) return std::nullopt;
  return depth;
}

bool OrgIndex::ml_in_use() const {
  for (const ModelInfo& m : models_)
    if (m.live) return true;
  if (!org_->strategy.is_set() || !org_->strategy.value.ml_role.is_set()) return false;
  const MlRole role = org_->strategy.value.ml_role.value;
  return role == MlRole::supporting || role == MlRole::core || role == MlRole::transformational;
}

namespace {
bool adoption_stage_in(const Org& org, std::initializer_list<AdoptionStage> stages) {
  const Located<AdoptionStage>& stage = org.metadata.value.ml_adoption_stage;
  return stage.is_set() && std::find(stages.begin(), stages.end(), stage.value) != stages.end();
}
}  // namespace

bool OrgIndex::adoption_before_launch() const {
  return adoption_stage_in(*org_, {AdoptionStage::exploring, AdoptionStage::poc, AdoptionStage::pilot});
}

bool OrgIndex::launch_near() const { return adoption_stage_in(*org_, {AdoptionStage::poc, AdoptionStage::pilot}); }

bool OrgIndex::ml_intended() const {
  return adoption_before_launch() || std::any_of(objectives().begin(), objectives().end(),
                                                 [](const Objective* o) { return o->ml_related.value_or(false); });
}

void TeamReach::search(std::span<const Ix> sources, std::int64_t max_hops) {
  ++generation_;
  frontier_.clear();
  for (const Ix source : sources) {
    if (reached(source)) continue;
    marks_[static_cast<std::size_t>(source)] = generation_;
    frontier_.push_back(source);
  }
  for (std::int64_t hop = 0; hop < max_hops && !frontier_.empty(); ++hop) {
    next_.clear();
    for (const Ix team : frontier_)
      for (const Edge& edge : index_.team(team).edges)
        if (!reached(edge.team)) {
          marks_[static_cast<std::size_t>(edge.team)] = generation_;
          next_.push_back(edge.team);
        }
    frontier_.swap(next_);
  }
}

}  // namespace orgstar
