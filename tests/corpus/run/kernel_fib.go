// Kernel: recursive and iterative Fibonacci in int64, uint64 wraparound past fib(93), and Fibonacci modulo a prime.
//
// run: c-shared
// call: rec 25
// call: iter 25
// call: iter 92
// call: iter 93
// call: iter 100
// call: modp 1000000 1000000007
package main

func fibr(n int64) int64 {
	if n < 2 {
		return n
	}
	return fibr(n-1) + fibr(n-2)
}

//go:wasmexport rec
func rec(n int64) int64 { return fibr(n) }

//go:wasmexport iter
func iter(n int32) uint64 {
	var a, b uint64 = 0, 1
	for i := int32(0); i < n; i++ {
		a, b = b, a+b
	}
	return a
}

//go:wasmexport modp
func modp(n, p int64) int64 {
	a, b := int64(0), int64(1)
	for i := int64(0); i < n; i++ {
		a, b = b, (a+b)%p
	}
	return a
}

func main() {}
