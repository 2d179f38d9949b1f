// Complex numbers are rejected as wasmexport parameters and results.
package main

//go:wasmexport c
func c(a complex128, b complex64) {} // ERROR "^go:wasmexport: unsupported parameter type complex128$" "^go:wasmexport: unsupported parameter type complex64$"

//go:wasmexport rc
func rc() complex128 { return 0 } // ERROR "^go:wasmexport: unsupported result type complex128$"

func main() {}
