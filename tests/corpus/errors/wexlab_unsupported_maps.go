// Maps (a map literal, a map variable) are rejected where they appear, without Go errors about their uses.
package main

func main() {
	m := map[int32]int32{1: 2} // ERROR "^maps are not supported by wexlab$"
	m[3] = 4
	var n map[int64]bool       // ERROR "^maps are not supported by wexlab$"
	println(len(m), n == nil)
}
