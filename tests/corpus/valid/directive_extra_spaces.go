// Directives with extra spaces between and after their fields are accepted.
package main

//go:wasmexport    spaced    
func spaced(a int32) int32 { return a }

//go:wasmimport    env     hostval   
func hostval() int64

//go:wasmexport callhost
func callhost() int64 { return hostval() }

func main() {}
