// The works the rules cite (include/orgstar/bibliography.hpp). A URL is given
// only where a stable public page for the work exists.
#include "orgstar/report/bibliography.hpp"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "report/markdown_escape.hpp"

namespace orgstar {
namespace {

constexpr std::array works = std::to_array<Work>({
    {.key = "DORA",
     .authors = "DORA (DevOps Research and Assessment)",
     .title = "DORA capabilities",
     .short_title = "DORA capabilities",
     .byline = "DORA",
     .published = "dora.dev",
     .url = "https://dora.dev/capabilities/",
     .parts = "The capability cited: customer feedback; generative organizational culture (after Westrum's "
              "typology of organizational cultures)."},
    {.key = "EU AI Act",
     .authors = "European Parliament and Council of the European Union",
     .title = "Regulation (EU) 2024/1689 laying down harmonised rules on artificial intelligence (Artificial "
              "Intelligence Act)",
     .short_title = "Artificial Intelligence Act",
     .byline = "EU AI Act, 2024",
     .published = "Official Journal of the European Union, 12 July 2024",
     .url = "https://eur-lex.europa.eu/eli/reg/2024/1689/oj",
     .parts = "Art. is an article: 9 risk management, 11 technical documentation, 13 transparency to deployers, 14 "
              "human oversight of high-risk AI systems."},
    {.key = "Galbraith",
     .authors = "Jay R. Galbraith",
     .title = "Designing Organizations: Strategy, Structure, and Process at the Business Unit and Enterprise Levels",
     .short_title = "Designing Organizations",
     .byline = "Galbraith, 2014",
     .published = "3rd edition, Jossey-Bass, 2014",
     .book = true,
     .parts = "The Star Model: strategy, structure, processes, rewards and people must fit each other. The part "
              "cited is the point of the star, or the alignment between them."},
    {.key = "Google CAF",
     .authors = "Google Cloud",
     .title = "The Google Cloud Adoption Framework",
     .short_title = "Google Cloud Adoption Framework",
     .byline = "Google Cloud",
     .published = "Google Cloud",
     .url = "https://cloud.google.com/adoption-framework",
     .parts = "The theme cited: Learn, Lead, Scale or Secure."},
    {.key = "Google MLOps",
     .authors = "Google Cloud",
     .title = "MLOps: Continuous delivery and automation pipelines in machine learning",
     .short_title = "MLOps: Continuous delivery and automation pipelines in machine learning",
     .byline = "Google Cloud",
     .published = "Google Cloud Architecture Center",
     .url = "https://cloud.google.com/architecture/mlops-continuous-delivery-and-automation-pipelines-in-machine-"
            "learning",
     .parts = "L0, L1 and L2 are its MLOps levels: manual process, ML pipeline automation, CI/CD pipeline "
              "automation."},
    {.key = "Kerr",
     .authors = "Steven Kerr",
     .title = "On the Folly of Rewarding A, While Hoping for B",
     .short_title = "On the Folly of Rewarding A, While Hoping for B",
     .byline = "Kerr, 1975",
     .published = "Academy of Management Journal 18(4), 1975",
     .url = "https://doi.org/10.5465/255378",
     .parts = "The whole article: people do what the reward system pays for, not what the organization hopes for."},
    {.key = "MLTS",
     .authors = "Eric Breck, Shanqing Cai, Eric Nielsen, Michael Salib, D. Sculley",
     .title = "The ML Test Score: A Rubric for ML Production Readiness and Technical Debt Reduction",
     .short_title = "The ML Test Score",
     .byline = "Breck et al., 2017",
     .published = "IEEE International Conference on Big Data, 2017",
     .url = "https://research.google/pubs/pub45742/",
     .parts = "The rubric's tests by section and number: Data, Model, Infra and Monitor, e.g. Monitor 7."},
    {.key = "Marvelous",
     .authors = "Marvelous MLOps",
     .title = "MLOps Maturity Assessment",
     .short_title = "MLOps Maturity Assessment",
     .byline = "Marvelous MLOps, 2023",
     .published = "2023",
     .url = "https://github.com/marvelousmlops/mlops_maturity_assessment",
     .parts = "§ numbers are the questionnaire's sections and statements, e.g. §4.3.2."},
    {.key = "Microsoft",
     .authors = "Microsoft",
     .title = "Machine Learning operations maturity model",
     .short_title = "Machine Learning operations maturity model",
     .byline = "Microsoft",
     .published = "Azure Architecture Center",
     .url = "https://learn.microsoft.com/en-us/azure/architecture/ai-ml/guide/mlops-maturity-model",
     .parts = "L0 to L4 are its maturity levels, from no MLOps to fully automated operations; People is the "
              "people and culture aspect of a level."},
    {.key = "Model Cards",
     .authors = "Margaret Mitchell, Simone Wu, Andrew Zaldivar, Parker Barnes, Lucy Vasserman, Ben Hutchinson, Elena "
                "Spitzer, Inioluwa Deborah Raji, Timnit Gebru",
     .title = "Model Cards for Model Reporting",
     .short_title = "Model Cards for Model Reporting",
     .byline = "Mitchell et al., 2019",
     .published = "Conference on Fairness, Accountability, and Transparency (FAT* '19), 2019",
     .url = "https://arxiv.org/abs/1810.03993",
     .parts = "§4 lists the sections of a model card: intended use, factors, metrics, evaluation data, caveats."},
    {.key = "NIST AI RMF",
     .authors = "National Institute of Standards and Technology",
     .title = "Artificial Intelligence Risk Management Framework (AI RMF 1.0)",
     .short_title = "AI Risk Management Framework",
     .byline = "NIST AI 100-1, 2023",
     .published = "NIST AI 100-1, January 2023",
     .url = "https://doi.org/10.6028/NIST.AI.100-1",
     .parts = "A function and its subcategory: GOVERN 1.1 legal and regulatory requirements, MAP 1.5 risk tolerance, "
              "MAP 2.2 knowledge limits and human use documented, MAP 3.5 human oversight."},
    {.key = "PAIR",
     .authors = "Google PAIR (People + AI Research)",
     .title = "People + AI Guidebook",
     .short_title = "People + AI Guidebook",
     .byline = "Google PAIR, 2019",
     .published = "2019",
     .url = "https://pair.withgoogle.com/guidebook/",
     .parts = "The chapter cited is \"Feedback + Control\"."},
    {.key = "RML",
     .authors = "Cathy Chen, Niall Richard Murphy, Kranti Parisa, D. Sculley, Todd Underwood",
     .title = "Reliable Machine Learning: Applying SRE Principles to ML in Production",
     .short_title = "Reliable Machine Learning",
     .byline = "Chen et al., 2022",
     .published = "O'Reilly Media, 2022",
     .book = true,
     .url = "https://www.oreilly.com/library/view/reliable-machine-learning/9781098106218/",
     .parts = "Chapters 13 and 14 are about the organization. S1, S2 and S3 are the three scenarios of chapter 14: "
              "a centralized, a decentralized and a hybrid ML organization; Table 14-1 compares them. A quoted "
              "name is a section's title."},
    {.key = "Schuster & Kesler",
     .authors = "Michael H. Schuster, Gregory Kesler",
     .title = "Aligning Reward Systems in Organization Design: How to Activate the Orphan Star Point",
     .short_title = "Aligning Reward Systems in Organization Design",
     .byline = "Schuster & Kesler, 2011",
     .published = "Kates Kesler, 2011",
     .url = "https://kateskesler.com/aligning-reward-systems-in-organization-design/",
     .parts = "The \"orphan\" point: rewards are the point of the Star Model most often left out of a redesign."},
    {.key = "Sculley",
     .authors = "D. Sculley, Gary Holt, Daniel Golovin, Eugene Davydov, Todd Phillips, Dietmar Ebner, Vinay "
                "Chaudhary, Michael Young, Jean-François Crespo, Dan Dennison",
     .title = "Hidden Technical Debt in Machine Learning Systems",
     .short_title = "Hidden Technical Debt in Machine Learning Systems",
     .byline = "Sculley et al., 2015",
     .published = "Advances in Neural Information Processing Systems 28 (NIPS 2015)",
     .url = "https://proceedings.neurips.cc/paper/2015/hash/86df7dcfd896fcaf2674f757a2463eba-Abstract.html",
     .parts = "The risk factor cited, e.g. cultural debt."},
    {.key = "TT",
     .authors = "Matthew Skelton, Manuel Pais",
     .title = "Team Topologies: Organizing Business and Technology Teams for Fast Flow",
     .short_title = "Team Topologies",
     .byline = "Skelton & Pais, 2019",
     .published = "IT Revolution Press, 2019",
     .book = true,
     .url = "https://teamtopologies.com/",
     .parts = "The concept cited: a team type (platform, enabling), an interaction mode (collaboration, "
              "X-as-a-Service, facilitating), cognitive load, Conway's law."},
    {.key = "Tecton",
     .authors = "David Hershey",
     .title = "Why Centralized Machine Learning Teams Fail",
     .short_title = "Why Centralized Machine Learning Teams Fail",
     .byline = "Hershey, 2022",
     .published = "Tecton blog, 16 May 2022",
     .url = "https://www.tecton.ai/blog/why-centralized-machine-learning-teams-fail/"},
    {.key = "orgstar format",
     .authors = "orgstar",
     .title = "The orgstar/v1 formats",
     .short_title = "The orgstar/v1 formats",
     .byline = "docs/format.md",
     .published = "orgstar's documentation (docs/format.md)",
     .doc = "format.md",
     .parts = "The section of docs/format.md cited, by its title: Ids and references, Validation, Integrity, Team, "
              "Waiver."},
    {.key = "talk",
     .authors = "Cathy Chen",
     .title = "Hacking ML into your Organization",
     .short_title = "Hacking ML into your Organization",
     .byline = "Chen, SREcon21",
     .published = "SREcon21, USENIX, October 2021",
     .parts = "The talk orgstar started from: the YarnIt story of a first production model, what went wrong in the "
              "organization, and the fixes; the part cited is the problem it names (silos)."},
    {.key = "truck factor",
     .authors = "Guilherme Avelino, Leonardo Passos, Andre Hora, Marco Tulio Valente",
     .title = "A Novel Approach for Estimating Truck Factors",
     .short_title = "A Novel Approach for Estimating Truck Factors",
     .byline = "Avelino et al., 2016",
     .published = "24th International Conference on Program Comprehension (ICPC), 2016",
     .url = "https://arxiv.org/abs/1604.06766",
     .parts = "The truck (or bus) factor: how many people can leave before a system cannot be run or changed."},
});

constexpr bool sorted_by_key() {
  for (std::size_t i = 1; i < works.size(); ++i)
    if (!(works[i - 1].key < works[i].key)) return false;
  return true;
}
static_assert(sorted_by_key(), "the bibliography is sorted by key, and keys are unique");

std::string quoted_title(const Work& work, std::string_view title, bool markdown) {
  if (work.book) return markdown ? fmt::format("*{}*", title) : std::string(title);
  return fmt::format("\"{}\"", title);
}

}  // namespace

std::span<const Work> bibliography() { return works; }

Citation resolve_citation(std::string_view source) {
  const Work* best = nullptr;
  for (const Work& work : works) {
    if (!source.starts_with(work.key)) continue;
    if (source.size() > work.key.size() && source[work.key.size()] != ' ') continue;
    if (best == nullptr || work.key.size() > best->key.size()) best = &work;
  }
  if (best == nullptr) return {nullptr, source};
  std::string_view part = source.substr(best->key.size());
  while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
  return {best, part};
}

std::string full_citation_text(const Work& work) {
  std::string out = fmt::format("{}. {}. {}.", work.authors, quoted_title(work, work.title, false), work.published);
  if (!work.url.empty()) out += fmt::format(" {}", work.url);
  return out;
}

std::string full_citation_markdown(const Work& work, std::string_view doc_base) {
  std::string title = quoted_title(work, work.title, true);
  if (!work.doc.empty()) title = fmt::format("[{}]({}{})", title, doc_base, work.doc);
  std::string out = fmt::format("{}. {}. {}.", work.authors, title, work.published);
  if (!work.url.empty()) out += fmt::format(" <{}>", work.url);
  return out;
}

std::string expanded_citation_text(std::string_view source) {
  const Citation citation = resolve_citation(source);
  if (citation.work == nullptr) return std::string(source);
  const Work& work = *citation.work;
  std::string out = fmt::format("{}: {} ({})", source, quoted_title(work, work.short_title, false), work.byline);
  if (!work.url.empty()) out += fmt::format(", {}", work.url);
  return out;
}

std::string expanded_citation_markdown(std::string_view source) {
  const Citation citation = resolve_citation(source);
  if (citation.work == nullptr) return report::markdown_escape(source);
  const Work& work = *citation.work;
  std::string cited(work.key);
  if (!citation.part.empty()) {
    cited += ' ';
    cited += report::markdown_escape(citation.part);
  }
  const std::string title = quoted_title(work, work.short_title, true);
  if (work.url.empty()) return fmt::format("{}: {} ({})", cited, title, work.byline);
  return fmt::format("{}: [{}]({}) ({})", cited, title, work.url, work.byline);
}

}  // namespace orgstar
