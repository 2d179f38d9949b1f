// In exe mode, an integer division by zero in main prints Go's panic message and exits with code 2.
//
// run: exe
package main

var zero int64

func quotient(a, b int64) int64 { return a / b }

func main() {
	println("start")
	println(quotient(7, 2))
	println(quotient(-9223372036854775808, -1))
	println(quotient(1, zero))
	println("not reached")
}
