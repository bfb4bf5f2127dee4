// --exclude GLOB: what it matches among the paths a directory walk finds.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "orgstar/run/org_files.hpp"

using orgstar::Excludes;

namespace {

bool file_excluded(const std::vector<std::string>& globs, const std::string& path) {
  return Excludes(globs).excludes(path, false);
}
bool folder_excluded(const std::vector<std::string>& globs, const std::string& path) {
  return Excludes(globs).excludes(path, true);
}

}  // namespace

TEST_CASE("exclude GLOB: without a slash it matches the name of a file or folder at any depth", "[cli][exclude]") {
  CHECK(folder_excluded({"drafts"}, "orgs/drafts"));
  CHECK(folder_excluded({"drafts"}, "orgs/a/b/drafts"));
  CHECK(file_excluded({"*.draft.yaml"}, "orgs/a/acme.draft.yaml"));
  CHECK(file_excluded({"acme-?.yaml"}, "orgs/acme-1.yaml"));
  CHECK(file_excluded({"acme-[0-9].yaml"}, "orgs/acme-7.yaml"));
  CHECK_FALSE(file_excluded({"acme-[0-9].yaml"}, "orgs/acme-x.yaml"));
  CHECK_FALSE(folder_excluded({"drafts"}, "drafts/orgs"));  // only the name: not a folder above it
  CHECK_FALSE(file_excluded({"drafts"}, "orgs/drafts.yaml"));
  CHECK_FALSE(file_excluded({"*.draft.yaml"}, "orgs/acme.yaml"));
}

TEST_CASE("exclude GLOB: with a slash it matches the whole path as found, '*' within a name, '**' across folders",
          "[cli][exclude]") {
  CHECK(folder_excluded({"orgs/drafts"}, "orgs/drafts"));
  CHECK_FALSE(folder_excluded({"orgs/drafts"}, "repo/orgs/drafts"));  // anchored at the start of the path
  CHECK(file_excluded({"orgs/*.yaml"}, "orgs/acme.yaml"));
  CHECK_FALSE(file_excluded({"orgs/*.yaml"}, "orgs/eu/acme.yaml"));  // '*' does not cross a '/'
  CHECK_FALSE(file_excluded({"orgs*yaml"}, "orgs/acme.yaml"));
  CHECK(file_excluded({"orgs/**/acme.yaml"}, "orgs/acme.yaml"));  // '**' matches no folder too
  CHECK(file_excluded({"orgs/**/acme.yaml"}, "orgs/eu/de/acme.yaml"));
  CHECK(folder_excluded({"**/fixtures"}, "repo/policies/fixtures"));
  CHECK(file_excluded({"orgs/**"}, "orgs/eu/acme.yaml"));
  CHECK(file_excluded({"**/*.test.yaml"}, "a/b/c.test.yaml"));
  CHECK_FALSE(file_excluded({"orgs/**/acme.yaml"}, "other/acme.yaml"));
}

TEST_CASE("exclude GLOB: './' and doubled slashes do not count, and a trailing slash matches folders only",
          "[cli][exclude]") {
  CHECK(folder_excluded({"orgs/drafts"}, "./orgs/drafts"));
  CHECK(folder_excluded({"./orgs/drafts"}, "orgs//drafts"));
  CHECK(folder_excluded({"drafts/"}, "orgs/drafts"));
  CHECK_FALSE(file_excluded({"drafts/"}, "orgs/drafts"));
  CHECK(folder_excluded({"orgs/drafts/"}, "orgs/drafts"));
  CHECK(file_excluded({"/abs/orgs/*.yaml"}, "/abs/orgs/a.yaml"));
  CHECK_FALSE(file_excluded({"abs/orgs/*.yaml"}, "/abs/orgs/a.yaml"));  // an absolute path needs an absolute glob
  CHECK_FALSE(file_excluded({"/orgs/*.yaml"}, "orgs/a.yaml"));
  CHECK(file_excluded({"**/orgs/*.yaml"}, "/abs/orgs/a.yaml"));
}

TEST_CASE("exclude GLOB: of several globs any one excludes, while none or an empty one excludes nothing",
          "[cli][exclude]") {
  CHECK(file_excluded({"x", "*.yml"}, "orgs/a.yml"));
  CHECK_FALSE(file_excluded({}, "orgs/a.yml"));
  CHECK_FALSE(file_excluded({""}, "orgs/a.yml"));
  CHECK_FALSE(file_excluded({"/"}, "orgs/a.yml"));
}
