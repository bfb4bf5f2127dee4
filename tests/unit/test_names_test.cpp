// ctest runs each Catch test by name (catch_discover_tests). A name with a
// ';' is split into two ctest names that match no test, and Catch then runs
// nothing and passes; ']' and a leading '-' or blank break the name the same
// way. This keeps every test reachable from ctest.
#include <catch2/catch.hpp>

TEST_CASE("Every test name survives ctest discovery: no semicolon, bracket, or leading dash or blank", "[meta]") {
  const auto& tests = Catch::getAllTestCasesSorted(*Catch::getCurrentContext().getConfig());
  REQUIRE(tests.size() > 100);
  for (const Catch::TestCase& test : tests) {
    const std::string& name = test.getTestCaseInfo().name;
    INFO(name);
    CHECK(name.find(';') == std::string::npos);
    CHECK(name.find(']') == std::string::npos);
    CHECK(name.find('[') == std::string::npos);
    CHECK_FALSE(name.empty());
    CHECK(name.front() != '-');
    CHECK(name.front() != ' ');
  }
}
