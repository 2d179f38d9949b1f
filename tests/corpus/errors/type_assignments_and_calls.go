// Assignment, redeclaration and call-count errors at Go's positions with Go's wording.
package main

func a() {
	x := 1
	x := 2 // ERROR "^no new variables on left side of :=$"
	y, y := 1, 2 // ERROR "^y repeated on left side of :=$"
	_ = y
	var z int32
	z++
	z += "s" // ERROR "^invalid operation: z \+= .s. \(mismatched types int32 and untyped string\)$"
	1 = z // ERROR "^cannot assign to 1 \(neither addressable nor a map index expression\)$"
	z = 1, 2 // ERROR "^assignment mismatch: 1 variable but 2 values$"
	const c = 1
	c = 2 // ERROR "^cannot assign to c \(neither addressable nor a map index expression\)$"
	f := a
	_ = f
	a = nil // ERROR "^cannot assign to a \(neither addressable nor a map index expression\)$"
	var w int32 = a() // ERROR "^a\(\) \(no value\) used as value$"
	_ = w
	_ = x
}

func b(x, x int32) {} // ERROR "^x redeclared in this block"

func c() (int32, int32) {
	return 1 // ERROR "^not enough return values"
}

func d() {
	return 1 // ERROR "^too many return values"
}

func main() {
	a(1) // ERROR "^too many arguments in call to a"
	b(1) // ERROR "^not enough arguments in call to b"
	c()
	_ = c() // ERROR "^assignment mismatch: 1 variable but c returns 2 values$"
	var i, j = c()
	var k int32 = c() // ERROR "^multiple-value c\(\) \(value of type \(int32, int32\)\) in single-value context$"
	_, _, _ = i, j, k
}
