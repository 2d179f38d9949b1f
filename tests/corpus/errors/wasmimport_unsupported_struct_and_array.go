// Structs and arrays by value, and pointers to plain structs, are rejected as wasmimport parameters.
package main

type pair struct{ a, b int32 }

//go:wasmimport env s
func s(p pair) // ERROR "^go:wasmimport: unsupported parameter type pair$"

//go:wasmimport env arr
func arr(v [4]int32) // ERROR "^go:wasmimport: unsupported parameter type \[4\]int32$"

//go:wasmimport env ps
func ps(p *pair) // ERROR "^go:wasmimport: unsupported parameter type \*pair$"

func main() {}
