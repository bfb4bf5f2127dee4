// The functions that know the organization: references, reachable and count (see functions.hpp for their meaning).
// What they compute from a whole document is computed once per document and kept in its DocumentCache.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <unordered_set>
#include <variant>

#include "orgstar/policy/jsonpath.hpp"
#include "orgstar/support/spellcheck.hpp"
#include "policy/functions_support.hpp"

namespace orgstar::policy::detail {

namespace {

using nlohmann::json;

// A JSONPath option compiled once; a syntax error points at its offset inside the expression.
std::optional<jsonpath::Query> compile_query(OptionReader& reader, std::string_view name) {
  const std::optional<std::string> text = reader.string(name);
  if (!text) return std::nullopt;
  auto parsed = jsonpath::Query::parse(*text);
  if (auto* error = std::get_if<jsonpath::ParseError>(&parsed)) {
    reader.problem(std::string(name), fmt::format("invalid JSONPath at offset {}: {}", error->offset, error->message),
                   error->offset);
    return std::nullopt;
  }
  return std::get<jsonpath::Query>(std::move(parsed));
}

// --- references ------------------------------------------------------------------------------------------------------

enum class IdKind : std::uint8_t { team, person, model, process };
constexpr std::array<std::string_view, 4> id_kind_names{"team", "person", "model", "process"};

// The ids of one kind in a document's index, for lookups and did-you-mean. Unknown ids are usually few but may
// repeat (one misspelt team named by a hundred models), so their suggestions are remembered.
struct IdSet final : DocumentCache::Entry {
  std::unordered_set<std::string_view> ids;
  std::vector<std::string_view> candidates;  // in file order: a did-you-mean tie goes to the first
  std::unordered_map<std::string, std::optional<std::string_view>> suggestions;

  void add(std::string_view id) {
    if (ids.insert(id).second) candidates.push_back(id);
  }
};

std::unique_ptr<IdSet> collect_ids(const OrgIndex& index, IdKind kind) {
  auto set = std::make_unique<IdSet>();
  switch (kind) {
    case IdKind::team:
      for (const TeamInfo& team : index.teams()) set->add(team.team->id.value);
      break;
    case IdKind::person:
      for (const PersonInfo& person : index.people())
        if (person.named) set->add(person.entry->id.value);
      break;
    case IdKind::model:
      for (const ModelInfo& model : index.models()) set->add(model.model->id.value);
      break;
    case IdKind::process:
      for (const ProcessInfo& process : index.processes()) set->add(process.process->id.value);
      break;
  }
  return set;
}

// One id set per kind and document, shared by every `references` function: these addresses are the cache keys.
constexpr std::array<char, 4> id_set_keys{};

class References final : public PreparedFunction {
 public:
  explicit References(IdKind kind) : kind_(kind) {}

  std::optional<std::string> evaluate(const FunctionInput& input) const override {
    if (input.value == nullptr) return std::nullopt;
    const json& value = *input.value;
    if (value.is_string()) return check(value.get_ref<const std::string&>(), input);
    if (!value.is_array()) return fmt::format("is {}, not an id or a list of ids", show(value));
    for (std::size_t i = 0; i < value.size(); ++i) {
      if (!value[i].is_string()) return fmt::format("has {} at item {}, not an id", show(value[i]), i);
      if (auto problem = check(value[i].get_ref<const std::string&>(), input)) return problem;
    }
    return std::nullopt;
  }

 private:
  std::optional<std::string> check(const std::string& id, const FunctionInput& input) const {
    const auto kind = static_cast<std::size_t>(kind_);
    IdSet& set = input.cache.get<IdSet>(&id_set_keys[kind], [&] { return collect_ids(input.index, kind_); });
    if (set.ids.contains(id)) return std::nullopt;
    auto [remembered, first_time] = set.suggestions.try_emplace(id);
    if (first_time) remembered->second = closest_match(id, set.candidates);
    std::string message = fmt::format("{} is not a {} id", show(json(id)), id_kind_names[kind]);
    if (remembered->second) message += fmt::format(" (did you mean '{}'?)", *remembered->second);
    return message;
  }

  IdKind kind_;
};

// --- reachable -------------------------------------------------------------------------------------------------------

// The teams a `to` selector picks in one document, by index position.
struct SelectedTeams final : DocumentCache::Entry {
  std::vector<bool> selected;  // per team of the index
};

// Marks for the bounded searches of every `reachable` function over one document. A generation count resets them,
// so a search costs the teams and edges it reaches, not the size of the org.
struct SearchMarks final : DocumentCache::Entry {
  std::vector<std::uint32_t> marks;  // per team: the generation that last reached it
  std::uint32_t generation = 0;
  std::vector<Ix> frontier, next;
};
constexpr char search_marks_key = 0;

std::uint8_t mode_bit(InteractionMode mode) { return static_cast<std::uint8_t>(1u << static_cast<unsigned>(mode)); }

class Reachable final : public PreparedFunction {
 public:
  Reachable(jsonpath::Query to, std::int64_t max_hops, std::uint8_t modes, std::string modes_text)
      : to_(std::move(to)), max_hops_(max_hops), modes_(modes), modes_text_(std::move(modes_text)) {}

  bool reads_subject() const override { return true; }

  std::optional<std::string> evaluate(const FunctionInput& input) const override {
    if (input.subject.type != SubjectType::team)
      return fmt::format("applies to teams, not to the {} '{}'", to_string(input.subject.type), input.subject.id);
    const Ix start = input.index.find_team(input.subject.id);
    if (start == no_ix) return fmt::format("'{}' is not a team id", input.subject.id);
    const std::vector<bool>& selected = selected_teams(input);
    if (reaches(start, selected, input)) return std::nullopt;
    return fmt::format("reaches no team selected by '{}' within {}{}", to_.text(),
                       plural(static_cast<std::size_t>(max_hops_), "hop", "hops"), modes_text_);
  }

 private:
  const std::vector<bool>& selected_teams(const FunctionInput& input) const {
    return input.cache
        .get<SelectedTeams>(this,
                            [&] {
                              auto entry = std::make_unique<SelectedTeams>();
                              entry->selected.assign(input.index.teams().size(), false);
                              for (const jsonpath::Node& node : to_.evaluate(input.document)) {
                                const json& value = *node.value;
                                if (!value.is_object()) continue;
                                const auto id = value.find("id");
                                if (id == value.end() || !id->is_string()) continue;
                                const Ix team = input.index.find_team(id->get_ref<const std::string&>());
                                if (team != no_ix) entry->selected[static_cast<std::size_t>(team)] = true;
                              }
                              return entry;
                            })
        .selected;
  }

  // Breadth-first over the edges of the chosen modes, stopping at the first selected team.
  bool reaches(Ix start, const std::vector<bool>& selected, const FunctionInput& input) const {
    const auto is_selected = [&](Ix team) { return selected[static_cast<std::size_t>(team)]; };
    if (is_selected(start)) return true;
    SearchMarks& search = input.cache.get<SearchMarks>(&search_marks_key, [&] {
      auto entry = std::make_unique<SearchMarks>();
      entry->marks.assign(input.index.teams().size(), 0);
      return entry;
    });
    const std::uint32_t generation = ++search.generation;
    const auto visit = [&](Ix team) {
      std::uint32_t& mark = search.marks[static_cast<std::size_t>(team)];
      if (mark == generation) return false;
      mark = generation;
      return true;
    };
    visit(start);
    search.frontier.assign(1, start);
    for (std::int64_t hop = 0; hop < max_hops_ && !search.frontier.empty(); ++hop) {
      search.next.clear();
      for (const Ix team : search.frontier) {
        for (const Edge& edge : input.index.team(team).edges) {
          if ((modes_ & mode_bit(edge.mode)) == 0 || !visit(edge.team)) continue;
          if (is_selected(edge.team)) return true;
          search.next.push_back(edge.team);
        }
      }
      search.frontier.swap(search.next);
    }
    return false;
  }

  jsonpath::Query to_;
  std::int64_t max_hops_;
  std::uint8_t modes_;      // a bit per InteractionMode
  std::string modes_text_;  // for messages: "" for all modes, else " over collaboration or facilitating interactions"
};

// --- count -----------------------------------------------------------------------------------------------------------

struct NodeCount final : DocumentCache::Entry {
  std::size_t count = 0;
};

class Count final : public PreparedFunction {
 public:
  Count(jsonpath::Query of, Bounds bounds) : of_(std::move(of)), bounds_(bounds) {}

  std::optional<std::string> evaluate(const FunctionInput& input) const override {
    const std::size_t count = input.cache
                                  .get<NodeCount>(this,
                                                  [&] {
                                                    auto entry = std::make_unique<NodeCount>();
                                                    entry->count = of_.evaluate(input.document).size();
                                                    return entry;
                                                  })
                                  .count;
    const std::optional<std::string> violation = bounds_.violation(count);
    if (!violation) return std::nullopt;
    return fmt::format("'{}' selects {}{}", of_.text(), plural(count, "node", "nodes"), *violation);
  }

 private:
  jsonpath::Query of_;
  Bounds bounds_;
};

std::string unknown_mode_message(const json& name) {
  std::string message = fmt::format("expected collaboration, x-as-a-service or facilitating, found {}", show(name));
  if (name.is_string()) {
    if (const auto suggestion = closest_match(name.get_ref<const std::string&>(), enum_names<InteractionMode>()))
      message += fmt::format(" (did you mean '{}'?)", *suggestion);
  }
  return message;
}

// `reachable`'s modes as a bit per InteractionMode: every mode when the option is absent.
std::uint8_t read_modes(OptionReader& reader) {
  std::uint8_t modes = 0;
  const json* list = reader.list("modes");
  if (list == nullptr) {
    for (const InteractionMode mode :
         {InteractionMode::collaboration, InteractionMode::x_as_a_service, InteractionMode::facilitating})
      modes |= mode_bit(mode);
    return modes;
  }
  if (list->empty()) reader.problem("modes", "expected at least one interaction mode, found an empty list");
  for (std::size_t i = 0; i < list->size(); ++i) {
    const json& name = (*list)[i];
    const std::optional<InteractionMode> mode =
        name.is_string() ? parse_enum<InteractionMode>(name.get_ref<const std::string&>()) : std::nullopt;
    if (mode)
      modes |= mode_bit(*mode);
    else
      reader.problem(fmt::format("modes[{}]", i), unknown_mode_message(name));
  }
  return modes;
}

// For messages: "" for all modes, else " over collaboration or facilitating interactions" (in InteractionMode order).
std::string modes_text(std::uint8_t modes) {
  std::string text;
  const std::size_t all_modes = enum_names<InteractionMode>().size();
  if (std::popcount(modes) == static_cast<int>(all_modes)) return text;
  for (std::size_t mode = 0; mode < all_modes; ++mode) {
    if ((modes & mode_bit(static_cast<InteractionMode>(mode))) == 0) continue;
    text += fmt::format("{}{}", text.empty() ? " over " : " or ", enum_names<InteractionMode>()[mode]);
  }
  return text + " interactions";
}

}  // namespace

std::unique_ptr<PreparedFunction> prepare_references(const json& options, std::vector<OptionProblem>& problems) {
  OptionReader reader(options, "references", {"kind"}, problems);
  reader.require("kind");
  std::optional<IdKind> kind;
  if (const std::optional<std::string> name = reader.string("kind")) {
    const auto found = std::ranges::find(id_kind_names, *name);
    if (found != id_kind_names.end()) {
      kind = static_cast<IdKind>(found - id_kind_names.begin());
    } else {
      std::string message = fmt::format("unknown kind {}, expected team, person, model or process", show(json(*name)));
      if (const auto suggestion = closest_match(*name, id_kind_names))
        message += fmt::format(" (did you mean '{}'?)", *suggestion);
      reader.problem("kind", std::move(message));
    }
  }
  if (!reader.ok()) return nullptr;
  return std::make_unique<References>(*kind);
}

std::unique_ptr<PreparedFunction> prepare_reachable(const json& options, std::vector<OptionProblem>& problems) {
  OptionReader reader(options, "reachable", {"to", "max_hops", "modes"}, problems);
  reader.require("to");
  std::optional<jsonpath::Query> to = compile_query(reader, "to");
  const std::int64_t max_hops = reader.non_negative_integer("max_hops").value_or(1);
  const std::uint8_t modes = read_modes(reader);
  if (!reader.ok()) return nullptr;
  return std::make_unique<Reachable>(std::move(*to), max_hops, modes, modes_text(modes));
}

std::unique_ptr<PreparedFunction> prepare_count(const json& options, std::vector<OptionProblem>& problems) {
  OptionReader reader(options, "count", {"of", "min", "max"}, problems);
  reader.require("of");
  std::optional<jsonpath::Query> of = compile_query(reader, "of");
  reader.require_one_of("min", "max");
  const Bounds bounds{reader.non_negative_integer("min"), reader.non_negative_integer("max")};
  reader.check_bounds(bounds.min, bounds.max);
  if (!reader.ok()) return nullptr;
  return std::make_unique<Count>(std::move(*of), bounds);
}

}  // namespace orgstar::policy::detail
