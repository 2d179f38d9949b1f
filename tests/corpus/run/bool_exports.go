// bool parameters and results at the export boundary (i32 0 or 1), logical operators, and bool variables in package state.
//
// run: c-shared
// call: and 1 1
// call: and 1 0
// call: xor 1 0
// call: xor 1 1
// call: not 0
// call: not 1
// call: toggle
// call: toggle
// call: toggle
// call: state
// call: cmpbools 1 0
// call: even 10
package main

var on bool

//go:wasmexport and
func and(a, b bool) bool { return a && b }

//go:wasmexport xor
func xor(a, b bool) bool { return a != b }

//go:wasmexport not
func not(a bool) bool { return !a }

//go:wasmexport toggle
func toggle() bool {
	on = !on
	return on
}

//go:wasmexport state
func state() int32 {
	if on {
		return 1
	}
	return 0
}

// Booleans compared with == and used as switch tags.
//
//go:wasmexport cmpbools
func cmpbools(a, b bool) int32 {
	r := int32(0)
	if a == b {
		r += 1
	}
	switch a {
	case b:
		r += 10
	case !b:
		r += 20
	}
	c := a || b && !a
	if c {
		r += 100
	}
	return r
}

//go:wasmexport even
func even(x uint64) bool { return x%2 == 0 }

func main() {}
