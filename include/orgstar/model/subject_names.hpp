// The names the org file gives the elements findings are about, so that text
// written for people says "model Claims triage" rather than "m-claims-triage".
#pragma once

#include <map>
#include <set>
#include <string>

#include "orgstar/model/model.hpp"
#include "orgstar/model/subject.hpp"

namespace orgstar {

// The name of each of `subjects` that the file names: a team's, model's,
// process's, reward's, person's, training or rotation program's `name`, an
// objective's or use case's `title`. Subjects without one (the organization,
// KPIs, waivers, an element with no name or an empty one) are left out. When
// an id is repeated, the first element with it names it (as the indexes
// resolve ids). One walk over the file, whatever the number of subjects.
std::map<Subject, std::string> subject_names(const Org& org, const std::set<Subject>& subjects);

}  // namespace orgstar
