// println evaluates every argument before it prints any: when a later argument panics, nothing of the line is printed.
//
// run: c-shared
// call: both 5
// call: later_panics -1
package main

var zero int32

// Both arguments are computed, then printed.
//
//go:wasmexport both
func both(x int32) int32 {
	println(uint32(x), x*3+1, x/2)
	return x
}

// The second argument divides by zero: Go prints nothing before the panic.
//
//go:wasmexport later_panics
func later_panics(x int32) {
	println(uint32(x), 7/zero)
}

func main() {}
