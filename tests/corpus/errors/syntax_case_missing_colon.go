// A case clause without its colon.
package main

func main() {
	switch {
	case 1 // ERROR "^syntax error: unexpected newline, expected :$"
	}
} // ERROR "^syntax error: non-declaration statement outside function body$"
