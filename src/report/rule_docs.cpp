// `orgstar rules` and `orgstar explain`: everything comes from the rules' own
// metadata (include/orgstar/rule.hpp).
#include <cctype>
#include <cstdlib>
#include <map>

#include <fmt/format.h>

#include "orgstar/load/schema.hpp"
#include "orgstar/report/assessment_report.hpp"
#include "orgstar/report/bibliography.hpp"
#include "orgstar/rules/root_cause.hpp"
#include "orgstar/version.hpp"
#include "report/markdown_escape.hpp"
#include "support/text.hpp"

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

// Indents every line after the first, so multi-line metadata stays in its
// block; an empty line (between paragraphs) stays empty.
std::string indent(std::string_view text, std::string_view prefix) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    out += text[i];
    if (text[i] == '\n' && i + 1 < text.size() && text[i + 1] != '\n') out += prefix;
  }
  return out;
}

// A rule's text for a terminal: a ruleset's may hold anything (support/text.hpp); the catalogue's keep their lines.
std::string plain_text(const Rule& rule, std::string_view text) {
  return rule.family == Family::policy ? neutralise_controls(text, LineBreaks::as_spaces) : std::string(text);
}

// Escapes what would break a Markdown table cell.
std::string cell(std::string_view text) {
  std::string out;
  for (const char ch : text) {
    if (ch == '|')
      out += "\\|";
    else if (ch == '\n')
      out += ' ';
    else
      out += ch;
  }
  return out;
}

// GitHub's anchor for a heading (what markdownlint checks links against):
// lowercase, punctuation but `-` and `_` dropped, each space a `-`.
std::string heading_anchor(std::string_view heading) {
  std::string out;
  for (const char ch : heading) {
    const auto byte = static_cast<unsigned char>(ch);
    if (std::isalnum(byte) || ch == '-' || ch == '_' || byte >= 0x80)
      out += static_cast<char>(std::tolower(byte));
    else if (ch == ' ')
      out += '-';
  }
  return out;
}

// The title of the mapping that holds an org key ("Model" for
// structure.teams[].models[].stage): its section in docs/format.md.
std::string key_section(std::string_view path) {
  static const std::map<std::string, std::string, std::less<>> sections = [] {
    std::map<std::string, std::string, std::less<>> out;
    const auto walk = [&out](const auto& self, const nlohmann::ordered_json& node, const std::string& at) -> void {
      if (node.contains("properties"))
        for (const auto& [key, value] : node["properties"].items()) {
          const std::string child = at.empty() ? key : fmt::format("{}.{}", at, key);
          out.emplace(child, node.value("title", ""));
          self(self, value, child);
        }
      if (node.contains("items")) self(self, node["items"], at + "[]");
      if (node.contains("anyOf"))
        for (const auto& option : node["anyOf"]) self(self, option, at);
    };
    walk(walk, org_json_schema(), "");
    return out;
  }();
  const auto found = sections.find(path);
  return found == sections.end() ? std::string() : found->second;
}

// A source with its work's key linked to the work in the bibliography below.
std::string linked_source(std::string_view source) {
  const Citation citation = resolve_citation(source);
  if (citation.work == nullptr) return report::markdown_escape(source);
  const Work& work = *citation.work;
  std::string out = fmt::format("[{}](#{})", work.key, heading_anchor(work.key));
  if (citation.part.empty()) return out;
  // A part of orgstar's own documentation is a section of it.
  if (!work.doc.empty())
    return out + fmt::format(" [{}]({}#{})", citation.part, work.doc, heading_anchor(citation.part));
  return out + fmt::format(" {}", citation.part);
}

// The end of docs/rules.md: every work the sources cite, by key.
std::string bibliography_markdown() {
  std::string out =
      "\n## Bibliography\n\nThe works the rules cite. A source names a work by its key, then the parts cited: "
      "`RML ch. 14 S2/S3; ch. 10` is chapter 14's scenarios S2 and S3, and chapter 10, of *Reliable Machine "
      "Learning*.\n";
  for (const Work& work : bibliography()) {
    out += fmt::format("\n### {}\n\n{}\n", work.key, full_citation_markdown(work));
    if (!work.parts.empty()) out += fmt::format("\n{}\n", work.parts);
  }
  return out;
}

// How a rule takes part in its root cause, in one line; the id in backticks for Markdown.
std::string root_cause_line(const Rule& rule, bool markdown) {
  const RootCause* cause = root_cause_of_rule(rule.id);
  if (cause == nullptr) return "";
  const std::string id = markdown ? fmt::format("`{}`", cause->id) : std::string(cause->id);
  if (cause->home == rule.id)
    return fmt::format(
        "{} (\"{}\"), as its home: the root cause forms when this rule fires and scores under its facets", id,
        cause->title);
  return fmt::format("{} (\"{}\"), as a member: joins it when {} fires{}", id, cause->title, cause->home,
                     cause->same_subject ? " on the same subject" : "");
}

// The keys a rule reads, each linked to its section of the format reference; empty when it reads none.
std::string reads_markdown(const Rule& rule) {
  if (rule.reads.empty()) return "";
  std::string out = "- **Reads:**";
  for (std::size_t i = 0; i < rule.reads.size(); ++i)
    out += fmt::format("{} [`{}`](format.md#{})", i == 0 ? "" : ",", rule.reads[i],
                       heading_anchor(key_section(rule.reads[i])));
  return out + "\n";
}

// The table of root causes and how their findings join and count.
std::string root_causes_markdown() {
  std::string out =
      "\n## Root causes\n\nFindings of different rules that are one problem of the organization are grouped under "
      "one root cause, so that the problem counts once in the scores and the reports show it with its findings. A "
      "root cause forms when its home rule fires: every finding of the home rule belongs to it, and a finding of a "
      "member rule joins it when the home rule fired (on the same subject, for the root causes that say so; "
      "otherwise anywhere, as their home judges the whole organization) and the member's finding does not say it "
      "has a cause of its own (ALIGN-005, whose missing responsible-AI program is not what makes it fire). Without "
      "a home finding the members' findings stand alone. Waived findings join like the others. The open findings of "
      "a root cause lower the scores once, by the weight of the most severe of them, under the home rule's facets "
      "(README \"Scores\"). The id is stable; reports carry it (JSON `rootCause`, SARIF and JUnit properties).\n\n"
      "| id | title | home | members | joins on |\n|---|---|---|---|---|\n";
  for (const RootCause& cause : root_causes())
    out += fmt::format("| `{}` | {} | {} | {} | {} |\n", cause.id, cell(cause.title), cause.home,
                       fmt::join(cause.members, ", "), cause.same_subject ? "the same subject" : "the organization");
  for (const RootCause& cause : root_causes())
    out += fmt::format("\n### `{}`\n\n{}. {}\n", cause.id, cause.title, cause.why);
  return out;
}

// What a rule's strength scope asks of the organization, in words ("" for the whole organization).
std::string scope_condition(const Rule& rule) {
  switch (rule.strength_scope) {
    case StrengthScope::organization: return "";
    case StrengthScope::ml_in_use: return "ML is in use";
    case StrengthScope::live_model: return "a model is in staging or production";
    case StrengthScope::production_model: return "a model is in production";
    case StrengthScope::production_models_at_threshold:
      if (rule.thresholds.empty()) return "a model is in production";
      return fmt::format("at least `{}` models are in production", rule.thresholds.front()->key);
    case StrengthScope::centralized_or_hybrid: return "`structure.ml_model` is centralized or hybrid";
    case StrengthScope::decentralized: return "`structure.ml_model` is decentralized";
    case StrengthScope::decentralized_or_hybrid: return "`structure.ml_model` is decentralized or hybrid";
    case StrengthScope::hybrid: return "`structure.ml_model` is hybrid";
    case StrengthScope::early_adoption: return "`metadata.ml_adoption_stage` is poc or pilot";
    case StrengthScope::regulated_live_model:
      return "`metadata.regulated` is true and a model is in staging or production";
    case StrengthScope::regulated_production_model: return "`metadata.regulated` is true and a model is in production";
    case StrengthScope::ml_role_supporting_or_more: return "`strategy.ml_role` is supporting, core or transformational";
    case StrengthScope::ml_budget_line: return "`strategy.budget.ml_line_item` is true and a model is in production";
    case StrengthScope::sponsor_with_live_model:
      return "the executive sponsor and the sponsor's team resolve, and a model is in staging or production";
    case StrengthScope::ml_archetype: return "`structure.ml_model` is centralized, decentralized or hybrid";
    case StrengthScope::ml_intent_without_model:
      return "no team declares a model, and `metadata.ml_adoption_stage` is exploring, poc or pilot or an objective "
             "is ML-related";
  }
  return "";
}

// When a rule's passing is listed as a strength (orgstar/engine/strengths.hpp), in words.
std::string strength_condition(const Rule& rule) {
  const std::string scope = scope_condition(rule);
  return fmt::format("{}{}the rule has no finding, and the file declares everything it reads", scope,
                     scope.empty() ? "" : ", ");
}

// A rule's texts in the rule reference: when it fires, why, what to do, when it passes, its sources.
std::string rule_texts_markdown(const Rule& rule) {
  std::string out = fmt::format("\n**When it fires.** {}\n", report::rule_summary_markdown(rule));
  if (!rule.why.empty()) out += fmt::format("\n**Why it matters.** {}\n", report::rule_text_markdown(rule, rule.why));
  if (!rule.recommendation.empty())
    out += fmt::format("\n**What to do.** {}\n", report::rule_text_markdown(rule, rule.recommendation));
  if (!rule.strength.empty())
    out += fmt::format("\n**When it passes.** {} (a strength when {})\n", rule.strength, strength_condition(rule));
  if (!rule.sources.empty()) {
    out += "\n**Sources:**\n\n";
    for (const std::string_view source : rule.sources) out += fmt::format("- {}\n", linked_source(source));
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
                       rule->name, plain_text(*rule, rule->title));
    ++count;
  }
  out += fmt::format("\n{} rules. 'orgstar explain ID' documents one.\n", count);
  return out;
}

std::string render_rules_markdown(std::span<const Rule* const> rules) {
  std::string out =
      "# orgstar rules\n\n| id | name | severity | facets | subject | title |\n|---|---|---|---|---|---|\n";
  for (const Rule* rule : rules)
    out += fmt::format("| {} | `{}` | {} | {} | {} | {} |\n", rule->id, rule->name, cell(severity_text(*rule)),
                       facet_list(*rule), cell(subject_text(*rule)),
                       cell(report::rule_text_markdown(*rule, rule->title)));
  for (const Rule* rule : rules) {
    out += fmt::format("\n## {} `{}`\n\n{}\n\n", rule->id, rule->name, report::rule_text_markdown(*rule, rule->title));
    out += fmt::format("- **Severity:** {}\n- **Facets:** {}\n- **Subject:** {}\n", severity_text(*rule),
                       facet_list(*rule), subject_text(*rule));
    for (const Threshold* threshold : rule->thresholds)
      out += fmt::format("- **Threshold:** `{}` = {} ({})\n", threshold->key, threshold->default_value,
                         threshold->description);
    if (!rule->related.empty()) out += fmt::format("- **Related:** {}\n", fmt::join(rule->related, ", "));
    if (const std::string line = root_cause_line(*rule, true); !line.empty())
      out += fmt::format("- **Root cause:** {}\n", line);
    out += reads_markdown(*rule);
    out += rule_texts_markdown(*rule);
  }
  return out + root_causes_markdown() + bibliography_markdown();
}

std::string rules_reference_url() {
  if (const char* url = std::getenv("ORGSTAR_RULES_URL")) return url;
  return rules_documentation_url;
}

// Percent-encoded (link_destination): a ruleset's URL, or the one in ORGSTAR_RULES_URL, is only checked to start with
// http(s)://, and every format puts it in a link.
std::string rule_documentation_url(const Rule& rule) {
  if (rule.family == Family::policy) return report::link_destination(rule.documentation_url);
  const std::string base = rules_reference_url();
  if (base.empty()) return "";
  return report::link_destination(fmt::format("{}#{}", base, heading_anchor(fmt::format("{} {}", rule.id, rule.name))));
}

std::string_view rule_definition(const Rule& rule) {
  return rule.documentation_url.empty() ? rule.definition : std::string_view();
}

std::string rule_documentation_text(const Rule& rule) {
  if (std::string url = rule_documentation_url(rule); !url.empty()) return url;
  if (const std::string_view definition = rule_definition(rule); !definition.empty())
    return fmt::format("defined in {}", definition);
  return fmt::format("orgstar explain {}", rule.id);
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
          {"related", rule.related},
          {"root_cause", rule.root_cause},
          {"reads", rule.reads}};
}

nlohmann::ordered_json rules_json(std::span<const Rule* const> rules) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const Rule* rule : rules) out.push_back(rule_json(*rule));
  return out;
}

std::string render_rule_text(const Rule& rule, TextStyle style) {
  const char* bold = style.color ? "\x1b[1m" : "";
  const char* reset = style.color ? "\x1b[0m" : "";
  const auto plain = [&rule](std::string_view text) { return plain_text(rule, text); };
  std::string out = fmt::format("{}{} {}{}: {}\n\n", bold, rule.id, rule.name, reset, plain(rule.title));
  out += fmt::format("  Severity:  {}\n  Facets:    {}\n  Subject:   {}\n", severity_text(rule), facet_list(rule),
                     subject_text(rule));
  if (rule.schema_tier) out += "  Tier:      schema: the file is invalid (exit 2) and nothing is assessed\n";
  for (const Threshold* threshold : rule.thresholds)
    out += fmt::format("  Threshold: {} = {} ({}; set thresholds.{} in .orgstar.yaml)\n", threshold->key,
                       threshold->default_value, threshold->description, threshold->key);
  if (!rule.related.empty()) out += fmt::format("  Related:   {}\n", fmt::join(rule.related, ", "));
  if (const std::string line = root_cause_line(rule, false); !line.empty())
    out += fmt::format("  Root cause: {}\n", line);
  out += fmt::format("\n{}When it fires{}\n  {}\n", bold, reset, indent(plain(rule.summary), "  "));
  if (!rule.why.empty()) out += fmt::format("\n{}Why it matters{}\n  {}\n", bold, reset, indent(plain(rule.why), "  "));
  if (!rule.recommendation.empty())
    out += fmt::format("\n{}What to do{}\n  {}\n", bold, reset, indent(plain(rule.recommendation), "  "));
  if (!rule.strength.empty())
    out += fmt::format("\n{}When it passes{}\n  {} (a strength when {})\n", bold, reset, rule.strength,
                       strength_condition(rule));
  if (!rule.reads.empty()) {
    out += fmt::format("\n{}Reads{} (docs/format.md)\n", bold, reset);
    for (const std::string_view key : rule.reads) out += fmt::format("  {}\n", key);
  }
  if (!rule.sources.empty()) {
    out += fmt::format("\n{}Sources{}\n", bold, reset);
    for (const std::string_view source : rule.sources) {
      out += fmt::format("  - {}\n", plain(source));
      if (const Work* work = resolve_citation(source).work) out += fmt::format("    {}\n", full_citation_text(*work));
    }
  }
  if (!rule.schema_tier)
    out += fmt::format(
        "\nWaive it in the org file: waivers: [{{rule: {}, subject: ..., reason: ..., approved_by: ...}}]\n", rule.id);
  return out;
}

}  // namespace orgstar
