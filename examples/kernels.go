// Compute kernels, for benchmarks and for the size of a small module.
//
//	wexlab run examples/kernels.go --invoke primes 100000
package main

//go:wasmexport primes
func primes(n int32) int32 {
	count := int32(0)
	for i := int32(2); i < n; i++ {
		prime := true
		for d := int32(2); d*d <= i; d++ {
			if i%d == 0 {
				prime = false
				break
			}
		}
		if prime {
			count++
		}
	}
	return count
}

//go:wasmexport collatz
func collatz(limit int64) int64 {
	best := int64(0)
	for start := int64(1); start < limit; start++ {
		steps := int64(0)
		for n := start; n != 1; steps++ {
			if n%2 == 0 {
				n /= 2
			} else {
				n = 3*n + 1
			}
		}
		if steps > best {
			best = steps
		}
	}
	return best
}

func fib(n int32) int32 {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

//go:wasmexport fibonacci
func fibonacci(n int32) int32 { return fib(n) }

func main() {}
