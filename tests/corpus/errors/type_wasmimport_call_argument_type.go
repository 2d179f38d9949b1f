// Passing a value of the wrong type to a wasmimport function is a type error at the argument.
package main

//go:wasmimport env put
func put(x int32, f float64)

//go:wasmexport run
func run(v int64, g float32) {
	put(v, 1.5) // ERROR "^cannot use v \(variable of type int64\) as int32 value in argument to put$"
	put(1, g)   // ERROR "^cannot use g \(variable of type float32\) as float64 value in argument to put$"
}

func main() {}
