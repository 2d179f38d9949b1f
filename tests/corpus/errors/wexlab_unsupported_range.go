// Range loops over integers, strings, arrays and pointers to arrays are compiled; over a channel the loop is rejected at its range expression.
package main

func main() {
	n := int32(0)
	var c chan int32 // ERROR "^channels are not supported by wexlab$"
	for v := range c {
		n += v
	}
	println(n)
}
