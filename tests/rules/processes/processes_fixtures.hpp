// Org files shared by the Processes rules' boundary tests.
#pragma once

#include <string>
#include <string_view>

#include "rules/rule_test_support.hpp"

namespace orgstar::test {

// One ML team t-ml owning production model m-a with `fields` (", key: value"
// pairs), then `teams` (more team lines) and `rest` (other sections).
inline std::string one_model(std::string_view fields, std::string_view rest = "", std::string_view teams = "") {
  std::string body = "structure:\n  teams:\n    - {id: t-ml, kind: ml, models: [{id: m-a, stage: production";
  body += fields;
  body += "}]}\n";
  body += teams;
  body += rest;
  return org(body);
}

}  // namespace orgstar::test
