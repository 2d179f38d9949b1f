// Slices are rejected as wasmexport parameters and results.
package main

//go:wasmexport buf
func buf(b []byte, n int32) {} // ERROR "^go:wasmexport: unsupported parameter type \[\]byte$"

//go:wasmexport nums
func nums(n []int32) []int64 { return nil } // ERROR "^go:wasmexport: unsupported parameter type \[\]int32$" "^go:wasmexport: unsupported result type \[\]int64$"

func main() {}
