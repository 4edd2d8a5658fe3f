// description: Header-heavy Boost mix - Spirit X3, Hana, Mp11, Variant2, string algorithms, flat_map, Range adaptors, Multi-Index
// compile: -O2 -std=c++20
// lib: boost/187
// compiler: g151
// lang: c++
// expect: success
// baseline_min_ms: 4000
// baseline_max_ms: 8000
// weight: 1

#include <boost/algorithm/string.hpp>
#include <boost/container/flat_map.hpp>
#include <boost/hana.hpp>
#include <boost/mp11.hpp>
#include <boost/multi_index/hashed_index.hpp>
#include <boost/multi_index/member.hpp>
#include <boost/multi_index/ordered_index.hpp>
#include <boost/multi_index_container.hpp>
#include <boost/optional.hpp>
#include <boost/range/adaptors.hpp>
#include <boost/range/numeric.hpp>
#include <boost/spirit/home/x3.hpp>
#include <boost/variant2/variant.hpp>

#include <cstddef>
#include <string>
#include <type_traits>
#include <vector>

namespace x3 = boost::spirit::x3;
namespace hana = boost::hana;
namespace mi = boost::multi_index;
namespace mp = boost::mp11;

// ---------------------------------------------------------------------------
// Spirit X3: parse "name: 1, 2, 3" into a label and a list of integers.

struct Sample {
    std::string label;
    std::vector<int> values;
};

boost::optional<Sample> parse_sample(const std::string& input) {
    Sample out;
    auto first = input.begin();
    auto last = input.end();
    auto const label = x3::rule<struct label_id, std::string>{"label"} = x3::lexeme[+x3::char_("a-zA-Z0-9_")];
    auto const on_label = [&out](auto& ctx) { out.label = x3::_attr(ctx); };
    auto const on_value = [&out](auto& ctx) { out.values.push_back(x3::_attr(ctx)); };
    bool ok = x3::phrase_parse(first, last, label[on_label] >> ':' >> (x3::int_[on_value] % ','), x3::space);
    if (!ok || first != last) {
        return boost::none;
    }
    return out;
}

// ---------------------------------------------------------------------------
// Hana: compile-time reflection over a struct.

struct Compiler {
    BOOST_HANA_DEFINE_STRUCT(Compiler, (std::string, name), (int, major), (int, minor));
};

std::string describe(const Compiler& c) {
    std::string out;
    hana::for_each(hana::accessors<Compiler>(), [&](auto pair) {
        auto member = hana::second(pair)(c);
        out += hana::to<const char*>(hana::first(pair));
        out += '=';
        if constexpr (std::is_same_v<std::decay_t<decltype(member)>, std::string>) {
            out += member;
        } else {
            out += std::to_string(member);
        }
        out += ';';
    });
    return out;
}

constexpr auto small_types = hana::filter(hana::tuple_t<char, int, double, short, long double, bool>,
                                          [](auto t) { return hana::bool_c<(sizeof(typename decltype(t)::type) <= 2)>; });
static_assert(hana::length(small_types) == hana::size_c<3>);

// ---------------------------------------------------------------------------
// Mp11: type-list manipulation.

using Numeric = mp::mp_list<int, long, float, double, unsigned, short>;
using Floating = mp::mp_copy_if<Numeric, std::is_floating_point>;
template <class T>
using size_of = mp::mp_size_t<sizeof(T)>;
using Sizes = mp::mp_transform<size_of, Numeric>;

template <class A, class B>
using larger = mp::mp_bool<(sizeof(A) < sizeof(B))>;
using Largest = mp::mp_max_element<Numeric, larger>;

static_assert(mp::mp_size<Floating>::value == 2);
static_assert(sizeof(Largest) == 8);
static_assert(mp::mp_contains<Numeric, short>::value);
static_assert(mp::mp_at_c<Sizes, 3>::value == sizeof(double));

// ---------------------------------------------------------------------------
// Variant2: a tiny expression value type.

using Value = boost::variant2::variant<int, double, std::string>;

std::string to_text(const Value& v) {
    return boost::variant2::visit(
        [](const auto& x) -> std::string {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, std::string>) {
                return '"' + x + '"';
            } else {
                return std::to_string(x);
            }
        },
        v);
}

// ---------------------------------------------------------------------------
// String algorithms + flat_map: word frequency.

boost::container::flat_map<std::string, int> word_counts(const std::string& text) {
    std::vector<std::string> words;
    std::string lowered = boost::algorithm::to_lower_copy(text);
    boost::algorithm::split(words, lowered, boost::algorithm::is_any_of(" ,.;\t\n"),
                            boost::algorithm::token_compress_on);
    boost::container::flat_map<std::string, int> counts;
    for (auto& w : words) {
        boost::algorithm::trim(w);
        if (!w.empty()) {
            ++counts[w];
        }
    }
    return counts;
}

// ---------------------------------------------------------------------------
// Range adaptors: sum of squares of the even values.

int sum_even_squares(const std::vector<int>& values) {
    using namespace boost::adaptors;
    auto squares = values | filtered([](int v) { return v % 2 == 0; }) |
                   transformed([](int v) { return v * v; });
    return boost::accumulate(squares, 0);
}

// ---------------------------------------------------------------------------
// Multi-Index: a job table indexed by unique id, by name (hashed) and by priority.

struct Job {
    int id;
    std::string name;
    int priority;
};

struct by_id {};
struct by_name {};
struct by_priority {};

using JobTable = mi::multi_index_container<
    Job, mi::indexed_by<mi::ordered_unique<mi::tag<by_id>, mi::member<Job, int, &Job::id>>,
                        mi::hashed_non_unique<mi::tag<by_name>, mi::member<Job, std::string, &Job::name>>,
                        mi::ordered_non_unique<mi::tag<by_priority>, mi::member<Job, int, &Job::priority>>>>;

std::size_t jobs_named(const JobTable& table, const std::string& name) {
    return table.get<by_name>().count(name);
}

int highest_priority(const JobTable& table) {
    const auto& idx = table.get<by_priority>();
    return idx.empty() ? -1 : idx.rbegin()->priority;
}

// ---------------------------------------------------------------------------

int main() {
    int score = 0;

    if (auto s = parse_sample("latency_ms: 12, 7, 30, 4")) {
        score += static_cast<int>(s->values.size());
        score += sum_even_squares(s->values);
    }

    Compiler gcc{"gcc", 15, 1};
    score += static_cast<int>(describe(gcc).size());

    std::vector<Value> values{42, 3.5, std::string("x3")};
    for (const auto& v : values) {
        score += static_cast<int>(to_text(v).size());
    }

    auto counts = word_counts("The compiler, the explorer; THE benchmark.");
    score += counts["the"];

    JobTable jobs;
    jobs.insert({1, "compile", 5});
    jobs.insert({2, "execute", 3});
    jobs.insert({3, "compile", 9});
    score += static_cast<int>(jobs_named(jobs, "compile"));
    score += highest_priority(jobs);

    return score % 256;
}
