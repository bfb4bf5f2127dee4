// CharacterColumns keeps only non-ASCII lines yet converts columns exactly as
// LineIndex does, byte-order mark included.
#include <catch2/catch.hpp>

#include "support/source_text.hpp"

namespace orgstar {

TEST_CASE("CharacterColumns agrees with LineIndex on ASCII, non-ASCII and BOM lines", "[source]") {
  const std::string text = "\xEF\xBB\xBFname: Zürich\nplain: ascii\nteam: 'Équipe Ünë', id: x\n";
  LineIndex lines(text);
  const CharacterColumns columns(text);
  // Marks point into a line or just past its end.
  for (std::uint32_t line = 1; line <= 3; ++line)
    for (std::uint32_t column = 1; column <= lines.line(line).size() + 1; ++column) {
      INFO(line << ":" << column);
      CHECK(columns.character_column({line, column}) == lines.character_column({line, column}));
    }
  CHECK(columns.character_column({3, 24}) == 21);  // three 2-byte characters before it
  CHECK(columns.character_column({2, 8}) == 8);
}

}  // namespace orgstar
