// `orgstar rules` and `orgstar explain`: everything comes from the rules' own
// metadata (include/orgstar/rule.hpp).
#include <cctype>

#include <fmt/format.h>

#include "orgstar/assessment_report.hpp"
#include "orgstar/version.hpp"

namespace orgstar {
namespace {

std::string facet_list(const Rule& rule) {
  std::string out;
  for (const Facet facet : rule.facets) out += (out.empty() ? "" : ", ") + std::string(to_string(facet));
  return out;
}

std::string severity_text(const Rule& rule) {
  if (rule.schema_tier) return "error";
  std::string out(to_string(rule.severity));
  if (!rule.escalation.empty()) out += fmt::format("; {}", rule.escalation);
  return out;
}

std::string subject_text(const Rule& rule) {
  std::string out(to_string(rule.subject));
  if (!rule.subject_note.empty()) out += fmt::format(" ({})", rule.subject_note);
  return out;
}

// Indents every line after the first, so multi-line metadata stays in its block.
std::string indent(std::string_view text, std::string_view prefix) {
  std::string out;
  for (const char ch : text) {
    out += ch;
    if (ch == '\n') out += prefix;
  }
  return out;
}

// Escapes what would break a Markdown table cell.
std::string cell(std::string_view text) {
  std::string out;
  for (const char ch : text) {
    if (ch == '|') out += "\\|";
    else if (ch == '\n') out += ' ';
    else out += ch;
  }
  return out;
}

}  // namespace

std::string render_rules_text(TextStyle style, std::span<const Rule* const> rules) {
  const char* bold = style.color ? "\x1b[1m" : "";
  const char* reset = style.color ? "\x1b[0m" : "";
  std::string out;
  std::size_t count = 0;
  std::size_t family = enum_names<Family>().size();
  for (const Rule* rule : rules) {
    if (static_cast<std::size_t>(rule->family) != family) {
      family = static_cast<std::size_t>(rule->family);
      out += fmt::format("{}{}{}{}\n", out.empty() ? "" : "\n", bold, enum_names<Family>()[family], reset);
    }
    out += fmt::format("  {:<10} {:<8} {:<38} {}\n", rule->id, rule->schema_tier ? "error" : to_string(rule->severity),
                       rule->name, rule->title);
    ++count;
  }
  out += fmt::format("\n{} rules. 'orgstar explain ID' documents one.\n", count);
  return out;
}

std::string render_rules_markdown(std::span<const Rule* const> rules) {
  std::string out = "# orgstar rules\n\n| id | name | severity | facets | subject | title |\n|---|---|---|---|---|---|\n";
  for (const Rule* rule : rules)
    out += fmt::format("| {} | `{}` | {} | {} | {} | {} |\n", rule->id, rule->name, cell(severity_text(*rule)),
                       facet_list(*rule), cell(subject_text(*rule)), cell(rule->title));
  for (const Rule* rule : rules) {
    out += fmt::format("\n## {} `{}`\n\n{}\n\n", rule->id, rule->name, rule->title);
    out += fmt::format("- **Severity:** {}\n- **Facets:** {}\n- **Subject:** {}\n", severity_text(*rule),
                       facet_list(*rule), subject_text(*rule));
    for (const Threshold* threshold : rule->thresholds)
      out += fmt::format("- **Threshold:** `{}` = {} ({})\n", threshold->key, threshold->default_value,
                         threshold->description);
    if (!rule->related.empty()) out += fmt::format("- **Related:** {}\n", fmt::join(rule->related, ", "));
    out += fmt::format("\n**When it fires.** {}\n", rule->summary);
    if (!rule->why.empty()) out += fmt::format("\n**Why it matters.** {}\n", rule->why);
    if (!rule->recommendation.empty()) out += fmt::format("\n**What to do.** {}\n", rule->recommendation);
    if (!rule->sources.empty()) out += fmt::format("\n**Sources:** {}.\n", fmt::join(rule->sources, "; "));
  }
  return out;
}

std::string rule_documentation_url(const Rule& rule) {
  if (rule.family == Family::policy) return std::string(rule.documentation);
  std::string anchor = fmt::format("{}-{}", rule.id, rule.name);
  for (char& c : anchor) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return fmt::format("{}#{}", rules_documentation_url, anchor);
}

nlohmann::ordered_json rule_json(const Rule& rule) {
  using Json = nlohmann::ordered_json;
  Json facets = Json::array();
  for (const Facet facet : rule.facets) facets.push_back(to_string(facet));
  Json thresholds = Json::array();
  for (const Threshold* threshold : rule.thresholds)
    thresholds.push_back({{"key", threshold->key},
                          {"default", threshold->default_value},
                          {"minimum", threshold->minimum},
                          {"maximum", threshold->maximum},
                          {"description", threshold->description}});
  return {{"id", rule.id},
          {"name", rule.name},
          {"title", rule.title},
          {"family", to_string(rule.family)},
          {"facets", std::move(facets)},
          {"subject", to_string(rule.subject)},
          {"subject_note", rule.subject_note},
          {"severity", rule.schema_tier ? "error" : to_string(rule.severity)},
          {"escalation", rule.escalation},
          {"schema_tier", rule.schema_tier},
          {"summary", rule.summary},
          {"why", rule.why},
          {"recommendation", rule.recommendation},
          {"sources", rule.sources},
          {"thresholds", std::move(thresholds)},
          {"related", rule.related}};
}

nlohmann::ordered_json rules_json(std::span<const Rule* const> rules) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const Rule* rule : rules) out.push_back(rule_json(*rule));
  return out;
}

std::string render_rule_text(const Rule& rule, TextStyle style) {
  const char* bold = style.color ? "\x1b[1m" : "";
  const char* reset = style.color ? "\x1b[0m" : "";
  std::string out = fmt::format("{}{} {}{}: {}\n\n", bold, rule.id, rule.name, reset, rule.title);
  out += fmt::format("  Severity:  {}\n  Facets:    {}\n  Subject:   {}\n", severity_text(rule), facet_list(rule),
                     subject_text(rule));
  if (rule.schema_tier)
    out += "  Tier:      schema: the file is invalid (exit 2) and nothing is assessed\n";
  for (const Threshold* threshold : rule.thresholds)
    out += fmt::format("  Threshold: {} = {} ({}; set thresholds.{} in .orgstar.yaml)\n", threshold->key,
                       threshold->default_value, threshold->description, threshold->key);
  if (!rule.related.empty()) out += fmt::format("  Related:   {}\n", fmt::join(rule.related, ", "));
  out += fmt::format("\n{}When it fires{}\n  {}\n", bold, reset, indent(rule.summary, "  "));
  if (!rule.why.empty()) out += fmt::format("\n{}Why it matters{}\n  {}\n", bold, reset, indent(rule.why, "  "));
  if (!rule.recommendation.empty())
    out += fmt::format("\n{}What to do{}\n  {}\n", bold, reset, indent(rule.recommendation, "  "));
  if (!rule.sources.empty()) {
    out += fmt::format("\n{}Sources{}\n", bold, reset);
    for (const std::string_view source : rule.sources) out += fmt::format("  - {}\n", source);
  }
  if (!rule.schema_tier)
    out += fmt::format("\nWaive it in the org file: waivers: [{{rule: {}, subject: ..., reason: ..., approved_by: ...}}]\n",
                       rule.id);
  return out;
}

}  // namespace orgstar
