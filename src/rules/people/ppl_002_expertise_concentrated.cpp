// PPL-002 expertise-concentrated: ML expertise that sits with one person, or
// in one team while models are owned in several.
#include <cstdint>
#include <string>

#include "rules/rule_context.hpp"
#include "rules/thresholds.hpp"

namespace orgstar::rules {
namespace {

__extension__ using Wide = __int128;  // 100 × a head count cannot overflow

std::string practitioners(std::int64_t n) { return std::to_string(n) + (n == 1 ? " practitioner" : " practitioners"); }

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  if (index.production_model_count() < 1) return;
  // Both triggers count the roster: over an absent roster the optimistic
  // reading does not fire (catalogue §1.5).
  if (!index.roster_known() && ctx.optimistic()) return;
  const std::int64_t total = index.practitioner_head_count();
  if (total <= 1) {
    const std::int64_t models = index.production_model_count();
    sink.report(
        {.subject = org_subject(),
         .location = ctx.org_location(sink.rule()),
         .message =
             std::string(total == 0 ? "the roster has no practitioner" : "the roster has a single practitioner") +
             " (literacy practitioner or expert) for " + std::to_string(models) + " production model" +
             (models == 1 ? "" : "s") + std::string(index.roster_known() ? "" : " (people.roster is absent)")});
    return;
  }
  std::int64_t model_owning = 0;
  const TeamInfo* top = nullptr;  // the team with the most practitioners, first on a tie
  for (const TeamInfo& t : index.teams()) {
    if (t.model_owning) ++model_owning;
    if (top == nullptr || t.practitioners > top->practitioners) top = &t;
  }
  if (model_owning < 2 || top == nullptr) return;
  const std::int64_t pct = ctx.threshold(thresholds::expertise_concentration_pct);
  if (Wide{100} * top->practitioners < Wide{pct} * total) return;
  const auto share = static_cast<std::int64_t>(Wide{100} * top->practitioners / total);
  sink.report({.subject = org_subject(),
               .location = top->team->mark,  // the team the message names
               .message = "team '" + top->team->id.value + "' holds " + std::to_string(top->practitioners) +
                          " of the " + practitioners(total) + " (" + std::to_string(share) + "%, at least " +
                          std::to_string(pct) + "%) while " + std::to_string(model_owning) + " teams own live models"});
}

}  // namespace

extern const Rule ppl_002;
const Rule ppl_002 = {
    .id = "PPL-002",
    .name = "expertise-concentrated",
    .title = "ML expertise concentrated",
    .family = Family::people,
    .facets = {Facet::people, Facet::structure},
    .subject = SubjectType::org,
    .severity = Severity::medium,
    .summary =
        "At least one production model, and either of:\n\n"
        "- (a) the roster has at most one practitioner (head count of entries with literacy practitioner or expert);\n"
        "- (b) at least two teams own live models, and one team S holds `expertise_concentration_pct` percent or more "
        "of all practitioners (`100 × practitioners(S) ≥ pct × total`).",
    .why =
        "Expertise that sits in one place cannot spread ML through the organization. When ML is spread out, expertise "
        "tends to be \"both duplicated and sparse\".",
    .recommendation = "Run an enabling team or guild, spread practitioners, and train others (PPL-004/005).",
    .strength = "ML expertise does not rest on one person, nor on one team while others run models.",
    .strength_scope = StrengthScope::production_model,
    .sources = {"RML Table 14-1", "TT (enabling team)"},
    .reads = {"people.roster[].count", "people.roster[].ml_literacy", "people.roster[].team",
              "structure.teams[].models[].stage"},
    .thresholds = {&thresholds::expertise_concentration_pct},
    .check = check,
};

}  // namespace orgstar::rules
