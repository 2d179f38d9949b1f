// A three-clause for loop missing its second semicolon.
package main

func main() {
	for i := 0; i < 3 { // ERROR "^syntax error: unexpected \{, expected semicolon or newline$"
	}
} // ERROR "^syntax error: non-declaration statement outside function body$"
