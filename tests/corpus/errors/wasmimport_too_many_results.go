// A wasmimport function with more than one result is rejected.
package main

//go:wasmimport env divmod
func divmod(a, b int32) (int32, int32) // ERROR "^go:wasmimport: too many return values$"

//go:wasmimport env three
func three() (a, b, c float64) // ERROR "^go:wasmimport: too many return values$"

func main() {}
