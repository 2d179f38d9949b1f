// A //go:wasmexport directive with two or more fields after the verb is a usage error.
package main

//go:wasmexport first second // ERROR "^usage: //go:wasmexport exportname$"
func two() {}

//go:wasmexport a b c // ERROR "^usage: //go:wasmexport exportname$"
func three(x int64) int64 { return x }

//go:wasmexport ok
func ok() {}

func main() {}
