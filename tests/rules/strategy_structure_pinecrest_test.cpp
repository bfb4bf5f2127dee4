// The Strategy and Structure rules on the format's reference example, examples/pinecrest.yaml.
#include <fstream>
#include <sstream>
#include <string>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

// The format's reference example (examples/pinecrest.yaml) reports only ALIGN-007 and PROC-010.
TEST_CASE("Strategy and Structure rules are silent on pinecrest", "[STRAT][STRUCT]") {
  std::ifstream file(std::string(ORGSTAR_SOURCE_DIR) + "/examples/pinecrest.yaml");
  REQUIRE(file);
  std::stringstream text;
  text << file.rdbuf();
  for (const char* id : {"STRAT-001", "STRAT-002", "STRAT-003", "STRAT-004", "STRAT-005", "STRAT-006", "STRAT-007",
                         "STRUCT-001", "STRUCT-002", "STRUCT-003", "STRUCT-004", "STRUCT-005", "STRUCT-006",
                         "STRUCT-007", "STRUCT-008", "STRUCT-009", "STRUCT-010", "STRUCT-011", "STRUCT-012"}) {
    INFO(id);
    CHECK(fired_in_full(id, text.str()) == Lines{});
  }
}

}  // namespace
}  // namespace orgstar::test
