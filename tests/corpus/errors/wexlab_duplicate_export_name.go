// Two functions exporting the same wasm name are rejected at the second directive (Go fails with a symbol redeclaration).
package main

//go:wasmexport same
func first(a int32) int32 { return a }

//go:wasmexport same // ERROR "duplicate wasmexport name same"
func second(a int32) int32 { return a + 1 }

func main() {}
