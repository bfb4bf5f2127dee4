// The one list of built-in rules, sorted by id. A rule exists for orgstar when,
// and only when, it is listed here (tests/rules/catalogue_test.cpp checks that
// every listed rule has its documentation, its samples and its tests).
#include <algorithm>
#include <array>
#include <string_view>

#include "orgstar/rules/rule.hpp"

namespace orgstar {
namespace rules {
extern const Rule strat_001;
extern const Rule strat_002;
extern const Rule strat_003;
extern const Rule strat_004;
extern const Rule strat_005;
extern const Rule strat_006;
extern const Rule strat_007;
extern const Rule struct_001;
extern const Rule struct_002;
extern const Rule struct_003;
extern const Rule struct_004;
extern const Rule struct_005;
extern const Rule struct_006;
extern const Rule struct_007;
extern const Rule struct_008;
extern const Rule struct_009;
extern const Rule struct_010;
extern const Rule struct_011;
extern const Rule struct_012;
extern const Rule proc_001;
extern const Rule proc_002;
extern const Rule proc_003;
extern const Rule proc_004;
extern const Rule proc_005;
extern const Rule proc_006;
extern const Rule proc_007;
extern const Rule proc_008;
extern const Rule proc_009;
extern const Rule proc_010;
extern const Rule proc_011;
extern const Rule proc_012;
extern const Rule proc_013;
extern const Rule proc_014;
extern const Rule proc_015;
extern const Rule proc_016;
extern const Rule proc_017;
extern const Rule proc_018;
extern const Rule proc_019;
extern const Rule rew_001;
extern const Rule rew_002;
extern const Rule rew_003;
extern const Rule rew_004;
extern const Rule rew_005;
extern const Rule rew_006;
extern const Rule rew_007;
extern const Rule rew_008;
extern const Rule rew_009;
extern const Rule ppl_001;
extern const Rule ppl_002;
extern const Rule ppl_003;
extern const Rule ppl_004;
extern const Rule ppl_005;
extern const Rule ppl_006;
extern const Rule ppl_007;
extern const Rule ppl_008;
extern const Rule ppl_009;
extern const Rule ppl_010;
extern const Rule align_001;
extern const Rule align_002;
extern const Rule align_003;
extern const Rule align_004;
extern const Rule align_005;
extern const Rule align_006;
extern const Rule align_007;
extern const Rule align_008;
extern const Rule align_009;
extern const Rule align_010;
extern const Rule align_011;
extern const Rule align_012;
extern const Rule lint_001;
extern const Rule lint_002;
extern const Rule lint_003;
extern const Rule lint_004;
extern const Rule lint_005;
extern const Rule lint_006;
extern const Rule lint_007;
}  // namespace rules

namespace {
constexpr auto kRules = std::to_array<const Rule*>({
    &rules::strat_001,  &rules::strat_002,  &rules::strat_003,  &rules::strat_004,  &rules::strat_005,
    &rules::strat_006,  &rules::strat_007,  &rules::struct_001, &rules::struct_002, &rules::struct_003,
    &rules::struct_004, &rules::struct_005, &rules::struct_006, &rules::struct_007, &rules::struct_008,
    &rules::struct_009, &rules::struct_010, &rules::struct_011, &rules::struct_012, &rules::proc_001,
    &rules::proc_002,   &rules::proc_003,   &rules::proc_004,   &rules::proc_005,   &rules::proc_006,
    &rules::proc_007,   &rules::proc_008,   &rules::proc_009,   &rules::proc_010,   &rules::proc_011,
    &rules::proc_012,   &rules::proc_013,   &rules::proc_014,   &rules::proc_015,   &rules::proc_016,
    &rules::proc_017,   &rules::proc_018,   &rules::proc_019,   &rules::rew_001,    &rules::rew_002,
    &rules::rew_003,    &rules::rew_004,    &rules::rew_005,    &rules::rew_006,    &rules::rew_007,
    &rules::rew_008,    &rules::rew_009,    &rules::ppl_001,    &rules::ppl_002,    &rules::ppl_003,
    &rules::ppl_004,    &rules::ppl_005,    &rules::ppl_006,    &rules::ppl_007,    &rules::ppl_008,
    &rules::ppl_009,    &rules::ppl_010,    &rules::align_001,  &rules::align_002,  &rules::align_003,
    &rules::align_004,  &rules::align_005,  &rules::align_006,  &rules::align_007,  &rules::align_008,
    &rules::align_009,  &rules::align_010,  &rules::align_011,  &rules::align_012,  &rules::lint_001,
    &rules::lint_002,   &rules::lint_003,   &rules::lint_004,   &rules::lint_005,   &rules::lint_006,
    &rules::lint_007,
});
}  // namespace

std::span<const Rule* const> builtin_rules() { return kRules; }

const Rule* find_rule(std::string_view id_or_name) {
  for (const Rule* rule : kRules)
    if (rule->id == id_or_name || rule->name == id_or_name) return rule;
  return nullptr;
}

}  // namespace orgstar
