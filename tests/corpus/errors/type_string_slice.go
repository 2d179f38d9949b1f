// Slicing strings: Go's errors for the bounds and for what cannot be sliced.
package main

const c = "abcd"

func main() {
	s := "xyz"
	var f float64
	i := 1
	_ = c[1:5] // ERROR "^invalid argument: index 5 out of bounds \[0:5\]$"
	_ = c[3:2] // ERROR "^invalid slice indices: 2 < 3$"
	_ = s[-1:] // ERROR "^invalid argument: index -1 \(constant of type int\) must not be negative$"
	_ = s[:f] // ERROR "^invalid argument: index f \(variable of type float64\) must be integer$"
	_ = s[1:2:3] // ERROR "^invalid operation: 3-index slice of string$"
	_ = s[2:1] // ERROR "^invalid slice indices: 1 < 2$"
	_ = i[1:] // ERROR "^cannot slice i \(variable of type int\)$"
	_ = c[5:] // ERROR "^invalid argument: index 5 out of bounds \[0:5\]$"
	_ = s[:1.5] // ERROR "^1\.5 \(untyped float constant\) truncated to int$"
	_ = s[i:i]
	_ = c[:4]
	_ = s[1:]
	var p *int
	_ = p[:] // ERROR "^cannot slice p \(variable of type \*int\)$"
}
