// Predeclared types are defined types (bool is not assignable to mybool, nor int to myint), and a comparison is an untyped bool value that becomes only a boolean type.
package main

type mybool bool
type myint int

var g, h int

func main() {
	var x bool
	var b mybool = x // ERROR "^cannot use x \(variable of type bool\) as mybool value in variable declaration$"
	var i int
	var j myint = i       // ERROR "^cannot use i \(variable of type int\) as myint value in variable declaration$"
	var k int = g < h     // ERROR "^cannot use g < h \(untyped bool value\) as int value in variable declaration$"
	k = g != h            // ERROR "^cannot use g != h \(untyped bool value\) as int value in assignment$"
	n := int(g < h)       // ERROR "^cannot convert g < h \(untyped bool value\) to type int$"
	m := -(g < h)         // ERROR "^invalid operation: operator - not defined on \(g < h\) \(untyped bool value\)$"
	var p = !(g < h) == 1 // ERROR "^invalid operation: !\(g < h\) == 1 \(mismatched types untyped bool and untyped int\)$"
	println(b, j, k, n, m, p)
	println(x < x)          // ERROR "^invalid operation: x < x \(operator < not defined on bool\)$"
	println((g < h) < true) // ERROR "^invalid operation: \(g < h\) < true \(operator < not defined on untyped bool\)$"
	println((g < h) << 1)   // ERROR "^invalid operation: shifted operand \(g < h\) \(untyped bool value\) must be integer$"
	var q, r *int
	println(q > r) // ERROR "^invalid operation: q > r \(operator > not defined on pointer\)$"
	switch g {
	case g < h: // ERROR "^cannot convert g < h \(untyped bool value\) to type int$"
	}
}
