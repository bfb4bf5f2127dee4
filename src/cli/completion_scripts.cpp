// Shell completion scripts for bash, zsh and fish, written from the command
// tree: every command, option, fixed value and file argument that --help shows.
#include <algorithm>
#include <stdexcept>
#include <string>

#include <fmt/format.h>

#include "cli/command_docs.hpp"

namespace orgstar::cli {
namespace {

// The words go into shell scripts unquoted inside quoted lists: refuse any
// character that a shell would read as more than a letter of the word.
const std::string& shell_word(const std::string& word) {
  const bool plain = !word.empty() && std::all_of(word.begin(), word.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
           c == '.';
  });
  if (!plain) throw std::logic_error("not a plain word for a completion script: '" + word + "'");
  return word;
}

std::string words(const std::vector<std::string>& list) {
  std::string out;
  for (const std::string& word : list) out += (out.empty() ? "" : " ") + shell_word(word);
  return out;
}

std::vector<std::string> command_names(const ProgramDoc& program) {
  std::vector<std::string> names;
  for (const CommandDoc& command : program.commands) names.push_back(command.name);
  return names;
}

std::vector<std::string> spellings(const OptionDoc& option) {
  std::vector<std::string> out;
  for (const std::string& name : option.short_names) out.push_back("-" + name);
  for (const std::string& name : option.long_names) out.push_back("--" + name);
  return out;
}

std::vector<std::string> all_spellings(const CommandDoc& command) {
  std::vector<std::string> out;
  for (const OptionDoc& option : command.options)
    for (std::string& spelling : spellings(option)) out.push_back(std::move(spelling));
  return out;
}

// The first line of a description, for the shells that show one beside each candidate.
std::string summary(const std::string& description) { return description.substr(0, description.find('\n')); }

std::string header(const ProgramDoc& program, const std::string& shell) {
  return fmt::format(
      "# {} completion for orgstar {}, generated from its command definitions\n"
      "# by `orgstar completion {}`: regenerate it, do not edit it.\n",
      shell, program.version, shell);
}

// ---- bash ----

std::string bash_command_case(const CommandDoc& command) {
  std::string out = fmt::format("    {})\n      case $prev in\n", shell_word(command.name));
  for (const OptionDoc& option : command.options) {
    if (!option.takes_value) continue;
    std::string pattern;
    for (const std::string& spelling : spellings(option)) pattern += (pattern.empty() ? "" : "|") + spelling;
    if (!option.choices.empty())
      out += fmt::format("        {}) _orgstar_words '{}'; return ;;\n", pattern, words(option.choices));
    else if (option.takes_path)
      out += fmt::format("        {}) _orgstar_paths; return ;;\n", pattern);
    else
      out += fmt::format("        {}) return ;;\n", pattern);
  }
  out += "      esac\n";
  out += fmt::format("      options='{}'\n", words(all_spellings(command)));
  for (const OptionDoc& positional : command.positionals) {
    if (positional.takes_path)
      out += "      positional_paths=1\n";
    else if (!positional.choices.empty())
      out += fmt::format("      positional_words='{}'\n", words(positional.choices));
    break;  // every command has at most one kind of positional argument
  }
  out += "      ;;\n";
  return out;
}

// ---- zsh ----

std::string zsh_quote(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\'')
      out += "'\\''";
    else if (c == '[' || c == ']' || c == '\\')
      out += std::string("\\") + c;  // ends the explanation
    else
      out += c;
  }
  return out;
}

std::string zsh_value_message(const OptionDoc& option) {
  std::string message;
  for (char c : option.value_name.empty() ? std::string("value") : option.value_name)
    message += (c == ':' || c == ' ' || c == '\'' || c == '\\') ? '-' : static_cast<char>(std::tolower(c));
  return message;
}

std::string zsh_action(const OptionDoc& option) {
  if (!option.choices.empty()) return "(" + words(option.choices) + ")";
  if (option.takes_path) return "_files";
  return " ";
}

std::string zsh_arguments(const CommandDoc& command, const std::string& indent) {
  std::string out;
  for (const OptionDoc& option : command.options) {
    const std::string description = zsh_quote(summary(option.description));
    for (const std::string& spelling : spellings(option)) {
      std::string spec = fmt::format("{}{}[{}]", option.repeatable ? "*" : "", spelling, description);
      if (option.takes_value) spec += ":" + zsh_value_message(option) + ":" + zsh_action(option);
      out += fmt::format("{}'{}' \\\n", indent, spec);
    }
  }
  for (const OptionDoc& positional : command.positionals)
    out += fmt::format("{}'{}:{}:{}' \\\n", indent, positional.repeatable ? "*" : "", zsh_value_message(positional),
                       zsh_action(positional));
  return out;
}

// ---- fish ----

std::string fish_quote(const std::string& text) {
  std::string out = "'";
  for (char c : text) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c;
  }
  return out + "'";
}

std::string fish_option(const std::string& condition, const OptionDoc& option) {
  std::string line = "complete -c orgstar -n " + condition;
  for (const std::string& name : option.short_names) line += " -s " + shell_word(name);
  for (const std::string& name : option.long_names) line += " -l " + shell_word(name);
  if (option.takes_value) {
    if (!option.choices.empty())
      line += " -x -a " + fish_quote(words(option.choices));
    else if (option.takes_path)
      line += " -r -F";
    else
      line += " -x";
  }
  return line + " -d " + fish_quote(summary(option.description)) + "\n";
}

}  // namespace

std::string bash_completion(const ProgramDoc& program) {
  std::string out = header(program, "bash");
  out +=
      "_orgstar_words() { mapfile -t COMPREPLY < <(compgen -W \"$1\" -- \"$cur\"); }\n"
      "_orgstar_paths() {\n"
      "  compopt -o filenames 2>/dev/null\n"
      "  mapfile -t COMPREPLY < <(compgen -f -- \"$cur\")\n"
      "}\n"
      "_orgstar() {\n"
      "  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n"
      "  local command='' options='' positional_words='' positional_paths=0 i\n"
      "  for ((i = 1; i < COMP_CWORD; i++)); do\n"
      "    case ${COMP_WORDS[i]} in\n";
  std::string names;
  for (const std::string& name : command_names(program)) names += (names.empty() ? "" : "|") + shell_word(name);
  out += fmt::format("      {}) command=${{COMP_WORDS[i]}}; break ;;\n", names);
  out += "    esac\n  done\n  case $command in\n";
  out += fmt::format("    '')\n      options='{}'\n      positional_words='{}'\n      ;;\n",
                     words(all_spellings(program.program)), words(command_names(program)));
  for (const CommandDoc& command : program.commands) out += bash_command_case(command);
  out +=
      "  esac\n"
      "  if [[ $cur == -* ]]; then\n"
      "    _orgstar_words \"$options\"\n"
      "  elif ((positional_paths)); then\n"
      "    _orgstar_paths\n"
      "  else\n"
      "    _orgstar_words \"$positional_words\"\n"
      "  fi\n"
      "}\n"
      "complete -F _orgstar orgstar\n";
  return out;
}

std::string zsh_completion(const ProgramDoc& program) {
  std::string out = "#compdef orgstar\n" + header(program, "zsh");
  out += "_orgstar() {\n  local curcontext=$curcontext state line ret=1\n  _arguments -C \\\n";
  out += zsh_arguments(program.program, "    ");
  out += "    '1:command:->command' \\\n    '*::argument:->argument' && ret=0\n";
  out += "  case $state in\n    command)\n      local -a commands=(\n";
  for (const CommandDoc& command : program.commands)
    out += fmt::format("        '{}:{}'\n", shell_word(command.name), zsh_quote(summary(command.description)));
  out += "      )\n      _describe -t commands 'orgstar command' commands && ret=0\n      ;;\n";
  out += "    argument)\n      curcontext=${curcontext%:*:*}:orgstar-$words[1]:\n      case $words[1] in\n";
  for (const CommandDoc& command : program.commands) {
    out += fmt::format("        {})\n          _arguments \\\n", shell_word(command.name));
    out += zsh_arguments(command, "            ") + "            && ret=0\n          ;;\n";
  }
  out += "      esac\n      ;;\n  esac\n  return ret\n}\n_orgstar \"$@\"\n";
  return out;
}

std::string fish_completion(const ProgramDoc& program) {
  std::string out = header(program, "fish");
  out += "complete -c orgstar -f\n";
  for (const OptionDoc& option : program.program.options) out += fish_option("__fish_use_subcommand", option);
  for (const CommandDoc& command : program.commands)
    out += fmt::format("complete -c orgstar -n __fish_use_subcommand -a {} -d {}\n", shell_word(command.name),
                       fish_quote(summary(command.description)));
  for (const CommandDoc& command : program.commands) {
    const std::string condition = fish_quote("__fish_seen_subcommand_from " + shell_word(command.name));
    for (const OptionDoc& option : command.options) out += fish_option(condition, option);
    for (const OptionDoc& positional : command.positionals) {
      if (positional.takes_path)
        out += fmt::format("complete -c orgstar -n {} -F\n", condition);
      else if (!positional.choices.empty())
        out += fmt::format("complete -c orgstar -n {} -x -a {}\n", condition, fish_quote(words(positional.choices)));
    }
  }
  return out;
}

}  // namespace orgstar::cli
