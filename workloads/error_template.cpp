// description: Template error - std::sort and std::ranges::sort on a std::list, an unsatisfied concept and std::set of a type without operator<, producing long instantiation backtraces
// compile: -O2 -std=c++20
// compiler: g151
// lang: c++
// expect: compile-error
// baseline_min_ms: 200
// baseline_max_ms: 1200
// weight: 0.5

#include <algorithm>
#include <concepts>
#include <list>
#include <map>
#include <set>
#include <string>
#include <vector>

struct Task {
    std::string name;
    int priority;
};

template <typename T>
concept Prioritised = requires(const T& t) {
    { t.priority } -> std::convertible_to<int>;
    { t.deadline } -> std::convertible_to<long>;
};

template <Prioritised T>
bool due_before(const T& a, const T& b) {
    return a.deadline < b.deadline;
}

template <typename Container>
void sort_by_priority(Container& tasks) {
    // std::sort needs random-access iterators; std::list only has bidirectional ones.
    std::sort(tasks.begin(), tasks.end(),
              [](const Task& a, const Task& b) { return a.priority > b.priority; });
}

template <typename Container>
auto top_names(Container& tasks, std::size_t n) {
    sort_by_priority(tasks);
    std::vector<std::string> names;
    for (const auto& t : tasks) {
        if (names.size() == n) {
            break;
        }
        names.push_back(t.name);
    }
    return names;
}

std::map<int, std::list<Task>> group(const std::vector<Task>& tasks) {
    std::map<int, std::list<Task>> groups;
    for (const auto& t : tasks) {
        groups[t.priority / 10].push_back(t);
    }
    return groups;
}

// Task has no operator<, so std::set<Task> cannot order its elements.
std::size_t unique_tasks(const std::vector<Task>& tasks) {
    std::set<Task> seen(tasks.begin(), tasks.end());
    return seen.size();
}

int main() {
    std::list<Task> backlog{{"parse", 3}, {"codegen", 9}, {"link", 5}};
    auto names = top_names(backlog, 2);

    std::ranges::sort(backlog, {}, &Task::priority);

    Task a{"a", 1};
    Task b{"b", 2};
    bool earlier = due_before(a, b);

    return static_cast<int>(names.size() + unique_tasks({a, b})) + (earlier ? 1 : 0);
}
