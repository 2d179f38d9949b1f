// A function literal (a closure) is rejected at the literal; the variable it captures is not reported unused.
package main

func main() {
	x := int32(1)
	f := func(y int32) int32 { return x + y } // ERROR "^function literals are not supported by wexlab$"
	println(f(2))
}
