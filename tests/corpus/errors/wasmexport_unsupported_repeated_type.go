// Two consecutive parameters of the same disallowed type produce a single diagnostic for that type.
package main

//go:wasmexport rep
func rep(a, b int, c int8) {} // ERROR "^go:wasmexport: unsupported parameter type int$" "^go:wasmexport: unsupported parameter type int8$"

func main() {}
