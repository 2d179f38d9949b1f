// docs/abi.md: func(b bool, x int32) bool — stored with i32.store8, loaded with i32.load8_u.
package main

//go:wasmexport flip
func flip(b bool, x int32) bool { return !b }

func main() {}
