// Using a function as a value is rejected at the use; calls through the variable say nothing more.
package main

func double(x int32) int32 { return x * 2 }

func main() {
	f := double // ERROR "^function values are not supported by wexlab$"
	println(f(3))
}
