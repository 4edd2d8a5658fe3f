// description: {fmt} formatting - compile-time checked format strings, ranges via fmt/ranges.h and a user-defined fmt::formatter
// compile: -O2 -std=c++20
// lib: fmt/trunk
// compiler: g151
// lang: c++
// expect: success
// baseline_min_ms: 600
// baseline_max_ms: 2800
// weight: 2

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

struct Vec3 {
    double x;
    double y;
    double z;
};

// Formats a Vec3 as "(x, y, z)". Accepts an optional 'p' presentation
// ("{:p}") which prints with a fixed precision of two decimals.
template <>
struct fmt::formatter<Vec3> {
    bool fixed = false;

    constexpr auto parse(format_parse_context& ctx) -> decltype(ctx.begin()) {
        auto it = ctx.begin();
        if (it != ctx.end() && *it == 'p') {
            fixed = true;
            ++it;
        }
        if (it != ctx.end() && *it != '}') {
            throw format_error("invalid format for Vec3");
        }
        return it;
    }

    template <typename FormatContext>
    auto format(const Vec3& v, FormatContext& ctx) const -> decltype(ctx.out()) {
        if (fixed) {
            return fmt::format_to(ctx.out(), "({:.2f}, {:.2f}, {:.2f})", v.x, v.y, v.z);
        }
        return fmt::format_to(ctx.out(), "({}, {}, {})", v.x, v.y, v.z);
    }
};

enum class Level : std::uint8_t { debug, info, warning, error };

constexpr std::string_view level_name(Level l) {
    switch (l) {
        case Level::debug: return "DEBUG";
        case Level::info: return "INFO";
        case Level::warning: return "WARN";
        case Level::error: return "ERROR";
    }
    return "?";
}

// Formats Level by delegating to the string_view formatter, so width and
// alignment specs such as "{:>7}" work out of the box.
template <>
struct fmt::formatter<Level> : fmt::formatter<std::string_view> {
    template <typename FormatContext>
    auto format(Level l, FormatContext& ctx) const -> decltype(ctx.out()) {
        return fmt::formatter<std::string_view>::format(level_name(l), ctx);
    }
};

std::string log_line(Level level, std::string_view component, int code, double elapsed_ms) {
    return fmt::format(FMT_STRING("[{:>5}] {:<12} code={:#06x} took {:8.3f} ms"), level, component, code,
                       elapsed_ms);
}

std::string describe_points(const std::vector<Vec3>& points) {
    return fmt::format("{} points: {}", points.size(), fmt::join(points, " -> "));
}

std::string describe_point_fixed(const Vec3& p) {
    return fmt::format("p = {:p}", p);
}

std::string describe_histogram(const std::map<std::string, int>& histogram) {
    return fmt::format("histogram {}", histogram);
}

std::string numbers(int n) {
    return fmt::format("dec={0} hex={0:x} oct={0:o} bin={0:b} padded={0:*^12}", n);
}

int main() {
    std::vector<Vec3> path{{0.0, 0.0, 0.0}, {1.5, 2.25, -3.0}, {4.125, 0.5, 1.0}};
    std::map<std::string, int> hist{{"gcc", 12}, {"clang", 9}, {"msvc", 3}};

    fmt::print("{}\n", log_line(Level::info, "compiler", 42, 18.75));
    fmt::print("{}\n", log_line(Level::error, "linker", 255, 1.0));
    fmt::print("{}\n", describe_points(path));
    fmt::print("{}\n", describe_point_fixed(path[1]));
    fmt::print("{}\n", describe_histogram(hist));
    fmt::print("{}\n", numbers(2024));
    return 0;
}
