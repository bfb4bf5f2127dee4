// Rulesets: each file decoded through the ruleset spec (shapes, key names,
// enums, function names), then resolved here: `extends` followed, JSONPath
// compiled once, placeholders and fixtures checked, rules merged across files.
#include <algorithm>
#include <charconv>
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
#include "load/scalar_syntax.hpp"
#include "support/source_text.hpp"
#include "orgstar/load/ruleset_file.hpp"
#include "orgstar/policy/ruleset.hpp"
#include "orgstar/support/spellcheck.hpp"
#include "policy/functions.hpp"
#include "support/utf8.hpp"

namespace orgstar {

std::span<const std::string_view> message_placeholders() {
  static constexpr std::string_view names[] = {"value", "path", "subject", "property", "function", "error"};
  return names;
}

namespace {

namespace fs = std::filesystem;

// Where byte `offset` of a scalar's value stands in the source (a byte mark),
// so that an error inside a JSONPath or a message points at its character.
// Plain and single-quoted scalars map one to one but for '' (one quote);
// double-quoted ones through their escapes (an offset inside the bytes of an
// escape points at the escape). A scalar that folds onto the next line, a
// block scalar (| or >), or one behind a tag or anchor gives nullopt: the
// caller falls back to the scalar's start.
std::optional<Mark> locate_in_scalar(LineIndex& lines, Mark scalar, std::size_t offset) {
  const std::string_view line = lines.line(scalar.line);
  if (scalar.column == 0 || scalar.column > line.size()) return std::nullopt;
  const std::string_view text = line.substr(scalar.column - 1);
  const char style = text[0];
  if (style == '|' || style == '>' || style == '&' || style == '!' || style == '*') return std::nullopt;
  std::size_t i = style == '\'' || style == '"' ? 1 : 0;
  std::size_t value = 0;
  while (value < offset) {
    if (i >= text.size()) return std::nullopt;
    const char c = text[i];
    if (style == '\'' && c == '\'') {
      if (i + 1 < text.size() && text[i + 1] == '\'') {
        i += 2, ++value;
        continue;
      }
      return std::nullopt;  // the closing quote before the offset: not the scalar we think
    }
    if (style == '"' && c == '"') return std::nullopt;
    if (style == '"' && c == '\\') {
      if (i + 1 >= text.size()) return std::nullopt;  // an escaped line break: folded
      const char escape = text[i + 1];
      const std::size_t digits = escape == 'x' ? 2 : escape == 'u' ? 4 : escape == 'U' ? 8 : 0;
      std::size_t produced = escape == 'N' || escape == '_' ? 2 : escape == 'L' || escape == 'P' ? 3 : 1;
      if (digits > 0) {
        if (i + 2 + digits > text.size()) return std::nullopt;
        std::uint32_t code_point = 0;
        const char* first = text.data() + i + 2;
        const auto [end, error] = std::from_chars(first, first + digits, code_point, 16);
        if (error != std::errc{} || end != first + digits) return std::nullopt;
        produced = utf8::utf8_length(code_point);
      }
      if (value + produced > offset) break;
      value += produced;
      i += 2 + digits;
      continue;
    }
    ++i, ++value;
  }
  return Mark{scalar.line, scalar.column + static_cast<std::uint32_t>(i)};
}

Mark locate_or_start(LineIndex& lines, Mark scalar, std::size_t offset) {
  return locate_in_scalar(lines, scalar, offset).value_or(scalar);
}

std::string_view trim(std::string_view text) {
  const auto begin = text.find_first_not_of(" \t");
  if (begin == std::string_view::npos) return {};
  return text.substr(begin, text.find_last_not_of(" \t") - begin + 1);
}

std::size_t offset_of(std::string_view text, std::string_view line) {
  return static_cast<std::size_t>(line.data() - text.data());
}

// The index just past the `}` closing the flow mapping that opens at `open`,
// skipping quoted scalars and comments; npos when it does not close.
std::size_t matching_brace(std::string_view text, std::size_t open) {
  std::size_t depth = 0;
  char previous = ' ';  // the last character that is not a blank
  for (std::size_t i = open; i < text.size(); ++i) {
    const char c = text[i];
    const bool after_blank = i == 0 || text[i - 1] == ' ' || text[i - 1] == '\t' || text[i - 1] == '\n';
    // A quote opens a quoted scalar only where a scalar can start; `it's` is plain.
    const bool scalar_start = std::string_view("{[,:?-").find(previous) != std::string_view::npos || after_blank;
    if ((c == '\'' || c == '"') && scalar_start) {
      for (++i; i < text.size(); ++i) {
        if (c == '"' && text[i] == '\\') {
          ++i;
        } else if (text[i] == c) {
          if (c == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
            ++i;
            continue;
          }
          break;
        }
      }
    } else if (c == '#' && after_blank) {
      while (i < text.size() && text[i] != '\n') ++i;
      continue;
    } else if (c == '{' || c == '[') {
      ++depth;
    } else if (c == '}' || c == ']') {
      if (--depth == 0) return i + 1;
    }
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') previous = c;
  }
  return std::string_view::npos;
}

// An inline fixture document's own text, cut from the ruleset: from the
// mapping's start to its end (a block mapping ends before the first line
// indented less than its keys; a flow mapping at its closing brace), with
// what precedes it on its first line blanked so that columns stay those of
// the ruleset. nullopt for a mapping behind an anchor or tag: the caller
// re-serialises the decoded document instead.
std::optional<std::string> cut_mapping(std::string_view text, LineIndex& lines, Mark start) {
  const std::string_view first = lines.line(start.line);
  if (start.column == 0 || start.column > first.size()) return std::nullopt;
  const std::size_t indent = start.column - 1;
  const std::size_t begin = offset_of(text, first) + indent;
  std::string out(indent, ' ');
  if (text[begin] == '{') {
    const std::size_t end = matching_brace(text, begin);
    if (end == std::string_view::npos) return std::nullopt;
    return out.append(text.substr(begin, end - begin)).append("\n");
  }
  if (text[begin] == '&' || text[begin] == '!' || text[begin] == '*' || text[begin] == '[') return std::nullopt;
  out.append(first.substr(indent)).append("\n");
  std::string pending;  // blank and comment lines, kept only when more of the mapping follows
  for (std::uint32_t number = start.line + 1;; ++number) {
    const std::string_view line = lines.line(number);
    if (line.data() == nullptr || offset_of(text, line) >= text.size()) break;
    const auto content = line.find_first_not_of(' ');
    if (content == std::string_view::npos || line[content] == '#' || line[content] == '\r') {
      pending.append(line).append("\n");
      continue;
    }
    if (content < indent) break;
    out.append(pending).append(line).append("\n");
    pending.clear();
  }
  return out;
}

// A rule key in the file that names a built-in rule exactly (what the spec
// took as an override).
const Rule* builtin_named(std::string_view key) {
  const Rule* rule = find_rule(key);
  return rule != nullptr && (rule->id == key || rule->name == key) ? rule : nullptr;
}

// A problem with a function's options, at a place in the ruleset.
struct OptionsProblem {
  Mark mark;
  std::string path;  // inside functionOptions
  std::string message;
};

// The one place where a `then` check's functionOptions are validated before
// anything runs: the function itself (src/policy/functions.hpp) checks and
// compiles them. A problem is placed at the option it names when that is a
// top-level member, and inside a JSONPath string at the offending character.
std::vector<OptionsProblem> check_function_options(std::string_view function, const Located<SourceDocument>& options,
                                                   LineIndex& lines) {
  std::vector<OptionsProblem> problems;
  const policy::FunctionSpec* spec = policy::find_function(function);
  if (spec == nullptr) return problems;  // reported as unknown-function
  const nlohmann::json none;
  const nlohmann::json& value = options.is_set() ? options.value.root() : none;
  std::vector<policy::OptionProblem> found;
  spec->prepare(value, found);
  for (policy::OptionProblem& problem : found) {
    Mark mark = options.is_set() ? options.mark : Mark{};
    const std::string member = problem.path.substr(0, problem.path.find_first_of(".["));
    if (options.is_set() && value.is_object() && !member.empty() && value.contains(member)) {
      mark = options.value.mark_of(value.at(member));
      if (problem.offset && problem.path == member) mark = locate_or_start(lines, mark, *problem.offset);
    }
    problems.push_back(OptionsProblem{mark, std::move(problem.path), std::move(problem.message)});
  }
  return problems;
}

class RulesetLoader {
 public:
  RulesetLoader(const InputLimits& limits, LoadedRulesets& out) : limits_(limits), out_(out) {}

  void load_top(const std::string& path) { load(path, nullptr); }

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

    ReadResult read = read_source(path, limits_);
    if (!read.diagnostics.empty()) {
      if (from != nullptr && read.diagnostics.front().id == diag::unreadable_file) {
        from->reporter.error(diag::unreadable_file, from->entry.mark, from->path,
                             fmt::format("cannot read the extended ruleset '{}' ({}): {}", from->entry.value,
                                         display, read.diagnostics.front().message));
      } else {
        file_diagnostics_.push_back(std::move(read.diagnostics));
      }
      return std::nullopt;
    }
    read.source.name = display;
    out_.files.push_back(display);
    std::vector<Diagnostic>& diagnostics = file_diagnostics_.emplace_back();
    RulesetFile file;
    decode_ruleset(read.source, limits_, ruleset_function_names(), file, diagnostics);

    std::set<std::string> ancestors{key};
    if (!decoding_stopped_early(diagnostics)) {
      stack_.push_back(Loading{key, display});
      Reporter reporter(read.source, diagnostics);
      try {
        extend(file, fs::path(path == "-" ? "." : path).parent_path(), reporter, ancestors);
        File current{read.source, reporter, diagnostics, key, display, ancestors};
        for (const RulesetRuleEntry& entry : file.rules.value) rule_entry(current, entry);
      } catch (const StopParsing&) {
      }
      stack_.pop_back();
      sort_by_position(diagnostics);
    }
    loaded_.emplace(key, std::move(ancestors));
    return key;
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
    const SourceFile& source;
    Reporter& reporter;
    const std::vector<Diagnostic>& diagnostics;
    const std::string& key;
    const std::string& display;
    const std::set<std::string>& ancestors;
  };

  // Whether something inside `path` was already reported: then a value is
  // missing because it was wrong, and "missing" would say it twice.
  static bool reported_under(const File& file, const std::string& path) {
    return std::any_of(file.diagnostics.begin(), file.diagnostics.end(), [&](const Diagnostic& d) {
      return d.path.size() > path.size() && d.path.starts_with(path) && (d.path[path.size()] == '.');
    });
  }

  void rule_entry(File& file, const RulesetRuleEntry& entry) {
    if (!entry.body.is_set()) return;  // a null or a scalar: reported when decoding
    const std::string path = "rules." + entry.key.value;
    if (const Rule* rule = builtin_named(entry.key.value)) return builtin_override(file, entry, *rule, path);
    custom_rule(file, entry, path);
  }

  void builtin_override(File& file, const RulesetRuleEntry& entry, const Rule& rule, const std::string& path) {
    const RulesetRuleBody& body = entry.body.value;
    Reporter& reporter = file.reporter;
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
      if (reported_under(file, path)) return;
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
    BuiltinOverride override{&rule, RuleOverride{}, file.display, entry.key.mark};
    if (body.severity.is_set()) override.override.severity = body.severity.value;
    if (body.off.is_set()) override.override.enabled = !body.off.value;
    const auto same = std::find_if(out_.overrides.begin(), out_.overrides.end(),
                                   [&](const BuiltinOverride& o) { return o.rule == &rule; });
    if (same != out_.overrides.end())
      *same = std::move(override);  // merge order: the later file wins
    else
      out_.overrides.push_back(std::move(override));
  }

  void custom_rule(File& file, const RulesetRuleEntry& entry, const std::string& path) {
    const RulesetRuleBody& body = entry.body.value;
    Reporter& reporter = file.reporter;
    CustomRule rule;
    rule.id = entry.key.value;
    rule.name = body.name.value;
    rule.description = body.description.value;
    rule.message = body.message.value;
    rule.recommendation = body.recommendation.value;
    rule.documentation_url = body.documentation_url.value;
    for (const auto& facet : body.facets.value) rule.facets.push_back(facet.value);
    rule.severity = body.severity.value_or(Severity::medium);
    for (const auto& source : body.sources.value) rule.sources.push_back(source.value);
    rule.file = file.display;
    rule.mark = entry.key.mark;

    if (body.name.is_set())
      if (const Rule* builtin = find_rule(body.name.value))
        reporter.error(diag::bad_value, body.name.mark, path + ".name",
                       fmt::format("{} is already the name of the built-in rule {}", quote_value(body.name.value),
                                   builtin->id));
    if (body.message.is_set()) check_placeholders(reporter, body.message, path + ".message");
    compile_given(reporter, body.given, path + ".given", rule);
    checks(file, body.then, path + ".then", rule);
    fixtures(file, body.tests, path + ".tests", rule);
    merge(file, entry, body, path, std::move(rule));
  }

  // {{name}} placeholders: known names only, each reported at its own column.
  void check_placeholders(Reporter& reporter, const Located<std::string>& message, const std::string& path) {
    const std::string_view text = message.value;
    for (std::size_t position = 0;;) {
      const std::size_t open = text.find("{{", position);
      if (open == std::string_view::npos) return;
      const Mark at = locate_or_start(reporter.lines(), message.mark, open);
      const std::size_t close = text.find("}}", open + 2);
      if (close == std::string_view::npos)
        return reporter.error(diag::bad_value, at, path, "unclosed placeholder '{{' in 'message' (no '}}' follows)");
      const std::string_view name = trim(text.substr(open + 2, close - open - 2));
      const auto names = message_placeholders();
      if (std::find(names.begin(), names.end(), name) == names.end()) {
        std::string problem = fmt::format("unknown placeholder '{}' in 'message'", text.substr(open, close + 2 - open));
        if (auto suggestion = closest_match(name, names))
          problem += fmt::format(" (did you mean '{{{{{}}}}}'?)", *suggestion);
        else
          problem += fmt::format(" (expected one of {{{{{}}}}})", fmt::join(names, "}}, {{"));
        reporter.error(diag::bad_value, at, path, std::move(problem));
      }
      position = close + 2;
    }
  }

  void compile_given(Reporter& reporter, const Located<std::vector<Located<std::string>>>& given,
                     const std::string& path, CustomRule& rule) {
    // `given: $.x` (one query) has the same mark as its only item; a list's mark is its key's.
    const bool single = given.value.size() == 1 && given.value.front().mark == given.mark;
    for (std::size_t i = 0; i < given.value.size(); ++i) {
      const Located<std::string>& text = given.value[i];
      const std::string item_path = single ? path : fmt::format("{}[{}]", path, i);
      auto parsed = jsonpath::Query::parse(text.value);
      if (auto* error = std::get_if<jsonpath::ParseError>(&parsed)) {
        const auto at = locate_in_scalar(reporter.lines(), text.mark, error->offset);
        std::string message = fmt::format("invalid JSONPath: {}", error->message);
        if (!at) message += fmt::format(" (at byte {} of the query)", error->offset);
        reporter.error(diag::bad_jsonpath, at.value_or(text.mark), item_path, std::move(message));
        continue;
      }
      auto& query = std::get<jsonpath::Query>(parsed);
      for (const jsonpath::ParseWarning& warning : query.warnings())
        reporter.warning(diag::bad_jsonpath, locate_or_start(reporter.lines(), text.mark, warning.offset), item_path,
                         warning.message);
      rule.given.push_back(std::move(query));
    }
  }

  void checks(File& file, const Located<std::vector<RulesetCheckEntry>>& then, const std::string& path,
              CustomRule& rule) {
    Reporter& reporter = file.reporter;
    const bool single = then.value.size() == 1 && then.value.front().mark == then.mark;
    for (std::size_t i = 0; i < then.value.size(); ++i) {
      const RulesetCheckEntry& entry = then.value[i];
      const std::string item_path = single ? path : fmt::format("{}[{}]", path, i);
      CustomCheck check;
      if (entry.field.is_set()) check.field = entry.field;
      check.function = entry.function;
      if (entry.function_options.is_set()) check.options = entry.function_options.value.root();
      check.options_mark = entry.function_options.mark;
      // Options written but not decoded (not a mapping) were reported already.
      const std::string options_path = item_path + ".functionOptions";
      const bool options_undecodable = std::any_of(file.diagnostics.begin(), file.diagnostics.end(),
                                                   [&](const Diagnostic& d) { return d.path == options_path; });
      if (entry.function.is_set() && !options_undecodable)
        for (OptionsProblem& problem :
             check_function_options(entry.function.value, entry.function_options, reporter.lines()))
          reporter.error(diag::bad_value, problem.mark.known() ? problem.mark : entry.mark,
                         item_path + ".functionOptions" + (problem.path.empty() ? "" : "." + problem.path),
                         std::move(problem.message));
      rule.then.push_back(std::move(check));
    }
  }

  void fixtures(File& file, const Located<std::vector<RulesetFixtureEntry>>& tests, const std::string& path,
                CustomRule& rule) {
    Reporter& reporter = file.reporter;
    const fs::path folder = fs::path(file.display).parent_path();
    for (std::size_t i = 0; i < tests.value.size(); ++i) {
      const RulesetFixtureEntry& entry = tests.value[i];
      const std::string item_path = fmt::format("{}[{}]", path, i);
      const bool decoding_reported = reported_under(file, item_path);
      CustomRuleFixture fixture;
      fixture.name = entry.name.value;
      fixture.mark = entry.mark;
      if (entry.document.is_set() && entry.file.is_set())
        reporter.error(diag::bad_value, entry.mark, item_path,
                       "a fixture is an inline 'document' or a 'file', not both");
      else if (!entry.document.is_set() && !entry.file.is_set() && !decoding_reported)
        reporter.error(diag::missing_required, entry.mark, item_path + ".document",
                       "missing required key 'document' (or 'file' for an org file)");
      if (entry.document.is_set()) {
        const SourceDocument& document = entry.document.value;
        fixture.document_mark = document.mark_of(document.root());
        auto text = cut_mapping(file.source.text, reporter.lines(), fixture.document_mark);
        fixture.document_text = text ? std::move(*text) : document.root().dump(2) + "\n";
      }
      if (entry.file.is_set()) {
        if (is_relative_path(entry.file.value))
          fixture.file = (folder / entry.file.value).lexically_normal().string();
        else
          reporter.error(diag::bad_format, entry.file.mark, item_path + ".file",
                         fmt::format("{} is not a relative path (fixtures are found next to the ruleset)",
                                     quote_value(entry.file.value)));
      }
      for (const RulesetExpectEntry& expected : entry.expect.value) {
        ExpectedFinding finding;
        if (expected.subject.is_set()) finding.subject = expected.subject.value;
        if (expected.path.is_set()) finding.path = expected.path.value;
        if (expected.message.is_set()) finding.message = expected.message.value;
        finding.mark = expected.mark;
        fixture.expect.push_back(std::move(finding));
      }
      fixture.expect_none = entry.expect_none.value_or(false);
      if (fixture.expect_none && !fixture.expect.empty())
        reporter.error(diag::bad_value, entry.expect_none.mark, item_path + ".expect_none",
                       "'expect_none: true' contradicts the findings listed in 'expect'");
      else if (!fixture.expect_none && fixture.expect.empty() && !entry.expect.is_set() &&
               !decoding_reported)
        reporter.error(diag::missing_required, entry.mark, item_path + ".expect",
                       "missing required key 'expect' (or 'expect_none: true' for a document without findings)");
      rule.tests.push_back(std::move(fixture));
    }
  }

  void merge(File& file, const RulesetRuleEntry& entry, const RulesetRuleBody& body, const std::string& path,
             CustomRule rule) {
    Reporter& reporter = file.reporter;
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
      defined->second = Definition{index, file.key, file.display, mark};
      out_.rules[index] = std::move(rule);
      return;
    }
    names_.emplace(rule.name, rule.id);
    definitions_.emplace(rule.id, Definition{out_.rules.size(), file.key, file.display, mark});
    out_.rules.push_back(std::move(rule));
  }

  const InputLimits& limits_;
  LoadedRulesets& out_;
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

}  // namespace orgstar
