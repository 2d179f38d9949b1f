// Array variables are rejected at their declaration (their indexing and len say nothing more); indexing a pointer to an array, or its len, at the expression.
package main

var table [4]int32 // ERROR "^arrays are not supported by wexlab$"

func main() {
	table[1] = 5
	var local [2]int64 // ERROR "^arrays are not supported by wexlab$"
	local[0] = int64(table[1])
	println(local[0], len(table))
	var p *[4]int32
	println(p[0]) // ERROR "^index expressions are not supported by wexlab$"
	println(len(p)) // ERROR "^len is not supported by wexlab$"
}
