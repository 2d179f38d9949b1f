// Strings in expressions: Go's errors for indexes, len and comparisons.
package main

const c = "abc"

type S string

const big = 1 << 70

func main() {
	var s string = "x"
	var f float64
	var i int
	var t S = "y"
	_ = c[5] // ERROR "^invalid argument: index 5 out of bounds \[0:3\]$"
	_ = s[-1] // ERROR "^invalid argument: index -1 \(constant of type int\) must not be negative$"
	s[0] = 'a' // ERROR "^cannot assign to s\[0\] \(neither addressable nor a map index expression\)$"
	_ = s[1.5] // ERROR "^1\.5 \(untyped float constant\) truncated to int$"
	_ = s["a"] // ERROR "^cannot convert .a. \(untyped string constant\) to type int$"
	_ = s[f] // ERROR "^invalid argument: index f \(variable of type float64\) must be integer$"
	_ = i[0] // ERROR "^cannot index i \(variable of type int\)$"
	_ = len() // ERROR "^invalid operation: not enough arguments for len\(\) \(expected 1, found 0\)$"
	_ = len(s, s) // ERROR "^invalid operation: too many arguments for len\(s, s\) \(expected 1, found 2\)$"
	_ = len(5) // ERROR "^invalid argument: 5 \(untyped int constant\) for built-in len$"
	_ = s == t // ERROR "^invalid operation: s == t \(mismatched types string and S\)$"
	_ = s + 1 // ERROR "^invalid operation: s \+ 1 \(mismatched types string and untyped int\)$"
	_ = s[big] // ERROR "^big \(untyped int constant 1180591620717411303424\) overflows int$"
	_ = s[uint8(300)] // ERROR "^constant 300 overflows uint8$"
	_ = s[int8(-1)] // ERROR "^invalid argument: index int8\(-1\) \(constant -1 of type int8\) must not be negative$"
	var b byte = s // ERROR "^cannot use s \(variable of type string\) as byte value in variable declaration$"
	_, _ = b, f
	_ = s - s // ERROR "^invalid operation: operator - not defined on s \(variable of type string\)$"
	_ = t < s // ERROR "^invalid operation: t < s \(mismatched types S and string\)$"
	_ = s[2.0] == 'x'
}
