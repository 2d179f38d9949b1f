// Calling a function with too few or too many arguments is reported at the call.
package main

func f(a, b int32) int32 { return a + b }

//go:wasmimport env host
func host(x int64) int64

func main() {
	_ = f(1)       // ERROR "^not enough arguments in call to f"
	_ = f(1, 2, 3) // ERROR "^too many arguments in call to f"
	_ = host()     // ERROR "^not enough arguments in call to host"
}
