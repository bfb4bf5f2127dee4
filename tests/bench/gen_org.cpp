// orgstar-gen-org: deterministic generator of large, valid `orgstar/v1` org files for the benchmark.
//
//   orgstar-gen-org --teams N --people-per-team M [-o FILE]
//
// The output exercises every section of the format (docs/format.md) (metadata, strategy, structure, processes, rewards,
// people, waivers) with a realistic mix of block and flow style. Every id matches ^[a-z0-9][a-z0-9._-]{0,63}$, is
// unique in its namespace, and every reference resolves. Same arguments give byte-identical output: the only randomness
// is a splitmix64 stream seeded from the arguments and from the index of the entity being written, so no section
// depends on the order in which another was generated.
//
// Memory: one small record per team (kind, model count, named head count); the YAML text itself is streamed out
// through a 1 MiB buffer. Size is about 1.8 KB per team plus 100 bytes per person:
// 50x10 ≈ 0.14 MB, 1000x20 ≈ 3.8 MB, 10000x20 ≈ 38 MB, 100000x20 ≈ 382 MB.

#include <algorithm>
#include <array>
#include <cerrno>
#include <charconv>
#include <concepts>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace {

// ---------------------------------------------------------------------------------------------------------------
// PRNG: splitmix64. Tiny, fast, good enough, and fully specified here so output never depends on the library.

constexpr std::uint64_t kGolden = 0x9E3779B97F4A7C15ull;

constexpr std::uint64_t splitmix(std::uint64_t x) {
    x += kGolden;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

class Rng {
public:
    explicit Rng(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next() {
        state_ += kGolden;
        std::uint64_t z = state_;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // Uniform-ish in [0, n); n > 0. The modulo bias is irrelevant here.
    std::uint32_t below(std::uint32_t n) { return static_cast<std::uint32_t>(next() % n); }
    // Inclusive range [lo, hi].
    std::uint32_t range(std::uint32_t lo, std::uint32_t hi) { return lo + below(hi - lo + 1); }
    bool chance(std::uint32_t percent) { return below(100) < percent; }
    template <class T, std::size_t K>
    const T& pick(const std::array<T, K>& a) {
        return a[below(static_cast<std::uint32_t>(K))];
    }

private:
    std::uint64_t state_;
};

// Streams used to derive independent per-entity generators.
enum Stream : std::uint64_t {
    kTeamStream = 1,
    kRosterStream,
    kObjectiveStream,
    kUseCaseStream,
    kProcessStream,
    kRewardStream,
    kTrainingStream,
    kRotationStream,
    kKpiCountStream,
};

std::uint64_t g_seed = 0;

Rng rng_for(Stream s, std::uint64_t index) {
    return Rng(splitmix(g_seed ^ splitmix((static_cast<std::uint64_t>(s) << 56) ^ index)));
}

// ---------------------------------------------------------------------------------------------------------------
// Output: a buffered writer with the few formatting helpers the generator needs.

class Out {
public:
    explicit Out(std::FILE* f) : f_(f) { buf_.reserve(kFlushAt + 4096); }
    Out(const Out&) = delete;
    Out& operator=(const Out&) = delete;

    Out& operator<<(std::string_view s) {
        buf_.append(s);
        if (buf_.size() >= kFlushAt) flush();
        return *this;
    }
    Out& operator<<(const char* s) { return *this << std::string_view(s); }
    Out& operator<<(char c) {
        buf_.push_back(c);
        return *this;
    }
    // clang-format 14 runs a requires-clause into the declaration after it (RequiresClausePosition is new in 15).
    // clang-format off
    template <class T>
        requires std::integral<T> && (!std::same_as<T, char>) && (!std::same_as<T, bool>)
    Out& operator<<(T v) {
        // clang-format on
        char tmp[24];
        auto r = std::to_chars(tmp, tmp + sizeof tmp, v);
        buf_.append(tmp, r.ptr);
        return *this;
    }
    Out& operator<<(bool b) { return *this << (b ? std::string_view("true") : std::string_view("false")); }

    // Zero-padded unsigned number of at least `width` digits.
    void padded(std::uint64_t v, int width) {
        char tmp[24];
        auto r = std::to_chars(tmp, tmp + sizeof tmp, v);
        for (auto n = static_cast<int>(r.ptr - tmp); n < width; ++n) buf_.push_back('0');
        buf_.append(tmp, r.ptr);
    }

    bool flush() {
        if (!buf_.empty() && std::fwrite(buf_.data(), 1, buf_.size(), f_) != buf_.size()) ok_ = false;
        buf_.clear();
        return ok_;
    }
    bool ok() const { return ok_; }

private:
    static constexpr std::size_t kFlushAt = std::size_t{1} << 20;
    std::FILE* f_;
    std::string buf_;
    bool ok_ = true;
};

// ---------------------------------------------------------------------------------------------------------------
// Vocabulary (all enum values are copied from docs/format.md).

enum Kind : std::uint8_t { kMl, kProduct, kData, kPlatform, kBusiness, kSre, kKindCount };
constexpr std::array<std::string_view, kKindCount> kKindNames = {"ml",       "product",  "data",
                                                                 "platform", "business", "sre"};

constexpr std::array<std::string_view, 5> kMlNames = {"Ranking ML", "Fraud Models", "Forecasting", "Personalization",
                                                      "Vision & Documents"};
constexpr std::array<std::string_view, 6> kProductNames = {"Checkout",   "Mobile App", "Search",
                                                           "Onboarding", "Payments",   "Merchant Portal"};
constexpr std::array<std::string_view, 4> kDataNames = {"Data Engineering", "Analytics", "Data Platform",
                                                        "Customer Data"};
constexpr std::array<std::string_view, 4> kPlatformNames = {"ML Platform", "Developer Platform", "Cloud Infrastructure",
                                                            "Serving Platform"};
constexpr std::array<std::string_view, 7> kBusinessNames = {
    "Sales", "Marketing", "Finance", "Operations", "Customer Care", "Risk Operations", "Legal & Compliance"};
constexpr std::array<std::string_view, 3> kSreNames = {"Site Reliability", "Production Operations", "Incident Command"};

constexpr std::array<std::string_view, 32> kFirstNames = {"Dana",   "Ravi",  "Mei",    "Jonas",  "Amara", "Luis",
                                                          "Ingrid", "Kenji", "Fatima", "Tomasz", "Aisha", "Pedro",
                                                          "Sofia",  "Wei",   "Noah",   "Leila",  "Oskar", "Priya",
                                                          "Mateo",  "Hana",  "Samuel", "Chloe",  "Arjun", "Elena",
                                                          "Yusuf",  "Greta", "Diego",  "Nadia",  "Felix", "Zara",
                                                          "Emeka",  "Lucia"};
constexpr std::array<std::string_view, 32> kLastNames = {"Whitfield", "Okafor",  "Lindqvist", "Tanaka",  "Moreau",
                                                         "Kowalski",  "Haddad",  "Fernandes", "Novak",   "Chen",
                                                         "Mbeki",     "Rossi",   "Schmidt",   "Alvarez", "Nguyen",
                                                         "Petrov",    "Singh",   "Dubois",    "Larsen",  "Yamamoto",
                                                         "Costa",     "Brennan", "Ibrahim",   "Varga",   "Eriksson",
                                                         "Delgado",   "Kim",     "Osei",      "Martins", "Kaplan",
                                                         "Horvat",    "Sato"};
constexpr std::array<std::string_view, 12> kSkills = {"python",          "sql",       "spark",
                                                      "pytorch",         "gbdt",      "kubernetes",
                                                      "airflow",         "dbt",       "causal-inference",
                                                      "experimentation", "terraform", "feature-engineering"};

constexpr std::array<std::string_view, 5> kLiteracy = {"none", "aware", "literate", "practitioner", "expert"};

// Role pools per team kind; entry 0 is the team lead.
constexpr std::array<std::string_view, 8> kMlRoles = {"engineering-manager", "ml-engineer",        "data-scientist",
                                                      "ml-engineer",         "research-scientist", "mlops-engineer",
                                                      "data-scientist",      "software-engineer"};
constexpr std::array<std::string_view, 7> kProductRoles = {"product-manager", "software-engineer", "software-engineer",
                                                           "designer",        "qa-engineer",       "data-analyst",
                                                           "ml-engineer"};
constexpr std::array<std::string_view, 5> kDataRoles = {"engineering-manager", "data-engineer", "analytics-engineer",
                                                        "data-analyst", "data-scientist"};
constexpr std::array<std::string_view, 6> kPlatformRoles = {"engineering-manager", "platform-engineer",
                                                            "mlops-engineer",      "sre",
                                                            "security-engineer",   "platform-engineer"};
constexpr std::array<std::string_view, 6> kBusinessRoles = {"business-manager", "analyst",         "account-manager",
                                                            "operations-lead",  "finance-partner", "analyst"};
constexpr std::array<std::string_view, 4> kSreRoles = {"engineering-manager", "sre", "incident-manager",
                                                       "platform-engineer"};
constexpr std::array<std::string_view, 4> kExecRoles = {"executive", "executive", "finance-partner",
                                                        "business-manager"};

constexpr std::array<std::string_view, 8> kProvides = {"compute",     "ci-cd",          "data-pipelines",
                                                       "ml-training", "ml-serving",     "feature-store",
                                                       "monitoring",  "experimentation"};

struct Kpi {
    std::string_view name, unit, kind;
    std::string_view target;
};
constexpr std::array<Kpi, 12> kKpis = {{
    {"revenue-growth", "pct", "business", "12"},
    {"churn-rate", "pct", "business", "2.5"},
    {"conversion-rate", "pct", "business", "3.8"},
    {"member-nps", "count", "business", "45"},
    {"fraud-loss-bps", "ratio", "business", "4"},
    {"alert-precision", "ratio", "model", "0.35"},
    {"latency-p99", "ms", "system", "120"},
    {"forecast-mape", "pct", "model", "8"},
    {"cost-per-order", "usd", "business", "0.42"},
    {"approval-gap", "ratio", "fairness", "0.05"},
    {"handling-time", "ms", "business", "90000"},
    {"csat", "pct", "business", "88"},
}};

constexpr std::array<std::string_view, 17> kProcessKinds = {"business-review",
                                                            "exec-review",
                                                            "launch-review",
                                                            "triage",
                                                            "incident-response",
                                                            "postmortem",
                                                            "user-feedback",
                                                            "support-escalation",
                                                            "findings-writeup",
                                                            "infra-standards",
                                                            "privacy-review",
                                                            "fairness-review",
                                                            "risk-assessment",
                                                            "data-quality-review",
                                                            "planning-budgeting",
                                                            "training",
                                                            "other"};
constexpr std::array<std::string_view, 7> kCadences = {"daily",     "weekly",      "biweekly", "monthly",
                                                       "quarterly", "per-release", "on-demand"};
constexpr std::array<std::string_view, 5> kSources = {"users", "customers", "support", "sales", "internal"};

constexpr std::array<std::string_view, 13> kCriteriaTags = {"launch",        "velocity",          "business-outcome",
                                                            "model-quality", "reliability",       "fairness",
                                                            "privacy",       "collaboration",     "consistency",
                                                            "documentation", "platform-adoption", "learning",
                                                            "simplification"};
constexpr std::array<std::string_view, 6> kRewardTypes = {"bonus",           "recognition",    "promotion-track",
                                                          "learning-budget", "equity-refresh", "award"};
constexpr std::array<std::string_view, 6> kTopics = {"ml-basics", "ml-for-leaders", "responsible-ai",
                                                     "mlops",     "ml-advanced",    "data-literacy"};
constexpr std::array<std::string_view, 22> kAllRoles = {
    "ml-engineer",        "data-scientist",  "research-scientist", "mlops-engineer",    "engineering-manager",
    "software-engineer",  "product-manager", "designer",           "qa-engineer",       "data-engineer",
    "analytics-engineer", "data-analyst",    "platform-engineer",  "security-engineer", "analyst",
    "account-manager",    "operations-lead", "finance-partner",    "business-manager",  "sre",
    "incident-manager",   "executive"};

// ---------------------------------------------------------------------------------------------------------------
// The org skeleton: one record per team, computed up front (a few bytes per team).

struct Team {
    Kind kind = kBusiness;
    std::uint8_t models = 0;   // number of models owned: m-<team>-1 .. m-<team>-<models>
    std::uint32_t named = 0;   // roster entries p-<team>-01 .. p-<team>-<named>; the rest of M are in groups
    std::uint32_t parent = 0;  // 0 = root
};

struct Org {
    std::uint32_t n = 0;  // teams, numbered 1..n
    std::uint32_t m = 0;  // people per team
    int team_width = 6;
    int person_width = 2;
    std::vector<Team> teams;                                     // index 1..n (0 unused)
    std::array<std::vector<std::uint32_t>, kKindCount> by_kind;  // team numbers per kind, ascending
    std::vector<std::uint32_t> model_teams;                      // teams owning ≥1 model, ascending
    std::uint32_t objectives = 0, processes = 0, rewards = 0, trainings = 0, rotations = 0;

    const Team& t(std::uint32_t i) const { return teams[i]; }
};

Org g;  // the one org being generated

// Reference writers. They carry just enough to format the id.
struct TeamId {
    std::uint32_t t;
};
struct PersonId {
    std::uint32_t t, k;
};
struct ModelId {
    std::uint32_t t, k;
};
struct ProcId {
    std::uint32_t p;
};
struct ObjId {
    std::uint32_t o;
};
struct Date {
    int y, m, d;
};

Out& operator<<(Out& o, TeamId v) {
    o << "t-";
    o.padded(v.t, g.team_width);
    return o;
}
Out& operator<<(Out& o, PersonId v) {
    o << "p-";
    o.padded(v.t, g.team_width);
    o << '-';
    o.padded(v.k, g.person_width);
    return o;
}
Out& operator<<(Out& o, ModelId v) {
    o << "m-";
    o.padded(v.t, g.team_width);
    o << '-' << v.k;
    return o;
}
Out& operator<<(Out& o, ProcId v) {
    o << "pr-";
    o.padded(v.p, 6);
    return o;
}
Out& operator<<(Out& o, ObjId v) {
    o << "obj-";
    o.padded(v.o, 5);
    return o;
}
Out& operator<<(Out& o, Date v) {
    o.padded(static_cast<std::uint64_t>(v.y), 4);
    o << '-';
    o.padded(static_cast<std::uint64_t>(v.m), 2);
    o << '-';
    o.padded(static_cast<std::uint64_t>(v.d), 2);
    return o;
}

int digits(std::uint64_t v) {
    int d = 1;
    while (v >= 10) {
        v /= 10;
        ++d;
    }
    return d;
}

std::uint32_t kpi_count(std::uint32_t obj) {
    return 1 + static_cast<std::uint32_t>(rng_for(kKpiCountStream, obj).below(3));
}
const Kpi& kpi_of(std::uint32_t obj, std::uint32_t k) { return kKpis[(obj * 5 + k) % kKpis.size()]; }

// A team of `kind` near team `near` (realistic: teams mostly work with teams in the same part of the tree).
// Returns 0 when the org has no team of that kind other than `avoid`.
std::uint32_t near_team(Rng& r, Kind kind, std::uint32_t near, std::uint32_t avoid = 0) {
    const auto& list = g.by_kind[kind];
    if (list.empty()) return 0;
    auto pos = static_cast<std::int64_t>(std::lower_bound(list.begin(), list.end(), near) - list.begin());
    const auto size = static_cast<std::int64_t>(list.size());
    for (int attempt = 0; attempt < 4; ++attempt) {
        std::int64_t p = pos + static_cast<std::int64_t>(r.below(9)) - 4;
        p = std::clamp<std::int64_t>(p, 0, size - 1);
        auto cand = list[static_cast<std::size_t>(p)];
        if (cand != avoid) return cand;
    }
    for (auto cand : list)
        if (cand != avoid) return cand;
    return 0;
}

// Any team in a window around `near`.
std::uint32_t window_team(Rng& r, std::uint32_t near, std::uint32_t radius) {
    std::int64_t lo = std::max<std::int64_t>(1, static_cast<std::int64_t>(near) - radius);
    std::int64_t hi = std::min<std::int64_t>(g.n, static_cast<std::int64_t>(near) + radius);
    return static_cast<std::uint32_t>(lo + static_cast<std::int64_t>(r.below(static_cast<std::uint32_t>(hi - lo + 1))));
}

std::uint32_t near_model_team(Rng& r, std::uint32_t near) {
    const auto& list = g.model_teams;
    if (list.empty()) return 0;
    auto pos = static_cast<std::int64_t>(std::lower_bound(list.begin(), list.end(), near) - list.begin());
    std::int64_t p = std::clamp<std::int64_t>(pos + static_cast<std::int64_t>(r.below(5)) - 2, 0,
                                              static_cast<std::int64_t>(list.size()) - 1);
    return list[static_cast<std::size_t>(p)];
}

// A date between 2023-07-01 and 2025-03-14 (metadata.assessed_on), mostly recent.
Date training_date(Rng& r) {
    const std::uint32_t x = r.below(100);
    if (x < 20) return Date{2025, 1 + static_cast<int>(r.below(2)), 1 + static_cast<int>(r.below(28))};
    if (x < 25) return Date{2025, 3, 1 + static_cast<int>(r.below(14))};
    if (x < 85) return Date{2024, 1 + static_cast<int>(r.below(12)), 1 + static_cast<int>(r.below(28))};
    return Date{2023, 7 + static_cast<int>(r.below(6)), 1 + static_cast<int>(r.below(28))};
}

// Writes `[a, b, c]` of distinct picks from `pool` (count in [lo, hi], at most the pool size).
template <std::size_t K>
void flow_list_of(Out& o, Rng& r, const std::array<std::string_view, K>& pool, std::uint32_t lo, std::uint32_t hi) {
    std::uint32_t count = std::min<std::uint32_t>(r.range(lo, hi), static_cast<std::uint32_t>(K));
    std::uint32_t start = r.below(static_cast<std::uint32_t>(K));
    std::uint32_t step = 1 + r.below(2);  // 1 or 2; with K odd or step 1 this stays distinct for count ≤ K/2+1
    o << '[';
    std::uint32_t written = 0;
    std::array<bool, K> used{};
    for (std::uint32_t i = 0; written < count && i < 2 * K; ++i) {
        std::size_t idx = (start + i * step) % K;
        if (used[idx]) continue;
        used[idx] = true;
        if (written++) o << ", ";
        o << pool[idx];
    }
    o << ']';
}

// Writes `[t-a, t-b]` of distinct teams near `near`.
void team_list(Out& o, Rng& r, std::uint32_t near, std::uint32_t count, std::uint32_t radius) {
    std::array<std::uint32_t, 8> picked{};
    std::uint32_t n = 0;
    for (std::uint32_t attempt = 0; n < count && n < picked.size() && attempt < count * 4; ++attempt) {
        std::uint32_t t = window_team(r, near, radius);
        if (std::find(picked.begin(), picked.begin() + n, t) != picked.begin() + n) continue;
        picked[n++] = t;
    }
    o << '[';
    for (std::uint32_t i = 0; i < n; ++i) {
        if (i) o << ", ";
        o << TeamId{picked[i]};
    }
    o << ']';
}

std::string_view team_base_name(Kind k, std::uint32_t t) {
    switch (k) {
        case kMl: return kMlNames[t % kMlNames.size()];
        case kProduct: return kProductNames[t % kProductNames.size()];
        case kData: return kDataNames[t % kDataNames.size()];
        case kPlatform: return kPlatformNames[t % kPlatformNames.size()];
        case kBusiness: return kBusinessNames[t % kBusinessNames.size()];
        case kSre: return kSreNames[t % kSreNames.size()];
        default: return "Team";
    }
}

void team_name(Out& o, std::uint32_t t) {
    if (t == 1)
        o << "Executive office";
    else
        o << team_base_name(g.t(t).kind, t) << ' ' << t;
}

// ---------------------------------------------------------------------------------------------------------------
// Skeleton.

void build_skeleton() {
    g.teams.assign(static_cast<std::size_t>(g.n) + 1, Team{});
    // The first six teams cover every kind, so even tiny orgs use the whole vocabulary.
    constexpr std::array<Kind, 6> kFirst = {kBusiness, kPlatform, kMl, kData, kProduct, kSre};
    for (std::uint32_t i = 1; i <= g.n; ++i) {
        Rng r = rng_for(kTeamStream, i);
        Team& t = g.teams[i];
        if (i <= kFirst.size()) {
            t.kind = kFirst[i - 1];
        } else {
            std::uint32_t x = r.below(100);
            t.kind = x < 25 ? kProduct : x < 40 ? kBusiness : x < 66 ? kMl : x < 80 ? kData : x < 91 ? kPlatform : kSre;
        }
        t.parent = i == 1 ? 0 : 1 + (i - 2) / 6;
        switch (t.kind) {
            case kMl: {
                const std::uint32_t x = r.below(100);  // 1..5 models, mostly 2-4
                t.models = static_cast<std::uint8_t>(x < 10 ? 1 : x < 35 ? 2 : x < 70 ? 3 : x < 90 ? 4 : 5);
                break;
            }
            case kData: t.models = static_cast<std::uint8_t>(r.chance(70) ? 1 + (r.chance(25) ? 1 : 0) : 0); break;
            case kProduct: t.models = r.chance(15) ? 1 : 0; break;
            default: t.models = 0;
        }
        if (i == 3) t.models = std::max<std::uint8_t>(t.models, 1);  // the first ml team always owns a model
        // Business-side and SRE teams list part of their staff as an anonymous group.
        t.named = g.m;
        if (g.m >= 8 && i != 1 && (t.kind == kProduct || t.kind == kBusiness || t.kind == kSre) && r.chance(70))
            t.named = g.m - r.range(g.m / 5, g.m / 3);
        g.by_kind[t.kind].push_back(i);
        if (t.models) g.model_teams.push_back(i);
    }
    g.objectives = std::max<std::uint32_t>(2, g.n / 3);
    g.processes = std::max<std::uint32_t>(static_cast<std::uint32_t>(kProcessKinds.size()), g.n + (g.n * 3) / 4);
    g.rewards = std::max<std::uint32_t>(4, g.n / 3);
    g.trainings = std::max<std::uint32_t>(3, g.n / 40);
    g.rotations = std::max<std::uint32_t>(1, g.n / 200);
}

// Names of people are derived from (team, index) so that the roster and any other mention agree.
void person_name(Out& o, std::uint32_t t, std::uint32_t k) {
    std::uint64_t h = splitmix(g_seed ^ (static_cast<std::uint64_t>(t) << 20) ^ k);
    o << kFirstNames[h % kFirstNames.size()] << ' ' << kLastNames[(h >> 8) % kLastNames.size()];
}

// ---------------------------------------------------------------------------------------------------------------
// Sections.

void write_header(Out& o) {
    o << "# Generated by orgstar-gen-org --teams " << g.n << " --people-per-team " << g.m << "\n"
      << "# Synthetic organization for benchmarking; deterministic, every reference resolves.\n"
      << "apiVersion: orgstar/v1\n"
      << "kind: Organization\n";
}

void write_metadata(Out& o) {
    const std::uint64_t headcount = static_cast<std::uint64_t>(g.n) * g.m + 40;
    o << "metadata: {id: gen-" << g.n << 'x' << g.m << ", name: \"Synthetic Org " << g.n << 'x' << g.m
      << "\", industry: online retail and payments,\n"
      << "           headcount: " << headcount << ", regulated: true, ml_adoption_stage: scaled, culture: generative,\n"
      << "           assessed_on: 2025-03-14, assessor: \"orgstar-gen-org (synthetic)\"}\n";
}

constexpr std::array<std::string_view, 6> kUseCaseTitles = {
    "Recommendations for surface",   "Fraud screening for flow",     "Demand forecast for region",
    "Document extraction for queue", "Search ranking for catalogue", "Churn prediction for segment"};

void write_strategy(Out& o) {
    o << "strategy:\n"
      << "  mission: \"Make buying and selling simple, safe and fair.\"\n"
      << "  ml_role: core\n"
      << "  ml_strategy_documented: true\n"
      << "  risk_appetite: medium\n"
      << "  executive_sponsor: " << PersonId{1, 1} << '\n'
      << "  leadership_trust_in_ml: high\n"
      << "  budget: {ml_line_item: true, horizon: multi-year,\n"
      << "           covers: [modeling, infrastructure, data, monitoring, responsible-ai, training, hiring]}\n"
      << "  objectives:\n";
    constexpr std::array<std::string_view, 4> kHorizons = {"H1", "H2", "FY", "3y"};
    for (std::uint32_t ob = 1; ob <= g.objectives; ++ob) {
        Rng r = rng_for(kObjectiveStream, ob);
        const std::uint32_t near =
            1 + static_cast<std::uint32_t>((static_cast<std::uint64_t>(ob - 1) * g.n) / g.objectives);
        std::uint32_t owner = near_team(r, r.chance(50) ? kBusiness : kProduct, near);
        const bool ml_related = ob == 1 || r.chance(65);
        const std::uint32_t nk = kpi_count(ob);
        if (ob % 3 == 1) {  // block style with flow KPI entries
            o << "    - id: " << ObjId{ob} << "\n      title: \"Objective " << ob << ": move " << kpi_of(ob, 0).name
              << "\"\n      horizon: " << r.pick(kHorizons) << '\n';
            if (owner) o << "      owner_team: " << TeamId{owner} << '\n';
            o << "      ml_related: " << ml_related << "\n      kpis:\n";
            for (std::uint32_t k = 0; k < nk; ++k) {
                const Kpi& kp = kpi_of(ob, k);
                o << "        - {name: " << kp.name << ", target: " << kp.target << ", unit: " << kp.unit
                  << ", kind: " << kp.kind << "}\n";
            }
        } else {  // one flow mapping, wrapped like people write it
            o << "    - {id: " << ObjId{ob};
            if (r.chance(60)) o << ", title: \"Improve " << kpi_of(ob, 0).name << " (" << r.pick(kHorizons) << ")\"";
            if (owner) o << ", owner_team: " << TeamId{owner};
            if (ml_related) o << ", ml_related: true";
            o << ",\n       kpis: [";
            for (std::uint32_t k = 0; k < nk; ++k) {
                const Kpi& kp = kpi_of(ob, k);
                if (k) o << ", ";
                o << "{name: " << kp.name << ", kind: " << kp.kind;
                if (r.chance(60)) o << ", target: " << kp.target;
                o << '}';
            }
            o << "]}\n";
        }
    }
    if (g.model_teams.empty()) {
        o << "  use_cases: []\n";
        return;
    }
    o << "  use_cases:\n";
    constexpr std::array<std::string_view, 4> kCrit = {"additive", "revenue-sensitive", "revenue-critical",
                                                       "safety-critical"};
    std::uint32_t prev_model_team = 0;
    for (std::uint32_t t : g.model_teams) {
        Rng r = rng_for(kUseCaseStream, t);
        if (!r.chance(85) && t != g.model_teams.front()) {  // the list is never empty
            prev_model_team = t;
            continue;
        }
        std::uint32_t surface = near_team(r, kProduct, t);
        o << "    - {id: uc-";
        o.padded(t, g.team_width);
        if (r.chance(70)) o << ", title: \"" << r.pick(kUseCaseTitles) << ' ' << t << '"';
        o << ", criticality: " << r.pick(kCrit);
        if (surface) o << ", surface_team: " << TeamId{surface};
        o << ", models: [";
        for (std::uint32_t k = 1; k <= g.t(t).models; ++k) o << (k > 1 ? ", " : "") << ModelId{t, k};
        if (prev_model_team && r.chance(15)) o << ", " << ModelId{prev_model_team, 1};
        o << "]}\n";
        prev_model_team = t;
    }
}

void write_model(Out& o, Rng& r, std::uint32_t t, std::uint32_t k) {
    const Team& team = g.t(t);
    constexpr std::array<std::string_view, 4> kStages = {"production", "staging", "research", "retired"};
    std::uint32_t sx = r.below(100);
    std::string_view stage = sx < 50 ? kStages[0] : sx < 70 ? kStages[1] : sx < 88 ? kStages[2] : kStages[3];
    const bool live = stage == "production" || stage == "staging";
    constexpr std::array<std::string_view, 3> kRisk = {"low", "medium", "high"};
    constexpr std::string_view kInd = "        ";  // model fields in block style
    if (!live && k > 1) {                          // short research/retired models: one flow line
        o << "        - {id: " << ModelId{t, k} << ", stage: " << stage << ", risk: " << r.pick(kRisk)
          << ", user_facing: " << r.chance(30) << "}\n";
        return;
    }
    o << "        - id: " << ModelId{t, k} << '\n';
    if (r.chance(75)) o << kInd << "  name: " << team_base_name(team.kind, t) << " model " << k << '\n';
    o << kInd << "  stage: " << stage << '\n';
    if (r.chance(80)) o << kInd << "  risk: " << r.pick(kRisk) << '\n';
    if (r.chance(70)) o << kInd << "  user_facing: " << r.chance(40) << '\n';
    if (r.chance(70)) o << kInd << "  uses_personal_data: " << r.chance(55) << '\n';
    const std::uint32_t kx = r.below(100);
    if (kx < (live ? 85u : 40u)) {
        std::uint32_t ob = 1 + r.below(g.objectives);
        std::uint32_t kp = r.below(kpi_count(ob));
        o << kInd << "  business_kpi: " << ObjId{ob} << '/' << kpi_of(ob, kp).name << '\n';
    } else if (kx < (live ? 90u : 50u)) {
        o << kInd << "  business_kpi: null\n";
    }
    if (r.chance(40)) {
        if (std::uint32_t dep = near_team(r, kPlatform, t, t)) o << kInd << "  deployed_by: " << TeamId{dep} << '\n';
    }
    if (r.chance(70)) {
        std::uint32_t holders = std::min<std::uint32_t>(r.range(1, 3), team.named);
        std::uint32_t first = 1 + r.below(team.named);
        o << kInd << "  knowledge_holders: [";
        for (std::uint32_t h = 0; h < holders; ++h)
            o << (h ? ", " : "") << PersonId{t, 1 + (first - 1 + h) % team.named};
        o << "]\n";
    }
    if (live && r.chance(80)) o << kInd << "  last_trained: " << training_date(r) << '\n';
    constexpr std::array<std::string_view, 3> kRetrain = {"manual", "scheduled", "triggered"};
    if (r.chance(75)) o << kInd << "  retrain: " << r.pick(kRetrain) << '\n';
    if (r.chance(75)) o << kInd << "  mlops_level: " << r.below(3) << '\n';
    if (live && r.chance(85)) {
        o << kInd << "  monitoring: {system: true";
        if (r.chance(80)) o << ", quality: " << r.chance(75);
        if (r.chance(70)) o << ", drift: " << r.chance(60);
        if (r.chance(60)) o << ", fairness: " << r.chance(50);
        o << "}\n";
    }
    if (r.chance(70)) o << kInd << "  rollback: " << r.chance(80) << '\n';
    if (r.chance(70)) o << kInd << "  fallback: " << r.chance(60) << '\n';
    if (r.chance(60)) {
        if (r.chance(50)) {
            o << kInd << "  documentation: {model_card: " << r.chance(70) << ", risk_evaluation: " << r.chance(50)
              << "}\n";
        } else {
            o << kInd << "  documentation:\n"
              << kInd << "    model_card: " << r.chance(70) << '\n'
              << kInd << "    risk_evaluation: " << r.chance(50) << '\n';
        }
    }
}

struct Interaction {
    std::uint32_t team;
    std::string_view mode;
    std::string_view role;  // empty: absent
    std::string_view purpose;
};

void write_team(Out& o, std::uint32_t t) {
    const Team& team = g.t(t);
    Rng r = rng_for(kTeamStream, t);
    r.next();  // decouple from the skeleton's draws
    r.next();

    // Interactions by kind; the mode vocabulary is spread across kinds so every mode occurs.
    std::array<Interaction, 5> edges{};
    std::uint32_t ne = 0;
    auto add = [&](Kind k, std::string_view mode, std::string_view role, std::string_view purpose) {
        std::uint32_t other = near_team(r, k, t, t);
        if (!other) return;
        for (std::uint32_t i = 0; i < ne; ++i)
            if (edges[i].team == other) return;
        edges[ne++] = Interaction{other, mode, role, purpose};
    };
    switch (team.kind) {
        case kProduct:
            add(kPlatform, "x-as-a-service", r.chance(50) ? "consumer" : "", "");
            if (r.chance(80)) add(kMl, "collaboration", "", r.chance(40) ? "ranking and recommendations" : "");
            if (r.chance(30)) add(kData, "x-as-a-service", "consumer", r.chance(50) ? "event tracking" : "");
            if (r.chance(20)) add(kSre, "facilitating", "", "");
            break;
        case kMl:
            add(kPlatform, "x-as-a-service", "consumer", "");
            add(r.chance(60) ? kProduct : kBusiness, "collaboration", "", r.chance(50) ? "joint model roadmap" : "");
            if (r.chance(40)) add(kData, "collaboration", "", "");
            break;
        case kData:
            add(kMl, "x-as-a-service", "provider", r.chance(50) ? "curated features" : "");
            if (r.chance(50)) add(kPlatform, "x-as-a-service", "consumer", "");
            break;
        case kPlatform:
            if (r.chance(60)) add(kProduct, "x-as-a-service", "provider", "");
            if (r.chance(50)) add(kMl, "facilitating", "", "MLOps onboarding");
            break;
        case kBusiness:
            if (r.chance(75)) add(kMl, "collaboration", "", r.chance(50) ? "monthly model review" : "");
            if (r.chance(40)) add(kData, "x-as-a-service", "consumer", "reporting");
            break;
        case kSre:
            add(kProduct, "facilitating", "", "on-call practices");
            if (r.chance(50)) add(kPlatform, "collaboration", "", "");
            break;
        default: break;
    }
    // Plus, often, a working relationship with a neighbouring team of any kind.
    if (r.chance(85)) {
        constexpr std::array<std::string_view, 5> kPurposes = {"shared roadmap", "quarterly planning", "joint on-call",
                                                               "data contracts", "experiment design"};
        add(static_cast<Kind>(r.below(kKindCount)), r.chance(70) ? "collaboration" : "facilitating", "",
            r.chance(60) ? r.pick(kPurposes) : "");
    }

    constexpr std::array<std::string_view, 5> kTopo = {"stream-aligned", "platform", "enabling",
                                                       "complicated-subsystem", "undefined"};
    std::string_view topo;
    switch (team.kind) {
        case kProduct: topo = kTopo[0]; break;
        case kPlatform: topo = kTopo[1]; break;
        case kMl: topo = r.chance(70) ? kTopo[3] : kTopo[2]; break;
        case kData: topo = r.chance(50) ? kTopo[1] : kTopo[3]; break;
        case kSre: topo = kTopo[2]; break;
        case kBusiness: topo = r.chance(30) ? kTopo[4] : std::string_view(); break;
        default: break;
    }
    const bool has_name = t == 1 || r.chance(90);
    const bool has_size = r.chance(50);
    const bool owner_null = t != 1 && r.chance(3);
    const std::uint32_t nprov = team.kind == kPlatform ? r.range(2, 5) : 0;

    if (t % 50 == 1) o << "    # --- division " << (t / 50 + 1) << " ---\n";
    const bool block = team.models > 0 || ne >= 2 || nprov > 0 || (ne == 1 && r.chance(50));
    if (block) {
        o << "    - id: " << TeamId{t} << '\n';
        if (has_name) {
            o << "      name: ";
            team_name(o, t);
            o << '\n';
        }
        o << "      kind: " << kKindNames[team.kind] << '\n';
        if (!topo.empty()) o << "      topology: " << topo << '\n';
        if (has_size) o << "      size: " << g.m << '\n';
        if (owner_null)
            o << "      owner: null\n";
        else
            o << "      owner: " << PersonId{t, 1} << '\n';
        o << "      reports_to: ";
        if (team.parent)
            o << TeamId{team.parent} << '\n';
        else
            o << "null\n";
        if (ne) {
            o << "      interactions:\n";
            for (std::uint32_t i = 0; i < ne; ++i) {
                const Interaction& e = edges[i];
                if (i == 0 && !e.purpose.empty() && r.chance(50)) {  // block style entry
                    o << "        - team: " << TeamId{e.team} << "\n          mode: " << e.mode << '\n';
                    if (!e.role.empty()) o << "          role: " << e.role << '\n';
                    o << "          purpose: " << e.purpose << '\n';
                    continue;
                }
                o << "        - {team: " << TeamId{e.team} << ", mode: " << e.mode;
                if (!e.role.empty()) o << ", role: " << e.role;
                if (!e.purpose.empty()) o << ", purpose: " << e.purpose;
                o << "}\n";
            }
        }
        if (nprov) {
            o << "      provides: ";
            flow_list_of(o, r, kProvides, nprov, nprov);
            o << '\n';
        }
        if (team.models) {
            o << "      models:\n";
            for (std::uint32_t k = 1; k <= team.models; ++k) write_model(o, r, t, k);
        }
    } else {
        // Simple teams: one flow mapping, wrapped onto a second line when it has interactions.
        o << "    - {id: " << TeamId{t};
        if (has_name) {
            o << ", name: ";
            team_name(o, t);
        }
        o << ", kind: " << kKindNames[team.kind];
        if (!topo.empty()) o << ", topology: " << topo;
        if (has_size) o << ", size: " << g.m;
        if (owner_null)
            o << ", owner: null";
        else
            o << ", owner: " << PersonId{t, 1};
        o << ", reports_to: ";
        if (team.parent)
            o << TeamId{team.parent};
        else
            o << "null";
        if (ne) {
            const Interaction& e = edges[0];
            o << ",\n       interactions: [{team: " << TeamId{e.team} << ", mode: " << e.mode;
            if (!e.role.empty()) o << ", role: " << e.role;
            if (!e.purpose.empty()) o << ", purpose: " << e.purpose;
            o << "}]";
        }
        o << "}\n";
    }
}

void write_structure(Out& o) {
    o << "structure:\n"
      << "  ml_model: hybrid\n"
      << "  integration_forums: [" << ProcId{1} << ", " << ProcId{2} << "]\n"
      << "  teams:\n";
    for (std::uint32_t t = 1; t <= g.n; ++t) write_team(o, t);
}

constexpr std::array<std::array<std::string_view, 4>, 3> kSteps = {{
    {"collect evidence and dashboards", "review against the launch standards", "agree owners for follow-ups",
     "record decisions in the log"},
    {"page the owning team", "mitigate or roll back", "notify affected business owners", "schedule the postmortem"},
    {"gather user and support reports", "tag reports by model and surface", "route to the owning teams",
     "review trends monthly"},
}};
constexpr std::array<std::string_view, 5> kOutputs = {"decision log", "action items", "risk register entry",
                                                      "updated runbook", "quarterly summary"};

void write_processes(Out& o) {
    o << "processes:\n";
    for (std::uint32_t p = 1; p <= g.processes; ++p) {
        Rng r = rng_for(kProcessStream, p);
        // The first 17 processes cover every kind (pr-000001 and pr-000002 are the integration forums).
        std::string_view kind = p <= kProcessKinds.size() ? kProcessKinds[p - 1] : r.pick(kProcessKinds);
        const std::uint32_t near =
            1 + static_cast<std::uint32_t>((static_cast<std::uint64_t>(p - 1) * g.n) / g.processes);
        const bool feedback = kind == "user-feedback" || kind == "support-escalation";
        const bool block = r.chance(55);
        std::string_view sep = block ? "\n    " : ", ";
        if (block)
            o << "  - id: " << ProcId{p} << "\n    name: \"" << kind << " for division " << (near / 50 + 1)
              << "\"\n    kind: " << kind;
        else {
            o << "  - {id: " << ProcId{p};
            if (r.chance(60)) o << ", name: \"" << kind << ", division " << (near / 50 + 1) << '"';
            o << ", kind: " << kind;
        }
        if (r.chance(70)) o << sep << "owner_team: " << TeamId{window_team(r, near, 6)};
        if (r.chance(85)) o << sep << "cadence: " << r.pick(kCadences);
        if (!feedback || r.chance(50)) {
            o << sep << "participants: ";
            team_list(o, r, near, r.range(2, 6), 8);
        }
        if (feedback) {
            o << sep << "source: " << r.pick(kSources) << sep << "delivers_to: ";
            std::uint32_t a = near_team(r, kProduct, near);
            std::uint32_t b = near_team(r, kMl, near);
            o << '[';
            if (a) o << TeamId{a};
            if (b && b != a) o << (a ? ", " : "") << TeamId{b};
            o << ']';
        }
        const std::uint32_t cx = r.below(100);
        if (cx < 15) {
            o << sep << "covers_models: [all]";
        } else if (cx < 45 && !g.model_teams.empty()) {
            o << sep << "covers_models: [";
            std::uint32_t nm = r.range(1, 3);
            std::uint32_t last = 0;
            bool first = true;
            for (std::uint32_t i = 0; i < nm; ++i) {
                std::uint32_t mt = near_model_team(r, near);
                if (mt == last) continue;
                last = mt;
                o << (first ? "" : ", ") << ModelId{mt, 1 + r.below(g.t(mt).models)};
                first = false;
            }
            o << ']';
        } else if (cx < 50) {
            o << sep << "covers_models: []";
        }
        if (block) {
            const bool incident = kind == "incident-response" || kind == "triage" || kind == "postmortem";
            const auto& steps = kSteps[feedback ? 2 : incident ? 1 : 0];
            o << "\n    steps:\n";
            for (auto step : steps) o << "      - " << step << '\n';
            o << "    outputs: ";
            flow_list_of(o, r, kOutputs, 1, 3);
            o << '\n';
        } else {
            o << "}\n";
        }
    }
}

void write_rewards(Out& o) {
    constexpr std::array<std::string_view, 6> kCriteria = {"\"shipped on time with no sev-1 incidents\"",
                                                           "\"business KPI improved two quarters running\"",
                                                           "\"model quality above the agreed floor\"",
                                                           "\"helped another team adopt the platform\"",
                                                           "\"removed a model or pipeline nobody needed\"",
                                                           "\"completed the ML foundations course\""};
    o << "rewards:\n";
    for (std::uint32_t w = 1; w <= g.rewards; ++w) {
        Rng r = rng_for(kRewardStream, w);
        const std::uint32_t near =
            1 + static_cast<std::uint32_t>((static_cast<std::uint64_t>(w - 1) * g.n) / g.rewards);
        o << "  - {id: r-";
        o.padded(w, 5);
        if (r.chance(85)) o << ", type: " << r.pick(kRewardTypes);
        o << ", criteria_tags: ";
        if (r.chance(5))
            o << "[]";
        else
            flow_list_of(o, r, kCriteriaTags, 1, 3);
        if (r.chance(30)) o << ", criteria: " << r.pick(kCriteria);
        const std::uint32_t ex = r.below(100);
        if (ex >= 25) {
            o << ",\n     eligibility: {";
            bool any = false;
            auto sep = [&] {
                if (any) o << ", ";
                any = true;
            };
            if (ex < 45 || ex >= 90) {
                sep();
                o << "roles: ";
                flow_list_of(o, r, kAllRoles, 1, 3);
            }
            if (ex >= 45 && ex < 60) {
                sep();
                o << "teams: ";
                team_list(o, r, near, r.range(1, 3), 10);
            }
            if (ex >= 60 && ex < 80) {
                sep();
                o << "team_kinds: ";
                flow_list_of(o, r, kKindNames, 1, 2);
            }
            if (ex >= 80) {
                sep();
                o << "min_ml_literacy: " << kLiteracy[1 + r.below(3)];
            }
            o << '}';
        }
        if (r.chance(20)) {
            o << ", shared_across: ";
            team_list(o, r, near, r.range(2, 3), 8);
        }
        if (r.chance(40)) o << ", amount: {value: " << (500 + 250 * r.below(20)) << ", currency: USD}";
        o << "}\n";
    }
}

// Role of the k-th person (1-based) of a team: entry 0 of the pool is the lead, the rest are drawn.
template <std::size_t K>
std::string_view lead_or_pick(Rng& r, const std::array<std::string_view, K>& pool, std::uint32_t k) {
    return k == 1 ? pool[0] : pool[1 + r.below(static_cast<std::uint32_t>(K - 1))];
}

void write_roster_team(Out& o, std::uint32_t t) {
    const Team& team = g.t(t);
    Rng r = rng_for(kRosterStream, t);
    auto role_of = [&](std::uint32_t k) -> std::string_view {
        if (t == 1) return kExecRoles[std::min<std::size_t>(k - 1, kExecRoles.size() - 1)];
        switch (team.kind) {
            case kMl: return lead_or_pick(r, kMlRoles, k);
            case kProduct: return lead_or_pick(r, kProductRoles, k);
            case kData: return lead_or_pick(r, kDataRoles, k);
            case kPlatform: return lead_or_pick(r, kPlatformRoles, k);
            case kBusiness: return lead_or_pick(r, kBusinessRoles, k);
            case kSre: return lead_or_pick(r, kSreRoles, k);
            default: return "analyst";
        }
    };
    auto literacy_of = [&](std::string_view role) -> std::string_view {
        const bool ml = role == "ml-engineer" || role == "data-scientist" || role == "research-scientist" ||
                        role == "mlops-engineer";
        const bool tech = role.ends_with("engineer") || role == "sre" || role == "engineering-manager" ||
                          role == "data-analyst";
        if (ml) return kLiteracy[3 + r.below(2)];
        if (tech) return kLiteracy[1 + r.below(3)];
        return kLiteracy[r.below(3)];
    };
    if (r.chance(60)) {
        o << "    # ";
        team_name(o, t);
        o << " (" << TeamId{t} << ")\n";
    }
    const bool block_team = r.chance(40);  // whoever maintains this team's part writes block style
    for (std::uint32_t k = 1; k <= team.named; ++k) {
        std::string_view role = role_of(k);
        std::string_view lit = literacy_of(role);
        if (block_team || r.chance(5)) {
            o << "    - id: " << PersonId{t, k};
            if (r.chance(90)) {
                o << "\n      name: ";
                person_name(o, t, k);
            }
            o << "\n      team: " << TeamId{t} << "\n      role: " << role << "\n      ml_literacy: " << lit << '\n';
            const std::uint32_t sx = r.below(100);
            if (sx < 35) {
                o << "      skills: ";
                flow_list_of(o, r, kSkills, 1, 4);
                o << '\n';
            } else if (sx < 55) {
                o << "      skills:\n";
                const std::uint32_t first = r.below(static_cast<std::uint32_t>(kSkills.size()));
                const std::uint32_t count = r.range(1, 3);
                for (std::uint32_t i = 0; i < count; ++i)
                    o << "        - " << kSkills[(first + i * 5) % kSkills.size()] << '\n';
            }
            continue;
        }
        o << "    - {id: " << PersonId{t, k};
        if (r.chance(95)) {
            o << ", name: ";
            person_name(o, t, k);
        }
        o << ", team: " << TeamId{t} << ", role: " << role << ", ml_literacy: " << lit;
        if (r.chance(40)) {
            o << ", skills: ";
            flow_list_of(o, r, kSkills, 1, 3);
        }
        o << "}\n";
    }
    // Anonymous groups for the rest of the team (one or two entries).
    std::uint32_t rest = g.m - team.named;
    while (rest > 0) {
        std::uint32_t c = rest >= 6 && r.chance(50) ? rest / 2 : rest;
        std::string_view role = role_of(2);
        o << "    - {name: " << team_base_name(team.kind, t) << " staff, team: " << TeamId{t} << ", role: " << role
          << ", ml_literacy: " << literacy_of(role) << ", count: " << c << "}\n";
        rest -= c;
    }
}

void write_people(Out& o) {
    o << "people:\n  roster:\n";
    for (std::uint32_t t = 1; t <= g.n; ++t) write_roster_team(o, t);

    o << "  training:\n";
    for (std::uint32_t i = 1; i <= g.trainings; ++i) {
        Rng r = rng_for(kTrainingStream, i);
        const std::uint32_t near =
            1 + static_cast<std::uint32_t>((static_cast<std::uint64_t>(i - 1) * g.n) / g.trainings);
        o << "    - {id: tp-";
        o.padded(i, 4);
        o << ", topics: ";
        if (i == 1)
            o << "[ml-for-leaders, responsible-ai]";
        else
            flow_list_of(o, r, kTopics, 1, 3);
        o << ",\n       audience: ";
        const std::uint32_t ax = i == 1 ? 30 : r.below(100);
        if (ax < 20)
            o << "all";
        else if (ax < 50) {
            o << "{roles: ";
            flow_list_of(o, r, kAllRoles, 1, 4);
            o << '}';
        } else if (ax < 75) {
            o << "{team_kinds: ";
            flow_list_of(o, r, kKindNames, 1, 3);
            o << '}';
        } else {
            o << "{teams: ";
            team_list(o, r, near, r.range(1, 4), 20);
            o << '}';
        }
        if (r.chance(50)) o << ", mandatory: " << r.chance(50);
        o << "}\n";
    }
    o << "  rotation:\n";
    for (std::uint32_t i = 1; i <= g.rotations; ++i) {
        Rng r = rng_for(kRotationStream, i);
        const std::uint32_t near =
            1 + static_cast<std::uint32_t>((static_cast<std::uint64_t>(i - 1) * g.n) / g.rotations);
        o << "    - {id: rot-";
        o.padded(i, 4);
        o << ", name: \"Rotation " << i << "\", from_team_kinds: ";
        flow_list_of(o, r, kKindNames, 1, 2);
        o << ", to_teams: [";
        std::uint32_t to = near_team(r, kMl, near);
        if (to) o << TeamId{to};
        o << "], duration_months: " << r.range(1, 6) << "}\n";
    }
    o << "  hiring: {learn_on_the_job: true}\n"
      << "  responsible_ai_owner: " << PersonId{1, std::min<std::uint32_t>(2, g.t(1).named)} << '\n';
}

void write_waivers(Out& o) {
    o << "waivers:\n"
      << "  - rule: no-findings-writeups\n"
      << "    reason: \"Write-up template ships with the Q3 analyst hire; tracked in RISK-142.\"\n"
      << "    approved_by: " << PersonId{1, 1} << '\n'
      << "    expires: 2025-09-30\n";
    if (!g.model_teams.empty())
        o << "  - {rule: PROC-002, subject: " << ModelId{g.model_teams.front(), 1}
          << ", reason: \"Quality dashboards land next quarter.\", approved_by: Risk committee, expires: 2025-12-31}\n";
    o << "  - {rule: STRUCT-010, subject: " << TeamId{1}
      << ", reason: \"The executive office is deliberately large.\", approved_by: " << PersonId{1, 1} << "}\n"
      << "  - {rule: simplification-unrewarded, reason: \"Revisit after the platform migration.\",\n"
      << "     approved_by: \"Head of Engineering\", expires: 2024-12-31}\n";
}

int usage(const char* argv0, const char* msg) {
    if (msg) std::fprintf(stderr, "%s: %s\n", argv0, msg);
    std::fprintf(stderr, "usage: %s --teams N --people-per-team M [-o FILE]\n", argv0);
    return 2;
}

bool parse_u32(const char* s, std::uint32_t& v) {
    const char* end = s + std::strlen(s);
    auto r = std::from_chars(s, end, v);
    return r.ec == std::errc() && r.ptr == end;
}

}  // namespace

int main(int argc, char** argv) {
    std::uint32_t teams = 0, people = 0;
    const char* out_path = nullptr;
    for (int i = 1; i < argc; ++i) {
        std::string_view a = argv[i];
        auto value = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
        if (a == "--teams") {
            const char* v = value();
            if (!v || !parse_u32(v, teams)) return usage(argv[0], "--teams needs a number");
        } else if (a == "--people-per-team") {
            const char* v = value();
            if (!v || !parse_u32(v, people)) return usage(argv[0], "--people-per-team needs a number");
        } else if (a == "-o" || a == "--output") {
            out_path = value();
            if (!out_path) return usage(argv[0], "-o needs a file name");
        } else if (a == "-h" || a == "--help") {
            usage(argv[0], nullptr);
            return 0;
        } else {
            return usage(argv[0], "unknown argument");
        }
    }
    if (teams < 1 || teams > 9'999'999) return usage(argv[0], "--teams must be in 1..9999999");
    if (people < 1 || people > 9'999) return usage(argv[0], "--people-per-team must be in 1..9999");

    g.n = teams;
    g.m = people;
    g.team_width = std::max(6, digits(teams));
    g.person_width = std::max(2, digits(people));
    g_seed = splitmix((static_cast<std::uint64_t>(teams) << 32) ^ people ^ 0x6f72677374617231ull);  // "orgstar1"

    std::FILE* f = stdout;
    if (out_path) {
        f = std::fopen(out_path, "wb");
        if (!f) {
            std::fprintf(stderr, "%s: cannot open %s: %s\n", argv[0], out_path, std::strerror(errno));
            return 1;
        }
    }
    build_skeleton();
    {
        Out o(f);
        write_header(o);
        write_metadata(o);
        write_strategy(o);
        write_structure(o);
        write_processes(o);
        write_rewards(o);
        write_people(o);
        write_waivers(o);
        if (!o.flush()) {
            std::fprintf(stderr, "%s: write error\n", argv[0]);
            return 1;
        }
    }
    if ((out_path ? std::fclose(f) : std::fflush(f)) != 0) {
        std::fprintf(stderr, "%s: write error: %s\n", argv[0], std::strerror(errno));
        return 1;
    }
    return 0;
}
