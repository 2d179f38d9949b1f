// A token after a complete top-level declaration: Go's 'after top level declaration'.
package main

var x = 1 ) // ERROR "^syntax error: unexpected \) after top level declaration$"

func main() {}
