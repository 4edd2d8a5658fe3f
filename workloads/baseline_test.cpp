// description: Trivial reference workload - one tiny arithmetic function, no includes
// compile: -O2
// compiler: g151
// lang: c++
// expect: success
// baseline_min_ms: 50
// baseline_max_ms: 350
// weight: 3

int square(int x) {
    return x * x;
}
