// A wasmexport function whose parameters and results need more than 128 bytes of argument area is rejected.
package main

//go:wasmexport big
func big(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15 int64) int64 { return a0 } // ERROR "^wasmexport function argument too large$"

//go:wasmexport floats
func floats(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15 float64) float64 { return a0 } // ERROR "^wasmexport function argument too large$"

//go:wasmexport both
func both(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14 int64, s []byte) int { return 0 } // ERROR "^wasmexport function argument too large$" "^go:wasmexport: unsupported parameter type \[\]byte$" "^go:wasmexport: unsupported result type int$"

func main() {}
