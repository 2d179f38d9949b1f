// A wasmimport function used as a value is rejected at the use (it has
// only Go's ABI, which no func value calls); calls through the variable
// say nothing more.
package main

//go:wasmimport env tick
func tick(x int32) int32

func main() {
	g := tick // ERROR "^wasmimport functions used as values are not supported by wexlab$"
	println(g(1))
}
