// A token after a complete statement: Go's 'at end of statement'.
package main

func main() {
	y := 1 ] // ERROR "^syntax error: unexpected \] at end of statement$"
}
