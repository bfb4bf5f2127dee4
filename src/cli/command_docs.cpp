#include "cli/command_docs.hpp"

#include <algorithm>

#include "orgstar/rules/rule.hpp"
#include "orgstar/version.hpp"

namespace orgstar::cli {
namespace {

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::string::size_type start = 0;
  while (true) {
    const auto end = text.find(separator, start);
    parts.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) return parts;
    start = end + 1;
  }
}

// CLI11 joins the type name and its validators' descriptions with ':', e.g.
// "SEVERITY:{info,low,medium,high,critical}" or "UINT:SIZE [b, kb(=1024b), ...]".
void read_type_name(const CLI::Option& option, OptionDoc& doc) {
  const std::string type_name = option.get_type_name();
  const auto colon = type_name.find(':');
  doc.value_name = type_name.substr(0, colon);
  if (colon != std::string::npos) {
    const std::string validator = type_name.substr(colon + 1);
    if (validator.size() > 2 && validator.front() == '{' && validator.back() == '}')
      doc.choices = split(validator.substr(1, validator.size() - 2), ',');
  }
  if (!doc.choices.empty() && doc.value_name == "TEXT") {
    doc.value_name.clear();
    for (const std::string& choice : doc.choices) doc.value_name += (doc.value_name.empty() ? "" : "|") + choice;
  }
  for (const std::string& part : split(doc.value_name, '|'))
    doc.takes_path = doc.takes_path || part == "FILE" || part == "DIR" || part == "RULESET";
  // A rule is named by its id; completing them saves a trip to `orgstar rules`.
  if (doc.value_name == "ID|NAME")
    for (const Rule* rule : builtin_rules()) doc.choices.emplace_back(rule->id);
}

OptionDoc describe_option(const CLI::Option& option) {
  OptionDoc doc;
  doc.short_names = option.get_snames();
  doc.long_names = option.get_lnames();
  if (option.get_positional()) doc.positional_name = option.get_name(true, false);
  doc.takes_value = option.get_expected_max() > 0;
  if (doc.takes_value) read_type_name(option, doc);
  doc.default_value = option.get_default_str();
  doc.description = option.get_description();
  doc.group = option.get_group();
  doc.repeatable = option.get_items_expected_max() > 1;
  doc.required = option.get_required();
  return doc;
}

CommandDoc describe_command(const CLI::App& command, const std::string& name) {
  CommandDoc doc;
  doc.name = name;
  doc.description = command.get_description();
  doc.footer = command.get_footer();
  for (const CLI::Option* option : command.get_options()) {
    if (option->get_group().empty()) continue;
    (option->get_positional() ? doc.positionals : doc.options).push_back(describe_option(*option));
  }
  return doc;
}

}  // namespace

ProgramDoc describe_commands(const CLI::App& app) {
  ProgramDoc program;
  program.program = describe_command(app, app.get_name());
  for (const CLI::App* command : app.get_subcommands({}))
    program.commands.push_back(describe_command(*command, command->get_name()));
  program.version = version;
  return program;
}

std::string option_spellings(const OptionDoc& option, const std::string& separator) {
  std::string out;
  for (const std::string& name : option.short_names) out += (out.empty() ? "" : separator) + "-" + name;
  for (const std::string& name : option.long_names) out += (out.empty() ? "" : separator) + "--" + name;
  return out;
}

}  // namespace orgstar::cli
