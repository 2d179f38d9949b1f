// A //go:wasmimport function that has a body is rejected at the function name.
package main

//go:wasmimport env hostadd
func hostadd(a, b int32) int32 { return a + b } // ERROR "^can only use //go:wasmimport with external func implementations$"

//go:wasmimport env empty
func empty() {} // ERROR "^can only use //go:wasmimport with external func implementations$"

func main() {}
