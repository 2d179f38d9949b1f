// In exe mode an export called after main returned can still panic: division by zero in the export prints Go's panic message.
//
// run: exe
// call: div 100 7
// call: div 100 0
package main

var calls int32

//go:wasmexport div
func div(a, b int64) int64 {
	calls++
	println("div", a, b, calls)
	return a / b
}

func main() {
	println("main done")
}
