// What a finding or a broken reference is about: an element of the org, by its
// type and id (catalogue §1.1).
#pragma once

#include <compare>
#include <cstdint>
#include <string>

#include "orgstar/model/enums.hpp"

namespace orgstar {

// What a finding is about (catalogue §1.1). LINT-001 and LINT-003 report on
// whatever entity holds the broken reference or the repeated id.
enum class SubjectType : std::uint8_t {
  org,
  team,
  model,
  process,
  person,
  waiver,
  reward,
  objective,
  kpi,
  use_case,
  training,
  rotation,
  holder,
  entity
};
ORGSTAR_DEFINE_ENUM_NAMES(SubjectType, "org", "team", "model", "process", "person", "waiver", "reward", "objective",
                          "kpi", "use-case", "training", "rotation", "holder", "entity");

struct Subject {
  SubjectType type = SubjectType::org;
  std::string id = "org";
  auto operator<=>(const Subject&) const = default;
};

}  // namespace orgstar
