#include "load/reporter.hpp"

#include <fmt/format.h>

namespace orgstar {

// Warnings count towards the limit too: it bounds the memory a hostile file can make us spend.
void Reporter::report(DiagnosticSeverity severity, const char* id, Mark byte_mark, std::string path,
                      std::string message) {
  if (out_.size() == max_errors_per_file) {
    out_.push_back(make(diag::input_limit, byte_mark, std::move(path),
                        fmt::format("too many errors; stopped after {}", max_errors_per_file)));
    throw StopParsing{};
  }
  out_.push_back(make(id, byte_mark, std::move(path), std::move(message)));
  out_.back().severity = severity;
}

void Reporter::note(Mark byte_mark, std::string message) {
  DiagnosticNote note{byte_mark, std::move(message), lines_.excerpt(byte_mark)};
  note.mark.column = lines_.character_column(byte_mark);
  out_.back().notes.push_back(std::move(note));
}

void Reporter::fatal(const char* id, Mark byte_mark, std::string message, Mark note_mark, std::string note_message) {
  out_.push_back(make(id, byte_mark, "", std::move(message)));
  if (note_mark.known()) note(note_mark, std::move(note_message));
  throw StopParsing{};
}

void Reporter::discard_from(Mark byte_mark) {
  const Mark cutoff{byte_mark.line, lines_.character_column(byte_mark)};
  std::erase_if(out_, [&](const Diagnostic& d) { return d.mark.known() && !(d.mark < cutoff); });
}

Diagnostic Reporter::make(const char* id, Mark byte_mark, std::string path, std::string message) {
  Diagnostic d{id, std::move(message), source_.name, byte_mark, std::move(path), {}, {}};
  if (byte_mark.known()) {
    d.excerpt = lines_.excerpt(byte_mark);
    d.mark.column = lines_.character_column(byte_mark);
  }
  return d;
}

}  // namespace orgstar
