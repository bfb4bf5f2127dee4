// A custom rule of a ruleset compiled: its fields taken as written, its
// message's placeholders checked, its JSONPath compiled once, its checks'
// function options validated by the functions themselves, its fixtures cut
// from the ruleset. Every problem is a located diagnostic.
#include "policy/custom_rule_compiler.hpp"

#include <algorithm>
#include <filesystem>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "load/scalar_syntax.hpp"
#include "orgstar/support/spellcheck.hpp"
#include "policy/functions.hpp"
#include "policy/scalar_positions.hpp"

namespace orgstar::policy {
namespace {

namespace fs = std::filesystem;

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

void compile_given(Reporter& reporter, const Located<std::vector<Located<std::string>>>& given, const std::string& path,
                   CustomRule& rule) {
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

// A `field` that is not a member path: where, and why.
struct FieldPathError {
  std::size_t offset = 0;  // byte of the field
  std::string message;
};

bool plain_member_character(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

// The bytes of the UTF-8 sequence that `lead` starts.
std::size_t utf8_length(char lead) {
  const auto byte = static_cast<unsigned char>(lead);
  return byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
}

// 1-based, in characters (UTF-8 code points), for messages.
std::size_t character_number(std::string_view text, std::size_t offset) {
  return 1 +
         static_cast<std::size_t>(std::count_if(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset),
                                                [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// `field`: member names joined by '.'; a name is letters, digits, '_' and '-', and '\' takes the next character as
// it is ('\.' a dot, '\\' a backslash, '\$' a dollar sign). Anything else would silently name a member that no
// org has (`$.a`, `a[0]`, `a..b`), so it is refused where it goes wrong.
std::variant<std::vector<std::string>, FieldPathError> parse_field_path(std::string_view text) {
  std::vector<std::string> names(1);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '.') {
      if (names.back().empty()) return FieldPathError{i, "an empty member name before '.'"};
      names.emplace_back();
    } else if (c == '\\') {
      if (i + 1 == text.size()) return FieldPathError{i, "'\\' at the end, with no character to escape"};
      names.back() += text[++i];
    } else if (plain_member_character(c)) {
      names.back() += c;
    } else {
      return FieldPathError{i, fmt::format("unexpected '{}'", text.substr(i, utf8_length(c)))};
    }
  }
  if (names.back().empty()) return FieldPathError{text.size() - 1, "an empty member name after '.'"};
  return names;
}

// The member names of a check's `field`, or a located error at the character that makes it no member path.
void compile_field(const RulesetSource& file, const Located<std::string>& field, const std::string& path,
                   CustomCheck& check) {
  auto parsed = parse_field_path(field.value);
  if (auto* names = std::get_if<std::vector<std::string>>(&parsed)) {
    check.field_path = std::move(*names);
    return;
  }
  const FieldPathError& error = std::get<FieldPathError>(parsed);
  const auto at = locate_in_scalar(file.reporter.lines(), field.mark, error.offset);
  file.reporter.error(diag::bad_value, at.value_or(field.mark), path,
                      fmt::format("field {} is not a member path: {} at character {} (a field is member names joined "
                                  "by '.', each of letters, digits, '_' and '-'; write '\\' before any other "
                                  "character, as in 'a\\.b' for the member 'a.b')",
                                  quote_value(field.value), error.message,
                                  character_number(field.value, error.offset)));
}

void checks(const RulesetSource& file, const Located<std::vector<RulesetCheckEntry>>& then, const std::string& path,
            CustomRule& rule) {
  Reporter& reporter = file.reporter;
  const bool single = then.value.size() == 1 && then.value.front().mark == then.mark;
  for (std::size_t i = 0; i < then.value.size(); ++i) {
    const RulesetCheckEntry& entry = then.value[i];
    const std::string item_path = single ? path : fmt::format("{}[{}]", path, i);
    CustomCheck check;
    if (entry.field.is_set()) {
      check.field = entry.field;
      compile_field(file, entry.field, item_path + ".field", check);
    }
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

// Where a fixture's org comes from: an inline `document`, cut from the
// ruleset with its columns, or a `file` next to the ruleset.
void fixture_source(const RulesetSource& file, const RulesetFixtureEntry& entry, const std::string& item_path,
                    bool decoding_reported, CustomRuleFixture& fixture) {
  Reporter& reporter = file.reporter;
  if (entry.document.is_set() && entry.file.is_set())
    reporter.error(diag::bad_value, entry.mark, item_path, "a fixture is an inline 'document' or a 'file', not both");
  else if (!entry.document.is_set() && !entry.file.is_set() && !decoding_reported)
    reporter.error(diag::missing_required, entry.mark, item_path + ".document",
                   "missing required key 'document' (or 'file' for an org file)");
  if (entry.document.is_set()) {
    const SourceDocument& document = entry.document.value;
    fixture.document_mark = document.mark_of(document.root());
    auto text = cut_mapping(file.source.text, reporter.lines(), fixture.document_mark);
    fixture.document_text = text ? std::move(*text)
                                 : document.root().dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  }
  if (!entry.file.is_set()) return;
  if (is_relative_path(entry.file.value))
    fixture.file = (fs::path(file.display).parent_path() / entry.file.value).lexically_normal().string();
  else
    reporter.error(diag::bad_format, entry.file.mark, item_path + ".file",
                   fmt::format("{} is not a relative path (fixtures are found next to the ruleset)",
                               quote_value(entry.file.value)));
}

// What a fixture must produce: the findings of `expect`, or none.
void fixture_expectations(const RulesetSource& file, const RulesetFixtureEntry& entry, const std::string& item_path,
                          bool decoding_reported, CustomRuleFixture& fixture) {
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
    file.reporter.error(diag::bad_value, entry.expect_none.mark, item_path + ".expect_none",
                        "'expect_none: true' contradicts the findings listed in 'expect'");
  else if (!fixture.expect_none && fixture.expect.empty() && !entry.expect.is_set() && !decoding_reported)
    file.reporter.error(diag::missing_required, entry.mark, item_path + ".expect",
                        "missing required key 'expect' (or 'expect_none: true' for a document without findings)");
}

void fixtures(const RulesetSource& file, const Located<std::vector<RulesetFixtureEntry>>& tests,
              const std::string& path, CustomRule& rule) {
  for (std::size_t i = 0; i < tests.value.size(); ++i) {
    const RulesetFixtureEntry& entry = tests.value[i];
    const std::string item_path = fmt::format("{}[{}]", path, i);
    const bool decoding_reported = reported_under(file, item_path);
    CustomRuleFixture fixture;
    fixture.name = entry.name.value;
    fixture.mark = entry.mark;
    fixture_source(file, entry, item_path, decoding_reported, fixture);
    fixture_expectations(file, entry, item_path, decoding_reported, fixture);
    rule.tests.push_back(std::move(fixture));
  }
}

// What a custom rule's entry says of it, as written.
CustomRule rule_fields(const RulesetSource& file, const RulesetRuleEntry& entry) {
  const RulesetRuleBody& body = entry.body.value;
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
  return rule;
}

}  // namespace

// Whether something inside `path` was already reported: then a value is
// missing because it was wrong, and "missing" would say it twice.
bool reported_under(const RulesetSource& file, const std::string& path) {
  return std::any_of(file.diagnostics.begin(), file.diagnostics.end(), [&](const Diagnostic& d) {
    return d.path.size() > path.size() && d.path.starts_with(path) && (d.path[path.size()] == '.');
  });
}

CustomRule compile_custom_rule(const RulesetSource& file, const RulesetRuleEntry& entry, const std::string& path) {
  const RulesetRuleBody& body = entry.body.value;
  Reporter& reporter = file.reporter;
  CustomRule rule = rule_fields(file, entry);
  if (body.name.is_set())
    if (const Rule* builtin = find_rule(body.name.value))
      reporter.error(diag::bad_value, body.name.mark, path + ".name",
                     fmt::format("{} is already the name of the built-in rule {}", quote_value(body.name.value),
                                 builtin->id));
  if (body.message.is_set()) check_placeholders(reporter, body.message, path + ".message");
  compile_given(reporter, body.given, path + ".given", rule);
  checks(file, body.then, path + ".then", rule);
  fixtures(file, body.tests, path + ".tests", rule);
  return rule;
}

}  // namespace orgstar::policy
