// description: Large input and output - 37 standard headers parsed plus hundreds of macro-generated non-inlined functions for a big assembly listing
// compile: -O1 -std=c++20
// compiler: g151
// lang: c++
// expect: success
// baseline_min_ms: 1000
// baseline_max_ms: 4500
// weight: 1

#include <algorithm>
#include <any>
#include <array>
#include <atomic>
#include <bitset>
#include <cctype>
#include <chrono>
#include <cmath>
#include <complex>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <fstream>
#include <functional>
#include <future>
#include <iomanip>
#include <iostream>
#include <list>
#include <map>
#include <memory>
#include <mutex>
#include <numeric>
#include <optional>
#include <queue>
#include <random>
#include <regex>
#include <set>
#include <sstream>
#include <stack>
#include <string>
#include <string_view>
#include <thread>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <variant>
#include <vector>

#define NOINLINE __attribute__((noinline))

// ---------------------------------------------------------------------------
// Macro-generated kernels: each index N yields six small functions that the
// optimiser must keep separate, so the assembly listing grows linearly.
// ---------------------------------------------------------------------------

#define DEFINE_KERNELS(N)                                                                       \
    NOINLINE unsigned add_##N(unsigned a, unsigned b) { return a + b * (N) + 1u; }              \
    NOINLINE unsigned mix_##N(unsigned a) { return (a ^ ((N) * 0x9E37u)) * 31u + (a >> 3); }    \
    NOINLINE unsigned long poly_##N(unsigned long x) { return ((x + (N)) * x - 7ul * (N)) * x + 3ul; } \
    NOINLINE double scale_##N(double v) { return v * (1.0 - (N) / 4096.0) + 0.5; }              \
    NOINLINE unsigned rot_##N(unsigned v) { return (v << ((N) % 31 + 1)) | (v >> (31 - (N) % 31)); } \
    NOINLINE int clamp_##N(int v) { return v < -(N) ? -(N) : (v > (N) ? (N) : v); }

#define CALL_KERNELS(N)                                                                   \
    acc = add_##N(acc, 3u) + mix_##N(acc) + static_cast<unsigned>(poly_##N(acc) & 0xFFu); \
    acc += static_cast<unsigned>(clamp_##N(static_cast<int>(acc % 512u) - 256));           \
    accd = scale_##N(accd);                                                               \
    accu = rot_##N(accu ^ acc);

#define FOR_10(M, P) M(P##0) M(P##1) M(P##2) M(P##3) M(P##4) M(P##5) M(P##6) M(P##7) M(P##8) M(P##9)
#define FOR_100(M) FOR_10(M, 1) FOR_10(M, 2) FOR_10(M, 3) FOR_10(M, 4) FOR_10(M, 5) \
                   FOR_10(M, 6) FOR_10(M, 7) FOR_10(M, 8) FOR_10(M, 9) FOR_10(M, 10)

FOR_100(DEFINE_KERNELS)

NOINLINE unsigned long run_all_kernels(unsigned seed) {
    unsigned acc = seed;
    double accd = seed * 0.25;
    unsigned accu = seed;
    FOR_100(CALL_KERNELS)
    return acc + static_cast<unsigned long>(accd) + accu % 1000u;
}

// ---------------------------------------------------------------------------
// A sprinkling of real library use, so the included headers are not dead
// weight for the front end.
// ---------------------------------------------------------------------------

namespace fs = std::filesystem;

struct Record {
    std::string name;
    int score;
};

using Field = std::variant<int, double, std::string>;

// Parses "name: score" lines; lines that do not fit are skipped.
NOINLINE std::vector<Record> parse_records(const std::string& text) {
    std::vector<Record> out;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        auto colon = line.find(':');
        if (colon == std::string::npos) {
            continue;
        }
        std::istringstream fields(line.substr(colon + 1));
        Record r{line.substr(0, colon), 0};
        if (fields >> r.score) {
            out.push_back(std::move(r));
        }
    }
    return out;
}

// Checks whether a name looks like an identifier (letters, digits, '_').
NOINLINE bool is_identifier(std::string_view name) {
    if (name.empty() || std::isdigit(static_cast<unsigned char>(name.front()))) {
        return false;
    }
    return std::all_of(name.begin(), name.end(),
                       [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; });
}

NOINLINE std::string report(const std::vector<Record>& records) {
    std::map<std::string, int> totals;
    std::unordered_map<std::string, int> counts;
    for (const auto& r : records) {
        totals[r.name] += r.score;
        ++counts[r.name];
    }
    std::ostringstream os;
    for (const auto& [name, total] : totals) {
        os << std::left << std::setw(10) << name << std::right << std::setw(6) << total << " avg "
           << std::fixed << std::setprecision(2) << static_cast<double>(total) / counts[name] << '\n';
    }
    return os.str();
}

NOINLINE std::string field_text(const Field& f) {
    return std::visit(
        [](const auto& v) {
            std::ostringstream os;
            os << v;
            return os.str();
        },
        f);
}

NOINLINE std::optional<std::string> extension_of(const std::string& path) {
    fs::path p(path);
    if (!p.has_extension()) {
        return std::nullopt;
    }
    return p.extension().string();
}

NOINLINE double parallel_sum(const std::vector<double>& values) {
    auto mid = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    auto lower = std::async(std::launch::async, [&] { return std::accumulate(values.begin(), mid, 0.0); });
    double upper = std::accumulate(mid, values.end(), 0.0);
    return lower.get() + upper;
}

NOINLINE std::vector<int> shuffled(int n, unsigned seed) {
    std::vector<int> v(static_cast<std::size_t>(n));
    std::iota(v.begin(), v.end(), 0);
    std::mt19937 rng(seed);
    std::shuffle(v.begin(), v.end(), rng);
    return v;
}

NOINLINE long long elapsed_us(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start).count();
}

int main() {
    auto start = std::chrono::steady_clock::now();
    auto records = parse_records("gcc: 12\nclang: 9\ngcc: 15\nmsvc: 3\nbad line\n");
    std::cout << report(records) << std::boolalpha << is_identifier(records.front().name) << '\n';
    std::cout << field_text(Field{2.5}) << ' ' << extension_of("main.cpp").value_or("-") << '\n';
    std::vector<double> values(1000, 0.5);
    std::cout << parallel_sum(values) << ' ' << shuffled(5, 42).size() << '\n';
    std::cout << run_all_kernels(7) << " in " << elapsed_us(start) << " us\n";
    return 0;
}
