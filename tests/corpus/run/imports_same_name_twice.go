// Two Go functions import the same host function; Go's module has an import for each, both kept because both are called, and a third one that nothing calls is left out.
//
// run: c-shared
// import: env twice (i32) (i32) echo
// call: first 3
// call: second 4
package main

//go:wasmimport env twice
func twiceA(x int32) int32

//go:wasmimport env twice
func twiceUnused(x int32) int32

//go:wasmimport env twice
func twiceB(x int32) int32

//go:wasmexport first
func first(x int32) int32 { return twiceA(x) + 1 }

//go:wasmexport second
func second(x int32) int32 { return twiceB(x) * 2 }

func main() {}
