// orgstar-bench: measures orgstar against the yaml-cpp floor on generated org files.
//
//   orgstar-bench [--orgstar PATH] [--floor PATH] [--gen PATH] [--huge] [--repeat N] [--dir DIR]
//
// For each generated file (50x10, 1000x20, 10000x20, and 100000x20 with --huge) it runs the floor
// (orgstar-yaml-floor FILE) and every command in kOrgstarCommands, each as a child process (fork/exec, wait4 for
// ru_maxrss). Wall time is the best of --repeat runs (default 3; the huge file runs once); peak RSS is the largest
// seen. It prints a table and then the performance targets as PASS/MISS. The targets are informational: the exit
// status is 0 unless a command fails (or cannot be run), then 1. Usage errors exit 2.
//
// Generated files are kept in DIR (default /tmp/orgstar-bench-<uid>) as org-<teams>x<people>.yaml and reused on the
// next run, unless the generator binary is newer than the file.

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#ifndef ORGSTAR_BENCH_ORGSTAR
#define ORGSTAR_BENCH_ORGSTAR "orgstar"
#endif
#ifndef ORGSTAR_BENCH_FLOOR
#define ORGSTAR_BENCH_FLOOR "orgstar-yaml-floor"
#endif
#ifndef ORGSTAR_BENCH_GEN
#define ORGSTAR_BENCH_GEN "orgstar-gen-org"
#endif

namespace fs = std::filesystem;

namespace {

// ---------------------------------------------------------------------------------------------------------------
// What is measured. To benchmark another orgstar command, add one line here; FILE and kLimitArgs are added by the
// runner (argv: orgstar <name> FILE <kLimitArgs...> <extra...>).

struct OrgstarCommand {
    std::string_view name;
    std::vector<std::string> extra;
};

// "assess+50" runs a 50-rule organization ruleset (tests/bench/policies-50.yaml) beside the built-in rules.
const std::vector<OrgstarCommand> kOrgstarCommands = {
    {"validate", {}},
    {"assess", {"--timings", "--no-config"}},
    {"assess+50", {"--timings", "--no-config", "--ruleset", ORGSTAR_BENCH_RULESET}},
};

// Lift the loader's hostile-input limits so the big files are accepted.
const std::vector<std::string> kLimitArgs = {"--max-file-size", "1GiB", "--max-nodes", "1000000000"};

struct FileSpec {
    std::uint32_t teams;
    std::uint32_t people;
    bool huge;
};

const std::vector<FileSpec> kFiles = {
    {50, 10, false}, {1000, 20, false}, {10000, 20, false}, {100000, 20, true},  // only with --huge
};

// ---------------------------------------------------------------------------------------------------------------

constexpr double kMB = 1e6;  // sizes, throughput and RSS are all in 10^6 bytes

struct Options {
    std::string orgstar = ORGSTAR_BENCH_ORGSTAR;
    std::string floor = ORGSTAR_BENCH_FLOOR;
    std::string gen = ORGSTAR_BENCH_GEN;
    std::string dir;
    bool huge = false;
    int repeat = 3;
};

struct RunResult {
    bool ok = false;
    double wall_ms = 0;
    double maxrss_bytes = 0;
    double engine_ms = -1;  // assess --timings: indexes+rules, when reported
};

struct Row {
    std::string file;  // display name, e.g. 10000x20
    double size_bytes = 0;
    std::string command;  // floor, validate, ...
    bool ok = false;
    double best_ms = 0;
    double rss_bytes = 0;
    double floor_ms = 0;
    double engine_ms = -1;  // of the best run
};

std::string describe_status(int status) {
    if (WIFEXITED(status)) return "exit status " + std::to_string(WEXITSTATUS(status));
    if (WIFSIGNALED(status)) return std::string("killed by signal ") + strsignal(WTERMSIG(status));
    return "status " + std::to_string(status);
}

void dump_tail(const std::string& path) {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return;
    constexpr long kTail = 8192;
    if (std::fseek(f, 0, SEEK_END) == 0) {
        long size = std::ftell(f);
        if (size > kTail) {
            std::fseek(f, size - kTail, SEEK_SET);
            std::fprintf(stderr, "  ... (output truncated to the last %ld bytes)\n", kTail);
        } else {
            std::fseek(f, 0, SEEK_SET);
        }
    }
    char buf[4096];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) std::fwrite(buf, 1, n, stderr);
    std::fclose(f);
}

std::string join(const std::vector<std::string>& argv) {
    std::string s;
    for (const auto& a : argv) {
        if (!s.empty()) s += ' ';
        s += a;
    }
    return s;
}

// Runs argv with stdin from /dev/null and stdout+stderr into `log` (shown only on failure).
// `assess --timings` ends its standard error with
// "orgstar: timings: load X ms, indexes+rules Y ms, render Z ms".
double read_engine_ms(const std::string& log) {
    std::ifstream in(log);
    const std::string marker = "indexes+rules ";
    double engine_ms = -1;
    for (std::string line; std::getline(in, line);) {
        if (line.rfind("orgstar: timings:", 0) != 0) continue;
        const auto at = line.find(marker);
        if (at != std::string::npos) engine_ms = std::strtod(line.c_str() + at + marker.size(), nullptr);
    }
    return engine_ms;
}

RunResult run(const std::vector<std::string>& argv, const std::string& log) {
    RunResult res;
    std::vector<char*> cargv;
    for (const auto& a : argv) cargv.push_back(const_cast<char*>(a.c_str()));
    cargv.push_back(nullptr);

    const int log_fd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    const int null_fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (log_fd < 0 || null_fd < 0) {
        std::fprintf(stderr, "orgstar-bench: cannot open %s or /dev/null: %s\n", log.c_str(), std::strerror(errno));
        if (log_fd >= 0) ::close(log_fd);
        if (null_fd >= 0) ::close(null_fd);
        return res;
    }
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::dup2(null_fd, 0);
        ::dup2(log_fd, 1);
        ::dup2(log_fd, 2);
        ::execv(cargv[0], cargv.data());
        const char* msg = "orgstar-bench: exec failed: ";
        (void)!::write(2, msg, std::strlen(msg));
        const char* err = std::strerror(errno);
        (void)!::write(2, err, std::strlen(err));
        (void)!::write(2, "\n", 1);
        ::_exit(127);
    }
    ::close(log_fd);
    ::close(null_fd);
    if (pid < 0) {
        std::fprintf(stderr, "orgstar-bench: fork: %s\n", std::strerror(errno));
        return res;
    }
    int status = 0;
    struct rusage ru {};
    pid_t w;
    do {
        w = ::wait4(pid, &status, 0, &ru);
    } while (w < 0 && errno == EINTR);
    const auto end = std::chrono::steady_clock::now();
    if (w < 0) {
        std::fprintf(stderr, "orgstar-bench: wait4: %s\n", std::strerror(errno));
        return res;
    }
    res.wall_ms = std::chrono::duration<double, std::milli>(end - start).count();
    res.maxrss_bytes = static_cast<double>(ru.ru_maxrss) * 1024.0;  // Linux: kilobytes
    // Exit 1 is `assess`/`validate` reporting findings, which the big generated files have.
    res.ok = WIFEXITED(status) && WEXITSTATUS(status) <= 1;
    res.engine_ms = read_engine_ms(log);
    if (!res.ok) {
        std::fprintf(stderr, "orgstar-bench: FAILED (%s): %s\n", describe_status(status).c_str(), join(argv).c_str());
        dump_tail(log);
    }
    return res;
}

bool executable(const std::string& path) { return ::access(path.c_str(), X_OK) == 0; }

// Reads the file once so every measured run starts with it in the page cache (the huge file runs only once).
void warm_page_cache(const std::string& path) {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return;
    static char buf[1 << 16];
    while (std::fread(buf, 1, sizeof buf, f) == sizeof buf) {
    }
    std::fclose(f);
}

// Generates DIR/org-<T>x<P>.yaml unless an up-to-date copy exists. Returns the path, or nothing on failure.
std::optional<std::string> ensure_file(const Options& opt, const FileSpec& spec, const std::string& label) {
    const fs::path path = fs::path(opt.dir) / ("org-" + label + ".yaml");
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    if (!ec && size > 0) {
        const auto file_time = fs::last_write_time(path, ec);
        std::error_code ec2;
        const auto gen_time = fs::last_write_time(opt.gen, ec2);
        if (!ec && (ec2 || gen_time <= file_time)) return path.string();
    }
    if (!executable(opt.gen)) {
        std::fprintf(stderr, "orgstar-bench: generator not found: %s (use --gen)\n", opt.gen.c_str());
        return std::nullopt;
    }
    const std::string tmp = path.string() + ".tmp";
    std::fprintf(stderr, "generating %s ...", path.c_str());
    std::fflush(stderr);
    const RunResult r = run({opt.gen, "--teams", std::to_string(spec.teams), "--people-per-team",
                             std::to_string(spec.people), "-o", tmp},
                            (fs::path(opt.dir) / "gen.log").string());
    if (!r.ok) return std::nullopt;
    fs::rename(tmp, path, ec);
    if (ec) {
        std::fprintf(stderr, "orgstar-bench: rename %s: %s\n", tmp.c_str(), ec.message().c_str());
        return std::nullopt;
    }
    std::fprintf(stderr, " %.1f MB in %.2f s\n", static_cast<double>(fs::file_size(path, ec)) / kMB,
                 r.wall_ms / 1000.0);
    return path.string();
}

int usage(const char* msg) {
    if (msg) std::fprintf(stderr, "orgstar-bench: %s\n", msg);
    std::fprintf(stderr,
                 "usage: orgstar-bench [--orgstar PATH] [--floor PATH] [--gen PATH] [--huge] [--repeat N] [--dir DIR]\n"
                 "  --orgstar PATH  orgstar binary (default %s)\n"
                 "  --floor PATH    floor binary (default %s)\n"
                 "  --gen PATH      generator binary (default %s)\n"
                 "  --huge          also run the 100000x20 file (about 380 MB; one run)\n"
                 "  --repeat N      runs per command, best wall time is reported (default 3)\n"
                 "  --dir DIR       where generated files are kept and reused (default /tmp/orgstar-bench-<uid>)\n",
                 ORGSTAR_BENCH_ORGSTAR, ORGSTAR_BENCH_FLOOR, ORGSTAR_BENCH_GEN);
    return 2;
}

const Row* find_row(const std::vector<Row>& rows, std::string_view file, std::string_view command) {
    for (const auto& r : rows)
        if (r.file == file && r.command == command) return &r;
    return nullptr;
}

}  // namespace

int main(int argc, char** argv) {
    Options opt;
    for (int i = 1; i < argc; ++i) {
        std::string_view a = argv[i];
        auto value = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
        if (a == "--orgstar" || a == "--floor" || a == "--gen" || a == "--dir" || a == "--repeat") {
            const char* v = value();
            if (!v) return usage((std::string(a) + " needs a value").c_str());
            if (a == "--orgstar")
                opt.orgstar = v;
            else if (a == "--floor")
                opt.floor = v;
            else if (a == "--gen")
                opt.gen = v;
            else if (a == "--dir")
                opt.dir = v;
            else {
                const char* end = v + std::strlen(v);
                auto r = std::from_chars(v, end, opt.repeat);
                if (r.ec != std::errc() || r.ptr != end || opt.repeat < 1) return usage("--repeat needs a number >= 1");
            }
        } else if (a == "--huge") {
            opt.huge = true;
        } else if (a == "-h" || a == "--help") {
            usage(nullptr);
            return 0;
        } else {
            return usage(("unknown argument '" + std::string(a) + "'").c_str());
        }
    }
    if (opt.dir.empty()) opt.dir = "/tmp/orgstar-bench-" + std::to_string(::getuid());
    std::error_code ec;
    fs::create_directories(opt.dir, ec);
    if (ec) {
        std::fprintf(stderr, "orgstar-bench: cannot create %s: %s\n", opt.dir.c_str(), ec.message().c_str());
        return 1;
    }
    bool failed = false;
    if (!executable(opt.floor)) {
        std::fprintf(stderr, "orgstar-bench: floor binary not found: %s (use --floor)\n", opt.floor.c_str());
        return 1;
    }
    const bool have_orgstar = executable(opt.orgstar);
    if (!have_orgstar) {
        std::fprintf(stderr, "orgstar-bench: orgstar binary not found: %s (use --orgstar); measuring the floor only\n",
                     opt.orgstar.c_str());
        failed = true;
    }
    const std::string log = (fs::path(opt.dir) / "child.log").string();

    std::printf("orgstar:  %s\nfloor:    %s\nfiles in: %s\nbest of %d run(s)%s; MB = 10^6 bytes\n\n",
                opt.orgstar.c_str(), opt.floor.c_str(), opt.dir.c_str(), opt.repeat,
                opt.huge ? " (huge file: 1 run)" : "");
    std::printf("%-10s %9s  %-10s %10s %8s %9s %9s %10s\n", "file", "size MB", "command", "wall ms", "MB/s", "RSS MB",
                "RSS/size", "wall/floor");
    std::fflush(stdout);

    std::vector<Row> rows;
    for (const auto& spec : kFiles) {
        if (spec.huge && !opt.huge) continue;
        const std::string label = std::to_string(spec.teams) + "x" + std::to_string(spec.people);
        const auto path = ensure_file(opt, spec, label);
        if (!path) {
            failed = true;
            continue;
        }
        const double size = static_cast<double>(fs::file_size(*path, ec));
        warm_page_cache(*path);

        // Interleave the commands across repetitions so slow drift affects all of them alike.
        struct Job {
            std::string name;
            std::vector<std::string> argv;
            Row row;
        };
        std::vector<Job> jobs;
        jobs.push_back({"floor", {opt.floor, *path}, {}});
        if (have_orgstar) {
            for (const auto& c : kOrgstarCommands) {
                const std::string subcommand(c.name.substr(0, c.name.find('+')));
                std::vector<std::string> av = {opt.orgstar, subcommand, *path};
                av.insert(av.end(), kLimitArgs.begin(), kLimitArgs.end());
                av.insert(av.end(), c.extra.begin(), c.extra.end());
                jobs.push_back({std::string(c.name), std::move(av), {}});
            }
        }
        for (auto& j : jobs) {
            j.row.file = label;
            j.row.size_bytes = size;
            j.row.command = j.name;
            j.row.ok = true;
        }
        const int repeat = spec.huge ? 1 : opt.repeat;
        for (int rep = 0; rep < repeat; ++rep) {
            for (auto& j : jobs) {
                if (!j.row.ok) continue;
                const RunResult r = run(j.argv, log);
                if (!r.ok) {
                    j.row.ok = false;
                    failed = true;
                    continue;
                }
                if (rep == 0 || r.wall_ms < j.row.best_ms) {
                    j.row.best_ms = r.wall_ms;
                    j.row.engine_ms = r.engine_ms;
                }
                j.row.rss_bytes = std::max(j.row.rss_bytes, r.maxrss_bytes);
            }
        }
        const double floor_ms = jobs.front().row.ok ? jobs.front().row.best_ms : 0;
        for (auto& j : jobs) {
            Row& r = j.row;
            r.floor_ms = floor_ms;
            if (!r.ok) {
                std::printf("%-10s %9.2f  %-10s %10s\n", r.file.c_str(), size / kMB, r.command.c_str(), "FAILED");
            } else {
                char ratio[32] = "-";
                if (floor_ms > 0) std::snprintf(ratio, sizeof ratio, "%.2f", r.best_ms / floor_ms);
                std::printf("%-10s %9.2f  %-10s %10.1f %8.1f %9.1f %9.2f %10s", r.file.c_str(), size / kMB,
                            r.command.c_str(), r.best_ms, (size / kMB) / (r.best_ms / 1000.0), r.rss_bytes / kMB,
                            r.rss_bytes / size, ratio);
                if (r.engine_ms >= 0)
                    std::printf("   indexes+rules %.1f ms (%.1f%%)", r.engine_ms, 100.0 * r.engine_ms / r.best_ms);
                std::printf("\n");
            }
            rows.push_back(r);
        }
        std::fflush(stdout);
    }

    // Targets (informational).
    std::printf("\ntargets:\n");
    auto target = [&](const char* what, std::string_view file, std::string_view command, auto value, auto pass,
                      const char* unit) {
        const Row* r = find_row(rows, file, command);
        if (!r || !r->ok) {
            std::printf("  %-46s %12s  %s\n", what, "-", "SKIP (not measured)");
            return;
        }
        const double v = value(*r);
        char shown[32];
        std::snprintf(shown, sizeof shown, "%.2f %s", v, unit);
        std::printf("  %-46s %12s  %s\n", what, shown, pass(v) ? "PASS" : "MISS");
    };
    target(
        "10000x20 validate wall <= 1.3x floor", "10000x20", "validate",
        [](const Row& r) { return r.floor_ms > 0 ? r.best_ms / r.floor_ms : 1e9; }, [](double v) { return v <= 1.3; },
        "x");
    target(
        "10000x20 validate peak RSS <= 5x file size", "10000x20", "validate",
        [](const Row& r) { return r.rss_bytes / r.size_bytes; }, [](double v) { return v <= 5.0; }, "x");
    target(
        "10000x20 assess wall <= 1.3x floor", "10000x20", "assess",
        [](const Row& r) { return r.floor_ms > 0 ? r.best_ms / r.floor_ms : 1e9; }, [](double v) { return v <= 1.3; },
        "x");
    target(
        "10000x20 assess indexes+rules < 10% of the run", "10000x20", "assess",
        [](const Row& r) { return r.engine_ms >= 0 ? 100.0 * r.engine_ms / r.best_ms : 1e9; },
        [](double v) { return v < 10.0; }, "%");
    target(
        "10000x20 assess peak RSS <= 5x file size", "10000x20", "assess",
        [](const Row& r) { return r.rss_bytes / r.size_bytes; }, [](double v) { return v <= 5.0; }, "x");
    {
        const Row* plain = find_row(rows, "10000x20", "assess");
        target(
            "10000x20 50-rule ruleset adds <= 25% to assess", "10000x20", "assess+50",
            [plain](const Row& r) { return plain && plain->ok ? 100.0 * (r.best_ms / plain->best_ms - 1.0) : 1e9; },
            [](double v) { return v <= 25.0; }, "%");
    }
    target(
        "50x10 validate wall < 50 ms", "50x10", "validate", [](const Row& r) { return r.best_ms; },
        [](double v) { return v < 50.0; }, "ms");

    struct rusage self {};
    ::getrusage(RUSAGE_SELF, &self);
    std::printf("\nnote: peak RSS is wait4's ru_maxrss; on Linux it includes the forking bench process (%.1f MB).\n",
                static_cast<double>(self.ru_maxrss) * 1024.0 / kMB);
    return failed ? 1 : 0;
}
