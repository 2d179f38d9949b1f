// Kernel: Collatz sequence step counts, and the start below N with the longest sequence, in 64-bit arithmetic.
//
// run: c-shared
// call: steps 1
// call: steps 27
// call: steps 837799
// call: longest 10000
// call: peak 27
package main

//go:wasmexport steps
func steps(n uint64) uint32 {
	s := uint32(0)
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		s++
	}
	return s
}

// Returns start*1000 + steps for the longest sequence below n.
//
//go:wasmexport longest
func longest(n uint64) uint64 {
	best, at := uint32(0), uint64(1)
	for i := uint64(1); i < n; i++ {
		if s := steps(i); s > best {
			best, at = s, i
		}
	}
	return at*1000 + uint64(best)
}

//go:wasmexport peak
func peak(n int64) int64 {
	m := n
	for n != 1 {
		if n&1 == 0 {
			n >>= 1
		} else {
			n = n*3 + 1
		}
		if n > m {
			m = n
		}
	}
	return m
}

func main() {}
