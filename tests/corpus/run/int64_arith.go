// int64 arithmetic: wraparound, truncating division, remainder signs, MinInt64 / -1 and % -1.
//
// run: c-shared
// call: add64 9223372036854775807 1
// call: sub64 -9223372036854775808 1
// call: mul64 4294967296 4294967296
// call: mul64 -9223372036854775808 -1
// call: mul64 1234567890123 9876543210
// call: div64 -7 2
// call: div64 7 -2
// call: div64 -9223372036854775808 -1
// call: div64 -9223372036854775808 10
// call: rem64 -7 2
// call: rem64 7 -2
// call: rem64 -9223372036854775808 -1
// call: rem64 -9223372036854775808 10
// call: neg64 -9223372036854775808
// call: avg64 9223372036854775807 9223372036854775807
package main

//go:wasmexport add64
func add64(a, b int64) int64 { return a + b }

//go:wasmexport sub64
func sub64(a, b int64) int64 { return a - b }

//go:wasmexport mul64
func mul64(a, b int64) int64 { return a * b }

//go:wasmexport div64
func div64(a, b int64) int64 { return a / b }

//go:wasmexport rem64
func rem64(a, b int64) int64 { return a % b }

//go:wasmexport neg64
func neg64(a int64) int64 { return -a }

//go:wasmexport avg64
func avg64(a, b int64) int64 { return (a + b) / 2 }

func main() {}
