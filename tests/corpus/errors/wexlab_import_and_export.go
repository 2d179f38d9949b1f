// The export-and-import conflict is reported at the wasmexport directive whichever directive comes first.
package main

//go:wasmimport env host
//go:wasmexport guest // ERROR "cannot be both a wasmexport and a wasmimport"
func host(x float64) float64

func main() {}
