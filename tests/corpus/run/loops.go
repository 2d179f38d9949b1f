// The three loop forms: infinite loop with break, condition-only loop, and the three-clause loop, including loops that run zero times.
//
// run: c-shared
// call: sum 10
// call: sum 0
// call: sum -5
// call: digits 0
// call: digits 1234567
// call: digits -9223372036854775808
// call: firstsq 50
// call: firstsq 0
// call: countdown 7
// call: triangle 100
// call: pow2 40
package main

//go:wasmexport sum
func sum(n int32) int64 {
	var s int64
	for i := int32(1); i <= n; i++ {
		s += int64(i)
	}
	return s
}

// Counts decimal digits with a condition-only loop.
//
//go:wasmexport digits
func digits(x int64) int32 {
	n := int32(1)
	for x/10 != 0 {
		x /= 10
		n++
	}
	return n
}

// The first square greater than n, with for {} and break.
//
//go:wasmexport firstsq
func firstsq(n int32) int32 {
	i := int32(0)
	for {
		if i*i > n {
			break
		}
		i++
	}
	return i * i
}

// A loop counting down with a post statement of i--.
//
//go:wasmexport countdown
func countdown(n int32) int32 {
	r := int32(0)
	for i := n; i > 0; i-- {
		r = r*2 + i%2
	}
	return r
}

// Two nested three-clause loops with an inner bound from the outer variable.
//
//go:wasmexport triangle
func triangle(n int32) int32 {
	c := int32(0)
	for i := int32(0); i < n; i++ {
		for j := int32(0); j < i; j++ {
			c++
		}
	}
	return c
}

//go:wasmexport pow2
func pow2(n uint32) uint64 {
	p := uint64(1)
	for ; n > 0; n-- {
		p *= 2
	}
	return p
}

func main() {}
