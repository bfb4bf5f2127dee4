// orgstar-yaml-floor FILE: the benchmark floor.
//
// A bare yaml-cpp event parse with callbacks that do nothing: the least any yaml-cpp based loader has to pay. The
// file is read into memory first and parsed from an std::istream over that buffer (no copy), the same way the orgstar
// loader reads its input, so wall time and peak RSS are comparable with `orgstar validate`.
//
// Exit status: 0 parsed, 1 parse or I/O error, 2 usage.

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <istream>
#include <memory>
#include <string>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include "load/yaml_support.hpp"

namespace {

// A read-only view of a memory buffer as a streambuf.
struct FileCloser {
    void operator()(std::FILE* f) const { std::fclose(f); }
};

bool read_file(const char* path, std::string& out) {
    std::unique_ptr<std::FILE, FileCloser> f(std::fopen(path, "rb"));
    if (!f) return false;
    if (std::fseek(f.get(), 0, SEEK_END) != 0) return false;
    const long size = std::ftell(f.get());
    if (size < 0 || std::fseek(f.get(), 0, SEEK_SET) != 0) return false;
    out.resize(static_cast<std::size_t>(size));
    return std::fread(out.data(), 1, out.size(), f.get()) == out.size();
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s FILE\n", argv[0]);
        return 2;
    }
    std::string data;
    if (!read_file(argv[1], data)) {
        std::fprintf(stderr, "%s: cannot read %s: %s\n", argv[0], argv[1], std::strerror(errno));
        return 1;
    }
    try {
        orgstar::MemoryBuffer buf(std::string_view(data.data(), data.size()));
        std::istream in(&buf);
        YAML::Parser parser(in);
        orgstar::NullEventHandler handler;
        while (parser.HandleNextDocument(handler)) {
        }
    } catch (const YAML::Exception& e) {
        std::fprintf(stderr, "%s:%d:%d: error: %s\n", argv[1], e.mark.line + 1, e.mark.column + 1, e.msg.c_str());
        return 1;
    }
    return 0;
}
