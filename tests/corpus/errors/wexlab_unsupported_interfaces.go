// Interface variables and type assertions are rejected where they appear, without Go errors about their uses.
package main

type shape interface{ area() float64 }

func main() {
	var s shape         // ERROR "^interfaces are not supported by wexlab$"
	var x any = int32(1) // ERROR "^interfaces are not supported by wexlab$"
	v, ok := x.(int32)  // ERROR "^type assertions are not supported by wexlab$"
	println(s == nil, v, ok)
}
