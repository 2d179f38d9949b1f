// uint32 arithmetic: wraparound, unsigned division and remainder of large values, negation and bitwise not.
//
// run: c-shared
// call: add 4294967295 1
// call: sub 0 1
// call: mul 65536 65537
// call: mul 4294967295 4294967295
// call: div 4294967295 2
// call: div 4294967295 4294967295
// call: div 2147483648 3
// call: mod 4294967295 10
// call: mod 2147483648 7
// call: neg 1
// call: not 0
// call: gt 2147483648 1
package main

//go:wasmexport add
func add(a, b uint32) uint32 { return a + b }

//go:wasmexport sub
func sub(a, b uint32) uint32 { return a - b }

//go:wasmexport mul
func mul(a, b uint32) uint32 { return a * b }

//go:wasmexport div
func div(a, b uint32) uint32 { return a / b }

//go:wasmexport mod
func mod(a, b uint32) uint32 { return a % b }

//go:wasmexport neg
func neg(a uint32) uint32 { return -a }

//go:wasmexport not
func not(a uint32) uint32 { return ^a }

// Unsigned comparison: 2147483648 is greater than 1, not negative.
//
//go:wasmexport gt
func gt(a, b uint32) bool { return a > b }

func main() {}
