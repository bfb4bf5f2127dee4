// The configuration file (.orgstar.yaml), written once as data like the org
// file: the loader validates with it and `orgstar schema config` prints it.
#include <cctype>
#include <string>

#include "load/spec.hpp"
#include "load/spec_builder.hpp"
#include "orgstar/load/config.hpp"
#include "orgstar/rules/thresholds.hpp"

namespace orgstar::spec {
namespace {

// The org file's waivers[] node: the same fields and checks in both files.
const Node& org_waivers() {
  const Node& root = org_spec().root();
  const int index = root.find_property("waivers");
  if (index < 0) throw std::logic_error("spec: the org file has no waivers");
  return *root.properties[static_cast<std::size_t>(index)].node;
}

// A threshold value stored as an entry of Config::thresholds, in file order.
Binding bind_threshold(const Threshold* threshold) {
  Binding binding;
  binding.store = [threshold](void* target, const ScalarValue& value, Mark mark) {
    auto& setting = static_cast<std::vector<ThresholdSetting>*>(target)->emplace_back();
    setting.threshold = threshold;
    setting.value = Located<std::int64_t>{value.integer, mark, Presence::set};
  };
  return binding;
}

std::string sentence(std::string_view text) {
  std::string out(text);
  if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out + ".";
}

const Node& thresholds(Spec& spec, Builder& b) {
  Node& n = b.object("Thresholds", "The built-in rules' integer thresholds, by key; a key left out keeps its default.");
  for (const Threshold* threshold : all_thresholds()) {
    if (n.properties.size() == max_properties) throw std::logic_error("spec: too many thresholds for one mapping");
    const Node& value = b.integer_with_default(threshold->minimum, threshold->maximum, threshold->default_value);
    n.properties.push_back(Property{threshold->key, &value, optional, spec.keep(sentence(threshold->description)),
                                    bind_threshold(threshold)});
  }
  return n;
}

Spec build_config_spec() {
  Spec spec;
  Builder b(spec);
  Node& root = b.object("orgstar/v1 Config",
                        "orgstar configuration (.orgstar.yaml): rule levels, thresholds, rulesets, waivers, defaults.");
  add_property(root, "apiVersion", b.constant("orgstar/v1"), &Config::api_version, required, "Always orgstar/v1.");
  add_property(root, "kind", b.constant("Config"), &Config::kind, required, "Always Config.");
  add_property(root, "assume_missing", b.enumeration<AssumeMissing>(), &Config::assume_missing, optional,
               "How unknowns are read: gap (default) reports what an absent control would fire, unknown only what "
               "fires either way. The command line's --assume-missing wins.");
  add_property(root, "fail_on", b.enumeration<Severity>(), &Config::fail_on, optional,
               "The lowest severity of an unwaived finding that makes the exit code 1 (default high). The command "
               "line's --fail-on wins.");
  const Node& rule = b.identifier(IdForm::rule_reference, "a rule id or name");
  add_property(root, "rules",
               b.map<std::vector<RuleSetting>>("Rule levels",
                                               "Built-in rules by id or name, each off, on or a severity.", rule,
                                               b.enumeration<RuleLevel>(), &RuleSetting::rule, &RuleSetting::level),
               &Config::rules, optional,
               "By rule id (PROC-002) or name (quality-not-monitored): off, on, or the severity to report the rule "
               "at. A key that names no built-in rule is an error.");
  add_property(root, "thresholds", thresholds(spec, b), &Config::thresholds, optional,
               "The rules' integer thresholds, by key (absent: the default). orgstar warns about a value out of range, "
               "or a team_size_min greater than team_size_max, and keeps the default.");
  add_property(root, "rulesets", b.list<std::vector<Located<std::string>>>(b.non_blank_string()), &Config::rulesets,
               optional,
               "Organization rulesets to run beside the built-in rules, relative to this file's folder (the command "
               "line's --ruleset adds to them).");
  add_property(root, "waivers", org_waivers(), &Config::waivers, optional,
               "Accepted risks, as in the org file's waivers.");
  spec.set_root<Config>(root, DocumentInfo{"an orgstar/v1 Config", "a config file"});
  return spec;
}

}  // namespace

const Spec& config_spec() {
  static const Spec spec = build_config_spec();
  return spec;
}

}  // namespace orgstar::spec
