// man(7) pages written from the command tree, so they say what --help says.
#include <algorithm>
#include <cctype>
#include <string>

#include <fmt/format.h>

#include "cli/command_docs.hpp"

namespace orgstar::cli {
namespace {

// Text for a roff input line: a backslash is an escape, and a line that starts
// with '.' or '\'' would be read as a request.
std::string roff(const std::string& text) {
  std::string out;
  for (char c : text) out += c == '\\' ? std::string("\\e") : std::string(1, c);
  if (!out.empty() && (out[0] == '.' || out[0] == '\'')) out.insert(0, "\\&");
  return out;
}

// Option names keep their hyphens as minus signs, so they can be searched and copied.
std::string roff_option_name(const std::string& name) {
  std::string out;
  for (char c : name) out += c == '-' ? std::string("\\-") : std::string(1, c);
  return out;
}

std::string upper(std::string text) {
  for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

std::string page_name(const ProgramDoc& program, const CommandDoc& command) {
  return &command == &program.program ? command.name : program.program.name + "-" + command.name;
}

std::string command_line(const ProgramDoc& program, const CommandDoc& command) {
  return &command == &program.program ? command.name : program.program.name + " " + command.name;
}

std::string option_term(const OptionDoc& option) {
  std::string term;
  for (const std::string& name : option.short_names) term += (term.empty() ? "" : ", ") + ("\\fB\\-" + name + "\\fR");
  for (const std::string& name : option.long_names)
    term += (term.empty() ? "" : ", ") + ("\\fB\\-\\-" + roff_option_name(name) + "\\fR");
  if (option.takes_value) term += " \\fI" + roff(option.value_name) + "\\fR";
  return term;
}

// Descriptions are written as --help lines; a man page joins them into sentences.
std::string sentence(const std::string& text) { return text.empty() || text.back() == '.' ? text : text + "."; }

std::string option_body(const OptionDoc& option) {
  std::string body = roff(sentence(option.description));
  if (!option.choices.empty() && option.value_name.find('|') == std::string::npos && option.choices.size() <= 12) {
    std::string list;
    for (const std::string& choice : option.choices) list += (list.empty() ? "" : ", ") + choice;
    body += " One of: " + list + ".";
  }
  if (!option.default_value.empty() && body.find("default") == std::string::npos)
    body += " Default: " + roff(option.default_value) + ".";
  if (option.repeatable && !option.positional_name.empty()) body += " May be given more than once.";
  return body;
}

std::string synopsis(const ProgramDoc& program, const CommandDoc& command) {
  std::string out = ".SH SYNOPSIS\n.B " + command_line(program, command) + "\n";
  if (&command == &program.program) return out + "\\fICOMMAND\\fR [\\fIOPTIONS\\fR] [\\fIARGUMENTS\\fR]\n";
  out += "[\\fIOPTIONS\\fR]";
  for (const OptionDoc& positional : command.positionals) {
    const std::string argument =
        "\\fI" + roff(positional.value_name.empty() ? positional.positional_name : positional.value_name) + "\\fR";
    const std::string repeated = positional.repeatable ? " ..." : "";
    if (positional.required)
      out += fmt::format(" {}{}", argument, repeated);
    else
      out += fmt::format(" [{}{}]", argument, repeated);
  }
  return out + "\n";
}

std::string options_section(const CommandDoc& command) {
  std::string out;
  if (!command.positionals.empty()) {
    out += ".SH ARGUMENTS\n";
    for (const OptionDoc& positional : command.positionals)
      out += ".TP\n\\fI" + roff(positional.positional_name) + "\\fR\n" + option_body(positional) + "\n";
  }
  std::vector<std::string> groups;
  for (const OptionDoc& option : command.options)
    if (std::find(groups.begin(), groups.end(), option.group) == groups.end()) groups.push_back(option.group);
  for (const std::string& group : groups) {
    out += group == "Options" ? ".SH OPTIONS\n" : ".SS " + roff(group) + "\n";
    for (const OptionDoc& option : command.options)
      if (option.group == group) out += ".TP\n" + option_term(option) + "\n" + option_body(option) + "\n";
  }
  return out;
}

// The footer's paragraphs; indented lines (examples, tables) keep their layout.
std::string footer_section(const std::string& footer) {
  if (footer.empty()) return {};
  std::string out = ".SH NOTES\n";
  bool first_paragraph = true, in_block = false, paragraph_open = false;
  std::string::size_type start = 0;
  while (start <= footer.size()) {
    auto end = footer.find('\n', start);
    if (end == std::string::npos) end = footer.size();
    const std::string line = footer.substr(start, end - start);
    start = end + 1;
    const bool indented = !line.empty() && line[0] == ' ';
    if (line.find_first_not_of(' ') == std::string::npos) {
      if (in_block) out += ".fi\n.RE\n";
      in_block = false;
      paragraph_open = false;
      continue;
    }
    if (!paragraph_open) {
      if (!first_paragraph) out += ".PP\n";
      first_paragraph = false;
      paragraph_open = true;
    }
    if (indented && !in_block) out += ".RS 2\n.nf\n";
    if (!indented && in_block) out += ".fi\n.RE\n";
    in_block = indented;
    out += roff(indented ? line.substr(line.find_first_not_of(' ')) : line) + "\n";
  }
  if (in_block) out += ".fi\n.RE\n";
  return out;
}

std::string see_also(const ProgramDoc& program, const CommandDoc& command) {
  std::vector<std::string> pages;
  if (&command != &program.program) pages.push_back(program.program.name);
  for (const CommandDoc& other : program.commands)
    if (&other != &command) pages.push_back(page_name(program, other));
  std::string out = ".SH SEE ALSO\n";
  for (std::size_t i = 0; i < pages.size(); ++i)
    out += ".BR " + roff_option_name(pages[i]) + " (1)" + (i + 1 < pages.size() ? ",\n" : "\n");
  return out;
}

std::string commands_section(const ProgramDoc& program) {
  std::string out = ".SH COMMANDS\n";
  for (const CommandDoc& command : program.commands)
    out += ".TP\n.B " + command.name + "\n" + roff(command.description) + "; see\n.BR " +
           roff_option_name(page_name(program, command)) + " (1).\n";
  return out;
}

ManPage man_page(const ProgramDoc& program, const CommandDoc& command, const std::string& date) {
  const std::string name = page_name(program, command);
  std::string text = fmt::format(".TH {} 1 {} \"orgstar {}\" \"User Commands\"\n", upper(roff_option_name(name)), date,
                                 program.version);
  // The program's --help starts "orgstar: assess how ...": the page's NAME line already names it.
  std::string description = command.description;
  const std::string own_name = command.name + ": ";
  if (description.starts_with(own_name)) description = description.substr(own_name.size());
  std::string summary = description;
  if (!summary.empty()) summary[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(summary[0])));
  if (!description.empty())
    description[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(description[0])));
  text += ".SH NAME\n" + roff_option_name(name) + " \\- " + roff(summary) + "\n";
  text += synopsis(program, command);
  text += ".SH DESCRIPTION\n" + roff(sentence(description)) + "\n";
  if (&command == &program.program) text += commands_section(program);
  text += options_section(command);
  text += footer_section(command.footer);
  text += see_also(program, command);
  return {name + ".1", text};
}

}  // namespace

std::vector<ManPage> man_pages(const ProgramDoc& program, const std::string& date) {
  std::vector<ManPage> pages{man_page(program, program.program, date)};
  for (const CommandDoc& command : program.commands) pages.push_back(man_page(program, command, date));
  return pages;
}

}  // namespace orgstar::cli
