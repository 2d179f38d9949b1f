// Malformed literals are one token each, with Go's scanner messages at Go's positions; type checking goes on.
package main

func main() {
	x := 08 // ERROR "^invalid digit '8' in octal literal$"
	y := 1e // ERROR "^exponent has no digits$"
	z := 0x // ERROR "^hexadecimal literal has no digits$"
	r := 'ab' // ERROR "^more than one character in rune literal$"
	s := "\q" // ERROR "^unknown escape$"
	t := '\400' // ERROR "^octal escape value 256 > 255$"
	u := 0b102 // ERROR "^invalid digit '2' in binary literal$"
	v := 1__0 // ERROR "^'_' must separate successive digits$"
	w := 1_ // ERROR "^'_' must separate successive digits$"
	_ = x + y + z + r + t + u + v + w
	_ = s
	a := 0x1p // ERROR "^exponent has no digits$"
	b := 9223372036854775808 // ERROR "^cannot use 9223372036854775808 \(untyped int constant\) as int value in assignment \(overflows\)$"
	var c int64 = 9223372036854775808 // ERROR "^cannot use 9223372036854775808 \(untyped int constant\) as int64 value in variable declaration \(overflows\)$"
	_, _, _ = a, b, c
}
