// description: Typical small user snippet - vector, string and algorithm headers with a couple of helper functions
// compile: -O2 -std=c++20
// compiler: g151
// lang: c++
// expect: success
// baseline_min_ms: 150
// baseline_max_ms: 700
// weight: 3

#include <algorithm>
#include <string>
#include <vector>

// Median of a list of scores (copies, sorts, picks the middle).
int median_score(std::vector<int> scores) {
    if (scores.empty()) {
        return 0;
    }
    std::sort(scores.begin(), scores.end());
    return scores[scores.size() / 2];
}

// Count how many words in the list start with the given prefix.
int count_with_prefix(const std::vector<std::string>& words, const std::string& prefix) {
    return static_cast<int>(std::count_if(words.begin(), words.end(), [&](const std::string& w) {
        return w.size() >= prefix.size() && w.compare(0, prefix.size(), prefix) == 0;
    }));
}

// Upper-case an ASCII string in place and return it.
std::string shout(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](char c) {
        return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    });
    return s;
}
