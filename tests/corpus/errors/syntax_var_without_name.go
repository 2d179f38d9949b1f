// A var declaration without a name: Go's 'expected name'.
package main

import "unsafe"
var = 3 // ERROR "^syntax error: unexpected =, expected name$"

func main() {}
