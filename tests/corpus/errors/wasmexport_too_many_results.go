// A wasmexport function with more than one result is rejected, whatever the result types.
package main

//go:wasmexport divmod
func divmod(a, b int32) (int32, int32) { return a / b, a % b } // ERROR "^go:wasmexport: too many return values$"

//go:wasmexport named
func named() (x int64, ok bool) { return } // ERROR "^go:wasmexport: too many return values$"

//go:wasmexport badtypes
func badtypes() (a int, s string) { return } // ERROR "^go:wasmexport: too many return values$"

func main() {}
