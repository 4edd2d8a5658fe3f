// description: Compiler memory stress - constexpr-generated lookup tables with thousands of entries plus deep recursive and index_sequence template instantiation
// compile: -O1 -std=c++20
// compiler: g151
// lang: c++
// expect: success
// baseline_min_ms: 800
// baseline_max_ms: 3500
// weight: 1

#include <array>
#include <cstddef>
#include <cstdint>
#include <utility>

// ---------------------------------------------------------------------------
// 1. Constexpr tables
// ---------------------------------------------------------------------------

// Number of steps for n to reach 1 under the Collatz map.
constexpr std::uint16_t collatz_steps(std::uint64_t n) {
    std::uint16_t steps = 0;
    while (n != 1) {
        n = (n % 2 == 0) ? n / 2 : 3 * n + 1;
        ++steps;
    }
    return steps;
}

template <std::size_t N>
constexpr std::array<std::uint16_t, N> make_collatz_table() {
    std::array<std::uint16_t, N> table{};
    table[0] = 0;
    for (std::size_t i = 1; i < N; ++i) {
        table[i] = collatz_steps(i);
    }
    return table;
}

// Sieve of Eratosthenes, then the list of primes below the limit.
template <std::size_t Limit>
constexpr std::array<bool, Limit> make_sieve() {
    std::array<bool, Limit> composite{};
    composite[0] = composite[1] = true;
    for (std::size_t i = 2; i * i < Limit; ++i) {
        if (!composite[i]) {
            for (std::size_t j = i * i; j < Limit; j += i) {
                composite[j] = true;
            }
        }
    }
    return composite;
}

template <std::size_t Limit>
constexpr std::size_t count_primes() {
    constexpr auto sieve = make_sieve<Limit>();
    std::size_t n = 0;
    for (bool c : sieve) {
        n += c ? 0 : 1;
    }
    return n;
}

template <std::size_t Limit>
constexpr auto make_prime_table() {
    constexpr auto sieve = make_sieve<Limit>();
    std::array<std::uint32_t, count_primes<Limit>()> primes{};
    std::size_t k = 0;
    for (std::size_t i = 0; i < Limit; ++i) {
        if (!sieve[i]) {
            primes[k++] = static_cast<std::uint32_t>(i);
        }
    }
    return primes;
}

// CRC-32 (reflected, polynomial 0xEDB88320) table, 8 slices for slice-by-8.
constexpr std::array<std::array<std::uint32_t, 256>, 8> make_crc_tables() {
    std::array<std::array<std::uint32_t, 256>, 8> t{};
    for (std::uint32_t i = 0; i < 256; ++i) {
        std::uint32_t c = i;
        for (int k = 0; k < 8; ++k) {
            c = (c & 1u) ? (0xEDB88320u ^ (c >> 1)) : (c >> 1);
        }
        t[0][i] = c;
    }
    for (std::size_t s = 1; s < 8; ++s) {
        for (std::size_t i = 0; i < 256; ++i) {
            t[s][i] = (t[s - 1][i] >> 8) ^ t[0][t[s - 1][i] & 0xFFu];
        }
    }
    return t;
}

// Fixed-point sine table (Q15) over a full turn, via a Taylor series.
constexpr double taylor_sin(double x) {
    constexpr double pi = 3.14159265358979323846;
    while (x > pi) x -= 2 * pi;
    while (x < -pi) x += 2 * pi;
    double term = x;
    double sum = x;
    for (int n = 1; n < 12; ++n) {
        term *= -x * x / ((2 * n) * (2 * n + 1));
        sum += term;
    }
    return sum;
}

template <std::size_t N>
constexpr std::array<std::int16_t, N> make_sine_table() {
    std::array<std::int16_t, N> t{};
    for (std::size_t i = 0; i < N; ++i) {
        double angle = 2.0 * 3.14159265358979323846 * static_cast<double>(i) / static_cast<double>(N);
        t[i] = static_cast<std::int16_t>(taylor_sin(angle) * 32767.0);
    }
    return t;
}

constexpr auto collatz_table = make_collatz_table<4096>();
constexpr auto prime_table = make_prime_table<20000>();
constexpr auto crc_tables = make_crc_tables();
constexpr auto sine_table = make_sine_table<4096>();

static_assert(collatz_table[27] == 111);
static_assert(prime_table[0] == 2 && prime_table[9] == 29);
static_assert(prime_table.size() == 2262);
static_assert(crc_tables[0][1] == 0x77073096u);
static_assert(sine_table[1024] > 32700);

// ---------------------------------------------------------------------------
// 2. Deep recursive templates
// ---------------------------------------------------------------------------

// Classic recursion: every N is a distinct class template instantiation.
template <std::size_t N>
struct TriangularNumber {
    static constexpr std::uint64_t value = N + TriangularNumber<N - 1>::value;
};
template <>
struct TriangularNumber<0> {
    static constexpr std::uint64_t value = 0;
};
static_assert(TriangularNumber<700>::value == 700ull * 701ull / 2);

// Recursive type-list construction: builds a nested type of depth N.
template <std::size_t N, typename Tail>
struct Cons {
    using next = Cons<N - 1, Cons<N, Tail>>;
    static constexpr std::size_t depth = next::depth + 1;
};
template <typename Tail>
struct Cons<0, Tail> {
    static constexpr std::size_t depth = 0;
};
struct Nil {};
static_assert(Cons<300, Nil>::depth == 300);

// ---------------------------------------------------------------------------
// 3. index_sequence fan-out over hundreds of elements
// ---------------------------------------------------------------------------

template <std::size_t I>
struct Slot {
    static constexpr std::uint32_t key = static_cast<std::uint32_t>(I * 2654435761u);
    std::uint32_t value = key ^ crc_tables[0][I % 256];
};

// All slots as direct bases of one aggregate: a flat (non-recursive) pack
// expansion, so every Slot<I> is instantiated exactly once.
template <typename Seq>
struct SlotPack;

template <std::size_t... Is>
struct SlotPack<std::index_sequence<Is...>> : Slot<Is>... {
    constexpr std::uint64_t checksum() const {
        return (std::uint64_t{0} + ... + (static_cast<std::uint64_t>(static_cast<const Slot<Is>&>(*this).value) * (Is + 1)));
    }
};

constexpr std::size_t slot_count = 512;
constexpr SlotPack<std::make_index_sequence<slot_count>> slots{};
constexpr std::uint64_t slot_checksum = slots.checksum();
static_assert(slot_checksum != 0);

// Compile-time table of function pointers, one distinct function per index.
template <std::size_t I>
std::uint32_t lookup_prime(std::uint32_t salt) {
    return prime_table[I * 7 % prime_table.size()] ^ salt ^ static_cast<std::uint32_t>(collatz_table[I]);
}

template <std::size_t... Is>
constexpr auto make_dispatch(std::index_sequence<Is...>) {
    return std::array<std::uint32_t (*)(std::uint32_t), sizeof...(Is)>{&lookup_prime<Is>...};
}

constexpr auto dispatch = make_dispatch(std::make_index_sequence<256>{});

// ---------------------------------------------------------------------------
// Runtime entry points so the tables are emitted into the object file.
// ---------------------------------------------------------------------------

std::uint32_t crc32(const unsigned char* data, std::size_t len) {
    std::uint32_t crc = 0xFFFFFFFFu;
    for (std::size_t i = 0; i < len; ++i) {
        crc = (crc >> 8) ^ crc_tables[0][(crc ^ data[i]) & 0xFFu];
    }
    return ~crc;
}

int sine_q15(std::size_t phase) {
    return sine_table[phase % sine_table.size()];
}

unsigned collatz(std::size_t n) {
    return n < collatz_table.size() ? collatz_table[n] : 0u;
}

std::uint32_t nth_prime(std::size_t n) {
    return prime_table[n % prime_table.size()];
}

std::uint32_t dispatch_call(std::size_t i, std::uint32_t salt) {
    return dispatch[i % dispatch.size()](salt);
}

std::uint64_t checksum() {
    return slot_checksum + TriangularNumber<700>::value + Cons<300, Nil>::depth;
}
