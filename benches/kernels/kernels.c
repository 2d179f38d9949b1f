/* The kernels of examples/kernels.go, in C, for the benchmark: the same
 * algorithms with the same types, so that the three modules (wexlab's, Go's,
 * clang's) do the same work. Built by compare.py with
 *   clang-16 --target=wasm32 -O2 -nostdlib -Wl,--no-entry
 */
#include <stdint.h>

#define EXPORT(name) __attribute__((export_name(name)))

EXPORT("primes") int32_t primes(int32_t n) {
    int32_t count = 0;
    for (int32_t i = 2; i < n; i++) {
        int prime = 1;
        for (int32_t d = 2; d * d <= i; d++) {
            if (i % d == 0) {
                prime = 0;
                break;
            }
        }
        if (prime) {
            count++;
        }
    }
    return count;
}

EXPORT("collatz") int64_t collatz(int64_t limit) {
    int64_t best = 0;
    for (int64_t start = 1; start < limit; start++) {
        int64_t steps = 0;
        for (int64_t n = start; n != 1; steps++) {
            if (n % 2 == 0) {
                n /= 2;
            } else {
                n = 3 * n + 1;
            }
        }
        if (steps > best) {
            best = steps;
        }
    }
    return best;
}

static int32_t fib(int32_t n) {
    if (n < 2) {
        return n;
    }
    return fib(n - 1) + fib(n - 2);
}

EXPORT("fibonacci") int32_t fibonacci(int32_t n) { return fib(n); }
