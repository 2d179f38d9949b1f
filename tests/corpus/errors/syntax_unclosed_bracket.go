// A bracket not closed before the end of the line: Go's 'expected ]'.
package main

func main() {
	x := [1 // ERROR "^syntax error: unexpected newline, expected \]$"
}
