// Org files shared by the Structure rules' boundary tests.
#pragma once

#include <string>
#include <string_view>

#include "rules/rule_test_support.hpp"

namespace orgstar::test {

// t-ml owns a staging model; `edges` are the other teams and interactions.
inline std::string graph_org(std::string_view ml_interactions, std::string_view other_teams) {
  return org(R"(structure:
  teams:
    - {id: t-ml, kind: ml, models: [{id: m-a, stage: staging}], interactions: [)" +
             std::string(ml_interactions) + "]}\n" + std::string(other_teams));
}

}  // namespace orgstar::test
