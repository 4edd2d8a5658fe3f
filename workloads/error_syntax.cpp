// description: Syntax error - missing semicolon after a class definition and an unbalanced brace in otherwise ordinary code
// compile: -O2 -std=c++20
// compiler: g151
// lang: c++
// expect: compile-error
// baseline_min_ms: 100
// baseline_max_ms: 700
// weight: 0.5

#include <string>
#include <vector>

struct Account {
    std::string owner;
    long balance_cents = 0;

    void deposit(long cents) { balance_cents += cents; }
    bool withdraw(long cents) {
        if (cents > balance_cents) {
            return false;
        }
        balance_cents -= cents;
        return true;
    }
}

long total_balance(const std::vector<Account>& accounts) {
    long total = 0;
    for (const auto& a : accounts) {
        total += a.balance_cents
    }
    return total;
}

int richest(const std::vector<Account>& accounts) {
    int best = -1;
    for (int i = 0; i < static_cast<int>(accounts.size()); ++i) {
        if (best < 0 || accounts[i].balance_cents > accounts[best].balance_cents) {
            best = i;
        }
    return best;
}
