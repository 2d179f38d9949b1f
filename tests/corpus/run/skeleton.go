// The walking skeleton's three exports: numbers in and out, mixed widths,
// and a frameless export.
//
// run: c-shared
// call: add 2 3
// call: add -7 3
// call: add 2147483647 1
// call: mix 1 2.5 0.5 7
// call: mix -9007199254740993 0.1 -0.5 4294967295
// call: nothing
package main

//go:wasmexport add
func add(a, b int32) int32 { return a + b }

//go:wasmexport mix
func mix(a int64, f float64, g float32, p uint32) float64 {
	return float64(a) + f + float64(g) + float64(p)
}

//go:wasmexport nothing
func nothing() {}

func main() {}
