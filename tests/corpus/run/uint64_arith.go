// uint64 and uint arithmetic: wraparound, unsigned division and remainder of values above MaxInt64, negation and bitwise not.
//
// run: c-shared
// call: add 18446744073709551615 1
// call: sub 0 1
// call: mul 4294967296 4294967297
// call: div 18446744073709551615 2
// call: div 18446744073709551615 10
// call: div 9223372036854775808 3
// call: mod 18446744073709551615 10
// call: mod 9223372036854775808 7
// call: neg 1
// call: not 0
// call: gt 9223372036854775808 1
// call: uadd 18446744073709551615 2
// call: udiv 18446744073709551615 1000
package main

//go:wasmexport add
func add(a, b uint64) uint64 { return a + b }

//go:wasmexport sub
func sub(a, b uint64) uint64 { return a - b }

//go:wasmexport mul
func mul(a, b uint64) uint64 { return a * b }

//go:wasmexport div
func div(a, b uint64) uint64 { return a / b }

//go:wasmexport mod
func mod(a, b uint64) uint64 { return a % b }

//go:wasmexport neg
func neg(a uint64) uint64 { return -a }

//go:wasmexport not
func not(a uint64) uint64 { return ^a }

//go:wasmexport gt
func gt(a, b uint64) bool { return a > b }

// uint is 64 bits on wasm.
//
//go:wasmexport uadd
func uadd(a, b uint64) uint64 { return uint64(uint(a) + uint(b)) }

//go:wasmexport udiv
func udiv(a, b uint64) uint64 { return uint64(uint(a) / uint(b)) }

func main() {}
