// Using an undeclared name is reported as undefined at its use.
package main

//go:wasmexport f
func f(a int32) int32 {
	return a + missing // ERROR "^undefined: missing$"
}

func main() {
	undefinedFunc() // ERROR "^undefined: undefinedFunc$"
}
