// The one list of the org keys no rule reads (orgstar/report/unread_keys.hpp), beside the reports that show some of
// them: a report that starts or stops showing a key changes its row here.
#include "orgstar/report/unread_keys.hpp"

#include <algorithm>
#include <array>

namespace orgstar {
namespace {

constexpr std::string_view header = "the header of the text, Markdown, HTML and JSON reports";
constexpr std::string_view waived = "every report's waived findings";

constexpr std::array keys = std::to_array<UnreadKey>({
    {.path = "apiVersion", .use = KeyUse::loader},
    {.path = "kind", .use = KeyUse::loader},
    {.path = "metadata.assessor", .use = KeyUse::shown, .where = header},
    {.path = "metadata.headcount", .use = KeyUse::shown, .where = header},
    {.path = "metadata.id", .use = KeyUse::shown, .where = header},
    {.path = "metadata.industry", .use = KeyUse::shown, .where = header},
    {.path = "metadata.name", .use = KeyUse::shown, .where = header},
    {.path = "people.hiring.learn_on_the_job", .use = KeyUse::unused},
    {.path = "people.roster[].name", .use = KeyUse::label},
    {.path = "people.roster[].skills", .use = KeyUse::unused},
    {.path = "people.rotation[].duration_months", .use = KeyUse::unused},
    {.path = "people.rotation[].from_team_kinds", .use = KeyUse::unused},
    {.path = "people.rotation[].name", .use = KeyUse::label},
    {.path = "people.training[].mandatory", .use = KeyUse::unused},
    {.path = "people.training[].name", .use = KeyUse::label},
    {.path = "processes[].name", .use = KeyUse::label},
    {.path = "processes[].outputs", .use = KeyUse::unused},
    {.path = "processes[].source", .use = KeyUse::unused},
    {.path = "processes[].steps", .use = KeyUse::unused},
    {.path = "rewards[].criteria", .use = KeyUse::unused},
    {.path = "rewards[].name", .use = KeyUse::label},
    {.path = "strategy.mission", .use = KeyUse::unused},
    {.path = "strategy.objectives[].horizon", .use = KeyUse::unused},
    {.path = "strategy.objectives[].kpis[].target", .use = KeyUse::unused},
    {.path = "strategy.objectives[].kpis[].unit", .use = KeyUse::unused},
    {.path = "strategy.objectives[].title", .use = KeyUse::label},
    {.path = "strategy.use_cases[].title", .use = KeyUse::label},
    {.path = "structure.teams[].interactions[].purpose", .use = KeyUse::unused},
    {.path = "structure.teams[].models[].monitoring.system", .use = KeyUse::unused},
    {.path = "structure.teams[].models[].name", .use = KeyUse::label},
    {.path = "structure.teams[].name", .use = KeyUse::label},
    {.path = "waivers[].approved_by", .use = KeyUse::shown, .where = waived},
    {.path = "waivers[].reason", .use = KeyUse::shown, .where = waived},
});

constexpr bool sorted_by_path() {
  for (std::size_t i = 1; i < keys.size(); ++i)
    if (!(keys[i - 1].path < keys[i].path)) return false;
  return true;
}
static_assert(sorted_by_path(), "the unread keys are sorted by path, and listed once");

}  // namespace

std::span<const UnreadKey> unread_keys() { return keys; }

const UnreadKey* find_unread_key(std::string_view path) {
  const auto* found = std::lower_bound(keys.begin(), keys.end(), path,
                                       [](const UnreadKey& key, std::string_view p) { return key.path < p; });
  return found != keys.end() && found->path == path ? found : nullptr;
}

}  // namespace orgstar
