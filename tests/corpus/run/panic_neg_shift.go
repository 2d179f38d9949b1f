// Shifting by a negative signed count panics with Go's negative shift amount message.
//
// run: c-shared
// call: shl 1 3
// call: shl 1 100
// call: shl 1 -1
package main

//go:wasmexport shl
func shl(a int64, n int32) int64 {
	println("shl", a, n)
	return a << n
}

func main() {}
