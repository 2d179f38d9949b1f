// Slice literals, make, append and slicing are rejected where they appear; uses of what they made say nothing more.
package main

func main() {
	s := []int32{1, 2, 3}                // ERROR "^slices are not supported by wexlab$"
	t := make([]int32, 4)                // ERROR "^make is not supported by wexlab$"
	t = append(t, s...)                  // ERROR "^append is not supported by wexlab$"
	println(s[0], s[1:2] == nil)
	var p *[4]int32
	_ = p[1:] // ERROR "^slice expressions are not supported by wexlab$"
}
