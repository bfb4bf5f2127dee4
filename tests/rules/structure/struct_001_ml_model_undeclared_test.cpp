// Boundary tests for STRUCT-001 ml-model-undeclared (src/rules/structure/struct_001_ml_model_undeclared.cpp).
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

TEST_CASE("STRUCT-001 ml-model-undeclared", "[STRUCT-001]") {
  const auto with = [](std::string_view ml_model, std::string_view stage) {
    return org("structure:\n" + std::string(ml_model) +
               "  teams: [{id: t-ml, kind: ml, models: [{id: m-a, stage: " + std::string(stage) + "}]}]\n");
  };
  CHECK(fired("STRUCT-001", with("", "staging")) == Lines{"org info declared"});
  CHECK(fired("STRUCT-001", with("", "staging"), unknown_mode) == Lines{"org info declared"});
  CHECK(fired("STRUCT-001", with("", "production")) == Lines{"org info declared"});
  CHECK(fired("STRUCT-001", with("  ml_model: none\n", "production")).empty());
  CHECK(fired("STRUCT-001", with("  ml_model: hybrid\n", "production")).empty());
  // Not model-owning: research or retired models only.
  CHECK(fired("STRUCT-001", with("", "research")).empty());
  CHECK(fired("STRUCT-001", with("", "retired")).empty());

  CHECK(fired_in_full("STRUCT-001", org(R"(structure:
  teams:
    - {id: t-a, kind: ml, models: [{id: m-a, stage: staging}]}
    - {id: t-b, kind: ml, models: [{id: m-b, stage: research}]}
    - {id: t-c, kind: product, models: [{id: m-c, stage: production}]}
)")) == Lines{"4:1 org info declared: structure.ml_model is absent although 2 teams ('t-a', 't-c') own models in "
              "staging or production"});
  CHECK(fired_in_full("STRUCT-001", with("", "staging")) ==
        Lines{"4:1 org info declared: structure.ml_model is absent although 1 team ('t-ml') owns models in staging or "
              "production"});
}

}  // namespace
}  // namespace orgstar::test
