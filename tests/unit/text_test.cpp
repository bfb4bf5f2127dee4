// The shared wording helpers of the support layer.
#include <catch2/catch.hpp>

#include "support/text.hpp"

namespace orgstar {
namespace {

TEST_CASE("plural: the count and the noun that agrees with it", "[text]") {
  CHECK(plural(0, "file", "files") == "0 files");
  CHECK(plural(1, "file", "files") == "1 file");
  CHECK(plural(2, "open finding is", "open findings are") == "2 open findings are");
}

TEST_CASE("wrap_words: greedy lines of at most the width, an option kept with its value", "[text]") {
  CHECK(wrap_words("", 10).empty());
  CHECK(wrap_words("one two three", 7) == "one two\nthree");
  CHECK(wrap_words("one two three", 13) == "one two three");
  CHECK(wrap_words("a verylongword b", 4) == "a\nverylongword\nb");
  // "use -f" would fit in 9, but -f belongs with its value.
  CHECK(wrap_words("use -f gitlab now", 9) == "use\n-f gitlab\nnow");
  CHECK(wrap_words("ends with -", 20) == "ends with -");
}

}  // namespace
}  // namespace orgstar
