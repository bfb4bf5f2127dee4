// Org files shared by the Strategy rules' boundary tests.
#pragma once

#include <string>
#include <string_view>

#include "rules/rule_test_support.hpp"

namespace orgstar::test {

// A model in staging or production makes *ML in use*.
inline std::string ml_in_use_org(std::string_view strategy, std::string_view stage = "staging",
                                 std::string_view people =
                                     "people: {roster: [{id: p-ceo, team: t-ml, role: executive, "
                                     "ml_literacy: aware}]}\n") {
  return org(std::string(strategy) + "structure: {teams: [{id: t-ml, kind: ml, models: [{id: m-a, stage: " +
             std::string(stage) + "}]}]}\n" + std::string(people));
}

}  // namespace orgstar::test
