#include "orgstar/model/subject_names.hpp"

namespace orgstar {
namespace {

class NameCollector {
 public:
  NameCollector(const std::set<Subject>& wanted, std::map<Subject, std::string>& names)
      : wanted_(wanted), names_(names) {}

  // `try_emplace` keeps the first element of a repeated id, as the indexes do.
  void add(SubjectType type, const Located<std::string>& id, const Located<std::string>& name) {
    if (!id.is_set() || !name.is_set() || name.value.empty()) return;
    Subject subject{type, id.value};
    if (wanted_.contains(subject)) names_.try_emplace(std::move(subject), name.value);
  }

  template <class Entry>
  void add_all(SubjectType type, const Located<std::vector<Entry>>& entries,
               Located<std::string> Entry::*name = &Entry::name) {
    if (!entries.is_set()) return;
    for (const Entry& entry : entries.value) add(type, entry.id, entry.*name);
  }

 private:
  const std::set<Subject>& wanted_;
  std::map<Subject, std::string>& names_;
};

void add_structure(NameCollector& collector, const Org& org) {
  if (!org.structure.is_set() || !org.structure.value.teams.is_set()) return;
  for (const Team& team : org.structure.value.teams.value) {
    collector.add(SubjectType::team, team.id, team.name);
    collector.add_all(SubjectType::model, team.models);
  }
}

void add_people(NameCollector& collector, const Org& org) {
  if (!org.people.is_set()) return;
  const People& people = org.people.value;
  collector.add_all(SubjectType::person, people.roster);
  collector.add_all(SubjectType::training, people.training);
  collector.add_all(SubjectType::rotation, people.rotation);
}

}  // namespace

std::map<Subject, std::string> subject_names(const Org& org, const std::set<Subject>& subjects) {
  std::map<Subject, std::string> names;
  if (subjects.empty()) return names;
  NameCollector collector(subjects, names);
  if (org.strategy.is_set()) {
    collector.add_all(SubjectType::objective, org.strategy.value.objectives, &Objective::title);
    collector.add_all(SubjectType::use_case, org.strategy.value.use_cases, &UseCase::title);
  }
  add_structure(collector, org);
  collector.add_all(SubjectType::process, org.processes);
  collector.add_all(SubjectType::reward, org.rewards);
  add_people(collector, org);
  return names;
}

}  // namespace orgstar
