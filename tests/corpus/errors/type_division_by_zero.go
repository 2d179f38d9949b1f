// Integer division or remainder by a constant zero is an error.
package main

//go:wasmexport f
func f(a int32, b uint64) int32 {
	_ = b % 0  // ERROR "^invalid operation: division by zero$"
	return a / 0 // ERROR "^invalid operation: division by zero$"
}

func main() {
	const k = 10 / 0 // ERROR "^invalid operation: division by zero$"
	println(k)
}
