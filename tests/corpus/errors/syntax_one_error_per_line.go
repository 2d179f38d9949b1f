// Go reports one syntax error per line, the first.
package main

func main() {
	x := ) ) // ERROR "^syntax error: unexpected \)"
	y := 1 ] } // ERROR "^syntax error: unexpected \]"
} // ERROR "^syntax error: (unexpected }|non-declaration statement outside function body)$"
