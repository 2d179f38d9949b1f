// A wasmexport function with 17 int32 parameters (68 bytes) exceeds the 16 wasm parameters Go supports (Go crashes).
package main

//go:wasmexport many
func many(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16 int32) int32 { return a0 } // ERROR "go:wasmexport: too many wasm parameters"

func main() {}
