// The rules of an organization's rulesets, compiled for a run. Each is a Rule
// like a built-in one (family policy), so `rules`, `explain`, waivers, scores
// and every report treat it the same; its findings come from JSONPath and the
// ruleset functions over the org file's JSON document.
#pragma once

#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "orgstar/model/source_document.hpp"
#include "orgstar/policy/ruleset.hpp"
#include "orgstar/rules/finding.hpp"

namespace orgstar {

class OrgIndex;

class Policies {
 public:
  // Compiles what the loader validated: each check's function is prepared once.
  explicit Policies(LoadedRulesets rulesets);
  ~Policies();
  Policies(Policies&&) noexcept;
  Policies& operator=(Policies&&) noexcept;

  std::span<const Rule* const> rules() const;  // in merge order
  const Rule* find(std::string_view id_or_name) const;
  const CustomRule& definition(const Rule& rule) const;  // `rule` is one of rules()
  const std::vector<BuiltinOverride>& builtin_overrides() const;

  // Runs `rule` over `document`, appending its findings (columns in bytes,
  // evidence declared, the rule's severity). Subjects are the team, model,
  // process or person that holds the selected node, else the org.
  void run(const Rule& rule, const OrgIndex& index, const SourceDocument& document,
           std::vector<Finding>& findings) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The entity that holds the node at a path (the elements of a JSONPath
// result): structure.teams[i] is a team, .models[j] under it a model,
// processes[i] a process, people.roster[i] a person; anything else belongs to
// the org. The entity lists are found once per document.
class SubjectFinder {
 public:
  explicit SubjectFinder(const nlohmann::json& root);
  Subject at(const std::vector<std::variant<std::string_view, std::size_t>>& path) const;

 private:
  const nlohmann::json* teams_;
  const nlohmann::json* processes_;
  const nlohmann::json* roster_;
};

}  // namespace orgstar
