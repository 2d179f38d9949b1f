// Struct literals, struct variables and field selectors are rejected where they appear.
package main

type point struct{ x, y int32 }

func main() {
	p := point{x: 1, y: 2} // ERROR "^composite literals are not supported by wexlab$"
	q := &point{3, 4}      // ERROR "^composite literals are not supported by wexlab$"
	var r point            // ERROR "^structs are not supported by wexlab$"
	println(p.x, q.y, r.x)
}
