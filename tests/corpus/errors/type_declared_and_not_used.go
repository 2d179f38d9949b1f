// A local variable that is declared but never used is an error.
package main

//go:wasmexport f
func f(a int32) int32 {
	x := a * 2 // ERROR "^declared and not used: x$"
	var y int64 // ERROR "^declared and not used: y$"
	return a
}

func main() {}
