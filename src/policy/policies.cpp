// Custom rules at run time: `given` selects nodes of the org's JSON document,
// each `then` check applies its prepared function, and every problem becomes a
// finding located at the checked value in the YAML.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "orgstar/model/org_index.hpp"
#include "orgstar/policy/policy.hpp"
#include "orgstar/support/spellcheck.hpp"
#include "policy/functions.hpp"

namespace orgstar {
namespace {

using nlohmann::json;
using PathElement = jsonpath::PathElement;

const json* member(const json* node, std::string_view name) {
  if (node == nullptr || !node->is_object()) return nullptr;
  const auto it = node->find(name);  // std::less<> objects: no std::string per lookup
  return it == node->end() ? nullptr : &*it;
}

// The value a check's `field` names: its member names resolved one by one from the node; nullptr when one is absent.
const json* field_value(const json* node, const std::vector<std::string>& names) {
  for (const std::string& name : names) node = member(node, name);
  return node;
}

std::string id_of(const json& entity) {
  const json* id = member(&entity, "id");
  return id != nullptr && id->is_string() ? id->get<std::string>() : std::string();
}

std::string normalized_member(std::string_view name) {
  std::string out = "['";
  for (const char c : name) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c;
  }
  return out + "']";
}

// The message with its placeholders filled (the loader accepted only known ones).
std::string fill(std::string_view message, const std::vector<std::pair<std::string_view, std::string>>& values) {
  std::string out;
  for (std::size_t i = 0; i < message.size();) {
    const std::size_t open = message.find("{{", i);
    if (open == std::string_view::npos) {
      out.append(message.substr(i));
      break;
    }
    out.append(message.substr(i, open - i));
    const std::size_t close = message.find("}}", open + 2);
    if (close == std::string_view::npos) {
      out.append(message.substr(open));
      break;
    }
    std::string_view name = message.substr(open + 2, close - open - 2);
    while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
    while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
    bool found = false;
    for (const auto& [key, value] : values)
      if (key == name) {
        out += value;
        found = true;
      }
    if (!found) out.append(message.substr(open, close + 2 - open));
    i = close + 2;
  }
  return out;
}

std::string shown(const json* value) {
  if (value == nullptr) return "(absent)";
  if (value->is_string()) return value->get<std::string>();
  return value->dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace

SubjectFinder::SubjectFinder(const json& root)
    : teams_(member(member(&root, "structure"), "teams")),
      processes_(member(&root, "processes")),
      roster_(member(member(&root, "people"), "roster")) {}

Subject SubjectFinder::at(const std::vector<PathElement>& path) const {
  Subject subject;
  const auto name = [&](std::size_t i) -> std::string_view {
    return i < path.size() && std::holds_alternative<std::string_view>(path[i]) ? std::get<std::string_view>(path[i])
                                                                                : std::string_view();
  };
  const auto index = [&](std::size_t i) -> std::optional<std::size_t> {
    if (i < path.size() && std::holds_alternative<std::size_t>(path[i])) return std::get<std::size_t>(path[i]);
    return std::nullopt;
  };
  const auto entity = [&](const json* list, std::size_t at) -> const json* {
    return list != nullptr && list->is_array() && at < list->size() ? &(*list)[at] : nullptr;
  };
  const auto take = [&](SubjectType type, const json* node) {
    if (node == nullptr) return false;
    std::string id = id_of(*node);
    if (id.empty()) return false;
    subject = Subject{type, std::move(id)};
    return true;
  };
  if (name(0) == "structure" && name(1) == "teams" && index(2)) {
    const json* team = entity(teams_, *index(2));
    if (!take(SubjectType::team, team)) return subject;
    if (name(3) == "models" && index(4)) take(SubjectType::model, entity(member(team, "models"), *index(4)));
  } else if (name(0) == "processes" && index(1)) {
    take(SubjectType::process, entity(processes_, *index(1)));
  } else if (name(0) == "people" && name(1) == "roster" && index(2)) {
    take(SubjectType::person, entity(roster_, *index(2)));
  }
  return subject;
}

namespace {

// What `explain` shows under "When it fires" for a custom rule: what its ruleset says, `given` and `then` (and its
// message), not its description, which is already its title.
std::string custom_rule_summary(const CustomRule& custom) {
  std::vector<std::string> queries, checks;
  for (const jsonpath::Query& query : custom.given) queries.push_back(fmt::format("`{}`", query.text()));
  for (const CustomCheck& check : custom.then) {
    std::string text = fmt::format("`{}`", check.function.value);
    if (!check.options.is_null())
      text += fmt::format(" with options `{}`",
                          check.options.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    text += check.field ? fmt::format(" on its field `{}`", check.field->value) : std::string(" on the node itself");
    checks.push_back(std::move(text));
  }
  return fmt::format(
      "For each node that `given` selects ({}), once per check of `then` that fails: {}. The "
      "finding's message is \"{}\".",
      fmt::join(queries, ", "), fmt::join(checks, "; "), custom.message);
}

}  // namespace

struct Policies::Impl {
  LoadedRulesets rulesets;
  std::vector<Rule> rules;  // one per rulesets.rules entry, same order
  std::vector<const Rule*> rule_pointers;
  std::vector<std::vector<std::string_view>> sources;
  std::vector<std::string> definitions;  // "policies/acme.yaml:12"
  std::vector<std::string> summaries;    // when it fires, from its `given` and `then`
  // functions[rule][check]: prepared once; null when the loader reported its options
  std::vector<std::vector<std::unique_ptr<policy::PreparedFunction>>> functions;
};

Policies::Policies(LoadedRulesets rulesets) : impl_(std::make_unique<Impl>()) {
  Impl& impl = *impl_;
  impl.rulesets = std::move(rulesets);
  const std::size_t count = impl.rulesets.rules.size();
  impl.rules.resize(count);
  impl.sources.resize(count);
  impl.definitions.resize(count);
  impl.summaries.resize(count);
  impl.functions.resize(count);
  for (std::size_t i = 0; i < count; ++i) {
    const CustomRule& custom = impl.rulesets.rules[i];
    for (const std::string& source : custom.sources) impl.sources[i].push_back(source);
    impl.definitions[i] = fmt::format("{}:{}", custom.file, custom.mark.line);
    Rule& rule = impl.rules[i];
    rule.id = custom.id;
    rule.name = custom.name;
    rule.title = custom.description;
    rule.family = Family::policy;
    rule.facets = custom.facets;
    rule.subject = SubjectType::entity;
    rule.subject_note = "the team, model, process or person that holds the checked value, else the org";
    rule.severity = custom.severity;
    impl.summaries[i] = custom_rule_summary(custom);
    rule.summary = impl.summaries[i];
    rule.recommendation = custom.recommendation;
    rule.sources = impl.sources[i];
    rule.documentation_url = custom.documentation_url;
    rule.definition = impl.definitions[i];
    for (const CustomCheck& check : custom.then) {
      std::unique_ptr<policy::PreparedFunction> prepared;
      if (const policy::FunctionSpec* spec = policy::find_function(check.function.value)) {
        std::vector<policy::OptionProblem> problems;
        prepared = spec->prepare(check.options, problems);
      }
      impl.functions[i].push_back(std::move(prepared));
    }
  }
  for (const Rule& rule : impl.rules) impl.rule_pointers.push_back(&rule);
}

Policies::~Policies() = default;
Policies::Policies(Policies&&) noexcept = default;
Policies& Policies::operator=(Policies&&) noexcept = default;

std::span<const Rule* const> Policies::rules() const { return impl_->rule_pointers; }

const Rule* Policies::find(std::string_view id_or_name) const {
  for (const Rule* rule : impl_->rule_pointers)
    if (rule->id == id_or_name || rule->name == id_or_name) return rule;
  return nullptr;
}

const CustomRule& Policies::definition(const Rule& rule) const {
  return impl_->rulesets.rules[static_cast<std::size_t>(&rule - impl_->rules.data())];
}

const std::vector<BuiltinOverride>& Policies::builtin_overrides() const { return impl_->rulesets.overrides; }

namespace {

// The {{property}} of a message: the checked field, else the member name that selected the node, if one did.
std::string checked_property(const CustomCheck& check, const jsonpath::NodeList& nodes, const jsonpath::Node& node) {
  if (check.field) return check.field->value;
  const auto elements = nodes.elements(node);
  if (!elements.empty() && std::holds_alternative<std::string_view>(elements.back()))
    return std::string(std::get<std::string_view>(elements.back()));
  return {};
}

// One custom rule over one document: each check of its `then` on each node its `given` selects.
class CustomRuleRun {
 public:
  CustomRuleRun(const Rule& rule, const CustomRule& custom,
                const std::vector<std::unique_ptr<policy::PreparedFunction>>& functions, const OrgIndex& index,
                const SourceDocument& document, std::vector<Finding>& findings)
      : rule_(rule),
        custom_(custom),
        functions_(functions),
        index_(index),
        document_(document),
        subjects_(document.root()),
        findings_(findings) {}

  void run() {
    for (const jsonpath::Query& query : custom_.given) {
      const jsonpath::NodeList nodes = query.evaluate(document_.root());
      for (const jsonpath::Node& node : nodes) check_node(nodes, node);
    }
  }

 private:
  void check_node(const jsonpath::NodeList& nodes, const jsonpath::Node& node) {
    // Most functions judge without the subject: it is found when a finding
    // needs it (most nodes pass).
    std::optional<Subject> subject;
    const auto subject_of_node = [&]() -> const Subject& {
      if (!subject) subject = subjects_.at(nodes.elements(node));
      return *subject;
    };
    static const Subject unknown_subject{};
    for (std::size_t c = 0; c < custom_.then.size(); ++c) {
      const policy::PreparedFunction* function = functions_[c].get();
      if (function == nullptr) continue;
      const CustomCheck& check = custom_.then[c];
      const json* value = check.field ? field_value(node.value, check.field_path) : node.value;
      const Subject& input_subject = function->reads_subject() ? subject_of_node() : unknown_subject;
      const policy::FunctionInput input{value, input_subject, index_, document_.root(), cache_};
      std::optional<std::string> problem = function->evaluate(input);
      if (!problem) continue;
      const Subject& found_subject = subject_of_node();
      findings_.push_back(make_finding(check, nodes, node, value, found_subject, *problem));
    }
  }

  // Located at the checked value, or at the node when the value is absent or has no place in the YAML.
  Finding make_finding(const CustomCheck& check, const jsonpath::NodeList& nodes, const jsonpath::Node& node,
                       const json* value, const Subject& subject, const std::string& problem) const {
    std::string path = nodes.path(node);
    if (check.field)
      for (const std::string& name : check.field_path) path += normalized_member(name);
    Finding finding;
    finding.rule = &rule_;
    finding.severity = rule_.severity;
    finding.subject = subject;
    finding.message = fill(custom_.message, {{"value", shown(value)},
                                             {"path", path},
                                             {"subject", subject.id},
                                             {"property", checked_property(check, nodes, node)},
                                             {"function", check.function.value},
                                             {"error", problem}});
    finding.evidence = Evidence::declared;
    const Mark value_mark = value != nullptr ? document_.mark_of(*value) : Mark{};
    finding.location = value_mark.known() ? value_mark : document_.mark_of(*node.value);
    return finding;
  }

  const Rule& rule_;
  const CustomRule& custom_;
  const std::vector<std::unique_ptr<policy::PreparedFunction>>& functions_;
  const OrgIndex& index_;
  const SourceDocument& document_;
  const SubjectFinder subjects_;
  std::vector<Finding>& findings_;
  policy::DocumentCache cache_;
};

}  // namespace

void Policies::run(const Rule& rule, const OrgIndex& index, const SourceDocument& document,
                   std::vector<Finding>& findings) const {
  const std::size_t at = static_cast<std::size_t>(&rule - impl_->rules.data());
  CustomRuleRun(rule, impl_->rulesets.rules[at], impl_->functions[at], index, document, findings).run();
}

}  // namespace orgstar
