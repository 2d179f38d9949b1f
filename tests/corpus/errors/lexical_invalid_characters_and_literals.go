// An invalid character is reported and skipped, literal errors are not syntax errors: type errors are reported beside them, as in Go.
package main

func main() {
	x := 1 @ + 2 // ERROR "^invalid character U\+0040 '@'$"
	var y int32 = "s" // ERROR "^declared and not used: y$" "^cannot use .s. \(untyped string constant\) as int32 value in variable declaration$"
	r := '\\uD800' // ERROR "^more than one character in rune literal$"
	q := "\\U00110000"
	z := '' // ERROR "^empty rune literal or unescaped '$"
	w := 0x1.5 // ERROR "^hexadecimal mantissa requires a 'p' exponent$"
	v := 1p5 // ERROR "^'p' exponent requires hexadecimal mantissa$"
	u := 0b1.0 // ERROR "^invalid radix point in binary literal$"
	t := 0o17e1 // ERROR "^'e' exponent requires decimal mantissa$"
	_, _, _, _, _, _, _, _ = x, r, q, z, w, v, u, t
}
