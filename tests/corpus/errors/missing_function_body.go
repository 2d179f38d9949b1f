// A function declared without a body is missing its body unless it has //go:wasmimport (//go:wasmexport does not help).
package main

func nobody(a int32) int32 // ERROR "^missing function body$"

//go:noinline
func alsonobody() // ERROR "^missing function body$"

//go:wasmexport nob
func nob(a int32) int32 // ERROR "^missing function body$"

//go:wasmimport env imported
func imported(a int32) int32

func main() {}
