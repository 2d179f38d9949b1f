// Variadic functions are rejected at the parameter and at the call.
package main

func sum(xs ...int32) int32 { return 0 } // ERROR "^slices are not supported by wexlab$"

func main() {
	println(sum(1, 2, 3)) // ERROR "^variadic functions are not supported by wexlab$"
}
