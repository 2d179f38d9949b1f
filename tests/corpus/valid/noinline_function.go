// //go:noinline on a function, alone or together with //go:wasmexport, is accepted.
package main

//go:noinline
func helper(a int32) int32 { return a * 3 }

//go:noinline
//go:wasmexport triple
func triple(a int32) int32 { return helper(a) }

//go:wasmexport quad
//go:noinline
func quad(a int32) int32 { return helper(a) + a }

func main() {}
