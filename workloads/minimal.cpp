// description: Smallest meaningful program - main calls one helper and returns its value, no includes
// compile: -O1
// compiler: g151
// lang: c++
// expect: success
// baseline_min_ms: 50
// baseline_max_ms: 400
// weight: 3

static int answer(int base) {
    int total = 0;
    for (int i = 1; i <= base; ++i) {
        total += i;
    }
    return total % 256;
}

int main() {
    return answer(8);
}
