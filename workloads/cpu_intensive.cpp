// description: CTRE compile-time regular expressions - several patterns built and matched at compile time with static_asserts
// compile: -O2 -std=c++20
// lib: ctre/trunk
// compiler: g151
// lang: c++
// expect: success
// baseline_min_ms: 1200
// baseline_max_ms: 4000
// weight: 1

#include <ctre.hpp>

#include <cstddef>
#include <optional>
#include <string_view>

using namespace std::string_view_literals;

// --- patterns ---------------------------------------------------------------

// ISO date: 2024-03-17
static constexpr auto date_re = ctll::fixed_string{R"((\d{4})-(\d{2})-(\d{2}))"};
// dotted IPv4 address, each octet 1-3 digits
static constexpr auto ipv4_re = ctll::fixed_string{R"(([0-9]{1,3})\.([0-9]{1,3})\.([0-9]{1,3})\.([0-9]{1,3}))"};
// simple e-mail shape
static constexpr auto email_re = ctll::fixed_string{R"(([a-zA-Z0-9._%+\-]+)@([a-zA-Z0-9\-]+(?:\.[a-zA-Z0-9\-]+)*)\.([a-zA-Z]{2,}))"};
// semantic version with optional pre-release tag
static constexpr auto semver_re = ctll::fixed_string{R"((\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.]+))?)"};
// a word (for iteration)
static constexpr auto word_re = ctll::fixed_string{"[A-Za-z]+"};

// --- helpers usable in constant expressions -----------------------------------

constexpr int to_int(std::string_view sv) {
    int value = 0;
    for (char c : sv) {
        value = value * 10 + (c - '0');
    }
    return value;
}

struct Date {
    int year;
    int month;
    int day;
};

constexpr std::optional<Date> parse_date(std::string_view text) {
    if (auto m = ctre::match<date_re>(text)) {
        Date d{to_int(m.get<1>().to_view()), to_int(m.get<2>().to_view()), to_int(m.get<3>().to_view())};
        if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31) {
            return std::nullopt;
        }
        return d;
    }
    return std::nullopt;
}

constexpr bool is_valid_ipv4(std::string_view text) {
    auto m = ctre::match<ipv4_re>(text);
    if (!m) {
        return false;
    }
    return to_int(m.get<1>().to_view()) <= 255 && to_int(m.get<2>().to_view()) <= 255 &&
           to_int(m.get<3>().to_view()) <= 255 && to_int(m.get<4>().to_view()) <= 255;
}

constexpr std::string_view email_domain(std::string_view text) {
    if (auto m = ctre::match<email_re>(text)) {
        return m.get<2>().to_view();
    }
    return {};
}

constexpr int semver_major(std::string_view text) {
    if (auto m = ctre::match<semver_re>(text)) {
        return to_int(m.get<1>().to_view());
    }
    return -1;
}

constexpr std::size_t count_words(std::string_view text) {
    std::size_t n = 0;
    for (auto w : ctre::search_all<word_re>(text)) {
        (void)w;
        ++n;
    }
    return n;
}

// --- compile-time checks ------------------------------------------------------

static_assert(parse_date("2024-03-17"sv).has_value());
static_assert(parse_date("2024-03-17"sv)->year == 2024);
static_assert(parse_date("2024-03-17"sv)->day == 17);
static_assert(!parse_date("2024-13-01"sv).has_value());
static_assert(!parse_date("24-03-17"sv).has_value());

static_assert(is_valid_ipv4("192.168.0.1"sv));
static_assert(is_valid_ipv4("8.8.4.4"sv));
static_assert(!is_valid_ipv4("256.1.1.1"sv));
static_assert(!is_valid_ipv4("1.2.3"sv));

static_assert(email_domain("jane.doe+ce@mail.example.org"sv) == "mail.example"sv);
static_assert(email_domain("not-an-email"sv).empty());

static_assert(semver_major("3.9.0"sv) == 3);
static_assert(semver_major("12.0.1-rc.2"sv) == 12);
static_assert(semver_major("1.2"sv) == -1);

static_assert(count_words("the quick brown fox, 42 jumps!"sv) == 5);

static_assert(ctre::search<"[0-9]+">("abc 123 def"sv));
static_assert(!ctre::match<"[a-z]+">("abc1"sv));
static_assert(ctre::starts_with<"https?://">("https://godbolt.org"sv));

// --- runtime entry points so the optimiser has real code to emit --------------

bool runtime_is_date(std::string_view s) {
    return static_cast<bool>(ctre::match<date_re>(s));
}

bool runtime_is_email(std::string_view s) {
    return static_cast<bool>(ctre::match<email_re>(s));
}

int runtime_major(std::string_view s) {
    return semver_major(s);
}

std::size_t runtime_word_count(std::string_view s) {
    return count_words(s);
}
