// x.(type) outside a type switch is Go's "invalid syntax tree" error at the expression.
package main

func main() {
	var x any
	y := x.(type) // ERROR "^invalid syntax tree: use of .\(type\) outside type switch$"
	_ = y
}
