// A selector dot followed by nothing: Go's 'expected name or ('.
package main

func main() {
	x := 1
	x.
} // ERROR "^syntax error: unexpected \}, expected name or \($"
