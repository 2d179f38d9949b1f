// Complex numbers are rejected at complex, real and imag, and at imaginary literals.
package main

func main() {
	c := complex(1, 2)      // ERROR "^complex is not supported by wexlab$"
	println(real(c), imag(c)) // ERROR "^real is not supported by wexlab$" "^imag is not supported by wexlab$"
	d := 2i                 // ERROR "^complex numbers are not supported by wexlab$"
	_ = d
}
