// An operator or bracket where an expression belongs: Go's 'expected expression'.
package main

func main() {
	x := ) // ERROR "^syntax error: unexpected \), expected expression$"
}
