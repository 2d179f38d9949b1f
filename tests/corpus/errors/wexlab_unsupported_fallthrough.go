// A fallthrough statement is rejected at the statement.
package main

func main() {
	x := int32(1)
	switch x {
	case 1:
		x++
		fallthrough // ERROR "^fallthrough statements are not supported by wexlab$"
	case 2:
		x++
	}
	println(x)
}
