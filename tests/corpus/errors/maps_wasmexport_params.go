// A map cannot cross the wasm boundary: Go rejects it as a wasmexport's
// parameter or result, and as a wasmimport's parameter.
package main

//go:wasmexport f
func f(m map[int]int) int32 { return int32(len(m)) } // ERROR "^go:wasmexport: unsupported parameter type map\[int\]int$"

//go:wasmexport g
func g() map[string]bool { return nil } // ERROR "^go:wasmexport: unsupported result type map\[string\]bool$"

//go:wasmimport env h
func h(m map[int32]int32) // ERROR "^go:wasmimport: unsupported parameter type map\[int32\]int32$"

func main() {}
