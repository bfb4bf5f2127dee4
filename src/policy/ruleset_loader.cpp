// Rulesets: each file decoded through the ruleset spec (shapes, key names,
// enums, function names), then resolved here: `extends` followed, built-in
// rules overridden, custom rules compiled (custom_rule_compiler.cpp) and
// merged across files.
#include <algorithm>
#include <deque>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "load/reporter.hpp"
#include "orgstar/load/ruleset_file.hpp"
#include "orgstar/policy/ruleset.hpp"
#include "policy/custom_rule_compiler.hpp"
#include "support/source_text.hpp"

namespace orgstar {

std::span<const std::string_view> message_placeholders() {
  static constexpr std::string_view names[] = {"value", "path", "subject", "property", "function", "error"};
  return names;
}

namespace {

namespace fs = std::filesystem;

// A rule key in the file that names a built-in rule exactly (what the spec
// took as an override).
const Rule* builtin_named(std::string_view key) {
  const Rule* rule = find_rule(key);
  return rule != nullptr && (rule->id == key || rule->name == key) ? rule : nullptr;
}

class RulesetLoader {
 public:
  RulesetLoader(const InputLimits& limits, LoadedRulesets& out) : limits_(limits), out_(out) {}

  void load_top(const std::string& path) {
    root_ = containment_root(path);
    load(path, nullptr);
  }

  void load_top(const SourceFile& source) {
    root_ = containment_root(source.name);
    preloaded_ = &source;
    load(source.name, nullptr);
    preloaded_ = nullptr;
  }

  void finish() {
    for (auto& diagnostics : file_diagnostics_)
      out_.diagnostics.insert(out_.diagnostics.end(), std::make_move_iterator(diagnostics.begin()),
                              std::make_move_iterator(diagnostics.end()));
  }

 private:
  // Where a file is named from: an `extends` entry of a file being loaded.
  struct ExtendsEntry {
    Reporter& reporter;
    const Located<std::string>& entry;
    std::string path;  // its YAML path, extends[i]
  };

  struct Loading {
    std::string key;      // the canonical path
    std::string display;  // the path as orgstar names it
  };

  // Where a custom rule id was defined, for merging.
  struct Definition {
    std::size_t index;  // into out_.rules
    std::string file_key;
    std::string display;
    Mark mark;  // character column
  };

  // Loads one file and what it extends; returns its canonical path unless it could not be read.
  std::optional<std::string> load(const std::string& path, const ExtendsEntry* from) {
    std::error_code error;
    const fs::path canonical = path == "-" ? fs::path("-") : fs::weakly_canonical(path, error);
    const std::string key = error ? path : canonical.string();
    const std::string display = path == "-" ? "<stdin>" : fs::path(path).lexically_normal().string();
    if (from != nullptr) {
      if (const auto problem = named_file_problem(path, root_)) return refuse(*from, display, *problem);
    }

    const auto open = std::find_if(stack_.begin(), stack_.end(), [&](const Loading& l) { return l.key == key; });
    if (open != stack_.end()) {
      std::vector<std::string> chain;
      for (auto it = open; it != stack_.end(); ++it) chain.push_back(it->display);
      chain.push_back(display);
      from->reporter.error(diag::extends_cycle, from->entry.mark, from->path,
                           fmt::format("extends cycle: {}", fmt::join(chain, " \u2192 ")));
      return std::nullopt;
    }
    if (loaded_.contains(key)) return key;
    if (from != nullptr && stack_.size() >= limits_.max_depth) {
      from->reporter.error(diag::input_limit, from->entry.mark, from->path,
                           fmt::format("extends nested deeper than {} rulesets (limit: --max-depth)",
                                       limits_.max_depth));
      return std::nullopt;
    }

    std::optional<ReadResult> read = read_ruleset(path, display, from);
    if (!read) return std::nullopt;
    out_.files.push_back(display);
    std::vector<Diagnostic>& diagnostics = file_diagnostics_.emplace_back();
    RulesetFile file;
    decode_ruleset(read->source, limits_, ruleset_function_names(), file, diagnostics);

    std::set<std::string> ancestors{key};
    if (!decoding_stopped_early(diagnostics)) {
      stack_.push_back(Loading{key, display});
      Reporter reporter(read->source, diagnostics);
      try {
        extend(file, fs::path(path == "-" ? "." : path).parent_path(), reporter, ancestors);
        File current{{read->source, reporter, diagnostics, display}, key, ancestors};
        for (const RulesetRuleEntry& entry : file.rules.value) rule_entry(current, entry);
      } catch (const StopParsing&) {
      }
      stack_.pop_back();
      sort_by_position(diagnostics);
    }
    loaded_.emplace(key, std::move(ancestors));
    return key;
  }

  // The file's text, named as orgstar shows it; nothing when it cannot be read or, reached through `extends`, does
  // not say it is a ruleset (both reported). Only a file that says it is a ruleset is decoded, so that no diagnostic
  // quotes another file's lines.
  std::optional<ReadResult> read_ruleset(const std::string& path, const std::string& display,
                                         const ExtendsEntry* from) {
    ReadResult read = preloaded_ != nullptr && path == preloaded_->name ? ReadResult{*preloaded_, {}}
                                                                        : read_source(path, limits_, from != nullptr);
    if (from != nullptr && read.diagnostics.empty() && scan_file_kind(read.source, limits_).kind != "Ruleset")
      return refuse(*from, display, "it is not a ruleset (its top level has no 'kind: Ruleset')");
    if (!read.diagnostics.empty()) {
      if (from != nullptr && read.diagnostics.front().id == diag::unreadable_file)
        return refuse(*from, display, read.diagnostics.front().message);
      file_diagnostics_.push_back(std::move(read.diagnostics));
      return std::nullopt;
    }
    read.source.name = display;
    return read;
  }

  std::nullopt_t refuse(const ExtendsEntry& from, const std::string& display, const std::string& why) {
    from.reporter.error(diag::unreadable_file, from.entry.mark, from.path,
                        fmt::format("cannot read the extended ruleset '{}' ({}): {}", from.entry.value, display, why));
    return std::nullopt;
  }

  void extend(const RulesetFile& file, const fs::path& folder, Reporter& reporter, std::set<std::string>& ancestors) {
    for (std::size_t i = 0; i < file.extends.value.size(); ++i) {
      const Located<std::string>& entry = file.extends.value[i];
      if (!entry.is_set() || entry.value.starts_with("orgstar:")) continue;  // the built-in catalogue: always there
      const ExtendsEntry from{reporter, entry, fmt::format("extends[{}]", i)};
      const auto loaded = load((folder / entry.value).string(), &from);
      if (!loaded) continue;
      const std::set<std::string>& inherited = loaded_.at(*loaded);
      ancestors.insert(inherited.begin(), inherited.end());
    }
  }

  // The file whose rules are being resolved.
  struct File {
    policy::RulesetSource source;
    const std::string& key;
    const std::set<std::string>& ancestors;
  };

  void rule_entry(File& file, const RulesetRuleEntry& entry) {
    if (!entry.body.is_set()) return;  // a null or a scalar: reported when decoding
    const std::string path = "rules." + entry.key.value;
    if (const Rule* rule = builtin_named(entry.key.value)) return builtin_override(file, entry, *rule, path);
    merge(file, entry, entry.body.value, path, policy::compile_custom_rule(file.source, entry, path));
  }

  void builtin_override(File& file, const RulesetRuleEntry& entry, const Rule& rule, const std::string& path) {
    const RulesetRuleBody& body = entry.body.value;
    Reporter& reporter = file.source.reporter;
    if (rule.schema_tier)
      return reporter.error(diag::bad_value, entry.key.mark, path,
                            fmt::format("{} ({}) stands for schema errors, which are not findings; it cannot be "
                                        "overridden",
                                        rule.id, rule.name));
    if (body.severity.is_set() && body.off.is_set())
      return reporter.error(diag::bad_value, entry.key.mark, path,
                            fmt::format("'{}' is a built-in rule: set its 'severity' or turn it 'off', not both",
                                        entry.key.value));
    if (!body.severity.is_set() && !body.off.is_set()) {
      if (policy::reported_under(file.source, path)) return;
      return reporter.error(diag::missing_required, entry.key.mark, path,
                            fmt::format("'{}' is a built-in rule: its entry needs 'severity' or 'off'",
                                        entry.key.value));
    }
    const auto [first, inserted] = overridden_here_.emplace(std::make_pair(file.key, &rule), entry.key.mark);
    if (!inserted) {
      reporter.error(diag::duplicate_key, entry.key.mark, path,
                     fmt::format("'{}' names {} ({}), already overridden at line {}, column {}", entry.key.value,
                                 rule.id, rule.name, first->second.line,
                                 reporter.lines().character_column(first->second)));
      reporter.note(first->second, fmt::format("{} is overridden here", rule.id));
      return;
    }
    BuiltinOverride override{&rule, RuleOverride{}, file.source.display, entry.key.mark};
    if (body.severity.is_set()) override.override.severity = body.severity.value;
    if (body.off.is_set()) override.override.enabled = !body.off.value;
    const auto same = std::find_if(out_.overrides.begin(), out_.overrides.end(),
                                   [&](const BuiltinOverride& o) { return o.rule == &rule; });
    if (same != out_.overrides.end())
      *same = std::move(override);  // merge order: the later file wins
    else
      out_.overrides.push_back(std::move(override));
  }

  void merge(File& file, const RulesetRuleEntry& entry, const RulesetRuleBody& body, const std::string& path,
             CustomRule rule) {
    Reporter& reporter = file.source.reporter;
    const Mark mark{entry.key.mark.line, reporter.lines().character_column(entry.key.mark)};
    const auto defined = definitions_.find(rule.id);
    if (defined != definitions_.end() && !file.ancestors.contains(defined->second.file_key)) {
      const Definition& first = defined->second;
      reporter.error(diag::duplicate_key, entry.key.mark, path,
                     fmt::format("{} is already defined in {} (line {}, column {}); only a ruleset that extends {} "
                                 "may redefine it",
                                 rule.id, first.display, first.mark.line, first.mark.column, first.display));
      return;
    }
    // A name names one rule: a redefinition may rename its rule, nothing may take another's name.
    if (body.name.is_set()) {
      const auto named = names_.find(rule.name);
      if (named != names_.end() && named->second != rule.id) {
        reporter.error(diag::bad_value, body.name.mark, path + ".name",
                       fmt::format("{} is already the name of {} in {}", quote_value(rule.name), named->second,
                                   definitions_.at(named->second).display));
        return;
      }
    }
    if (defined != definitions_.end()) {
      const std::size_t index = defined->second.index;
      std::erase_if(names_, [&](const auto& name) { return name.second == rule.id; });
      names_.emplace(rule.name, rule.id);
      defined->second = Definition{index, file.key, file.source.display, mark};
      out_.rules[index] = std::move(rule);
      return;
    }
    names_.emplace(rule.name, rule.id);
    definitions_.emplace(rule.id, Definition{out_.rules.size(), file.key, file.source.display, mark});
    out_.rules.push_back(std::move(rule));
  }

  const InputLimits& limits_;
  LoadedRulesets& out_;
  ContainmentRoot root_;                   // what the top-level file being loaded, and all it extends, may name
  const SourceFile* preloaded_ = nullptr;  // the top file, when its text was given rather than its path
  std::deque<std::vector<Diagnostic>> file_diagnostics_;  // by file, first reached first; references stay valid
  std::vector<Loading> stack_;
  std::map<std::string, std::set<std::string>> loaded_;  // canonical path -> it and every file it extends
  std::map<std::string, Definition> definitions_;        // custom rule id -> where it is defined
  std::map<std::string, std::string> names_;             // custom rule name -> id
  std::map<std::pair<std::string, const Rule*>, Mark> overridden_here_;  // (file, built-in rule) -> key mark
};

}  // namespace

LoadedRulesets load_rulesets(const std::vector<std::string>& paths, const InputLimits& limits) {
  LoadedRulesets out;
  RulesetLoader loader(limits, out);
  for (const std::string& path : paths) loader.load_top(path);
  loader.finish();
  return out;
}

LoadedRulesets load_ruleset_text(const SourceFile& source, const InputLimits& limits) {
  LoadedRulesets out;
  RulesetLoader loader(limits, out);
  loader.load_top(source);
  loader.finish();
  return out;
}

}  // namespace orgstar
