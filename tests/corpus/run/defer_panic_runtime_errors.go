// A runtime error (here an integer division by zero in a call below)
// runs the pending deferred calls before Go's message and the trap.
//
// run: c-shared
// call: divide 7 0
package main

func quotient(a, b int32) int32 {
	defer println("quotient's defer", a, b)
	return a / b
}

//go:wasmexport divide
func divide(a, b int32) int32 {
	defer func() { println("divide's literal") }()
	return quotient(a, b) + 1
}

func main() {}
