// Kernel: counting primes up to N by trial division, and the N-th prime, with exports returning the results.
//
// run: c-shared
// call: count 1
// call: count 2
// call: count 100
// call: count 10000
// call: nth 1
// call: nth 1000
// call: isprime 2147483647
// call: isprime 2147483649
package main

func prime(n uint32) bool {
	if n < 2 {
		return false
	}
	if n%2 == 0 {
		return n == 2
	}
	for d := uint32(3); uint64(d)*uint64(d) <= uint64(n); d += 2 {
		if n%d == 0 {
			return false
		}
	}
	return true
}

//go:wasmexport count
func count(n uint32) uint32 {
	c := uint32(0)
	for i := uint32(2); i <= n; i++ {
		if prime(i) {
			c++
		}
	}
	return c
}

//go:wasmexport nth
func nth(k uint32) uint32 {
	n := uint32(1)
	for k > 0 {
		n++
		if prime(n) {
			k--
		}
	}
	return n
}

//go:wasmexport isprime
func isprime(n uint32) bool { return prime(n) }

func main() {}
