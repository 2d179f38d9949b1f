// Range loops over integers and strings are compiled; over a pointer to an array (arrays come with composite values) the loop is rejected at its range expression.
package main

func main() {
	n := int32(0)
	var p *[4]int32
	for i := range p { // ERROR "^range loops are not supported by wexlab$"
		n += int32(i)
	}
	println(n)
}
