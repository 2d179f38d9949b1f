// Integer division by zero at run time panics with Go's message and traps the module in c-shared mode, after earlier calls succeeded.
//
// run: c-shared
// call: div 10 3
// call: rem 10 3
// call: div 10 0
package main

var calls int32

//go:wasmexport div
func div(a, b int32) int32 {
	calls++
	println("div call", calls)
	return a / b
}

//go:wasmexport rem
func rem(a, b int32) int32 { return a % b }

func main() {}
