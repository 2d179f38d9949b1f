// A function marked both //go:wasmexport and //go:wasmimport is rejected at the wasmexport directive.
package main

//go:wasmexport both // ERROR "cannot be both a wasmexport and a wasmimport"
//go:wasmimport env both
func both(a int32) int32

func main() {}
