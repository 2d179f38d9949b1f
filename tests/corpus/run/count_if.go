// Counters stepped under a condition, which wexlab's cleanup rules make
// branchless when the condition is a comparison (rules/cleanup/control.rules,
// count-if): `if c { n++ }` is `n += c`. Beside them, look-alikes that must
// keep their branch or their meaning: a condition that is any nonzero value
// (`x != 0` is tested as `x`), a bool variable, a call that panics in the
// condition, a step of two, int8 and uint8 counters that wrap, an int64
// counter, and n-- that goes below zero.
//
// run: c-shared
// call: countZeros 0
// call: countZeros 7
// call: countZeros 40
// call: countDown 5 3
// call: countDown 0 17
// call: countNonzero 10
// call: countFlags 33
// call: countEven64 1000001
// call: countCalls 9
// call: stepTwo 11
// call: wrap8 300
// call: wrapU8 600
// call: andOr 50
// call: countCalls 11
package main

var table [64]bool

func fill(n int32) {
	for i := int32(0); i < 64; i++ {
		table[i] = i%3 == 0 || (i < n && i%5 == 1)
	}
}

//go:wasmexport countZeros
func countZeros(n int32) int32 {
	fill(n)
	c := int32(0)
	for i := 0; i < len(table); i++ {
		if !table[i] {
			c++
		}
	}
	return c
}

//go:wasmexport countDown
func countDown(start, n int32) int32 {
	c := start
	for i := int32(0); i < n; i++ {
		if i%4 != 1 {
			c--
		}
	}
	return c
}

// The condition is x&i's value, not 0 or 1: it must stay a branch.
//
//go:wasmexport countNonzero
func countNonzero(x int32) int32 {
	c := int32(0)
	for i := int32(0); i < 40; i++ {
		if x&i != 0 {
			c++
		}
	}
	return c
}

//go:wasmexport countFlags
func countFlags(n int32) int32 {
	fill(n)
	c := int32(0)
	for _, set := range table {
		if set {
			c++
		}
	}
	return c
}

//go:wasmexport countEven64
func countEven64(n int64) int64 {
	var c int64
	for i := int64(0); i < n; i++ {
		if i*i%7 < 3 {
			c++
		}
	}
	return c
}

var calls int32

func check(i int32) bool {
	calls++
	if i > 9 {
		panic("check: too far")
	}
	return i%2 == 0
}

// The condition calls a function, which counts its calls and panics on
// the tenth: the count and the panic must come in Go's order.
//
//go:wasmexport countCalls
func countCalls(n int32) int32 {
	c := int32(0)
	for i := int32(0); i < n; i++ {
		if check(i) {
			c++
		}
	}
	return c*100 + calls
}

//go:wasmexport stepTwo
func stepTwo(n int32) int32 {
	c := int32(0)
	for i := int32(0); i < n; i++ {
		if i > 3 {
			c += 2
		}
	}
	return c
}

//go:wasmexport wrap8
func wrap8(n int32) int32 {
	var c int8
	for i := int32(0); i < n; i++ {
		if i%3 != 2 {
			c++
		}
	}
	return int32(c)
}

//go:wasmexport wrapU8
func wrapU8(n int32) int32 {
	var c uint8
	for i := int32(0); i < n; i++ {
		if i >= 0 {
			c--
		}
	}
	return int32(c)
}

//go:wasmexport andOr
func andOr(n int32) int32 {
	c := int32(0)
	for i := int32(0); i < n; i++ {
		if i%2 == 0 && i%3 == 0 {
			c++
		}
		if i < 5 || i > 45 {
			c++
		}
	}
	return c
}

func main() {}
